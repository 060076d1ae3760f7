import { isLogLevel, type LogLevel, registerSecret } from './log.ts';

/** Every setting storyline reads from the environment (.env is loaded by the entry points). */
export interface Settings {
  discordToken?: string;
  discordApplicationId?: string;
  discordGuildId?: string;
  /** REST base such as http://127.0.0.1:8080/api (a REST proxy, or the fake Discord in tests). */
  discordApiBase?: string;
  storyDir: string;
  /** Story folders served: the pinned ones first, then each sub-folder of `root` (where new stories go). */
  stories: { pinned: string[]; root?: string };
  /** Members with this role (id or name) may change stories, besides those with Manage Server. */
  storyAdminRole?: string;
  /** /story add may fetch loopback, private and link-local addresses (tests, private deployments). */
  allowPrivateUrls: boolean;
  /** Where the bot keeps its own small files (the channels' story choices without Redis). */
  dataDir: string;
  /** Story folders are re-checked this often even without file events; 0: only file events. */
  storyPollSeconds: number;
  logLevel: LogLevel;
  /** keyv URL; unset means an in-memory LRU. */
  cacheUrl?: string;
  cacheTtlSeconds: number;
  cacheMaxEntries: number;
  /** Per-user cooldown on expensive commands, in seconds; 0 disables it. */
  cooldownSeconds: number;
  /** SHARD_COUNT: run that many gateway shards (`auto`: as many as Discord recommends); unset = one connection. */
  shardCount?: number | 'auto';
  /** INTERACTIONS_PORT: answer over Discord's HTTP interactions endpoint on this port (0: any free port). */
  interactionsPort?: number;
  interactionsHost?: string;
  /** The application's Ed25519 public key (64 hex characters), to check interaction signatures. */
  discordPublicKey?: string;
  /** STORY_FILE_BUDGET_MS: a file that takes longer to read is skipped with a warning (every story, every reload). */
  storyFileBudgetMs: number;
  /** ANALYSIS_WORKERS: worker threads answering the commands that read a story (0: on the main thread). */
  analysisWorkers: number;
  /** ANALYSIS_FILE_BUDGET_MS: a large file whose analysis alone takes longer is left out of the analyses. */
  analysisFileBudgetMs: number;
}

/** The time one story file may take to parse before it is skipped (STORY_FILE_BUDGET_MS). */
export const DEFAULT_STORY_FILE_BUDGET_MS = 10_000;
/**
 * The analysis of one file may take this long (ms). Every analysis is linear, so a 5 MB file (the largest read)
 * of news takes well under 10 s on an idle core; the margin is for a busy machine, where leaving a real
 * document out of /who-said and /timeline is worse than answering "still being analysed" a little longer.
 */
export const DEFAULT_ANALYSIS_FILE_BUDGET_MS = 30_000;

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/**
 * STORIES_DIR: every sub-folder is a story (plus STORY_DIR first, when set too). STORY_DIR alone: that one
 * story. Neither: seeds/ first, then the sub-folders of stories/ (where new stories are created).
 */
function storyFolders(storyDir: string | undefined, storiesDir: string | undefined): Settings['stories'] {
  if (storiesDir) return { pinned: storyDir ? [storyDir] : [], root: storiesDir };
  if (storyDir) return { pinned: [storyDir] };
  return { pinned: ['seeds'], root: 'stories' };
}

