import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.ts';

export const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'commands');

/** Loads every command module in commands/ (each default-exports a Command), sorted by name. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: Command };
    const command = mod.default;
    if (!command || typeof command.handler !== 'function' || typeof command.name !== 'string') {
      throw new Error(`commands/${file} does not default-export a command (name, options, handler)`);
    }
    if (commands.has(command.name)) throw new Error(`two command modules are named /${command.name}`);
    commands.set(command.name, command);
  }
  return commands;
}
