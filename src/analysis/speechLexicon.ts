import { createRequire } from 'node:module';
import type nlpType from 'compromise';

/**
 * compromise, loaded on first use rather than at import: its CommonJS bundle takes 130–240 ms to load
 * (unpacking its lexicon; `compromise/two` costs the same, `compromise/one` has no lexicon), which
 * would otherwise be paid by every start-up, even one that never analyses quotes.
 */
const require = createRequire(import.meta.url);

interface Lexicon {
  nlp: typeof nlpType;
  words: Record<string, string | string[]>;
  orgWords: Set<string>;
}

let loaded: Lexicon | undefined;

/** Words that end organisations' names beyond compromise's list ("Corvana Foods", "Tidewell Logistics"). */
const EXTRA_ORG_WORDS = [
  'foods', 'library', 'libraries', 'logistics', 'records', 'studios', 'pictures', 'solutions', 'technologies',
  'research', 'theatre', 'theater', 'bakery', 'publishing', 'laboratories', 'therapeutics', 'robotics',
  'analytics', 'software', 'networks', 'ventures', 'industries', 'haulage', 'freight', 'brewery', 'dairies',
];

function lexicon(): Lexicon {
  if (!loaded) {
    const nlp = require('compromise') as typeof nlpType;
    const model = nlp.model() as unknown as {
      one: { lexicon: Record<string, string | string[]> };
      two: { orgWords?: Record<string, unknown> };
    };
    loaded = { nlp, words: model.one.lexicon, orgWords: new Set([...Object.keys(model.two.orgWords ?? {}), ...EXTRA_ORG_WORDS]) };
  }
  return loaded;
}

/** Whether compromise has been loaded yet (for start-up measurements and tests). */
export function lexiconLoaded(): boolean {
  return loaded !== undefined;
}

