/**
 * Groups of words one rule reads together, drawn mostly from the concept tables: the job words of a byline
 * ("Staff Writer"), the words in the name of a public body that publishes its own pages ("District Council"),
 * the nouns that make "one of the officials" an unnamed source. A row whose word a concept table lists says
 * which (`listedIn`): the group only marks it, and the lexicon test checks the table really lists it. A row
 * without `listedIn` is a word only this group knows.
 */
export type WordGroupName = 'bylineJob' | 'publicBody' | 'unnamedSource' | 'countNoun';

export interface GroupWord {
  word: string;
  group: WordGroupName;
  listedIn?: 'roles' | 'organisations' | 'personNouns';
  /** The forms the group reads, when not the word alone (plurals: "officials"). */
  forms?: readonly string[];
  /** bylineJob: also closes an outlet's name as its desk ("NBC News Politics", "The Ledger Staff"). */
  endsOutletName?: boolean;
}

const own = (group: WordGroupName) => (...list: string[]): GroupWord[] => list.map((word) => ({ word, group }));
const from = (group: WordGroupName, listedIn: GroupWord['listedIn']) => (...list: string[]): GroupWord[] => list.map((word) => ({ word, group, listedIn }));
/** An unnamed-source noun read in the singular and the plural ("a diplomat", "two diplomats"). */
const source = (listedIn: GroupWord['listedIn'] | undefined, ...list: string[]): GroupWord[] =>
  list.map((word) => ({ word, group: 'unnamedSource', ...(listedIn ? { listedIn } : {}), forms: [word, `${word}s`] }));

export const GROUP_WORDS: readonly GroupWord[] = [
  // Job words of a byline: "By Ana Ruiz, Staff Writer", "Transport Correspondent" (read with a plural "s").
  ...(['staff', 'contributor', 'correspondent'] as const).map((word): GroupWord => ({ word, group: 'bylineJob', endsOutletName: true })),
  ...own('bylineJob')('writer', 'anchor', 'intern', 'freelance', 'freelancer', 'desk'),
  ...from('bylineJob', 'roles')('reporter', 'editor', 'columnist', 'producer', 'chief', 'journalist', 'photographer', 'analyst'),
  ...from('bylineJob', 'personNouns')('critic'),
  // Words in the name of a public body or society that publishes its own pages: "Kelmouth District Council".
  ...own('publicBody')('society', 'municipality', 'borough', 'institute', 'college'),
  ...from('publicBody', 'organisations')('council', 'authority', 'ministry', 'department', 'agency', 'association', 'university', 'trust', 'foundation', 'commission', 'federation', 'union'),
  ...from('publicBody', 'roles')('county', 'district'),
  // Nouns that make "a/one/two/several … X" an unnamed source ("two officials familiar with the talks").
  ...source('roles', 'official', 'officer', 'executive', 'lawmaker', 'adviser', 'advisor', 'analyst', 'engineer', 'manager', 'teacher', 'volunteer'),
  ...source('personNouns', 'source', 'person', 'aide', 'insider', 'staffer', 'employee', 'resident', 'member', 'worker', 'neighbour', 'neighbor', 'bystander', 'relative', 'friend', 'onlooker', 'shopper', 'commuter', 'parent', 'student', 'local', 'villager', 'passenger', 'customer'),
  ...source(undefined, 'diplomat', 'individual', 'docker', 'colleague', 'voter'),
  { word: 'witness', group: 'unnamedSource', listedIn: 'personNouns', forms: ['witnesses', 'witnesse'] },
  { word: 'people', group: 'unnamedSource', listedIn: 'personNouns' },
  { word: 'someone', group: 'unnamedSource' },
  ...(['man', 'woman'] as const).map((word): GroupWord => ({ word, group: 'unnamedSource', listedIn: 'personNouns' })),
  ...(['spokesman', 'spokeswoman', 'spokesperson'] as const).map((word): GroupWord => ({ word, group: 'unnamedSource', listedIn: 'roles' })),
];

/**
 * What a number before it counts, so the number is not a year ("the 2000 fans", "1500 GMT"): the forms as
 * written after a number. People's nouns are marked as the person nouns' and the unnamed sources' words.
 */
const counted = (...forms: string[]): GroupWord[] => forms.map((form) => ({ word: form, group: 'countNoun' }));
const countedPeople = (listedIn: GroupWord['listedIn'], word: string, ...forms: string[]): GroupWord => ({ word, group: 'countNoun', listedIn, forms });

export const COUNT_NOUNS: readonly GroupWord[] = [
  countedPeople('personNouns', 'people', 'people'),
  countedPeople('personNouns', 'person', 'person', 'persons'),
  countedPeople('personNouns', 'resident', 'residents'),
  countedPeople('personNouns', 'student', 'students'),
  countedPeople('personNouns', 'worker', 'workers'),
  countedPeople('personNouns', 'employee', 'employees'),
  countedPeople('personNouns', 'member', 'members'),
  countedPeople('personNouns', 'customer', 'customers'),
  countedPeople('personNouns', 'fan', 'fans'),
  ...counted('voters'),
  ...counted('percent', 'per', 'vote', 'votes', 'troops', 'soldiers', 'homes', 'houses', 'jobs', 'miles', 'kilometres', 'kilometers', 'km'),
  ...counted('feet', 'ft', 'metres', 'meters', 'acres', 'hectares', 'dollars', 'euros', 'pounds', 'tonnes', 'tons', 'cars', 'vehicles'),
  ...counted('copies', 'units', 'seats', 'points', 'yards', 'rooms', 'beds', 'children', 'signatures', 'pages', 'words', 'hours', 'minutes'),
  ...counted('times', 'calories', 'square', 'spectators', 'participants', 'runners', 'users', 'cases', 'deaths', 'names', 'items', 'gmt', 'utc', 'hrs'),
];

/** The plurals that alone are a whole unnamed subject: "Officials said", "Witnesses told …". */
export const SOURCE_ALONE: readonly string[] = ['officials', 'sources', 'aides', 'insiders', 'diplomats', 'witnesses', 'residents', 'people'];
