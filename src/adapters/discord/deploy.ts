/**
 * `npm run deploy`: registers every command in commands/ with Discord (REST only, no gateway).
 * DISCORD_GUILD_ID set: to that server, at once. Unset: globally.
 */
import { loadCommands } from '../../commands/registry.ts';
import { settingsForEntryPoint } from '../../config.ts';
import { maskSecrets } from '../../log.ts';
import { deployCommands } from './deployCommands.ts';

async function main(): Promise<number> {
  const settings = await settingsForEntryPoint('deploy failed');
  if (!settings) return 2;
  if (!settings.discordToken) {
    process.stderr.write('DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot page) into .env\n');
    return 2;
  }
  const commands = await loadCommands();
  const result = await deployCommands({
    token: settings.discordToken,
    applicationId: settings.discordApplicationId,
    guildId: settings.discordGuildId,
    apiBase: settings.discordApiBase,
    commands: commands.values(),
  });
  const where = result.scope === 'guild' ? `server ${settings.discordGuildId}` : 'every server (global; may take up to an hour to appear)';
  process.stdout.write(`Registered ${result.names.length} commands for ${where}: ${result.names.map((n) => `/${n}`).join(', ')}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(maskSecrets(`deploy failed: ${err instanceof Error ? err.message : String(err)}`) + '\n');
    process.exitCode = 1;
  },
);
