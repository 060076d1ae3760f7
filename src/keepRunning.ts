/**
 * A bot keeps answering after one bad event: an error nothing caught (a malformed gateway event that
 * discord.js cannot read throws inside its event handler) is logged, not left to end the process. For the
 * errors that do end it (out of memory, a signal), run the bot under a supervisor that restarts it (see the
 * README, "Running it for good").
 */
import type { Logger } from './log.ts';

export function keepRunningOnErrors(logger: Logger, target: NodeJS.EventEmitter = process): void {
  target.on('uncaughtException', (err: Error) => logger.error('uncaught error; still running', { error: err, stack: err?.stack }));
  target.on('unhandledRejection', (reason: unknown) => logger.error('unhandled promise rejection; still running', { error: reason, stack: (reason as Error)?.stack }));
}