function tagsOf(word: string): string[] {
  const tags = lexicon().words[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** 'male' / 'female' / 'unknown' for a word compromise knows as a first name; undefined otherwise. */
export function firstNameGender(word: string): 'male' | 'female' | 'unknown' | undefined {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return undefined;
}

/** Nouns for people's roles, beyond compromise's Actor nouns (which cover president, mayor, secretary…). */
const EXTRA_ROLES = [
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'gov',
  'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'counsel',
  'ambassador', 'commissioner', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'attorney', 'prosecutor', 'sheriff', 'chief', 'inspector', 'detective', 'officer', 'captain',
  'general', 'colonel', 'lieutenant', 'sergeant', 'constable', 'superintendent', 'ceo', 'founder', 'professor',
  'economist', 'analyst', 'councillor', 'councilman', 'councilwoman', 'coach', 'manager', 'head', 'deputy',
  'dean', 'rector', 'bishop', 'minister', 'secretary', 'director', 'president', 'mayor', 'leader', 'official',
  'spokesman', 'executive', 'researcher', 'scientist', 'engineer', 'owner', 'lawyer', 'doctor', 'nurse',
  // Occupations and positions a story puts before a name ("goalkeeper Sten Brandvold", "barrister Ann Cole").
  'goalkeeper', 'keeper', 'striker', 'defender', 'midfielder', 'winger', 'substitute', 'teammate', 'player',
  'batsman', 'bowler', 'pitcher', 'quarterback', 'jockey', 'trainer', 'boxer', 'defendant', 'claimant',
  'plaintiff', 'barrister', 'solicitor', 'magistrate', 'teacher', 'headteacher', 'headmaster', 'headmistress',
  'farmer', 'activist', 'campaigner', 'novelist', 'artist', 'singer', 'musician', 'producer', 'chef', 'pilot',
  'surgeon', 'paramedic', 'firefighter', 'pastor', 'priest', 'rabbi', 'imam', 'vicar', 'historian',
  'journalist', 'reporter', 'photographer', 'editor', 'columnist', 'presenter', 'commentator', 'pundit',
  'entrepreneur', 'banker', 'accountant', 'consultant', 'architect', 'steward', 'treasurer', 'organiser',
  'organizer', 'coordinator', 'administrator', 'ombudsman', 'coroner', 'registrar', 'curator', 'principal',
  'baker', 'butcher', 'shopkeeper', 'stallholder', 'landlord', 'landlady', 'plumber', 'florist',
  'electrician', 'mechanic', 'driver', 'cleaner', 'carer', 'volunteer', 'pensioner', 'fisherman',
  'const', 'cst', 'supt', 'insp', 'cpl', 'lt', 'capt', 'cmdr', 'det', 'sgt',
  // Parliaments, science and the arts ("Labour MP Nerys Lloyd", "co-author Hana Reid", "composer Ada Obi").
  'mp', 'mep', 'msp', 'mla', 'speaker', 'author', 'co-author', 'composer', 'actor', 'actress', 'director',
  'conductor', 'playwright', 'screenwriter', 'lyricist', 'rapper', 'drummer', 'guitarist', 'pianist',
  'physician', 'epidemiologist', 'fellow', 'postdoc',
  // Entertainment, venues and local services ("pop star Ada Obi", "promoter Cy Hale", "librarian Jo Penn").
  'star', 'popstar', 'promoter', 'stylist', 'choreographer', 'librarian', 'archivist', 'caretaker', 'warden',
  'ranger', 'lifeguard', 'publican',
];
/** Scientists and specialists by suffix: "microbiologist", "geochemist", "physicist", "economist". */
const ROLE_SUFFIX = /^\p{Ll}[\p{Ll}-]*(?:ologist|chemist|icist|onomist|ographer|ician)$/u;
const NOT_ROLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lady', 'lord', 'people', 'person', 'man', 'woman', 'friend', 'critic', 'witness']);
const ROLES = new Set(EXTRA_ROLES);

export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (NOT_ROLES.has(w)) return false;
  if (ROLES.has(w) || ROLE_SUFFIX.test(w)) return true;
  const tags = tagsOf(w);
  return tags.includes('Actor') || tags.includes('Honorific');
}

/** Words that qualify a role ("press secretary", "national security adviser"). */
const ROLE_MODIFIERS = new Set([
  'press', 'national', 'security', 'deputy', 'vice', 'chief', 'foreign', 'prime', 'senior', 'former', 'special',
  'general', 'attorney', 'executive', 'defense', 'defence', 'state', 'interior', 'health', 'finance',
  'communications', 'campaign', 'police', 'fire', 'union', 'party', 'army', 'navy', 'assistant', 'acting',
  'interim', 'associate', 'managing', 'regional', 'city', 'county', 'district', 'federal', 'trade', 'economic',
  'energy', 'justice', 'environment', 'education', 'transport', 'home', 'council', 'board', 'emergency', 'public',
  'university', 'company', 'port', 'harbour', 'harbor', 'operations', 'safety', 'intelligence', 'of', 'and',
  'shadow', 'junior', 'backbench', 'lead', 'principal', 'co',
]);

export function isRoleModifier(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_MODIFIERS.has(w) || tagsOf(w).includes('Demonym');
}

export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym') || tagsOf(word).includes('Country');
}

export function isHonorific(word: string): boolean {
  return tagsOf(word.replace(/\.$/, '')).includes('Honorific');
}

