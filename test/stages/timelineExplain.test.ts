/** --explain for /timeline: each event names the rule that placed its date, and every rule that had a say. */
import { beforeAll, describe, expect, it } from 'vitest';
import timeline, { type TimelineAnswer } from '../../commands/timeline.ts';
import { runCli } from '../../src/adapters/cli/main.ts';
import { answerLine } from '../../src/adapters/console/console.ts';
import { noCache } from '../../src/cache/answerCache.ts';
import type { Command } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { silentLogger } from '../../src/log.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { articleFromText, loadStory } from '../../src/story/loadStory.ts';
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

/** In the fixture story, the port's ammonia leak is dated "on Wednesday", and the closure "a day after" it. */
const STORY = 'test/fixtures/stories/quotes-story';
const COUNTED = 'Thu 7 Mar 2024 “a day after”: placed by anchor.event.same-sentence “on Wednesday”';

function expectTimelineExplanation(text: string): void {
  const explanation = text.slice(text.indexOf('Explanation:'));
  expect(explanation).toContain(COUNTED);
  expect(explanation).toContain('  date.anchor.day-after “a day after”');
  expect(explanation).toMatch(/Fri 8 Mar 2024 “on Friday”: placed by anchor\.day\.publication “2024-03-07”\n {2}date\.weekday\.bare “on Friday”\n {2}tense\.future\.plan “will”/);
}

describe('npm run cli -- timeline … --explain', () => {
  async function cli(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, (t) => (out += t + '\n'), (t) => (err += t + '\n'));
    return { code, out, err };
  }

  it('prints, after the timeline, the rules that placed each date', async () => {
    const { code, out } = await cli('timeline', '--story', STORY, '--explain');
    expect(code).toBe(0);
    expect(out.indexOf('Explanation:')).toBeGreaterThan(0);
    expectTimelineExplanation(out);
  });

  it('prints no rule without the flag', async () => {
    const { out } = await cli('timeline', '--story', STORY);
    expect(out).not.toContain('Explanation:');
    expect(out).not.toContain('anchor.');
  });

  it('explains only the events the filter keeps', async () => {
    const { out } = await cli('timeline', '--story', STORY, '--from', '2024-03-08', '--explain');
    const explanation = out.slice(out.indexOf('Explanation:'));
    expect(explanation).not.toContain(COUNTED);
    expect(explanation).toContain('“on Friday”: placed by');
  });
});

describe('console /timeline --explain', () => {
  let deps: () => Parameters<typeof answerLine>[1];
  beforeAll(async () => {
    const story = await loadStory(STORY);
    const commands: Map<string, Command> = await loadCommands();
    deps = () => ({ story, commands, cache: noCache, logger: silentLogger });
  });

  it('prints the rules after the answer, and nothing of them without the flag', async () => {
    const reply = (await answerLine('/timeline --explain', deps()))!;
    expectTimelineExplanation(reply);
    expect(await answerLine('/timeline', deps())).not.toContain('Explanation:');
  });
});

describe('/timeline --explain, rival date rules', () => {
  it('names the overlapping words another date rule matched and why the event’s own rule won', async () => {
    const story = await loadStory('test/fixtures/stories/dates-business');
    const answer = (await timeline.handler(story, {}, {})) as TimelineAnswer;
    const lines = timeline.explain!(answer);
    const at = lines.findIndex((l) => l.startsWith('Fri 5 Mar 2021 “5 March 2021”: placed by '));
    expect(at).toBeGreaterThanOrEqual(0);
    const own = lines.slice(at + 1).findIndex((l) => !l.startsWith('  '));
    expect(lines.slice(at + 1, at + 1 + own)).toContainEqual(expect.stringMatching(/^ {2}passed over date\.\S+ “March 2021”: shorter than “5 March 2021”$/));
  });
});
