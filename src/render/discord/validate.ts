import { embedLength } from './embeds.ts';
import { LIMITS } from './limits.ts';

/**
 * Checks a message body as Discord receives it (snake_case JSON: content, embeds, components,
 * allowed_mentions) against Discord's limits and the rule that storyline pings no one. Returns the
 * problems found; an empty list means Discord would accept it and nobody is notified.
 */
export function validateMessageBody(body: unknown): string[] {
  const problems: string[] = [];
  if (!body || typeof body !== 'object') return ['body is not an object'];
  const b = body as Record<string, any>;
  const mentions = b.allowed_mentions;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length) problems.push('allowed_mentions.parse must be present and empty');
  if (mentions && ((mentions.users?.length ?? 0) || (mentions.roles?.length ?? 0))) problems.push('allowed_mentions lists users or roles');
  if (mentions?.replied_user) problems.push('allowed_mentions.replied_user is true');
  if (typeof b.content === 'string' && b.content.length > LIMITS.content) problems.push(`content is ${b.content.length} characters`);
  const embeds: any[] = Array.isArray(b.embeds) ? b.embeds : [];
  if (embeds.length > LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((e, i) => {
    if ((e.title?.length ?? 0) > LIMITS.embedTitle) problems.push(`embed ${i} title is ${e.title.length} characters`);
    if ((e.description?.length ?? 0) > LIMITS.embedDescription) problems.push(`embed ${i} description is ${e.description.length} characters`);
    if ((e.footer?.text?.length ?? 0) > LIMITS.embedFooter) problems.push(`embed ${i} footer is ${e.footer.text.length} characters`);
    const fields: any[] = e.fields ?? [];
    if (fields.length > LIMITS.embedFields) problems.push(`embed ${i} has ${fields.length} fields`);
    fields.forEach((f, j) => {
      if (f.name.length > LIMITS.embedFieldName) problems.push(`embed ${i} field ${j} name is ${f.name.length} characters`);
      if (f.value.length > LIMITS.embedFieldValue) problems.push(`embed ${i} field ${j} value is ${f.value.length} characters`);
    });
    total += embedLength(e);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} characters`);
  const rows: any[] = Array.isArray(b.components) ? b.components : [];
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows`);
  const ids = new Set<string>();
  for (const row of rows) {
    const components: any[] = row.components ?? [];
    if (components.length > LIMITS.buttonsPerRow) problems.push(`a row has ${components.length} components`);
    for (const c of components) {
      if (typeof c.custom_id === 'string') {
        if (c.custom_id.length > LIMITS.customId) problems.push(`custom_id is ${c.custom_id.length} characters`);
        if (ids.has(c.custom_id)) problems.push(`custom_id ${c.custom_id} is used twice`);
        ids.add(c.custom_id);
      }
      if ((c.label?.length ?? 0) > LIMITS.buttonLabel) problems.push(`button label is ${c.label.length} characters`);
    }
  }
  return problems;
}

/** Checks autocomplete choices as sent to Discord. */
export function validateChoices(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['choices is not a list'];
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices`);
  for (const c of choices) {
    if (typeof c?.name !== 'string' || !c.name.length || c.name.length > LIMITS.choiceName) problems.push(`choice name ${JSON.stringify(c?.name)}`);
    if (typeof c?.value !== 'string' || !c.value.length || c.value.length > LIMITS.choiceValue) problems.push(`choice value ${JSON.stringify(c?.value)}`);
  }
  return problems;
}
