import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { PatternTriggers, triggersOf } from '../../../src/analysis/dateTriggers.ts';
import { DATE_TABLES } from '../../../src/analysis/dateTables/index.ts';

/**
 * A date rule's pattern is run on a sentence only when the sentence holds one of the strings every match of
 * the pattern holds (its triggers). The triggers must never keep a rule from a sentence it matches.
 */
const RULES = DATE_TABLES.flatMap((table) => table.rules);
const TRIGGERS = new PatternTriggers(RULES.map((rule) => rule.pattern));

function matches(pattern: RegExp, text: string): boolean {
  return [...text.matchAll(pattern)].length > 0;
}

describe('the words a date rule cannot match without', () => {
  it('lets every rule read every example and non-example it matches', () => {
    const texts = RULES.flatMap((rule) => [...rule.examples.map((e) => e.text), ...rule.notMatching.map((e) => (typeof e === 'string' ? e : e.text))]);
    const missed: string[] = [];
    for (const text of texts) {
      const may = TRIGGERS.mayMatch(text);
      RULES.forEach((rule, k) => {
        if (!may[k] && matches(rule.pattern, text)) missed.push(`${rule.id}: ${text}`);
      });
    }
    expect(missed).toEqual([]);
  });

  it('keeps a rule from a sentence without any of its words', () => {
    const may = TRIGGERS.mayMatch('The council met to discuss the budget.');
    const weekday = RULES.findIndex((rule) => rule.id === 'date.weekday.bare');
    expect(may[weekday]).toBe(false);
    expect(TRIGGERS.mayMatch('The council met on MONDAY.')[weekday]).toBe(true);
  });

  it('spells out literal words, small classes and optional parts, and asks nothing of what it cannot spell', () => {
    expect(triggersOf(/\b(?<count>\d{1,2}) days? ago\b/gi)).toEqual([' day ago', ' days ago']);
    expect([...triggersOf(/\b[Ll]ast (?:Monday|Friday)\b/g)!].sort()).toEqual(['last friday', 'last monday']);
    // What a lookbehind looks at is in the text; what a negative one refuses is not.
    expect(triggersOf(/(?<=\bon\s)\p{L}+/gu)).toEqual(['on']);
    expect(triggersOf(/(?<!\bon\s)\p{L}+\s\p{L}+/gu)).toBeUndefined();
    expect([...triggersOf(/\d+|today/g)!].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'today']);
    expect(triggersOf(/\d+|\p{L}+/gu)).toBeUndefined();
    expect(triggersOf(/(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)(?:k|l)(?:m|n)/g)?.length).toBeLessThanOrEqual(64);
  });

  it('runs every rule on a sentence with a letter that case folding reads as an ASCII one', () => {
    // With the u and i flags, "ſ" matches "s" and the Kelvin sign matches "k".
    const pattern = /\bsunday\b/giu;
    expect(matches(pattern, 'on ſunday')).toBe(true);
    expect(new PatternTriggers([pattern]).mayMatch('on ſunday')).toEqual([true]);
    expect(new PatternTriggers([pattern]).mayMatch('on monday')).toEqual([false]);
  });

  it('finds every date of a sentence full of them', () => {
    const found = findDateMentions('On Monday, two days after the vote and a week before Christmas Day, the council met at 9 a.m.; in the spring of 2023 it had met in March.', '2024-05-16');
    expect(found.map((m) => [m.expression, m.rule, m.date?.start, m.date?.end])).toEqual([
      ['On Monday', 'date.weekday.bare', '2024-05-13', '2024-05-13'],
      ['two days after the vote', 'date.anchor.units-from-event', undefined, undefined],
      ['Christmas Day', 'date.holiday.after-preposition', '2023-12-25', '2023-12-25'],
      ['in the spring of 2023', 'date.season.after-preposition', '2023-03-01', '2023-05-31'],
      ['March', 'date.month.after-preposition', '2024-03-01', '2024-03-31'],
    ]);
  });
});
