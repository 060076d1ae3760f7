import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsArticles } from '../../../bench/lib/newsText.ts';
import { loadCommands } from '../../../src/commands/registry.ts';
import { createLogger } from '../../../src/log.ts';
import { StoryLibrary } from '../../../src/stories/storyLibrary.ts';
import { AnalysisPool } from '../../../src/workers/analysisPool.ts';
import type { InteractionRecord } from '../../fakeDiscord/fakeDiscord.ts';
import { startHarness, type Harness } from './harness.ts';

/** Discord drops an interaction that is not acknowledged (answered or deferred) within 3 s. */
const DISCORD_DEADLINE_MS = 3_000;
const DEFERRED = 5;

let h: Harness;
let pool: AnalysisPool;
let dir: string;
const logs: string[] = [];
beforeAll(async () => {
  const logger = createLogger('info', (line) => logs.push(line));
  pool = new AnalysisPool({ logger });
  h = await startHarness({ commands: pool.wrap(await loadCommands()) });
  dir = await mkdtemp(join(tmpdir(), 'storyline-analyse-'));
  // About 5 MB of news text in 1,000 files.
  const texts = newsArticles(1000);
  await Promise.all(texts.map((text, i) => writeFile(join(dir, `${String(i).padStart(4, '0')}.txt`), text)));
}, 120_000);
afterAll(async () => {
  await h?.close();
  await pool?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Sent {
  what: string;
  record: InteractionRecord;
  /** ms from sending to Discord's first callback (an answer or a deferral). */
  acknowledged: Promise<number>;
  /** The story was being analysed when this was sent. */
  duringAnalysis: boolean;
}

/** Resolves with the time to the interaction's first callback, read as Discord would see it arrive. */
async function acknowledgement(record: InteractionRecord, sent: number): Promise<number> {
  while (!record.callbacks.length) {
    if (performance.now() - sent > 60_000) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - sent;
}

describe('answers never wait for analysis', () => {
  it('acknowledges every interaction within Discord’s deadline while a 5 MB story loads and is analysed, then answers from the analysis', async () => {
    h.setStory(undefined);
    let analysed = false;
    let loaded = false;
    const library = new StoryLibrary({
      pinned: [dir],
      // As src/main.ts: the workers prepare every story the library builds.
      prepare: async (story) => {
        await pool.prepare(story);
        analysed = true;
      },
    });
    library.onSwap((entry) => {
      h.setStory(entry.story);
      loaded = !!entry.story;
    });
    // The longest the thread that acknowledges interactions was held (read from a 10 ms timer), for the log.
    let longestHold = 0;
    let last = performance.now();
    const monitor = setInterval(() => {
      const now = performance.now();
      longestHold = Math.max(longestHold, now - last);
      last = now;
    }, 10);
    const opening = library.open();
    const sent: Sent[] = [];
    const send = (what: string, record: InteractionRecord) => {
      const at = performance.now();
      sent.push({ what, record, acknowledged: acknowledgement(record, at), duringAnalysis: loaded && !analysed });
    };
    while (!analysed) {
      send('/ask', h.fake.slashCommand('ask', { question: 'what did the council decide?' }));
      send('/ask about her', h.fake.slashCommand('ask', { question: 'what did she say?' }));
      send('/who-said', h.fake.slashCommand('who-said'));
      send('/timeline', h.fake.slashCommand('timeline'));
      send('speaker suggestions', h.fake.autocomplete('who-said', 'speaker', { speaker: 'Ja' }));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    await opening;
    const waits = await Promise.all(sent.map((s) => s.acknowledged));
    const finals = await Promise.all(sent.map((s) => h.fake.answerOf(s.record, 240_000)));
    const slowest = Math.max(...waits);
    clearInterval(monitor);
    console.log(`5 MB story loading and analysed: ${sent.length} interactions (${sent.filter((s) => s.duringAnalysis).length} during the analysis), slowest acknowledged in ${Math.round(slowest)} ms; main thread held at most ${Math.round(longestHold)} ms`);
    console.log(logs.filter((l) => /analysed \(/.test(l)).join('\n'));
    expect(sent.filter((s) => s.duringAnalysis).length).toBeGreaterThan(4);
    expect(slowest).toBeLessThan(DISCORD_DEADLINE_MS);
    // Each got exactly one answer: from the analysis, or (asked long before it was done) a notice saying so.
    for (const s of sent) expect(s.record.answers.length, s.what).toBe(1);
    const whoSaid = sent.filter((s) => s.what === '/who-said' && s.duringAnalysis).map((s) => finals[sent.indexOf(s)]);
    const fromAnalysis = whoSaid.filter((a) => a.kind === 'edit' || a.kind === 'reply');
    const notices = whoSaid.filter((a) => a.kind === 'followup');
    expect(fromAnalysis.length).toBeGreaterThan(0);
    for (const a of fromAnalysis) expect(JSON.stringify(a.body)).toMatch(/quote/i);
    for (const a of notices) expect(a.body.content).toMatch(/still being analysed|took too long/);
    expect(fromAnalysis.length + notices.length).toBe(whoSaid.length);
    // Asked after the analysis: suggestions of who is quoted.
    const suggestions = await h.fake.answerOf(h.fake.autocomplete('who-said', 'speaker', { speaker: 'Ja' }));
    expect(suggestions.body.choices.length).toBeGreaterThan(0);
    expect(logs.filter((l) => /analysed \((search|people|dates)\)/.test(l))).toHaveLength(3);
  }, 600_000);
});
