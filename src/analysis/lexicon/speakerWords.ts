/**
 * Words the speaker rules read in a subject phrase: what a message is called ("her post", "a letter
 * released by …"), who speaks for an organisation ("a spokeswoman for …"), staff who speak for their firm
 * ("analysts at …"), and nouns that only ever mean an unnamed source ("the insider"). One row per word.
 */
export type SpeakerWordKind =
  /** Something a person says through: "Her post …", "Achterberg's statement said". */
  | 'message'
  /** Someone who speaks for an organisation: "a spokeswoman for the authority". */
  | 'spokesperson'
  /** Staff who speak for their firm as a plural subject: "Analysts at Pemberton & Vale". */
  | 'staff'
  /** Only ever an unnamed source: "the insider said". */
  | 'unnamedSource'
  /** A noun any organisation answers to, whatever its name says: "a company spokeswoman". */
  | 'anyOrganisation'
  /** Releasing a written message: "a letter released by Ida Marsh". */
  | 'release';

export interface SpeakerWord {
  word: string;
  kind: SpeakerWordKind;
  /**
   * The concept table that lists the word (roles, organisations, personNouns): this row only says what the
   * speaker rules make of it. The lexicon test checks the word is there, so the two never drift apart.
   */
  listedIn?: 'roles' | 'organisations' | 'personNouns';
  /** A message of one's own: "Her post …", "Achterberg's statement said". */
  owned?: boolean;
  /** A message written down, "from" or "by" its writer: "a letter released by Ida Marsh". */
  written?: boolean;
}

const message = (word: string, how: { owned?: boolean; written?: boolean }): SpeakerWord => ({ word, kind: 'message', ...how });
const owned = { owned: true };
const written = { written: true };
const both = { owned: true, written: true };
const kind = (k: SpeakerWordKind, listedIn?: SpeakerWord['listedIn']) => (word: string): SpeakerWord => ({ word, kind: k, ...(listedIn ? { listedIn } : {}) });

export const SPEAKER_WORDS: readonly SpeakerWord[] = [
  message('post', owned),
  message('tweet', owned),
  message('statement', both),
  message('message', both),
  message('letter', both),
  message('email', both),
  message('e-mail', both),
  message('remarks', owned),
  message('comments', owned),
  message('speech', owned),
  message('video', owned),
  message('column', owned),
  message('blog', owned),
  message('note', written),
  message('memo', written),
  ...['spokesman', 'spokeswoman', 'spokesperson', 'representative'].map(kind('spokesperson', 'roles')),
  ...['analysts', 'economists', 'researchers', 'strategists', 'scientists', 'experts', 'officials', 'engineers', 'lawyers'].map(kind('staff')),
  ...['insider', 'source'].map(kind('unnamedSource', 'personNouns')),
  ...['company', 'firm', 'business', 'group', 'organisation', 'organization', 'operator', 'startup'].map(kind('anyOrganisation', 'organisations')),
  ...['released', 'issued', 'signed', 'sent', 'written'].map(kind('release')),
];

/**
 * The speech-verb forms that end a speaker's clause ("a neighbour, who asked not to be named, said"): rows
 * of ./speechVerbs.ts by base, and which of their forms count.
 */
export const CLAUSE_END_VERBS: readonly { base: string; forms: readonly ('third' | 'past')[] }[] = [
  { base: 'say', forms: ['third', 'past'] },
  { base: 'tell', forms: ['past'] },
  { base: 'add', forms: ['past'] },
  { base: 'write', forms: ['past'] },
  { base: 'confirm', forms: ['past'] },
  { base: 'state', forms: ['past'] },
];
