import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, textOption, UserInputError, type Command } from '../../src/commands/command.ts';
import { createLogger, type Logger } from '../../src/log.ts';

export const FIXTURE_STORY = join(dirname(fileURLToPath(import.meta.url)), 'fixture-story');

/** A copy of the fixture story in a temp folder, safe to edit. */
export function copyFixtureStory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-cache-story-'));
  cpSync(FIXTURE_STORY, dir, { recursive: true });
  return dir;
}

/** A real command whose handler counts its calls: it answers with the sentences that contain a word. */
export function countingCommand(name = 'find'): Command<{ word: string; sentences: string[]; call: number }> & { calls: number } {
  const command = defineCommand({
    name,
    description: 'Sentences containing a word',
    options: [{ name: 'word', description: 'a word', type: 'string' as const, required: true }],
    handler(story, options) {
      const word = textOption(options, 'word')?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      if (!word) throw new UserInputError('Type a word.');
      command.calls++;
      return { word, sentences: story.sentences.filter((s) => s.text.toLowerCase().includes(word)).map((s) => s.text), call: command.calls };
    },
  }) as Command<{ word: string; sentences: string[]; call: number }> & { calls: number };
  command.calls = 0;
  return command;
}

/** A logger that keeps its lines. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger('debug', (line) => lines.push(line)), { lines });
}
