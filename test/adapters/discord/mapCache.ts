import { createHash } from 'node:crypto';
import type { AnswerCache } from '../../../src/cache/answerCache.ts';
import type { CommandOptions } from '../../../src/commands/command.ts';

/** A tiny in-memory AnswerCache for tests (the real one lives in src/cache). `clear()` simulates expiry. */
export function mapCache(): AnswerCache & { clear(): void; size(): number } {
  const entries = new Map<string, { command: string; options: CommandOptions; answer: unknown }>();
  return {
    async run(command, story, options) {
      const key = createHash('sha256').update(JSON.stringify([story.version, command.name, options])).digest('base64url').slice(0, 22);
      const hit = entries.get(key);
      if (hit) return { answer: hit.answer as never, key, cached: true };
      const answer = await command.handler(story, options);
      entries.set(key, { command: command.name, options, answer });
      return { answer, key, cached: false };
    },
    async get(key) {
      return entries.get(key);
    },
    async close() {},
    clear: () => entries.clear(),
    size: () => entries.size,
  };
}
