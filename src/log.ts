/** A small levelled logger writing one line per event to stderr. Secrets are masked before writing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

const secrets = new Set<string>();

/** Registers a value (e.g. the bot token) that must never be printed. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets.add(value);
}

export function maskSecrets(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}

export function isLogLevel(value: string): value is LogLevel {
  return value in ORDER;
}

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const at = ORDER[level];
  const emit = (lvl: LogLevel, message: string, context?: Record<string, unknown>) => {
    if (ORDER[lvl] < at) return;
    let extra = '';
    if (context && Object.keys(context).length) {
      try {
        extra = ' ' + JSON.stringify(context, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message } : v));
      } catch {
        extra = ' [unserialisable context]';
      }
    }
    write(maskSecrets(`${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${message}${extra}`));
  };
  return {
    debug: (m, c) => emit('debug', m, c),
    info: (m, c) => emit('info', m, c),
    warn: (m, c) => emit('warn', m, c),
    error: (m, c) => emit('error', m, c),
  };
}

export const silentLogger: Logger = createLogger('silent');

/** A logger that adds `fields` (e.g. `{ shard: 1 }`) to every line's context. */
export function withContext(logger: Logger, fields: Record<string, unknown>): Logger {
  const add = (context?: Record<string, unknown>) => ({ ...fields, ...context });
  return {
    debug: (m, c) => logger.debug(m, add(c)),
    info: (m, c) => logger.info(m, add(c)),
    warn: (m, c) => logger.warn(m, add(c)),
    error: (m, c) => logger.error(m, add(c)),
  };
}
