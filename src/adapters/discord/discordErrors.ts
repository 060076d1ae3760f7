/** Discord API error codes that mean "too late" rather than "broken": logged, never thrown. */
export const UNKNOWN_INTERACTION = 10062;
export const ALREADY_ACKNOWLEDGED = 40060;
export const UNKNOWN_WEBHOOK = 10015;

export function discordErrorCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** True for errors that come from an interaction having expired or been answered already. */
export function isStaleInteraction(err: unknown): boolean {
  const code = discordErrorCode(err);
  return code === UNKNOWN_INTERACTION || code === ALREADY_ACKNOWLEDGED || code === UNKNOWN_WEBHOOK || (err as { code?: unknown } | null)?.code === 'InteractionAlreadyReplied';
}
