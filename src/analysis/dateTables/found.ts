/**
 * Rules that are not a single pattern: calendar days read by chrono-node (dateCalendar.ts) and spans
 * joined from two mentions (dateSpans.ts). Their ids are carried by the mentions they make like any
 * other rule's; the rows here give each its examples, run through the whole extractor.
 */
import { findDateMentions } from '../dates.ts';
import { exampleResult, THURSDAY } from '../dateRules.ts';
import { ruleTable, type NamedRule } from '../rules/ruleTable.ts';

/** Runs the extractor on the example and gives the mention the rule made, if any. */
function mentionBy(rule: NamedRule, text: string, given?: Record<string, unknown>): Record<string, unknown> | undefined {
  const options = { dayFirst: given?.dayFirst as boolean | undefined, southern: given?.southern as boolean | undefined };
  const found = findDateMentions(text, given?.published as string | undefined, options).find((m) => m.rule === rule.id);
  return found && exampleResult(found.expression, found);
}

export const DATE_CALENDAR = ruleTable<NamedRule>({
  name: 'dateCalendar',
  tryRule: mentionBy,
  rules: [
    {
      id: 'date.calendar.month-day',
      note: 'A month and day (chrono-node); without a year, the instance nearer publication unless the tense says.',
      examples: [
        { text: 'The council meets on April 2.', given: { published: '2024-03-15' }, expect: { expression: 'April 2', date: '2024-04-02' } },
        { text: 'The council met on Dec. 5, 2017.', expect: { expression: 'Dec. 5, 2017', date: '2017-12-05' } },
      ],
      notMatching: [{ text: 'The council meets in April.', given: THURSDAY }],
    },
    {
      id: 'date.calendar.day-month',
      examples: [{ text: 'The council met on 5 March 2024.', expect: { expression: 'on 5 March 2024', date: '2024-03-05' } }],
      notMatching: [{ text: 'The council met on March 5, 2024.', given: THURSDAY }],
    },
    {
      id: 'date.calendar.range',
      note: 'Several days of one month, or across two, written as one range.',
      examples: [{ text: 'The festival runs July 16-18.', given: THURSDAY, expect: { expression: 'July 16-18', date: '2024-07-16..2024-07-18' } }],
      notMatching: [{ text: 'The festival runs on July 16.', given: THURSDAY }],
    },
    {
      id: 'date.calendar.numeric',
      note: 'A numeric date: the article’s own convention decides day or month first; with none, an ambiguous one stays unresolved.',
      examples: [
        { text: 'The claim was filed on 25/03/2024.', expect: { expression: '25/03/2024', date: '2024-03-25' } },
        { text: 'The claim was filed on 01/03/2024.', expect: { unresolved: '01/03/2024, day and month order unknown' } },
        { text: 'The claim was filed on 01/03/2024.', given: { dayFirst: true }, expect: { date: '2024-03-01' } },
      ],
      notMatching: [{ text: 'The claim was worth 3.5 million.', given: THURSDAY }],
    },
  ],
});

export const DATE_SPANS = ruleTable<NamedRule>({
  name: 'dateSpans',
  tryRule: mentionBy,
  rules: [
    {
      id: 'date.span.week-of',
      examples: [{ text: 'Cases peaked the week of March 9.', given: { published: '2024-03-20' }, expect: { expression: 'the week of March 9', date: '2024-03-04..2024-03-10', granularity: 'week' } }],
      notMatching: [{ text: 'Cases peaked on March 9.', given: { published: '2024-03-20' } }],
    },
    {
      id: 'date.span.day-pair',
      note: 'Two days of one month named together ("October 7 and 8"): one span.',
      examples: [{ text: 'Polls open October 7 and 8 in the north.', given: { published: '2024-09-01' }, expect: { expression: 'October 7 and 8', date: '2024-10-07..2024-10-08' } }],
      notMatching: [{ text: 'Polls open October 7 and 80 people queued.', given: { published: '2024-09-01' } }],
    },
    {
      id: 'date.span.day-pair-day-first',
      examples: [{ text: 'The fair is on 9 & 10 November.', given: { published: '2024-09-01' }, expect: { expression: '9 & 10 November', date: '2024-11-09..2024-11-10' } }],
      notMatching: [{ text: 'The fair is on 10 November.', given: { published: '2024-09-01' } }],
    },
    {
      id: 'date.span.range',
      note: 'Two dates joined by "from … through", "between … and": one span at the finer granularity.',
      examples: [
        { text: 'Prices rose between 2017 and 2019.', expect: { expression: 'between 2017 and 2019', date: '2017-01-01..2019-12-31' } },
        { text: 'Talks ran from Monday to Wednesday.', given: THURSDAY, expect: { expression: 'Monday to Wednesday', date: '2024-05-13..2024-05-15' } },
      ],
      notMatching: ['Prices rose in 2017 and fell in 2019.'],
    },
  ],
});
