import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/eval/labels.ts';
import { legacyLabels } from '../../src/eval/legacyLabels.ts';
import { runEval } from '../../src/eval/main.ts';
import type { EvalReport } from '../../src/eval/report.ts';

describe('the older fixtures’ label files', () => {
  it('reads quote, date and question labels into the labels.json shape', () => {
    const data = legacyLabels({
      expected: {
        labels: [
          { file: 'a.md', paragraph: 4, words: 'taken with enormous sadness', speaker: 'Orrin Playhouse' },
          { file: 'a.md', words: 'nobody would say', speaker: 'anonymous' },
        ],
        unattributed: [{ file: 'b.md', words: 'closed until further notice' }, 'a note, not a label'],
        mentions: [
          { file: 'a.md', expression: 'on Tuesday', start: '2024-03-05', end: '2024-03-05', granularity: 'day', label: 'Tue 5 Mar 2024' },
          { file: 'b.md', expression: 'Saturday', unresolved: 'Saturday, week unknown' },
        ],
        notDates: ['the 1990s'],
      },
      questions: { questions: [['who closed it', 'the board voted'], ['when', ['in May', 'May 3']]] },
    });
    const { labels, errors } = readLabels(data);
    expect(errors).toEqual([]);
    expect(labels.quotes).toEqual([
      { file: 'a.md', words: 'taken with enormous sadness', speaker: 'Orrin Playhouse' },
      { file: 'a.md', words: 'nobody would say', unnamed: 'an unnamed source' },
      { file: 'b.md', words: 'closed until further notice', unattributed: true },
    ]);
    expect(labels.dates.map((d) => [d.words, d.label ?? d.unresolved])).toEqual([
      ['on Tuesday', 'Tue 5 Mar 2024'],
      ['Saturday', 'Saturday, week unknown'],
    ]);
    expect(labels.notDates).toEqual([{ words: 'the 1990s' }]);
    expect(labels.questions).toEqual([
      { question: 'who closed it', answers: ['the board voted'] },
      { question: 'when', answers: ['in May', 'May 3'] },
    ]);
  });

  it('knows nothing in files of other shapes (a paste fixture’s expected.json, /sources topics)', () => {
    expect(legacyLabels({ expected: { note: 'x', articles: {} }, questions: { sources: [] } })).toBeUndefined();
    expect(legacyLabels({})).toBeUndefined();
  });

  it('npm run eval -- test/fixtures scores every labelled fixture with no label error and no quote given to the wrong person', async () => {
    const { output, code } = await runEval(['test/fixtures', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(output) as EvalReport;
    const dirs = report.stories.map((s) => s.dir.replace('test/fixtures/', ''));
    expect(dirs.filter((d) => d.startsWith('quotes-blind')).length).toBeGreaterThanOrEqual(15);
    expect(dirs.filter((d) => d.startsWith('dates-')).length).toBeGreaterThanOrEqual(16);
    expect(dirs.filter((d) => d.startsWith('ask-')).length).toBeGreaterThanOrEqual(11);
    expect(dirs.some((d) => d.startsWith('pastes'))).toBe(false);
    expect(report.stories.flatMap((s) => s.labelErrors)).toEqual([]);
    expect(report.total.quotes.wrong).toBe(0);
    expect(report.total.dates.labels).toBeGreaterThanOrEqual(400);
  });
});
