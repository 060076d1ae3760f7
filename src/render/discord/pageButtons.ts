import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { LIMITS } from './limits.ts';

/**
 * Page buttons are stateless: the custom_id carries the page to show and the answer's cache key, so
 * a button works after a restart for as long as the answer stays cached.
 *   pg:<page>:<key>   show page <page> (1-based) of the cached answer <key>
 *   pgi:<page>        the disabled "page n of m" label
 *   again             run the command named in the message footer again (after the answer expired)
 */
export type ButtonAction = { kind: 'page'; page: number; key: string } | { kind: 'again' };

const PAGE_ID = /^pg:(\d{1,6}):(.+)$/;

export function pageCustomId(page: number, key: string): string {
  return `pg:${page}:${key}`;
}

export const AGAIN_CUSTOM_ID = 'again';

export function parseCustomId(customId: string): ButtonAction | undefined {
  if (customId === AGAIN_CUSTOM_ID) return { kind: 'again' };
  const match = PAGE_ID.exec(customId);
  if (!match) return undefined;
  return { kind: 'page', page: Number(match[1]), key: match[2] };
}

/** Whether a key fits in a custom_id with the largest page number we would write. */
export function keyFitsCustomId(key: string): boolean {
  return key.length > 0 && pageCustomId(999_999, key).length <= LIMITS.customId;
}

/** ◀ · page n / m · ▶ for an answer of `count` pages, or undefined when there is nothing to turn. */
export function pageRow(page: number, count: number, key: string): APIActionRowComponent<APIButtonComponent> | undefined {
  if (count <= 1 || !keyFitsCustomId(key)) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: '◀ Previous', custom_id: pageCustomId(page - 1, key), disabled: page <= 1 },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: `${page} / ${count}`, custom_id: `pgi:${page}`, disabled: true },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next ▶', custom_id: pageCustomId(page + 1, key), disabled: page >= count },
    ],
  };
}

export function againRow(): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Run again', custom_id: AGAIN_CUSTOM_ID }],
  };
}
