import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateMessageBody } from '../../../src/render/discord/validate.ts';
import { startHarness, type Harness } from './harness.ts';

/** What only the asker sees, through the real discord.js client and a fake Discord. */
describe('answers for the asker only', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers a bad option ephemerally before anything public is shown (no "thinking…" to delete)', async () => {
    const record = h.fake.slashCommand('timeline', { from: '2024-03-07', to: '2024-03-04' });
    const answer = await h.fake.answerOf(record);
    expect(record.callbacks.map((c) => c.type)).toEqual([4]);
    expect(answer).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(answer.body.content).toContain('is after `to`');
    expect(record.deletes).toBe(0);
    const date = await h.fake.answerOf(h.fake.slashCommand('timeline', { from: 'the day after never' }));
    expect(date).toMatchObject({ kind: 'reply', ephemeral: true });
  });

  it('tells only the asker that nothing was found', async () => {
    const ask = h.fake.slashCommand('ask', { question: 'zeppelin xylophone quokka' });
    const none = await h.fake.answerOf(ask);
    expect(none).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(none.body.embeds[0].title).toMatch(/^No answer/);
    const quote = await h.fake.answerOf(h.fake.slashCommand('who-said', { quote: 'zeppelin xylophone quokka' }));
    expect(quote).toMatchObject({ ephemeral: true });
    const range = h.fake.slashCommand('timeline', { from: '1990-01-01', to: '1990-01-02' });
    const empty = await h.fake.answerOf(range);
    expect(empty.ephemeral).toBe(true);
    expect(range.callbacks.map((c) => c.type)).toEqual([4]);
  });

  it('tells only the asker when the story does not answer a question, with the closest sentences', async () => {
    const answer = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'what did the archbishop of canterbury say about it' }));
    expect(answer).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(answer.body.embeds[0].title).toMatch(/^The story does not seem to answer/);
    const answered = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'how long is the detour' }));
    expect(answered.ephemeral).toBe(false);
  });

  it('still posts a timeline with its picture publicly, deferring before the picture is drawn', async () => {
    const record = h.fake.slashCommand('timeline');
    const answer = await h.fake.answerOf(record);
    expect(record.callbacks[0].type).toBe(5);
    expect(answer).toMatchObject({ kind: 'edit', ephemeral: false });
    expect(answer.files.map((f) => f.name)).toEqual(['timeline.png']);
  });

  it('answers /help ephemerally: every command with an example, the story, and how citations read', async () => {
    const answer = await h.fake.answerOf(h.fake.slashCommand('help'));
    expect(answer).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(validateMessageBody(answer.body)).toEqual([]);
    const embed = answer.body.embeds[0];
    const text = `${embed.description}`;
    for (const name of ['ask', 'sources', 'timeline', 'who-said']) expect(text).toContain(`/${name}`);
    expect(text.match(/Example: \//g)!.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain(`“${h.story.name}”, ${h.story.articles.length} articles, published 2024-03-04 to 2024-03-07`);
    expect(text).toContain('“para 4” is the 4th paragraph');
    expect(text).not.toContain('¶');
  });
});
