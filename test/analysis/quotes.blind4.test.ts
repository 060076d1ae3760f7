import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreAttribution, type Label } from '../fixtures/quotes-story/scoring.ts';

interface Expected {
  labels: Omit<Label, 'paragraph'>[];
  /** Quoted wording of documents, signs and notices: no person may be given it. */
  unattributed?: { file: string; words: string }[];
}

/**
 * Fourth blind round: three stories in styles no earlier fixture used, labelled by hand in expected.json
 * before the extractor ever ran on them. First (blind) run, then after general fixes:
 *
 * | story     | style                                                                              | blind P / R   | fixed P / R   |
 * |-----------|------------------------------------------------------------------------------------|---------------|---------------|
 * | celebrity | stage name and "whose real name is", "pop star X and actor Y", "the 27-year-old actress", "a source close to the couple … the insider said", page furniture | 66.7% / 50.0% | 100% / 100% |
 * | notices   | quoted signs, survey, report, letter, web notice and plaque beside people; "Head librarian X"; "A council spokesperson" in a reader's letter | 70.0% / 64.3% | 100% / 100% |
 * | release   | press release with "added" chains, "About" boilerplate and media contact; trade-press rewrite | 83.3% / 84.2% | 91.7% / 94.7% |
 *
 * Documents, signs and notices must stay unattributed ("unattributed" in expected.json); they did in the
 * blind run too. What still fails: "Corvana said …. A company spokesman added:" gives the spokesman's
 * words to an anonymous source, not the company (only its one-word short form is the subject before).
 * The thresholds are the fixed scores: any regression fails.
 */
const STORIES: [string, number, number][] = [
  ['quotes-blind4-celebrity', 1, 1],
  ['quotes-blind4-notices', 1, 1],
  ['quotes-blind4-release', 11 / 12, 18 / 19],
];

async function load(name: string) {
  const dir = join('test/fixtures', name);
  const story = await loadStory(dir);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const paragraphOf = (file: string, words: string) => {
    const holding = story.article(file)!.paragraphs.filter((p) => p.text.includes(words));
    expect(holding, `${file}: “${words}”`).toHaveLength(1);
    return holding[0].number;
  };
  const labels = expected.labels.map((label) => ({ ...label, paragraph: paragraphOf(label.file, label.words) }));
  const unattributed = (expected.unattributed ?? []).map((u) => ({ ...u, paragraph: paragraphOf(u.file, u.words) }));
  return { story, labels, unattributed };
}

describe('fourth blind round', () => {
  it.each(STORIES)('%s: precision and recall at their fixed scores', async (name, precision, recall) => {
    const { story, labels, unattributed } = await load(name);
    const analysis = quotesOf(story);
    const score = scoreAttribution(analysis, labels);
    console.log(`${name}: ${score.correct}/${score.labels} right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%`);
    if (score.mistakes.length) console.log(score.mistakes.join('\n'));
    expect(labels.length).toBeGreaterThanOrEqual(14);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
    for (const u of unattributed) {
      const given = analysis.occurrences.filter((o) => o.file === u.file && o.paragraph === u.paragraph && o.text.includes(u.words) && o.attribution !== 'unattributed');
      expect(given.map((o) => analysis.people.get(o.speakerId!)?.name ?? o.attribution), `“${u.words}”`).toEqual([]);
    }
  });
});
