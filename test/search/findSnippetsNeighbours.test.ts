import { describe, expect, it } from 'vitest';
import { findSnippets } from '../../src/search/findSnippets.ts';
import { questionCue } from '../../src/search/questionCues.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/**
 * Answers that sit next to the sentence the question's words match: an explainer's question and its
 * answer, a sentence whose subject is a pronoun, a quote attributed only at its end; and words the
 * question and the answer spell differently (a closed compound, a misspelt question word).
 */
const REPORT = `Footbridge closure report

A cable on the north span of the Alder Street footbridge had corroded through two of its seven strands. It was reported by an inspector on 2 May but not replaced until 19 June.

A new cable was ordered on 9 May.

The closure was reported in the Alder Weekly on 22 June.

Engineers counted 1,840 crossings an hour on the footbridge at peak times, a year earlier.

Surveyors counted 2,310 footbridge crossings an hour on the weekend of 7–8 June.

"The bridge is safe now and nobody was ever in danger. We closed it because we would rather be early than sorry," said city engineer Rosalind Achterberg.

The closure started at 06:40 on 21 June.

Crews have replaced 212 streetlamps along the riverside path since March.

The old lamp posts on the street were painted green.`;

const EXPLAINER = `Your questions about the footbridge

Can I still cycle across? No. Cyclists must dismount on the bridge until the new deck is finished.

Will the detour add much time? About ten minutes on foot for most people.`;

function story(): Story {
  return new Story({
    dir: '/tmp',
    name: 'footbridge',
    version: 'v1',
    articles: [
      articleFromText('report.txt', REPORT, { outlet: 'City Engineering Office' }).article,
      articleFromText('explainer.txt', EXPLAINER, { outlet: 'Alder Weekly' }).article,
    ],
  });
}

const top = (s: Story, question: string, n = 1) => findSnippets(s, question, { limit: 3 }).slice(0, n).map((a) => a.text);

describe('answers next to the matching sentence', () => {
  it("answers an explainer's question with what follows it, not with the question", () => {
    const s = story();
    expect(top(s, 'can i cycle over the bridge')[0]).toMatch(/^No\.|Cyclists must dismount/);
    expect(top(s, 'will the detour take long')[0]).toContain('About ten minutes');
  });

  it('reads a sentence whose subject is a pronoun as being about what the sentence before it named', () => {
    expect(top(story(), 'when was the corroded cable reported')[0]).toContain('reported by an inspector on 2 May');
  });

  it("finds a quote's opening sentence when the speaker is named only at its end", () => {
    expect(top(story(), 'what did achterberg say', 3).join('\n')).toContain('The bridge is safe now and nobody was ever in danger.');
  });
});

describe('words spelt differently in the question and the answer', () => {
  it('finds a closed compound ending in the question word', () => {
    expect(top(story(), 'how many lamps were replaced')[0]).toContain('212 streetlamps');
  });

  it('prefers a date to "a year earlier" for a "when" question', () => {
    expect(top(story(), 'when were crossings counted on the footbridge')[0]).toContain('7–8 June');
  });

  it('reads a misspelt question word', () => {
    expect(questionCue('wat time did the closure start')).toBe('when');
    expect(questionCue('hw many crossings')).toBe('count');
    expect(top(story(), 'wat time did the closure start')[0]).toContain('06:40');
  });
});
