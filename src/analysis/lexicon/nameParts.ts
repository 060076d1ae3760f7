/**
 * Parts of personal names that are not names themselves.
 * - Suffixes written after a name ("John Smith Jr"), with or without a full stop.
 * - Prefixes joined to a surname by a hyphen ("al-Rashid", "ud-Din").
 */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'jnr', 'snr'];

export const NAME_PREFIXES: readonly string[] = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud', 'ul'];
