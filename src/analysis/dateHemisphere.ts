/**
 * Which hemisphere an article's seasons belong to. "This summer" in a Sydney paper in January is the
 * summer running then (December–February); in a London paper it is the coming June–August. An article
 * is read the southern way when it places itself there: a southern-hemisphere country, Australian
 * state or territory, or major southern city named in its headline, page furniture or first two
 * sentences, or at least twice anywhere in it. Names that are also common northern places or first
 * names on their own ("Victoria", "Perth", "Wellington", "Santiago", "Darwin", "Newcastle") are not
 * evidence. Without evidence the article keeps northern seasons.
 */
import type { Article } from '../story/types.ts';
import { SPEECH_VERBS } from './lexicon/speechVerbs.ts';
import { alternation } from './rules/pattern.ts';

const SOUTHERN_PLACES = new RegExp(
  '\\b(?:' +
    [
      // Countries wholly or mostly south of the equator.
      'Australia', 'New Zealand', 'Aotearoa', 'South Africa', 'Argentina', 'Chile', 'Uruguay', 'Paraguay', 'Bolivia', 'Lesotho',
      'Eswatini', 'Swaziland', 'Namibia', 'Botswana', 'Zimbabwe', 'Zambia', 'Mozambique', 'Madagascar', 'Malawi', 'Mauritius', 'Fiji',
      'Samoa', 'Tonga', 'Vanuatu', 'Tasmania',
      // Australian states and territories.
      'New South Wales', 'NSW', 'Queensland', 'South Australia', 'Western Australia', 'Northern Territory', 'Australian Capital Territory',
      // Large southern cities whose names are not common northern places.
      'Sydney', 'Melbourne', 'Brisbane', 'Adelaide', 'Canberra', 'Hobart', 'Geelong', 'Wollongong', 'Townsville', 'Auckland',
      'Christchurch', 'Dunedin', 'Johannesburg', 'Cape Town', 'Durban', 'Pretoria', 'Buenos Aires', 'Montevideo', 'Asunción',
    ]
      .map((name) => name.replace(/ /g, '\\s+'))
      .join('|') +
    ')\\b',
  'g',
);

/** "Sydney Sweeney said": a southern city name used as a person's first name is not a place. */
const REPORTING = SPEECH_VERBS.filter((v) => ['say', 'tell', 'write', 'add'].includes(v.base)).flatMap((v) => (v.base === 'say' ? [v.past!, v.third!] : [v.past!]));
const AS_FIRST_NAME = new RegExp(`^\\s+[A-Z][a-z]+\\s+${alternation(REPORTING)}\\b`);

function count(raw: string): number {
  // Datelines write the place in capitals ("AUCKLAND —"); abbreviations ("NSW") stay as they are.
  const text = raw.replace(/\b[A-Z]{4,}\b/g, (w) => w[0] + w.slice(1).toLowerCase());
  let n = 0;
  for (const m of text.matchAll(SOUTHERN_PLACES)) {
    if (AS_FIRST_NAME.test(text.slice(m.index + m[0].length))) continue;
    n++;
  }
  return n;
}

/** True when the article places itself in the southern hemisphere. */
export function southernOf(article: Pick<Article, 'title' | 'removed' | 'sentences'>): boolean {
  const lead = [article.title ?? '', ...article.removed.slice(0, 6), ...article.sentences.slice(0, 2).map((s) => s.text)].join('\n');
  if (count(lead) > 0) return true;
  return count(article.sentences.map((s) => s.text).join('\n')) >= 2;
}
