import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { answerMessage } from '../../src/render/discord/message.ts';
import { present } from '../../src/render/present/index.ts';
import { renderText } from '../../src/render/text.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/** Freezes an answer and everything in it: a write anywhere in it then throws (modules are strict code). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The answer cache hands one answer to every interaction that asked the same thing at once (a burst of the same
 * /timeline on a large story), without a copy for each: presenting and rendering must never change an answer.
 */
describe('presenting and rendering leave the answer as it was', () => {
  let commands: Map<string, Command>;
  let story: Story;
  beforeAll(async () => {
    commands = await loadCommands();
    story = await loadStory('seeds');
  });

  const asked: [string, Record<string, string>][] = [
    ['ask', { question: 'who invited Putin to Washington?' }],
    ['ask', { question: 'zebra astronauts' }],
    ['sources', {}],
    ['sources', { about: 'Helsinki summit' }],
    ['who-said', {}],
    ['who-said', { speaker: 'Sarah Sanders' }],
    ['who-said', { quote: 'witch hunt' }],
    ['timeline', {}],
    ['timeline', { from: '2018-07-16', to: '2018-07-20' }],
    ['help', {}],
  ];
  for (const [name, options] of asked) {
    it(`/${name} ${JSON.stringify(options)}`, async () => {
      const answer = deepFreeze(await commands.get(name)!.handler(story, options));
      const before = JSON.stringify(answer);
      const presentation = present(name, answer);
      expect(renderText(presentation).length).toBeGreaterThan(0);
      const { pages } = answerMessage(presentation, { key: 'k'.repeat(24), footer: story.name });
      for (let page = 2; page <= pages; page++) answerMessage(presentation, { key: 'k'.repeat(24), page });
      expect(JSON.stringify(answer)).toBe(before);
    });
  }
});
