/**
 * Seasons: "in the fall", "last winter", "summer 2019", "it has been a long winter", "Spring was wet".
 * Seasons are read the southern way when the article places itself south of the equator
 * (dateHemisphere.ts). "The following spring" is an anchor (anchors.ts).
 */
import { crossingSeason, monthOf, seasonDate, seasonYearContaining, yearOf, type ResolvedDate, type Season } from '../dateMath.ts';
import { dateRuleTable, THURSDAY, unknownLabel, type DateContext, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { pattern } from '../rules/pattern.ts';
import { speaksOfPast } from '../dateTense.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';
import { seasonNamed, seasonTitle } from './readings.ts';

/**
 * Which instance of a season: "this" and bare mentions mean the one of the publication year (for
 * winter, the one running at or after publication); "last"/"next" the one before/after. A bare
 * mention of a season already over this year means next year's, unless the sentence is plainly in
 * the past; one not yet begun means last year's only in a plainly past sentence.
 */
export function pickSeason(season: Season, which: string, pub: string, future: boolean, past: boolean, southern = false): ResolvedDate {
  const instance = (s: Season, y: number) => seasonDate(s, y, southern);
  const pubYear = yearOf(pub);
  const current = seasonYearContaining(season, pub, southern);
  const step = relativeStep(which);
  if (step === -1) {
    let y = current ?? pubYear;
    while (instance(season, y).end >= pub) y--;
    return instance(season, y);
  }
  if (step === 1) {
    let y = pubYear - 1;
    while (instance(season, y).start <= pub) y++;
    return instance(season, y);
  }
  if (current !== undefined) return instance(season, current);
  const thisYear = season === crossingSeason(southern) && monthOf(pub) <= 2 ? pubYear - 1 : pubYear;
  const chosen = instance(season, thisYear);
  // A season already over this year is next year's unless the sentence is plainly in the past.
  if (chosen.end < pub && (future || !past)) return instance(season, thisYear + 1);
  if (past && !future && chosen.start > pub) return instance(season, thisYear - 1);
  return chosen;
}

/** A season with its year, or the instance its relative word (group `which`) or the tense points at. */
function season(m: DateMatch, ctx: DateContext, future: boolean): Resolution {
  const named = seasonNamed(m.groups.season!);
  if (m.groups.year) return { date: seasonDate(named, Number(m.groups.year), ctx.southern) };
  if (!ctx.published) return unknownLabel(`${seasonTitle(named)}, year unknown`);
  const which = (m.groups.which ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  const date = pickSeason(named, which, ctx.published, future, speaksOfPast(ctx.text, m.index), ctx.southern);
  return which ? { date } : { date, yearless: { kind: 'season', season: named, southern: ctx.southern } };
}

/** A season told in the past tense: the one running now, or the last one. */
function pastSeason(yearless: boolean) {
  return (m: DateMatch, ctx: DateContext): Resolution => {
    const named = seasonNamed(m.groups.season!);
    if (!ctx.published) return unknownLabel(`${seasonTitle(named)}, year unknown`);
    const date = pickSeason(named, '', ctx.published, false, true, ctx.southern);
    return yearless ? { date, yearless: { kind: 'season', season: named, southern: ctx.southern } } : { date };
  };
}

/** Names that may follow a season as the subject of a sentence: "The winter wave", "the summer rains". */
const SUBJECT_NOUNS = 'wave|waves|season|months|rains?|storms?|floods?|surge|peak|heat|heatwave|outbreak|lockdown|drought|freeze|crowds';
/** What such a subject does in a past-tense sentence. */
const SUBJECT_VERBS = 'was|were|had|brought|saw|proved|ended|began|came|arrived|hit|passed|turned';

const WITH_YEAR = `(?:,? (?:of )?(?<year>{year})\\b)?`;

const SEASON_RULES: DateRule[] = [
  {
    id: 'date.season.with-year',
    priority: 1,
    pattern: pattern(`\\b(?<season>{season}),? (?:of )?(?<year>{year})\\b`, 'gi'),
    build: season,
    examples: [{ text: 'The bridge closed in summer 2019.', expect: { expression: 'summer 2019', date: '2019-06-01..2019-08-31', granularity: 'season' } }],
    notMatching: ['The bridge closed in 2019.'],
  },
  {
    id: 'date.season.relative',
    priority: 2,
    pattern: pattern(`\\b(?:early |late |mid-?)?(?<which>this|last|next|the coming|the past|this past|this coming) (?<season>{season})\\b${WITH_YEAR}`, 'gi'),
    build: season,
    examples: [
      { text: 'Floods hit the valley last summer.', given: THURSDAY, expect: { expression: 'last summer', date: '2023-06-01..2023-08-31' } },
      { text: 'Floods hit the valley last summer.', expect: { unresolved: 'Summer, year unknown' } },
    ],
    notMatching: ['Floods hit the valley all summer.'],
  },
  {
    id: 'date.season.after-preposition',
    note: 'A season after a preposition ("in the fall", "by early spring"), not "the spring of discontent".',
    priority: 2,
    pattern: pattern(
      `\\b(?:in|during|by|until|till|over|through|throughout|for|since|before|after|from|this) (?:the )?(?:early |late |mid-?)?(?<season>{season})\\b${WITH_YEAR}(?! of\\b(?! \\d))`, 'gi',
),
    build: season,
    examples: [{ text: 'A new plant opens in the fall.', given: THURSDAY, expect: { expression: 'in the fall', date: '2024-09-01..2024-11-30', yearless: { kind: 'season', season: 'autumn' } } }],
    notMatching: [{ text: 'It was the spring of their discontent.', given: THURSDAY }],
  },
  {
    id: 'date.season.has-been',
    note: '"It has been a busy spring": the season running now, or just ended.',
    pattern: pattern("(?<=\\b(?:has|have|[’']s|[’']ve) been\\s+)an?\\s+(?:\\p{L}+\\s+){0,2}?(?<season>{season})\\b(?!\\s+of\\b)", 'giu'),
    build: pastSeason(false),
    examples: [{ text: 'It has been a long wet spring for growers.', given: THURSDAY, expect: { expression: 'a long wet spring', date: '2024-03-01..2024-05-31' } }],
    notMatching: [{ text: 'It has been a spring of protest.', given: THURSDAY }],
  },
  {
    id: 'date.season.subject',
    note: 'A season as the subject of a past-tense sentence ("Spring was wet", "The winter wave was worse").',
    pattern: pattern(`(?:^|(?<=\\b[Tt]he\\s))(?:(?:early|late|Early|Late)\\s)?(?<season>{season})(?:\\s(?:${SUBJECT_NOUNS}))?(?=\\s(?:${SUBJECT_VERBS})\\b)`, 'gi'),
    build: pastSeason(true),
    examples: [{ text: 'The winter wave was worse than feared.', given: THURSDAY, expect: { expression: 'winter wave', date: '2023-12-01..2024-02-29' } }],
    notMatching: [{ text: 'Winter is coming to the hills.', given: THURSDAY }],
  },
];

export const DATE_SEASONS = dateRuleTable('dateSeasons', SEASON_RULES);
