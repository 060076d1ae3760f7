import { citedSources, type Presentation } from './presentation.ts';

/** A presentation as plain text for a terminal. */
export function renderText(p: Presentation): string {
  const lines: string[] = [p.title, '='.repeat(Math.min(p.title.length, 72))];
  if (p.summary) lines.push(p.summary);
  for (const item of p.items) {
    lines.push('', item.heading, `  ${item.text}`);
    for (const detail of item.details ?? []) lines.push(`  ${detail}`);
    for (const c of citedSources(item.citations)) lines.push(`  — ${c.label} [${c.file}]`);
  }
  if (p.note) lines.push('', p.note);
  if (p.image) lines.push('', `[picture: ${p.image.name}, ${p.image.description}]`);
  return lines.join('\n');
}
