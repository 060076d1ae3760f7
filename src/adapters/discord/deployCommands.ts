import { REST, Routes, type APIApplication } from 'discord.js';
import type { Command } from '../../commands/command.ts';
import type { Logger } from '../../log.ts';
import { registerSecret } from '../../log.ts';
import { toSlashCommand } from './slashCommands.ts';

export interface DeployOptions {
  token: string;
  /** Found from the token (GET /applications/@me) when not given. */
  applicationId?: string;
  /** Register to one server (instant); unset registers globally (may take up to an hour to show). */
  guildId?: string;
  /** REST base such as https://discord.com/api; discord.js's default when unset. */
  apiBase?: string;
  commands: Iterable<Command>;
  logger?: Logger;
}

export interface DeployResult {
  applicationId: string;
  scope: 'guild' | 'global';
  names: string[];
}

/** Registers every command with one bulk overwrite (REST only, no gateway). Commands not listed are removed. */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  registerSecret(options.token);
  const rest = new REST({ version: '10', ...(options.apiBase ? { api: options.apiBase } : {}) }).setToken(options.token);
  try {
    const body = [...options.commands].map(toSlashCommand);
    const applicationId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
    const route = options.guildId ? Routes.applicationGuildCommands(applicationId, options.guildId) : Routes.applicationCommands(applicationId);
    const saved = (await rest.put(route, { body })) as { name: string }[];
    const result: DeployResult = { applicationId, scope: options.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
    options.logger?.info('commands deployed', { scope: result.scope, guildId: options.guildId, commands: result.names });
    return result;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
