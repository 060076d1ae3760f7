import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, UserInputError } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { answerMessage, noticeMessage } from '../../src/render/discord/message.ts';
import { validateChoices, validateMessageBody } from '../../src/render/discord/validate.ts';
import { present } from '../../src/render/present/index.ts';
import { renderText } from '../../src/render/text.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/** Strings people type into a public server, and strings that break naive code. */
const NASTY = [
  '', ' ', '\t\n ', '@everyone', '@here', '<@123456789012345678>', '<@&456789012345678901>', '<#123456789012345678>',
  '**bold** __u__ ~~s~~ `code` ```block``` > quote', '||spoiler||', '[link](https://evil.example)', 'constructor',
  '__proto__', 'prototype', 'toString', 'hasOwnProperty', '.*+?^${}()|[]\\', '(?<x>a)\\1', '\u0000\u0001\u001f',
  '\u202e reversed', '😀👍🏽🇺🇸', 'ﷺ', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', '2018-07-16', '2018-13-45', 'July 32 2018', 'yesterday',
  'null', 'undefined', 'NaN', '-1', '9'.repeat(400), 'a'.repeat(6000), 'who said "witch hunt"?', '“shameful”',
];

const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ minLength: 5990, maxLength: 6000 }),
  fc.array(fc.constantFrom('@everyone', '<@1>', '**', '`', 'Putin', 'Trump', 'said', '\n', ' ', '"'), { maxLength: 30 }).map((a) => a.join('')),
);

let story: Story;
let commands: Map<string, Command>;
let inputsTried = 0;

beforeAll(async () => {
  story = await loadStory('seeds');
  commands = await loadCommands();
});

afterAll(() => {
  console.log(`hostile inputs tried against command handlers: ${inputsTried}`);
});

function toWire(message: ReturnType<typeof noticeMessage>) {
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: message.allowedMentions.parse, replied_user: message.allowedMentions.repliedUser },
  };
}

describe('every command handler under hostile input', () => {
  it('answers or explains, never throws otherwise, and every reply fits Discord and pings no one', async () => {
    expect(commands.size).toBeGreaterThanOrEqual(2);
    for (const command of commands.values()) {
      const optionNames = command.options.map((o) => o.name);
      const optionsArb = fc.record(Object.fromEntries(optionNames.map((n) => [n, fc.option(hostileString, { nil: undefined })])), { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(optionsArb, async (options) => {
          inputsTried++;
          let answer: unknown;
          try {
            answer = await command.handler(story, options as Record<string, string | undefined>);
          } catch (err) {
            if (!(err instanceof UserInputError)) throw err;
            expect(err.message.length).toBeGreaterThan(0);
            expect(validateMessageBody(toWire(noticeMessage(err.message)))).toEqual([]);
            return;
          }
          const presentation = present(command.name, answer);
          expect(typeof renderText(presentation)).toBe('string');
          const { message, pages } = answerMessage(presentation, { key: 'k'.repeat(24), footer: story.name });
          expect(validateMessageBody(toWire(message))).toEqual([]);
          for (let page = 2; page <= Math.min(pages, 4); page++) {
            expect(validateMessageBody(toWire(answerMessage(presentation, { key: 'k'.repeat(24), page }).message))).toEqual([]);
          }
        }),
        { numRuns: 150, seed: 20260723 },
      );
    }
  });

  it('autocomplete returns at most 25 valid choices for any typed text', async () => {
    const withAutocomplete = [...commands.values()].filter((c) => c.autocomplete);
    for (const command of withAutocomplete) {
      for (const option of command.options.filter((o) => o.autocomplete)) {
        await fc.assert(
          fc.asyncProperty(hostileString, async (typed) => {
            inputsTried++;
            const choices = await command.autocomplete!(story, option.name, typed);
            expect(validateChoices(choices.map((c) => ({ name: c.name, value: c.value })))).toEqual([]);
          }),
          { numRuns: 200, seed: 7 },
        );
      }
    }
  });
});
