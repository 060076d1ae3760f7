import { expect } from 'vitest';
import { findDateMentions, type DateMention } from '../../src/analysis/dates.ts';

/** The single mention whose expression contains `expression` (the test fails when there are 0 or several). */
export function mention(text: string, published: string | undefined, expression: string): DateMention {
  const found = findDateMentions(text, published).filter((m) => m.expression.includes(expression));
  expect(found, `${expression} in “${text}”: ${JSON.stringify(findDateMentions(text, published).map((m) => m.expression))}`).toHaveLength(1);
  return found[0];
}

/** That mention's resolved date (the test fails when it stays unresolved). */
export function resolved(text: string, published: string | undefined, expression: string) {
  const m = mention(text, published, expression);
  expect(m.date, `${expression} should resolve`).toBeDefined();
  return m.date!;
}
