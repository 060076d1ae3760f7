/**
 * Organisation words. One row per word:
 * - `noun`: a noun by which a story refers to an organisation ("the company said", "a charity").
 * - `nameEnd`: a word that ends an organisation's name ("Corvana Foods", "Tidewell Logistics"), beyond
 *   compromise's own list of such words.
 * - `qualifiesRole`: also qualifies a role written after it ("union secretary", "party leader").
 */
export interface OrganisationWord {
  word: string;
  kind: 'noun' | 'nameEnd';
  qualifiesRole: boolean;
}

const nouns = (...list: string[]): OrganisationWord[] => list.map((word) => ({ word, kind: 'noun', qualifiesRole: false }));
const qualifying = (...list: string[]): OrganisationWord[] => list.map((word) => ({ word, kind: 'noun', qualifiesRole: true }));
const nameEnds = (...list: string[]): OrganisationWord[] => list.map((word) => ({ word, kind: 'nameEnd', qualifiesRole: false }));

export const ORGANISATION_WORDS: readonly OrganisationWord[] = [
  ...nouns('firm', 'club', 'group', 'agency', 'ministry', 'department', 'government', 'authority', 'bank'),
  ...nouns('charity', 'operator', 'business', 'organisation', 'organization'),
  ...nouns('hospital', 'airline', 'retailer', 'insurer', 'manufacturer', 'carrier', 'foundation', 'association', 'federation'),
  ...nouns('league', 'regulator', 'watchdog', 'trust', 'school', 'network', 'broadcaster', 'newspaper', 'publisher'),
  ...nouns('studio', 'startup', 'lender', 'supplier', 'utility', 'commission', 'committee'),
  ...qualifying('company', 'council', 'union', 'party', 'board', 'university', 'campaign'),
  ...nameEnds('foods', 'library', 'libraries', 'logistics', 'records', 'studios', 'pictures', 'solutions', 'technologies'),
  ...nameEnds('research', 'theatre', 'theater', 'bakery', 'publishing', 'laboratories', 'therapeutics', 'robotics'),
  ...nameEnds('analytics', 'software', 'networks', 'ventures', 'industries', 'haulage', 'freight', 'brewery', 'dairies'),
];
