/**
 * --explain in the CLI and the console: after the answer, which rule made each decision. Generic: any
 * command with `explain` gets it; /who-said says which speaker rule named each speaker, from what words, and
 * whom it passed over. The fixture story has Helga Nystrom quoted, then Aisha Youssef named, then "she said".
 */
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/main.ts';
import { answerLine, runConsole } from '../../src/adapters/console/console.ts';
import { noCache } from '../../src/cache/answerCache.ts';
import type { Command } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { silentLogger } from '../../src/log.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

const STORY = 'test/fixtures/stories/quotes-story';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, (t) => (out += t + '\n'), (t) => (err += t + '\n'));
  return { code, out, err };
}

/** What the explanation of the "too little, too late" quote must say, wherever it is printed. */
function expectSpeakerExplanation(text: string): void {
  const explanation = text.slice(text.indexOf('Explanation:'));
  expect(explanation).toContain('“too little, too late” — Aisha Youssef');
  expect(explanation).toContain('rule speaker.pronoun.nearest-name, from “She … Aisha Youssef”');
  expect(explanation).toMatch(/passed over Helga Nystrom: spoke the previous quote, but Aisha Youssef was named since/);
}

describe('npm run cli -- … --explain', () => {
  it('prints, after the who-said answer, the rule, its evidence and the candidate it passed over', async () => {
    const { code, out } = await cli('who-said', '--quote', 'too little, too late', '--story', STORY, '--explain');
    expect(code).toBe(0);
    expect(out.indexOf('Aisha Youssef')).toBeLessThan(out.indexOf('Explanation:'));
    expectSpeakerExplanation(out);
  });

  it('names the cue rule the speaker rule read, and the cue alone when it named the speaker outright', async () => {
    const { code, out } = await cli('who-said', '--quote', 'too little, too late', '--story', STORY, '--explain');
    expect(code).toBe(0);
    expect(out).toMatch(/ {3}cue cue\.[a-z.-]+, from “[^”]+”\n {3}rule speaker\.pronoun\.nearest-name/);
    // A pasted post is named by its account line: the cue rule itself, with no speaker rule after it.
    const post = await cli('who-said', '--quote', 'we did it', '--story', 'test/fixtures/stories/quotes-blind-social', '--explain');
    const explanation = post.out.slice(post.out.indexOf('Explanation:'));
    expect(explanation).toContain('— Ottoline Fairweather');
    expect(explanation).toMatch(/ {3}rule cue\.post\.account-line, from “/);
    expect(explanation).not.toContain('no rule recorded');
  });

  it('prints no explanation without the flag', async () => {
    const { out } = await cli('who-said', '--quote', 'too little, too late', '--story', STORY);
    expect(out).toContain('Aisha Youssef');
    expect(out).not.toContain('Explanation:');
    expect(out).not.toContain('speaker.pronoun');
  });

  it('keeps stdout one JSON document with --json: the explanation goes to stderr, and the answer carries it per quote', async () => {
    const { code, out, err } = await cli('who-said', '--quote', 'too little, too late', '--story', STORY, '--json', '--explain');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.explanations).toHaveLength(answer.quotes.length);
    expect(answer.explanations[0]).toMatchObject({ rule: 'speaker.pronoun.nearest-name', passedOver: [{ candidate: 'Helga Nystrom' }] });
    expectSpeakerExplanation(err);
  });

  it('says which commands can explain themselves when this one cannot', async () => {
    const { code, out } = await cli('sources', '--story', STORY, '--explain');
    expect(code).toBe(0);
    expect(out).toMatch(/sources has nothing to explain: only .*who-said/);
  });

  it('lists --explain in --help', async () => {
    expect((await cli('--help')).out).toContain('--explain');
  });
});

describe('console … --explain', () => {
  let story: Story;
  let commands: Map<string, Command>;
  beforeAll(async () => {
    story = await loadStory(STORY);
    commands = await loadCommands();
  });
  const deps = () => ({ story, commands, cache: noCache, logger: silentLogger });

  it('prints, after the who-said answer, the rule, its evidence and the candidate it passed over', async () => {
    const reply = (await answerLine('/who-said quote: too little, too late --explain', deps()))!;
    expect(reply.indexOf('Aisha Youssef')).toBeLessThan(reply.indexOf('Explanation:'));
    expectSpeakerExplanation(reply);
    // The flag is not part of the quote searched for.
    expect(await answerLine('/who-said --explain quote: too little, too late', deps())).toBe(reply);
  });

  it('prints no explanation without the flag, and explains in an interactive session', async () => {
    expect(await answerLine('/who-said quote: too little, too late', deps())).not.toContain('Explanation:');
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    const done = runConsole({ ...deps(), input, output });
    input.end('/who-said quote: too little, too late --explain\n');
    await done;
    expectSpeakerExplanation(printed);
  });

  it('lists --explain in /help', async () => {
    expect(await answerLine('/help', deps())).toContain('--explain');
  });
});
