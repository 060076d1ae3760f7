/**
 * Role and job nouns, and the words that qualify them. One row per word:
 * - `noun`: names a role by itself, before a name or after "the" ("Mayor Lindiwe Okafor", "the coach said",
 *   "goalkeeper Sten Brandvold"). compromise's Actor nouns (president, mayor, secretary…) count too; this
 *   table adds the ones it lacks. Rank and office titles written short (Det, Sgt, Gov) are roles as well:
 *   they are read from ./titles.ts.
 * - `modifier`: qualifies a role written after it ("press secretary", "national security adviser").
 * - `rank`: makes it a different post: a deputy speaker is not the speaker.
 * - `gender`: the gender the noun tells ("chairwoman Ines Halvorsen").
 */
export interface RoleWord {
  word: string;
  noun: boolean;
  modifier: boolean;
  rank: boolean;
  gender: 'male' | 'female' | null;
}

const row = (word: string, noun: boolean, modifier: boolean, rank = false, gender: RoleWord['gender'] = null): RoleWord => ({ word, noun, modifier, rank, gender });
const nouns = (...list: string[]): RoleWord[] => list.map((w) => row(w, true, false));
const modifiers = (...list: string[]): RoleWord[] => list.map((w) => row(w, false, true));

export const ROLE_WORDS: readonly RoleWord[] = [
  // Politics, law and public office.
  ...nouns('senator', 'representative', 'lawmaker', 'governor', 'adviser', 'advisor', 'spokesperson', 'chair', 'counsel'),
  ...nouns('ambassador', 'commissioner', 'chancellor', 'premier', 'pope', 'judge', 'prosecutor', 'sheriff', 'inspector'),
  ...nouns('detective', 'officer', 'captain', 'colonel', 'lieutenant', 'sergeant', 'constable', 'superintendent', 'ceo', 'founder'),
  ...nouns('professor', 'economist', 'analyst', 'councillor', 'coach', 'manager', 'head', 'dean', 'rector', 'bishop', 'minister'),
  ...nouns('secretary', 'director', 'president', 'mayor', 'leader', 'official', 'researcher', 'scientist', 'engineer', 'owner'),
  ...nouns('lawyer', 'doctor', 'nurse'),
  row('justice', true, true),
  row('attorney', true, true),
  row('chief', true, true),
  row('general', true, true),
  row('executive', true, true),
  row('principal', true, true),
  row('deputy', true, true, true),
  row('congressman', true, false, false, 'male'),
  row('congresswoman', true, false, false, 'female'),
  row('spokesman', true, false, false, 'male'),
  row('spokeswoman', true, false, false, 'female'),
  row('chairman', true, false, false, 'male'),
  row('chairwoman', true, false, false, 'female'),
  row('councilman', true, false, false, 'male'),
  row('councilwoman', true, false, false, 'female'),
  row('king', true, false, false, 'male'),
  row('queen', true, false, false, 'female'),
  row('prince', true, false, false, 'male'),
  row('princess', true, false, false, 'female'),
  row('headmaster', true, false, false, 'male'),
  row('headmistress', true, false, false, 'female'),
  row('actor', true, false, false, 'male'),
  row('actress', true, false, false, 'female'),
  // Occupations and positions a story puts before a name ("goalkeeper Sten Brandvold", "barrister Ann Cole").
  ...nouns('goalkeeper', 'keeper', 'striker', 'defender', 'midfielder', 'winger', 'substitute', 'teammate', 'player'),
  ...nouns('batsman', 'bowler', 'pitcher', 'quarterback', 'jockey', 'trainer', 'boxer', 'defendant', 'claimant'),
  ...nouns('plaintiff', 'barrister', 'solicitor', 'magistrate', 'teacher', 'headteacher'),
  ...nouns('farmer', 'activist', 'campaigner', 'novelist', 'artist', 'singer', 'musician', 'producer', 'chef', 'pilot'),
  ...nouns('surgeon', 'paramedic', 'firefighter', 'pastor', 'priest', 'rabbi', 'imam', 'vicar', 'historian'),
  ...nouns('journalist', 'reporter', 'photographer', 'editor', 'columnist', 'presenter', 'commentator', 'pundit'),
  ...nouns('entrepreneur', 'banker', 'accountant', 'consultant', 'architect', 'steward', 'treasurer', 'organiser'),
  ...nouns('organizer', 'coordinator', 'administrator', 'ombudsman', 'coroner', 'registrar', 'curator'),
  ...nouns('baker', 'butcher', 'shopkeeper', 'stallholder', 'landlord', 'landlady', 'plumber', 'florist'),
  ...nouns('electrician', 'mechanic', 'driver', 'cleaner', 'carer', 'volunteer', 'pensioner', 'fisherman'),
  // Parliaments, science and the arts ("Labour MP Nerys Lloyd", "co-author Hana Reid", "composer Ada Obi").
  ...nouns('mp', 'mep', 'msp', 'mla', 'speaker', 'author', 'co-author', 'composer'),
  ...nouns('conductor', 'playwright', 'screenwriter', 'lyricist', 'rapper', 'drummer', 'guitarist', 'pianist'),
  ...nouns('physician', 'epidemiologist', 'fellow', 'postdoc'),
  // Entertainment, venues and local services ("pop star Ada Obi", "promoter Cy Hale", "librarian Jo Penn").
  ...nouns('star', 'popstar', 'promoter', 'stylist', 'choreographer', 'librarian', 'archivist', 'caretaker', 'warden'),
  ...nouns('ranger', 'lifeguard', 'publican'),
  // Words that qualify a role written after them.
  ...modifiers('press', 'national', 'security', 'foreign', 'prime', 'senior', 'special'),
  ...modifiers('defense', 'defence', 'state', 'interior', 'health', 'finance'),
  ...modifiers('communications', 'police', 'fire', 'army', 'navy'),
  ...modifiers('managing', 'regional', 'city', 'county', 'district', 'federal', 'trade', 'economic'),
  ...modifiers('energy', 'environment', 'education', 'transport', 'home', 'emergency', 'public'),
  ...modifiers('port', 'harbour', 'harbor', 'operations', 'safety', 'intelligence', 'backbench', 'lead', 'co'),
  // Organisation nouns that also qualify a role ("union secretary", "party leader"): see ./organisations.ts.
  // "secretary of state", "minister of trade and industry".
  ...modifiers('of', 'and'),
  // Qualifiers that make a different post ("the minister" is not the junior minister).
  row('vice', false, true, true),
  row('former', false, true, true),
  row('assistant', false, true, true),
  row('acting', false, true, true),
  row('interim', false, true, true),
  row('associate', false, true, true),
  row('shadow', false, true, true),
  row('junior', false, true, true),
  row('under', false, false, true),
];

/** Scientists and specialists by suffix: "microbiologist", "geochemist", "physicist", "economist". */
export const ROLE_SUFFIXES: readonly string[] = ['ologist', 'chemist', 'icist', 'onomist', 'ographer', 'ician'];

/** Roles a story writes as initials ("the PM said", "the pm" typed), with the role they stand for. */
export const ROLE_INITIALS: readonly { word: string; role: string }[] = [
  { word: 'pm', role: 'prime minister' },
  { word: 'da', role: 'district attorney' },
  { word: 'ag', role: 'attorney general' },
];
