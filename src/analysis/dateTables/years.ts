/**
 * Years: "in 2016", "2019's floods", "the 2016 presidential election" (the year and the thing it names),
 * "2011 and 2012", "the 2022-23 season", "the 2018 midterms". A number that counts something ("the 2000
 * fans", "$2019") is not a year.
 */
import { isoOf, monthDate, yearDate } from '../dateMath.ts';
import { dateRuleTable, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { words } from '../lexicon/index.ts';
import { alternation, pattern } from '../rules/pattern.ts';

/** The next word after a number that makes it a count, not a year ("the 2000 fans"). */
const COUNT_NOUN = new RegExp(`^${alternation(words('countNoun'))}\\b`, 'i');

/** Words that end the noun phrase a year modifies ("the 2016 election | won by him"). */
const PHRASE_STOP =
  '(?:in|on|at|of|for|with|to|and|or|but|by|from|that|which|who|whom|whose|was|were|is|are|as|had|has|have|will|would|could|should|can|may|might|must|did|do|does|not|been|be|during|won|lost|after|before|since|until|amid|over|against|when|where|while|said|says|it|he|she|they|we|you|also|only|just|into|about|than|then|so|if|because|through|between|under|via|like|feature|features|show|shows|showed)';

const wholeYear = (m: DateMatch): Resolution => ({ date: yearDate(Number(m.groups.year)) });

/** "the 2022-23 season", "in 2023/24": two years in a row, as one span at year granularity. */
function yearSpan(m: DateMatch): Resolution | undefined {
  const first = Number(m.groups.year);
  const second = m.groups.second!.length === 2 ? Math.floor(first / 100) * 100 + Number(m.groups.second) : Number(m.groups.second);
  if (second !== first + 1) return undefined;
  return { date: { start: isoOf(first, 1, 1), end: isoOf(second, 12, 31), granularity: 'year', label: `${first}–${String(second).slice(-2)}` } };
}

const YEAR_RULES: DateRule[] = [
  {
    id: 'date.year.midterms',
    note: 'United States midterm elections are held in November.',
    priority: 2,
    pattern: pattern(`\\b(?:the )?(?<year>{year}) mid-?terms?(?: (?:elections?|races?|votes?))?\\b`, 'gi'),
    build: (m) => ({ date: monthDate(Number(m.groups.year), 11) }),
    examples: [{ text: 'She ran in the 2018 midterm elections.', expect: { expression: 'the 2018 midterm elections', date: '2018-11-01..2018-11-30' } }],
    notMatching: ['She ran in the 2018 primaries.'],
  },
  {
    id: 'date.year.after-preposition',
    pattern: pattern(
      `(?<![$€£\\d.,])\\b(?:in|since|during|until|till|by|from|before|after|of|through|throughout|between|around|circa|early|late|mid-?)\\s+(?:early |late |mid-?)?(?<year>{year})\\b(?![.,]?\\d)(?!\\s*(?:people|percent|votes|voters|residents|fans|students|workers|members|troops|homes|jobs|miles|feet|acres|dollars|euros|pounds|tons|tonnes|cars|seats|points|children|hours)\\b)`, 'gi',
),
    build: wholeYear,
    examples: [{ text: 'The mill has stood idle since 2009.', expect: { expression: 'since 2009', date: '2009-01-01..2009-12-31', granularity: 'year' } }],
    notMatching: ['Turnout rose by 2000 voters.', 'The fund fell by $2019.'],
  },
  {
    id: 'date.year.possessive',
    pattern: pattern(`(?<![$€£\\d.,])\\b(?<year>{year})[’']s\\b`, 'g'),
    build: wholeYear,
    examples: [{ text: "2019's floods were the worst.", expect: { expression: "2019's", date: '2019-01-01..2019-12-31' } }],
    notMatching: ['The 1990s were calmer.'],
  },
  {
    id: 'date.year.names-event',
    note: 'A year before the noun it dates ("the 2016 presidential election"): kept with what it names.',
    pattern: pattern(`\\b(?:the|a|an|his|her|their|its|this|that|several|whose|our|my|your|\\p{L}+[’']s)\\s+(?<year>{year})(?<names>(?:\\s+(?!${PHRASE_STOP}\\b)[\\p{L}][\\p{L}.’'-]*){1,3})`, 'giu'),
    guard: (m) => !COUNT_NOUN.test(m.groups.names!.trim()) && !/^(?:fiscal|financial)\b/i.test(m.groups.names!.trim()),
    build: (m) => ({ date: yearDate(Number(m.groups.year)), names: m.groups.names!.trim() }),
    examples: [{ text: 'He lost the 2016 presidential election to her.', expect: { date: '2016-01-01..2016-12-31', names: 'presidential election' } }],
    notMatching: ['Police counted the 2000 fans outside.', 'Results for the 2024 fiscal year were late.'],
  },
  {
    id: 'date.year.after-year',
    note: 'A year right after another one ("2011 and 2012", "2014–2016").',
    pattern: pattern('(?<=\\b(?:1[89]|20)\\d\\d\\s*(?:and|or|to|through|-|–)\\s*)' + `(?<year>{year})\\b(?![.,]?\\d)`, 'g'),
    build: wholeYear,
    examples: [{ text: 'Prices fell in 2011 and 2012.', expect: { expression: '2012', date: '2012-01-01..2012-12-31' } }],
    notMatching: ['Prices fell twice and 2012 was flat.'],
  },
  {
    id: 'date.year.span',
    note: 'Two years in a row written as one ("the 2022-23 season"): one span at year granularity.',
    priority: 1,
    pattern: pattern(`(?<![\\d.,/])\\b(?<year>{year})[-–/](?<second>\\d{2}|\\d{4})\\b(?![-–/.,]?\\d)`, 'g'),
    build: yearSpan,
    examples: [{ text: 'He scored 30 goals in the 2022-23 season.', expect: { expression: '2022-23', date: '2022-01-01..2023-12-31', label: '2022–23' } }],
    notMatching: ['The score was 2022-25.'],
  },
];

export const DATE_YEARS = dateRuleTable('dateYears', YEAR_RULES);
