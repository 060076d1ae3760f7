/** The headers of an email pasted with them: subject, sender and date. */
import type { CleanLine } from './markup.ts';

const EMAIL_HEADER = /^(?<field>from|date|sent|subject|to|cc|reply-to):\s*(?<value>.*)$/i;

export interface EmailHeaders {
  subject?: string;
  from?: string;
  date?: string;
  /** Indexes of the header lines. */
  lines: number[];
}

/** The headers an email pasted with them opens with: "From: The Lakes Letter <…>", "Subject: …". */
export function readEmailHeaders(lines: readonly CleanLine[]): EmailHeaders {
  const found: Record<string, string> = {};
  const at: number[] = [];
  for (let i = 0; i < lines.length && i < 15; i++) {
    const text = lines[i].text;
    if (!text) {
      if (at.length) break;
      continue;
    }
    const match = EMAIL_HEADER.exec(text);
    if (!match) break;
    found[match.groups!.field.toLowerCase()] = match.groups!.value.trim();
    at.push(i);
  }
  if (at.length < 2 || (found.subject === undefined && found.from === undefined)) return { lines: [] };
  const from = found.from?.replace(/<[^>]*>/g, '').replace(/["']/g, '').trim();
  return { subject: found.subject?.replace(/^(?:(?:re|fwd?|fw):\s*)+/i, '').trim() || undefined, from: from || undefined, date: found.date ?? found.sent, lines: at };
}