/**
 * Reads and checks the settings. Every problem is reported at once, one message each; the token's
 * value is never echoed.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const discordToken = text('DISCORD_TOKEN');
  registerSecret(discordToken);
  if (discordToken && (/\s/.test(discordToken) || discordToken.length < 20)) {
    problems.push('DISCORD_TOKEN does not look like a bot token (copy it from the Developer Portal, Bot page)');
  }
  const discordGuildId = text('DISCORD_GUILD_ID');
  if (discordGuildId && !SNOWFLAKE.test(discordGuildId)) problems.push('DISCORD_GUILD_ID must be a server id (17–20 digits)');
  const discordApplicationId = text('DISCORD_APPLICATION_ID');
  if (discordApplicationId && !SNOWFLAKE.test(discordApplicationId)) problems.push('DISCORD_APPLICATION_ID must be an application id (17–20 digits)');
  const discordApiBase = text('DISCORD_API_BASE');
  if (discordApiBase) {
    try {
      const url = new URL(discordApiBase);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    } catch {
      problems.push(`DISCORD_API_BASE must be an http(s) URL such as https://discord.com/api (got "${discordApiBase}")`);
    }
  }
  const logLevel = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!isLogLevel(logLevel)) problems.push(`LOG_LEVEL must be one of debug, info, warn, error, silent (got "${logLevel}")`);
  const cacheUrl = text('CACHE_URL');
  if (cacheUrl && !/^[a-z][a-z0-9+.-]*:\/\//i.test(cacheUrl)) problems.push(`CACHE_URL must be a URL such as redis://127.0.0.1:6379 (got "${cacheUrl}")`);
  const shardCount = text('SHARD_COUNT')?.toLowerCase();
  if (shardCount && shardCount !== 'auto' && !/^\d+$/.test(shardCount)) problems.push(`SHARD_COUNT must be auto or a whole number of shards (got "${shardCount}")`);
  const interactionsPort = text('INTERACTIONS_PORT') ? integer(env, 'INTERACTIONS_PORT', 0, 0, 65535, problems) : undefined;
  const discordPublicKey = text('DISCORD_PUBLIC_KEY');
  if (discordPublicKey && !/^[0-9a-f]{64}$/i.test(discordPublicKey)) problems.push('DISCORD_PUBLIC_KEY must be the 64 hex characters of the Developer Portal\'s "Public Key"');
  if (interactionsPort !== undefined && !discordPublicKey) problems.push('INTERACTIONS_PORT needs DISCORD_PUBLIC_KEY (the Developer Portal\'s "Public Key") to check that requests come from Discord');
  if (shardCount && interactionsPort !== undefined) problems.push('SHARD_COUNT and INTERACTIONS_PORT are two ways of running past one process (gateway shards, or the HTTP endpoint): set one of them');
  const settings: Settings = {
    discordToken,
    discordApplicationId,
    discordGuildId,
    discordApiBase,
    storyDir: text('STORY_DIR') ?? 'seeds',
    stories: storyFolders(text('STORY_DIR'), text('STORIES_DIR')),
    storyAdminRole: text('STORY_ADMIN_ROLE'),
    allowPrivateUrls: /^(1|true|yes)$/i.test(text('ALLOW_PRIVATE_URLS') ?? ''),
    dataDir: text('DATA_DIR') ?? 'data',
    storyPollSeconds: integer(env, 'STORY_POLL_SECONDS', 30, 0, 86_400, problems),
    logLevel: isLogLevel(logLevel) ? logLevel : 'info',
    cacheUrl,
    cacheTtlSeconds: integer(env, 'CACHE_TTL_SECONDS', 3600, 1, 30 * 24 * 3600, problems),
    cacheMaxEntries: integer(env, 'CACHE_MAX_ENTRIES', 5000, 1, 10_000_000, problems),
    cooldownSeconds: integer(env, 'COOLDOWN_SECONDS', 3, 0, 3600, problems),
    shardCount: shardCount === 'auto' ? 'auto' : shardCount && /^\d+$/.test(shardCount) ? integer(env, 'SHARD_COUNT', 1, 1, 100_000, problems) : undefined,
    interactionsPort,
    interactionsHost: text('INTERACTIONS_HOST'),
    discordPublicKey,
    storyFileBudgetMs: integer(env, 'STORY_FILE_BUDGET_MS', DEFAULT_STORY_FILE_BUDGET_MS, 100, 3_600_000, problems),
    analysisWorkers: integer(env, 'ANALYSIS_WORKERS', 3, 0, 3, problems),
    analysisFileBudgetMs: integer(env, 'ANALYSIS_FILE_BUDGET_MS', DEFAULT_ANALYSIS_FILE_BUDGET_MS, 100, 3_600_000, problems),
  };
  if (problems.length) throw new SettingsError(problems);
  return settings;
}

/**
 * For entry points: loads .env (quietly) and reads the settings; on a problem prints every one, prefixed
 * with what could not run, and returns undefined.
 */
export async function settingsForEntryPoint(what: string): Promise<Settings | undefined> {
  const { config: loadEnv } = await import('dotenv');
  loadEnv({ quiet: true });
  try {
    return readSettings();
  } catch (err) {
    if (err instanceof SettingsError) {
      process.stderr.write(`${what}: ${err.message}\nSee .env.example for every setting.\n`);
      return undefined;
    }
    throw err;
  }
}