/** Capitalised words that end a person's name: months, weekdays, places, organisation words. */
export function endsName(word: string): boolean {
  const w = word.toLowerCase();
  if (lexicon().orgWords.has(w)) return true;
  const tags = tagsOf(w);
  return ['Month', 'WeekDay', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'].some((t) => tags.includes(t));
}

/** Capitalised words that are function words at a sentence start ("The", "On", "But"). */
export function isFunctionWord(word: string): boolean {
  const tags = tagsOf(word);
  return ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord'].some((t) => tags.includes(t));
}

export function isOrgWord(word: string): boolean {
  return lexicon().orgWords.has(word.toLowerCase()) || tagsOf(word).includes('Organization');
}

/** Whether compromise reads a short phrase as naming a person ("Kowalczyk", "Priya Raman"). */
export function looksLikePerson(phrase: string): boolean {
  const doc = lexicon().nlp(phrase);
  return doc.has('#Person') && !doc.has('#Organization');
}

/** Months, weekdays and other calendar words ("Thursday", "July"). */
export function isTimeWord(word: string): boolean {
  const tags = tagsOf(word);
  return ['Month', 'WeekDay', 'Date', 'Duration'].some((t) => tags.includes(t));
}

/** Letters after a name that are not part of it: "Fergus Lennox KC", "Jane Doe MP", "John Smith Jr". */
export function isPostNominal(word: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(word) || /^(jr|sr|jnr|snr)\.?$/i.test(word);
}

const FEMALE_NOUNS = new Set([
  'wife', 'mother', 'daughter', 'sister', 'widow', 'girlfriend', 'grandmother', 'granddaughter', 'aunt', 'niece',
  'mum', 'mom', 'stepmother', 'fiancee', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman',
  'businesswoman', 'policewoman', 'sportswoman', 'actress', 'waitress', 'headmistress', 'duchess', 'countess',
  'queen', 'princess', 'baroness', 'dame', 'lady', 'woman', 'girl', 'mrs', 'ms', 'miss',
  'women', 'girls', 'wives', 'mothers', 'daughters', 'sisters', 'widows',
]);
const MALE_NOUNS = new Set([
  'husband', 'father', 'son', 'brother', 'widower', 'boyfriend', 'grandfather', 'grandson', 'uncle', 'nephew',
  'dad', 'stepfather', 'fiance', 'spokesman', 'chairman', 'congressman', 'councilman', 'businessman',
  'policeman', 'sportsman', 'actor', 'waiter', 'headmaster', 'duke', 'king', 'prince', 'baron', 'sir',
  'lord', 'man', 'boy', 'mr',
  'men', 'boys', 'husbands', 'fathers', 'sons', 'brothers', 'widowers',
]);

/** The gender a noun gives the person it describes ("his wife, Grace", "chairwoman Ines Halvorsen"). */
export function nounGender(word: string): 'male' | 'female' | null {
  const w = word.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '');
  return FEMALE_NOUNS.has(w) ? 'female' : MALE_NOUNS.has(w) ? 'male' : null;
}

/** Nouns by which a story refers to an organisation ("the company said", "a charity"). */
const ORG_NOUNS = new Set([
  'company', 'firm', 'club', 'council', 'group', 'agency', 'ministry', 'department', 'government', 'authority', 'bank',
  'union', 'charity', 'party', 'board', 'operator', 'business', 'organisation', 'organization', 'university',
  'hospital', 'airline', 'retailer', 'insurer', 'manufacturer', 'carrier', 'foundation', 'association', 'federation',
  'league', 'regulator', 'watchdog', 'campaign', 'trust', 'school', 'network', 'broadcaster', 'newspaper', 'publisher',
  'studio', 'startup', 'lender', 'supplier', 'utility', 'commission', 'committee',
]);

export function isOrgNoun(word: string): boolean {
  return ORG_NOUNS.has(word.toLowerCase());
}

/** Nouns that refer to an unnamed person ("the woman said", "a resident"). */
const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'source', 'worker', 'resident', 'witness', 'investor', 'member', 'employee', 'neighbour', 'neighbor', 'parent', 'mother', 'father', 'customer', 'passenger', 'patient', 'victim', 'fan', 'player', 'insider', 'aide', 'staffer']);
const MORE_PERSON_NOUNS = ['student', 'widow', 'widower', 'retiree', 'pensioner', 'cyclist', 'commuter', 'shopper', 'local', 'villager', 'lecturer', 'tailor', 'volunteer', 'veteran', 'grandmother', 'grandfather', 'friend', 'relative', 'bystander', 'onlooker'];
for (const noun of MORE_PERSON_NOUNS) PERSON_NOUNS.add(noun);

export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word.toLowerCase());
}

/** Titles a story writes short ("the PM said", "the pm" typed): the role they stand for. */
const SHORT_TITLES = new Map([['pm', 'prime minister'], ['da', 'district attorney'], ['ag', 'attorney general']]);

export function titleWrittenShort(word: string): string | undefined {
  return SHORT_TITLES.get(word.toLowerCase());
}
