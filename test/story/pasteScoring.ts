/**
 * Scores how a story folder of hand-labelled web pastes loads, against its expected.json:
 * story paragraphs kept, page furniture dropped, sentences split right, title/author/outlet/published.
 * Dropping story text is the worse failure, so it is counted on its own.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadStory } from '../../src/story/loadStory.ts';

type Field = string | string[] | null;

interface Label {
  title?: Field;
  displayTitle?: string;
  author?: Field;
  outlet?: Field;
  published?: Field;
  story: string[];
  furniture: string[];
  either: string[];
  sentences: string[];
}

export interface ArticleScore {
  file: string;
  fields: { name: string; expected: Field; actual: string | undefined; ok: boolean }[];
  storyKept: number;
  storyTotal: number;
  dropped: string[];
  furnitureRemoved: number;
  furnitureTotal: number;
  kept: string[];
  sentencesRight: number;
  sentencesTotal: number;
  wrongSentences: string[];
}

export interface StoryScore {
  dir: string;
  articles: ArticleScore[];
  fieldsRight: number;
  fieldsTotal: number;
  storyKept: number;
  storyTotal: number;
  furnitureRemoved: number;
  furnitureTotal: number;
  sentencesRight: number;
  sentencesTotal: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function fieldOk(expected: Field, actual: string | undefined): boolean {
  if (expected === null) return actual === undefined;
  const options = Array.isArray(expected) ? expected : [expected];
  return options.some((o) => norm(o) === norm(actual ?? ''));
}

export async function scoreStory(dir: string): Promise<StoryScore> {
  const labels = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { articles: Record<string, Label> };
  const story = await loadStory(dir);
  const articles: ArticleScore[] = [];
  for (const [file, label] of Object.entries(labels.articles)) {
    const article = story.articles.find((a) => a.file === file);
    const sentences = article?.sentences.map((s) => norm(s.text)) ?? [];
    const text = sentences.join(' ');
    const fields: ArticleScore['fields'] = [];
    const check = (name: string, expected: Field | undefined, actual: string | undefined) => {
      if (expected !== undefined) fields.push({ name, expected, actual, ok: fieldOk(expected, actual) });
    };
    check('title', label.title, article?.title);
    check('displayTitle', label.displayTitle, article?.displayTitle);
    check('author', label.author, article?.meta.author);
    check('outlet', label.outlet, article?.meta.outlet);
    check('published', label.published, article?.meta.published);
    const dropped = label.story.filter((p) => !text.includes(norm(p)));
    // Furniture is looked for in what is left once the labelled story (and "either") text is taken out.
    let rest = text;
    for (const p of [...label.story, ...label.either]) rest = rest.split(norm(p)).join('\n');
    const kept = label.furniture.filter((f) => (f.startsWith('=') ? sentences.includes(f.slice(1)) : rest.includes(norm(f))));
    const wrongSentences = label.sentences.filter((s) => !sentences.includes(norm(s)));
    articles.push({
      file,
      fields,
      storyKept: label.story.length - dropped.length,
      storyTotal: label.story.length,
      dropped,
      furnitureRemoved: label.furniture.length - kept.length,
      furnitureTotal: label.furniture.length,
      kept,
      sentencesRight: label.sentences.length - wrongSentences.length,
      sentencesTotal: label.sentences.length,
      wrongSentences,
    });
  }
  const sum = (f: (a: ArticleScore) => number) => articles.reduce((n, a) => n + f(a), 0);
  return {
    dir,
    articles,
    fieldsRight: sum((a) => a.fields.filter((f) => f.ok).length),
    fieldsTotal: sum((a) => a.fields.length),
    storyKept: sum((a) => a.storyKept),
    storyTotal: sum((a) => a.storyTotal),
    furnitureRemoved: sum((a) => a.furnitureRemoved),
    furnitureTotal: sum((a) => a.furnitureTotal),
    sentencesRight: sum((a) => a.sentencesRight),
    sentencesTotal: sum((a) => a.sentencesTotal),
  };
}

/** A readable report, for `npx tsx test/story/pasteScoring.ts <dir>...`. */
export function describeScore(score: StoryScore): string {
  const lines = [
    `${score.dir}: story kept ${score.storyKept}/${score.storyTotal}, furniture removed ${score.furnitureRemoved}/${score.furnitureTotal}, ` +
      `sentences ${score.sentencesRight}/${score.sentencesTotal}, fields ${score.fieldsRight}/${score.fieldsTotal}`,
  ];
  for (const a of score.articles) {
    lines.push(`  ${a.file}: story ${a.storyKept}/${a.storyTotal}, furniture ${a.furnitureRemoved}/${a.furnitureTotal}, sentences ${a.sentencesRight}/${a.sentencesTotal}`);
    for (const f of a.fields.filter((f) => !f.ok)) lines.push(`    ${f.name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`);
    for (const d of a.dropped) lines.push(`    DROPPED: ${d.slice(0, 100)}`);
    for (const k of a.kept) lines.push(`    kept furniture: ${k.slice(0, 100)}`);
    for (const s of a.wrongSentences) lines.push(`    not one sentence: ${s.slice(0, 100)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const dir of process.argv.slice(2)) console.log(describeScore(await scoreStory(dir)));
}
