import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreAttribution, type Label, type Score } from '../fixtures/quotes-story/scoring.ts';

/**
 * Scores a blind quote fixture (test/fixtures/NAME/expected.json). Labels name their paragraph by a few
 * of its words, so page furniture the loader learns to drop does not shift them; each must find exactly
 * one paragraph. Prints the score and the mistakes.
 */
export async function scoreBlindStory(name: string): Promise<{ score: Score; labels: Label[] }> {
  const dir = join('test/fixtures', name);
  const story = await loadStory(dir);
  const labels = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { labels: Omit<Label, 'paragraph'>[] }).labels.map((label) => {
    const holding = story.article(label.file)!.paragraphs.filter((p) => p.text.includes(label.words));
    expect(holding, `${label.file}: “${label.words}”`).toHaveLength(1);
    return { ...label, paragraph: holding[0].number };
  });
  const score = scoreAttribution(quotesOf(story), labels);
  console.log(`${name}: ${score.correct}/${score.labels} right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%`);
  if (score.mistakes.length) console.log(score.mistakes.join('\n'));
  return { score, labels };
}
