/**
 * The quote stage tells which cue rule gave each quote its speaker (cueOf), so /who-said --explain can name
 * it: the rule id and the words it read, for quotes, posts and quotes named by another outlet alike.
 */
import { describe, expect, it } from 'vitest';
import { cueOf, quotesOf } from '../../src/analysis/quotes.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

const LEAD = 'The harbour council met on Tuesday night to decide what to do about the old pier, which has been closed since the storm in March.\n\n';

function analyse(...bodies: string[]) {
  const articles = bodies.map((body, i) => articleFromText(`a${i}.txt`, `Harbour news\n\n${LEAD}${body}`).article);
  return quotesOf(new Story({ dir: '.', name: 'cue trace', version: bodies.join('|'), articles }));
}

function cueFor(analysis: ReturnType<typeof analyse>, words: string, file = 'a0.txt') {
  const occurrence = analysis.occurrences.find((o) => o.file === file && o.text.includes(words));
  if (!occurrence) throw new Error(`no quote with “${words}”`);
  return { speaker: occurrence.speakerId ? analysis.people.get(occurrence.speakerId)!.name : null, cue: cueOf(occurrence) };
}

describe('cue rule of each quote', () => {
  it('names the rule and the words it read for quotes in one article', () => {
    const a = analyse(
      'Ruth Abara chairs the council.\n\n“The pier stays shut,” Abara said. “Nobody goes on it.”\n\nThe vote, according to Abara, was “close but clear”.\n\nThe gulls did not care.',
    );
    expect(cueFor(a, 'The pier stays shut')).toEqual({ speaker: 'Ruth Abara', cue: { rule: 'cue.after-quote.name-said', evidence: 'Abara said' } });
    // The continuation joins the first quote, which keeps its own cue.
    expect(cueFor(a, 'Nobody goes on it').cue?.rule).toBe('cue.after-quote.name-said');
    expect(cueFor(a, 'close but clear')).toEqual({ speaker: 'Ruth Abara', cue: { rule: 'cue.sentence.according-to', evidence: 'according to Abara' } });
  });

  it('names the outlet rule when another article gave the same words their speaker', () => {
    const a = analyse(
      'Residents heard that the pier is “finished for good, whatever the survey says” at the meeting.',
      '“The pier is finished for good, whatever the survey says,” said Ruth Abara, who chairs the council.',
    );
    const own = cueFor(a, 'finished for good');
    expect(own.speaker).toBe('Ruth Abara');
    expect(own.cue?.rule).toBe('cue.outlets.same-words');
    expect(cueFor(a, 'finished for good', 'a1.txt').cue?.rule).toBe('cue.after-quote.said-name');
  });

  it('leaves a quote no cue decided without a rule', () => {
    const a = analyse('The gate carried a small sign with “closed until further notice” on it.\n\nNobody knew who had hung it.');
    expect(cueFor(a, 'closed until further notice').cue).toBeUndefined();
  });
});
