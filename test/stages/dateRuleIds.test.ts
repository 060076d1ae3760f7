/**
 * Every date mention says which rule found it (for --explain): over the labelled fixture stories, each
 * mention's `rule` is the id of a row of a date rule table, and the rules that find dates in them are
 * many, not one catch-all.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDateMentions, type DateMention } from '../../src/analysis/dates.ts';
import { DATE_CALENDAR, DATE_SPANS } from '../../src/analysis/dateTables/found.ts';
import { DATE_TABLES } from '../../src/analysis/dateTables/index.ts';
import { loadStory } from '../../src/story/loadStory.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const DATE_RULE_IDS = new Set([...DATE_TABLES, DATE_CALENDAR, DATE_SPANS].flatMap((t) => t.rules.map((r) => r.id)));

describe('date mentions carry their rule', () => {
  const mentions: DateMention[] = [];
  beforeAll(async () => {
    for (const name of readdirSync(FIXTURES).filter((n) => n.startsWith('ask-blind')).slice(0, 6)) {
      const story = await loadStory(join(FIXTURES, name));
      for (const article of story.articles) for (const s of article.sentences) mentions.push(...findDateMentions(s.text, '2024-05-16'));
    }
  });

  it('names a rule of a date table on every mention', () => {
    expect(mentions.length).toBeGreaterThan(50);
    expect(mentions.filter((m) => !DATE_RULE_IDS.has(m.rule)).map((m) => `${m.rule}: ${m.expression}`)).toEqual([]);
  });

  it('tells the rules apart', () => {
    expect(new Set(mentions.map((m) => m.rule)).size).toBeGreaterThan(8);
  });

  it('names the rule that read a weekday, a relative year and an anchor', () => {
    const rules = findDateMentions('Two days after the vote, on Monday, the board met; it will meet again later this year.', '2024-05-16').map((m) => [m.expression, m.rule]);
    expect(rules).toEqual([
      ['Two days after the vote', 'date.anchor.units-from-event'],
      ['on Monday', 'date.weekday.bare'],
      ['later this year', 'date.relative.year'],
    ]);
  });

  it('says, when asked, which matches of other rules a mention was chosen over', () => {
    const [summer, monday] = findDateMentions('The plant opens this summer; it closed last Monday.', '2024-05-16', { explain: true });
    expect(summer.passedOver).toEqual([
      { candidate: 'this summer', rule: 'date.season.after-preposition', reason: 'same length and priority as “this summer”; date.season.relative runs first' },
    ]);
    expect(monday).toMatchObject({ rule: 'date.weekday.last', passedOver: [{ candidate: 'Monday', rule: 'date.weekday.bare', reason: 'shorter than “last Monday”' }] });
    expect(findDateMentions('It closed last Monday.', '2024-05-16')[0].passedOver).toBeUndefined();
  });
});
