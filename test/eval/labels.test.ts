import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/eval/labels.ts';

describe('reading labels.json', () => {
  it('reads every kind of label in the documented shape', () => {
    const { labels, errors } = readLabels({
      story: 'A story',
      quotes: [
        { file: 'a.txt', words: 'we have just been informed', speaker: 'Jane Example', accept: ['Example Police'] },
        { file: 'b.txt', words: 'were told to stay inside', unnamed: 'a spokesperson for the fire service' },
        { file: 'b.txt', words: 'keep out', unattributed: true },
      ],
      speakers: [{ query: 'example', person: 'Jane Example', quotes: 3 }],
      dates: [{ file: 'a.txt', expression: 'on Monday', words: 'police on Monday arrested', start: '2019-03-18', end: '2019-03-18', granularity: 'day' }],
      questions: [
        { question: 'who did they arrest', answers: ['arrested the suspect'] },
        { question: 'what was his mother called', answers: [], notInStory: true },
      ],
    });
    expect(errors).toEqual([]);
    expect(labels.story).toBe('A story');
    expect(labels.quotes.map((q) => q.speaker ?? q.unnamed ?? q.unattributed)).toEqual(['Jane Example', 'a spokesperson for the fire service', true]);
    expect(labels.quotes[0].accept).toEqual(['Example Police']);
    expect(labels.speakers).toEqual([{ query: 'example', person: 'Jane Example', quotes: 3 }]);
    expect(labels.dates[0].granularity).toBe('day');
    expect(labels.questions[1].notInStory).toBe(true);
  });

  it('reports each malformed label with where it is and why, and keeps the others', () => {
    const { labels, errors } = readLabels({
      quotes: [
        { file: 'a.txt', words: 'fine words here', speaker: 'A Person' },
        { file: 'a.txt', words: 'two kinds', speaker: 'A Person', unattributed: true },
        { file: 'a.txt', speaker: 'A Person' },
      ],
      dates: [{ file: 'a.txt', expression: 'in May', words: 'it opened in May', start: '2024-05-01', end: '2024-05-31', granularity: 'fortnight' }],
      questions: [{ question: 'why', answers: [] }, 'not an object'],
      speakers: { query: 'x' },
    });
    expect(labels.quotes).toHaveLength(1);
    expect(errors.map((e) => e.where)).toEqual(['quotes[1]', 'quotes[2]', 'speakers', 'dates[0]', 'questions[0]', 'questions[1]']);
    expect(errors[0]).toMatchObject({ label: 'two kinds', reason: expect.stringContaining('exactly one of') });
    expect(errors[3].reason).toContain('granularity');
  });

  it('refuses a file that is not an object', () => {
    expect(readLabels([]).errors).toEqual([{ where: 'labels.json', label: '', reason: 'should be a JSON object' }]);
  });
});
