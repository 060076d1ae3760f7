/** --explain for /timeline: each event names the rule that placed its date, and every rule that had a say. */
import { describe, expect, it } from 'vitest';
import timeline, { type TimelineAnswer } from '../../commands/timeline.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

function storyOf(articles: Record<string, string>): Story {
  return new Story({ dir: '/in-memory', name: 'test', version: 'v1', articles: Object.entries(articles).map(([file, text]) => articleFromText(file, text).article) });
}

// 2021-09-09 is a Thursday.
const harbour = storyOf({
  'ferry.md': `---
outlet: Island Courier
published: 2021-09-09
---
The ferry company cancelled the island crossing on Tuesday after a storm damaged the loading ramp.

Engineers examined the ramp on Monday. The next day it was closed to cars.

Islanders will meet at the village hall on Saturday.`,
});

async function explained(options: Record<string, string> = {}): Promise<string[]> {
  const answer = (await timeline.handler(harbour, options, {})) as TimelineAnswer;
  return timeline.explain!(answer);
}

describe('/timeline --explain', () => {
  it('names the rule that placed each date and the words it read', async () => {
    const lines = await explained();
    expect(lines).toContain('Tue 7 Sep 2021 “on Tuesday”: placed by anchor.day.publication “2021-09-09”');
    // "The next day" is counted from the sentence before it.
    expect(lines).toContain('Tue 7 Sep 2021 “The next day”: placed by anchor.event.just-before “on Monday”');
  });

  it('lists the date rule, the tense rules and the anchoring rule of each event in order', async () => {
    const lines = await explained();
    const at = lines.indexOf('Sat 11 Sep 2021 “on Saturday”: placed by anchor.day.publication “2021-09-09”');
    expect(at).toBeGreaterThanOrEqual(0);
    const steps = lines.slice(at + 1, at + 4).map((l) => l.trim());
    expect(steps[0]).toMatch(/^date\.\S+ “on Saturday”$/);
    expect(steps[1]).toBe('tense.future.plan “will”');
    expect(steps[2]).toBe('anchor.day.publication “2021-09-09”');
  });

  it('gives the past-tense reading of a bare weekday by the rule that read it', async () => {
    const lines = await explained();
    const at = lines.indexOf('Tue 7 Sep 2021 “on Tuesday”: placed by anchor.day.publication “2021-09-09”');
    expect(lines.slice(at + 1, at + 4).map((l) => l.trim())).toContain('tense.past.verb-before “cancelled”');
  });

  it('explains every mention of the timeline, placed or not', () => {
    const { mentions } = timelineOf(harbour);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.explanation && /^(?:anchor|date)\./.test(m.explanation.rule))).toBe(true);
  });
});
