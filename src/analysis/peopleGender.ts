/**
 * Stage "gender from pronouns": a person the story has not given a gender takes the one of the pronoun the
 * narration uses for them, when every such pronoun agrees: the subject of "said he/she …", or the one person
 * named in a sentence followed by a sentence that opens with "He" or "She".
 */
import { SPEECH_VERBS } from './lexicon/speechVerbs.ts';
import { alternation } from './rules/pattern.ts';
import type { People } from './peopleRegistry.ts';
import type { ScannedParagraph } from './peopleText.ts';

/** The verbs after which a pronoun names the speaker's gender ("…, said she had never doubted"). */
const PRONOUN_VERBS = new Set(['say', 'add', 'admit', 'insist', 'explain', 'argue', 'warn', 'claim', 'confirm', 'acknowledge', 'stress']);
const VERB_FORMS = [
  ...SPEECH_VERBS.filter((v) => PRONOUN_VERBS.has(v.base)).flatMap((v) => (v.past ? [v.past] : [])),
  ...SPEECH_VERBS.filter((v) => v.base === 'say').flatMap((v) => (v.third ? [v.third] : [])),
];
const TOLD = SPEECH_VERBS.find((v) => v.base === 'tell')!.past!;

/** A speech verb, then "he" or "she" for its subject: "Halvorsen, who …, said she had never doubted". */
const SAID_PRONOUN = new RegExp(
  `^(?:[^.!?"“”‘’]*?,)?\\s*(?:had\\s+|has\\s+|also\\s+)?(?:${alternation(VERB_FORMS)}|${TOLD}\\s+\\p{Ll}+|${TOLD}\\s+the\\s+\\p{Ll}+)\\s+(?:that\\s+)?(?<pronoun>he|she|his|her)\\b`,
  'u',
);
const OPENS_WITH_PRONOUN = /^(?<pronoun>He|She)\s+\p{Ll}/u;

/** Votes for a gender, by person. */
type Votes = Map<string, Set<'male' | 'female'>>;

function vote(votes: Votes, id: string, gender: 'male' | 'female'): void {
  const set = votes.get(id) ?? new Set();
  set.add(gender);
  votes.set(id, set);
}

const unknownGender = (people: People, id: string): boolean => {
  const person = people.get(id);
  return !!person && person.kind === 'person' && !person.gender;
};

/** "…, said she": the pronoun after the speech verb that follows a mention (up to the next mention). */
function saidPronounVotes(people: People, votes: Votes): void {
  const texts = new Map(people.paragraphs.map((p) => [`${p.file}#${p.paragraph.number}`, p.text]));
  people.mentions.forEach((m, i) => {
    if (m.quoted || m.via === 'role' || !unknownGender(people, m.personId)) return;
    const next = people.mentions[i + 1];
    const text = texts.get(`${m.file}#${m.paragraph}`)!;
    const until = next && next.file === m.file && next.paragraph === m.paragraph ? next.start : text.length;
    const pronoun = SAID_PRONOUN.exec(text.slice(m.end, until))?.groups?.pronoun;
    if (pronoun) vote(votes, m.personId, pronoun === 'he' || pronoun === 'his' ? 'male' : 'female');
  });
}

/** "Bao said the design had been rebuilt. She added …": the one person named in the sentence before. */
function nextSentenceVotes(people: People, paragraphs: readonly ScannedParagraph[], votes: Votes): void {
  for (const { pt, quotes } of paragraphs) {
    const mentions = people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && m.via !== 'role');
    for (let i = 0; i + 1 < pt.starts.length; i++) {
      const pronoun = OPENS_WITH_PRONOUN.exec(pt.paragraph.sentences[i + 1].text)?.groups?.pronoun;
      if (!pronoun || quotes.some((q) => q.open < pt.starts[i + 1] && q.close > pt.starts[i + 1])) continue;
      const inSentence = new Set(mentions.filter((m) => m.start >= pt.starts[i] && m.start < pt.starts[i + 1]).map((m) => m.personId));
      if (inSentence.size !== 1) continue;
      const id = [...inSentence][0];
      if (unknownGender(people, id)) vote(votes, id, pronoun === 'He' ? 'male' : 'female');
    }
  }
}

/** A person of unknown gender whose pronouns all agree takes that gender. */
export function genderFromPronouns(people: People, paragraphs: readonly ScannedParagraph[]): void {
  const votes: Votes = new Map();
  saidPronounVotes(people, votes);
  nextSentenceVotes(people, paragraphs, votes);
  for (const [id, set] of votes) if (set.size === 1) people.setGender(id, [...set][0]);
}
