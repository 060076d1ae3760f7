/**
 * Who a subject phrase names ("Inspector Brandt", "a spokeswoman for the authority", "the 62-year-old", "she"),
 * as a table of named rules tried in priority order: the first rule that decides gives the verdict (a
 * speaker, anonymous, unattributed, or "not a speaker at all"), and the verdict carries the rule's id. A rule
 * that does not apply leaves the phrase to the next one. The searches the rules share (a pronoun's
 * antecedent, the organisation "the authority" means) live in quoteSpeakers.ts; the rules' examples are run
 * by test/rules/speakerRules.test.ts (see speakerRuleTable.ts).
 */
import { pattern } from './rules/pattern.ts';
import type { NamedRule, PassedOver } from './rules/ruleTable.ts';
import type { SpeakerResolver } from './quoteSpeakers.ts';
import { UNATTRIBUTED, type Verdict } from './quoteTypes.ts';
import { hasAnonymityMarker, isAnonymous, PRONOUNS } from './speechCues.ts';
import { isDemonym, isFunctionWord, isOrgNoun, isOrgWord, isPersonNoun, isPostNominal, isRoleModifier, isRoleWord, isTimeWord, looksLikePerson, nounGender, titleWrittenShort } from './speechLexicon.ts';
import { isCapitalised, stripPossessive, type ParagraphText } from './speechText.ts';

/** A rule's answer that the phrase names nobody at all ("On Tuesday", "we"): no later rule is tried. */
export const NOT_A_SPEAKER = 'not a speaker';
export type Decision = Verdict | typeof NOT_A_SPEAKER | undefined;

export interface SpeakerRule extends NamedRule<unknown> {
  /** What the rule looks for in the whole phrase; its named groups go to `decide`. */
  pattern?: RegExp;
  /** The decision, or undefined to leave the phrase to the next rule. */
  decide(phrase: SpeakerPhrase, groups: Record<string, string>): Decision;
  /** The verdict comes with the explanation of a deeper search (a pronoun's antecedent), kept as it is. */
  explainsItself?: boolean;
}

const POSSESSIVES: Record<string, 'male' | 'female' | 'plural'> = { his: 'male', her: 'female', their: 'plural' };
const CLAUSE_END = pattern('\\b(?:{clauseEndVerb})\\b|[.!?]\\s+(?=\\p{Lu})');
const ORGANISATION_NAME = "(?<organisation>(?:\\p{Lu}[\\p{L}&.'’-]*)(?:\\s+(?:of|for|and|&|\\p{Lu}[\\p{L}&.'’-]*))*)";

/** The subject phrase a rule reads, where it stands, and what several rules compute from it (once). */
export class SpeakerPhrase {
  readonly text: string;
  /** Candidates a rule looked at and refused, for the explanation of the verdict. */
  readonly passedOver: PassedOver[] = [];
  // What the getters computed (each once per phrase), in fields: a map per phrase cost more than the look-ups.
  private lastWordOf?: string;
  private clauseOf?: string;
  private tokensOf?: string[];
  private mentionsOf?: ReturnType<SpeakerResolver['people']['mentionsIn']>;
  private distinctOf?: Set<string>;
  private bareOf?: string[];

  constructor(readonly resolver: SpeakerResolver, readonly pt: ParagraphText, phrase: string, readonly start: number) {
    this.text = phrase.trim();
  }

  get people() {
    return this.resolver.people;
  }
  get end(): number {
    return this.start + this.text.length;
  }
  get lastWord(): string {
    return (this.lastWordOf ??= (this.text.split(/\s+/).pop() ?? '').toLowerCase().replace(/['’](?:d|s|ll|ve)$/, ''));
  }
  /** The text from the phrase to its verb: an aside the phrase left out (", who asked not to be named,") is in it. */
  get clause(): string {
    return (this.clauseOf ??= this.pt.text.slice(this.start, this.start + 240).split(CLAUSE_END)[0]);
  }
  get anonymityMarked(): boolean {
    return hasAnonymityMarker(this.clause);
  }
  get tokens(): string[] {
    return (this.tokensOf ??= this.text.split(/\s+/));
  }
  get head(): string {
    return this.tokens[this.tokens.length - 1];
  }
  /** Known people named inside the phrase. */
  get mentions() {
    return (this.mentionsOf ??= this.people.mentionsIn(this.pt.file, this.pt.paragraph.number).filter((m) => m.start >= this.start && m.end <= this.end));
  }
  get distinctMentioned(): Set<string> {
    return (this.distinctOf ??= new Set(this.mentions.map((m) => m.personId)));
  }
  /** A role phrase: "the president", "his spokeswoman". */
  get roleLike(): boolean {
    const [first = ''] = this.tokens;
    const definite = /^(?:the|his|her|its|their)$/i.test(first) && this.tokens.length <= 4 && !isCapitalised(this.head);
    return (isRoleWord(this.head) && !isCapitalised(first)) || definite;
  }
  /** The capitalised words of a name, without a leading "the" or letters after it ("Fergus Lennox KC"). */
  get bare(): string[] {
    return (this.bareOf ??= this.bareWords());
  }
  private bareWords(): string[] {
    let bare = this.tokens[0] && /^the$/i.test(this.tokens[0]) ? this.tokens.slice(1) : this.tokens;
    while (bare.length > 2 && isPostNominal(bare[bare.length - 1])) bare = bare.slice(0, -1);
    return bare;
  }
  get name(): string {
    return this.bare.join(' ').replace(/['’]s$/, '');
  }
  /** Every word a capitalised name word (or a particle: "of", "van"), none a time or function word. */
  get properName(): boolean {
    const properWords = this.bare.filter((w) => !/^(?:of|for|and|&|de|du|van|von|der)$/.test(w));
    return properWords.length > 0 && !properWords.some((w) => !isCapitalised(w) || isTimeWord(w) || isFunctionWord(w));
  }
  /** One capitalised word, alone, that does not look like a person's name nor an organisation's ("Berge"). */
  get loneWord(): boolean {
    return this.bare.length === 1 && this.tokens.length === 1 && !looksLikePerson(this.name) && !isOrgWord(this.name) && !/^\p{Lu}{2,}$/u.test(this.name);
  }
  named(id: string | null | undefined): Verdict | undefined {
    return id ? { speakerId: id, attribution: 'named' } : undefined;
  }
  organisation(name: string): Verdict {
    return { speakerId: this.people.organisation(name).id, attribution: 'named' };
  }
  anonymous(source: string): Verdict {
    return { speakerId: null, attribution: 'anonymous', source };
  }
}

const rule = (r: SpeakerRule): SpeakerRule => r;

/**
 * What an example expects (speakerRuleTable.ts runs them): who the rule names and how. Examples are short
 * stories of our own, paragraphs separated by blank lines, the phrase the rule reads in [brackets].
 */
const named = (speaker: string) => ({ speaker, attribution: 'named' });
const byPronoun = (speaker: string) => ({ speaker, attribution: 'pronoun' });
const unnamedSource = (source: string) => ({ speaker: null, attribution: 'anonymous', source });
const NOBODY = { speaker: null, attribution: 'unattributed' };

const MESSAGE = pattern("^(?<owner>.+?)(?:['’]s?)?\\s+(?:\\p{Ll}+\\s+)?(?:{ownedMessage})$");

/** Pronouns and first-person phrases, and phrases that name a message rather than its writer. */
const PRONOUN_AND_MESSAGE_RULES: SpeakerRule[] = [
  rule({
    id: 'speaker.pronoun.subject',
    note: 'he / she / they: the previous quote’s speaker or the nearest fitting name (the pronoun search says which).',
    priority: 10,
    examples: [
      { text: 'Ida Marsh runs the depot.\n\n“We are ready,” [she] said.', expect: byPronoun('Ida Marsh') },
    ],
    notMatching: [
      '“We are ready,” [the manager] said.',
    ],
    explainsItself: true,
    decide: (p) => (p.lastWord in PRONOUNS ? p.resolver.pronoun(p.pt, p.end, PRONOUNS[p.lastWord]) : undefined),
  }),
  rule({
    id: 'speaker.first-person.narrator',
    note: '"I told him": the narrator of a first-person piece, when the byline names one person.',
    priority: 20,
    examples: [
      { text: '---\nauthor: Nell Garvey\n---\nThe coach stood in the doorway.\n\n“Sit down,” [I] told him.', expect: named('Nell Garvey') },
      { text: 'The coach stood in the doorway.\n\n“Sit down,” [I] told him.', expect: NOBODY },
    ],
    notMatching: [
      '---\nauthor: Nell Garvey\n---\nThe coach stood in the doorway.\n\n“Sit down,” [we] told him.',
    ],
    pattern: /^(?:and\s+|but\s+|so\s+)?i$/i,
    decide: (p) => p.named(p.people.authors.get(p.pt.file)) ?? UNATTRIBUTED,
  }),
  rule({
    id: 'speaker.first-person.not-a-speaker',
    note: '"we said", "you tell them": a first or second person is nobody the story names.',
    priority: 30,
    examples: [
      { text: 'The coach stood in the doorway.\n\n“Sit down,” [we] told him.', expect: NOT_A_SPEAKER },
    ],
    notMatching: [
      'The coach stood in the doorway.\n\n“Sit down,” [the nurse] told him.',
    ],
    decide: (p) => (/^(?:i|we|you)$/i.test(p.lastWord) ? NOT_A_SPEAKER : undefined),
  }),
  rule({
    id: 'speaker.message.pronoun-owner',
    note: '"Her post calling the decision …": the words of the one the possessive means.',
    priority: 40,
    examples: [
      { text: 'Ida Marsh runs the depot.\n\n[Her post] called the closure “a betrayal of the crews”.', expect: byPronoun('Ida Marsh') },
    ],
    notMatching: [
      'Ida Marsh runs the depot.\n\n[The post] called the closure “a betrayal of the crews”.',
    ],
    pattern: MESSAGE,
    explainsItself: true,
    decide: (p, g) => (/^(?:his|her|their)$/i.test(g.owner) ? p.resolver.pronoun(p.pt, p.start + g.owner.length, POSSESSIVES[g.owner.toLowerCase()]) : undefined),
  }),
  rule({
    id: 'speaker.message.named-owner',
    note: '"Achterberg’s statement said": the words of the person whose message it is.',
    priority: 50,
    examples: [
      { text: 'Mayor Ida Marsh runs the town.\n\n“We are safe,” [the mayor’s statement] said.', expect: named('Ida Marsh') },
    ],
    notMatching: [
      'Ida Marsh runs the depot.\n\n[Her statement] said the depot was “safe for now”.',
    ],
    pattern: MESSAGE,
    decide: (p, g) => {
      if (!/['’]s?\s/u.test(p.text) || /^(?:the|a|an|its|our|my|your)$/i.test(g.owner)) return undefined;
      const owner = p.resolver.resolve(p.pt, g.owner, p.start);
      return owner && owner.speakerId && p.people.get(owner.speakerId)?.kind === 'person' ? owner : undefined;
    },
  }),
  rule({
    id: 'speaker.message.written-by',
    note: '"read a letter released by Ida Marsh": the words are the writer’s.',
    priority: 60,
    examples: [
      { text: '“We will not close the depot,” read [a letter released by Ida Marsh].', expect: named('Ida Marsh') },
    ],
    notMatching: [
      '“We will not close the depot,” read [a letter from the crews].',
    ],
    pattern: pattern('^(?:a|an|the)\\s+(?:\\p{Ll}+\\s+)?(?:{writtenMessage})\\s+(?:(?:{releaseVerb})\\s+)?(?:by|from)\\s+(?<writer>\\p{Lu}.*)$'),
    decide: (p, g) => p.resolver.resolve(p.pt, g.writer, p.end - g.writer.length) ?? NOT_A_SPEAKER,
  }),
];

const SPOKESPERSON_LEAD = '^(?:[Aa]n?|[Tt]he)\\s+';

/** Unnamed sources, and people who speak for an organisation. */
const SOURCE_AND_ORGANISATION_RULES: SpeakerRule[] = [
  rule({
    id: 'speaker.age.n-year-old',
    note: '"said the 34-year-old": the one person the story gives that age, else the one introduced at it.',
    priority: 70,
    examples: [
      { text: 'Tomasz Kral, 34, scored twice.\n\n“My legs are gone,” said [the 34-year-old].', expect: named('Tomasz Kral') },
      { text: 'Another neighbour, a 62-year-old retired teacher, watched from her window.\n\n“It shook the house,” said [the 62-year-old].', expect: unnamedSource('a 62-year-old retired teacher') },
    ],
    notMatching: [
      'Tomasz Kral, 34, scored twice.\n\n“My legs are gone,” said [the striker].',
    ],
    pattern: pattern('^the\\s+(?<age>\\d{1,3})-year-old(?:\\s+[\\p{Ll}-]+){0,3}$', 'iu'),
    decide: (p, g) => p.resolver.ofAge(p.pt, p.start, Number(g.age)),
  }),
  rule({
    id: 'speaker.anonymous.marked-aside',
    note: '"said a neighbour who asked not to be named": the aside after the phrase says the source is unnamed.',
    priority: 80,
    examples: [
      { text: '“They knew for months,” said [a neighbour], who asked not to be named.', expect: unnamedSource('a neighbour') },
    ],
    notMatching: [
      '“They knew for months,” said [a neighbour] on the doorstep.',
    ],
    pattern: /^(?:a|an|one|another)\s/i,
    decide: (p) => (p.anonymityMarked ? p.anonymous(p.text) : undefined),
  }),
  rule({
    id: 'speaker.spokesperson.capitalised-organisation',
    note: '"A Brightfold spokeswoman said": the organisation speaks.',
    priority: 90,
    examples: [
      { text: '“The site is safe,” [a Brightfold spokeswoman] said.', expect: named('Brightfold') },
    ],
    notMatching: [
      'Dana Brightfold runs the site.\n\n“The site is safe,” [a Brightfold spokeswoman] said.',
      '“The site is safe,” [a French spokeswoman] said.',
    ],
    pattern: pattern(`${SPOKESPERSON_LEAD}(?<organisation>(?:\\p{Lu}[\\p{L}&'’-]*\\s+){1,4})(?:{spokesperson})$`),
    decide: (p, g) => {
      if (p.anonymityMarked) return undefined;
      const name = g.organisation.trim();
      const known = p.people.lookup(name, p.pt.file);
      if (known) p.passedOver.push({ candidate: name, rule: 'speaker.spokesperson.capitalised-organisation', reason: `names ${known.name}, not an organisation` });
      if (known || name.split(/\s+/).some((w) => isDemonym(w) || isFunctionWord(w) || isTimeWord(w))) return undefined;
      return p.organisation(name);
    },
  }),
  rule({
    id: 'speaker.spokesperson.for-organisation',
    note: '"A spokesperson for the Crown Prosecution Service said": the organisation speaks.',
    priority: 100,
    examples: [
      { text: '“We are reviewing the file,” said [a spokesperson for the Crown Prosecution Service].', expect: named('Crown Prosecution Service') },
    ],
    notMatching: [
      '“We are reviewing the file,” said [a spokesperson for the Crown Prosecution Service], who asked not to be named.',
    ],
    pattern: pattern(`${SPOKESPERSON_LEAD}(?:[\\p{Ll}-]+\\s+)?(?:{spokesperson}|statement)\\s+(?:for|from)\\s+(?:the\\s+)?${ORGANISATION_NAME}$`),
    decide: (p, g) => {
      if (hasAnonymityMarker(p.text) || p.anonymityMarked) return undefined;
      const known = p.people.lookup(g.organisation, p.pt.file);
      return !known || known.kind === 'organisation' ? p.organisation(g.organisation) : undefined;
    },
  }),
  rule({
    id: 'speaker.spokesperson.for-the-noun',
    note: '"a spokeswoman for the authority": the authority the story named before.',
    priority: 110,
    examples: [
      { text: 'The Coastal Navigation Authority closed the channel on Monday.\n\n“It will reopen soon,” said [a spokeswoman for the authority].', expect: named('Coastal Navigation Authority') },
    ],
    notMatching: [
      '“It will reopen soon,” said [a spokeswoman for the authority].',
    ],
    pattern: pattern(`${SPOKESPERSON_LEAD}(?:[\\p{Ll}-]+\\s+)?(?:{spokesperson})\\s+for\\s+the\\s+(?<noun>\\p{Ll}+)$`),
    decide: (p, g) => (p.anonymityMarked ? undefined : p.named(p.resolver.organisationCalled(p.pt, p.start, g.noun))),
  }),
  rule({
    id: 'speaker.spokesperson.organisation-noun',
    note: '"A company spokeswoman said": the organisation the story means by "the company".',
    priority: 120,
    examples: [
      { text: 'Brindle Pie Company recalled its pies on Friday.\n\n“We are sorry,” [a company spokeswoman] said.', expect: named('Brindle Pie Company') },
    ],
    notMatching: [
      '“We are sorry,” [a company spokeswoman] said.',
    ],
    pattern: pattern(`${SPOKESPERSON_LEAD}(?<noun>\\p{Ll}+)\\s+(?:{spokesperson})$`),
    decide: (p, g) => {
      if (!isOrgNoun(g.noun) || p.anonymityMarked) return undefined;
      const r = p.resolver;
      return p.named(r.organisationCalled(p.pt, p.start, g.noun) ?? r.soleOrganisationSpeaker(p.pt, g.noun) ?? r.onlyOrganisationCalled(g.noun));
    },
  }),
  rule({
    id: 'speaker.staff.at-organisation',
    note: '"Analysts at Pemberton & Vale wrote": the firm speaks through its staff.',
    priority: 130,
    examples: [
      { text: '“Demand has peaked,” [analysts at Pemberton & Vale] wrote in a note.', expect: named('Pemberton & Vale') },
    ],
    notMatching: [
      '“Demand has peaked,” [analysts at the bank] wrote in a note.',
    ],
    pattern: pattern(`^(?:{staffNoun})\\s+(?:at|from|with)\\s+(?:the\\s+)?${ORGANISATION_NAME}$`),
    decide: (p, g) => (p.anonymityMarked || p.people.lookup(g.organisation, p.pt.file) ? undefined : p.organisation(g.organisation)),
  }),
  rule({
    id: 'speaker.anonymous.source',
    note: '"a person familiar with the talks", "officials": an unnamed source.',
    priority: 140,
    examples: [
      { text: '“The talks are over,” said [a person familiar with the talks].', expect: unnamedSource('a person familiar with the talks') },
    ],
    notMatching: [
      '“The talks are over,” said [the mediator].',
    ],
    decide: (p) => (isAnonymous(p.text) ? p.anonymous(p.text.replace(/^(?:and|but)\s+/i, '')) : undefined),
  }),
  rule({
    id: 'speaker.anonymous.my-relation',
    note: '"My editor told me", "our neighbour said": someone the writer knows but does not name.',
    priority: 150,
    examples: [
      { text: '“Take the day off,” [my editor] told me.', expect: unnamedSource('my editor') },
    ],
    notMatching: [
      '“Take the day off,” [my doctor Ida Marsh] told me.',
    ],
    pattern: /^(?:[Mm]y|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}(?<noun>\p{Ll}+)$/u,
    decide: (p, g) => (isRoleWord(g.noun) || isPersonNoun(g.noun) || nounGender(g.noun) !== null ? p.anonymous(p.text) : undefined),
  }),
];

/** Phrases that name a known person, or a role someone holds. */
const MENTION_AND_ROLE_RULES: SpeakerRule[] = [
  rule({
    id: 'speaker.mention.several',
    note: '"Marsh and Brandt said": several speakers, not one.',
    priority: 160,
    examples: [
      { text: 'Ida Marsh met Tomas Brandt in Bergen.\n\n“The talks went well,” [Marsh and Brandt] said.', expect: NOBODY },
    ],
    notMatching: [
      'Ida Marsh met Tomas Brandt in Bergen.\n\n“The talks went well,” [Marsh] said.',
    ],
    decide: (p) => {
      const { mentions } = p;
      if (p.distinctMentioned.size < 2 || !/\b(?:and|&)\b/.test(p.pt.text.slice(mentions[0].end, mentions[mentions.length - 1].start))) return undefined;
      for (const id of p.distinctMentioned) p.passedOver.push({ candidate: p.people.get(id)?.name ?? id, reason: 'one of several people named together' });
      return UNATTRIBUTED;
    },
  }),
  rule({
    id: 'speaker.mention.name',
    note: '"Ida Marsh said", "Coach Dana Reyes said": the known person the phrase ends with.',
    priority: 170,
    examples: [
      { text: '“We are ready,” [Ida Marsh] said.', expect: named('Ida Marsh') },
      { text: 'Ida Marsh runs the depot.\n\n“We are ready,” [Marsh] said.', expect: named('Ida Marsh') },
    ],
    notMatching: [
      '“We are ready,” [the depot manager] said.',
    ],
    decide: (p) => {
      const last = p.mentions[p.mentions.length - 1];
      return last && p.end - last.end <= 1 ? p.named(last.personId) : undefined;
    },
  }),
  rule({
    id: 'speaker.mention.name-then-title',
    note: '"Ida Marsh President and CEO": a known person’s name followed only by a title.',
    priority: 180,
    examples: [
      { text: 'Ida Marsh runs Brightwave Energy.\n\n“We will grow,” said [Ida Marsh, President and CEO].', expect: named('Ida Marsh') },
    ],
    notMatching: [
      'Ida Marsh runs Brightwave Energy.\n\n“We will grow,” said [Ida Marsh and her lawyer].',
    ],
    decide: (p) => {
      const last = p.mentions[p.mentions.length - 1];
      if (!last || p.distinctMentioned.size !== 1 || p.people.get(last.personId)?.kind !== 'person') return undefined;
      const title = p.pt.text.slice(last.end, p.end).split(/[\s,]+/).filter(Boolean);
      return title.every((w) => isRoleWord(w) || isRoleModifier(w) || /^(?:and|&)$/.test(w)) ? p.named(last.personId) : undefined;
    },
  }),
  rule({
    id: 'speaker.role.title-written-short',
    note: '"The PM said": a title written short is the role, never an organisation called "PM".',
    priority: 190,
    examples: [
      { text: 'Prime Minister Rhona Vale opened the bridge.\n\n“It is a proud day,” [the PM] said.', expect: named('Rhona Vale') },
      { text: '“It is a proud day,” [the PM] said.', expect: NOBODY },
    ],
    notMatching: [
      '“It is a proud day,” [the BBC] said.',
    ],
    pattern: /^(?:[Tt]he\s+)?(?<short>\p{Lu}{2,3})$/u,
    decide: (p, g) => {
      const title = titleWrittenShort(g.short);
      if (!title) return undefined;
      return p.named(p.people.roleHolder(title.split(' ').pop()!, title, title)?.id) ?? UNATTRIBUTED;
    },
  }),
  rule({
    id: 'speaker.role.holder',
    note: '"the president said": named when one person clearly holds the role.',
    priority: 200,
    examples: [
      { text: 'Club president Anna Holm opened the meeting.\n\n“We are in good health,” [the president] said.', expect: named('Anna Holm') },
    ],
    notMatching: [
      '“We are in good health,” [the president] said.',
    ],
    decide: (p) => {
      if (!p.roleLike || !isRoleWord(p.head)) return undefined;
      return p.named((p.people.roleHolder(p.head, p.text) ?? p.people.roleHolder(p.head, p.text, undefined, p.pt.file))?.id);
    },
  }),
  rule({
    id: 'speaker.role.organisation-antecedent',
    note: '"the company said" after "Brightwater Homes, which …, said": the organisation named just before.',
    priority: 210,
    examples: [
      { text: 'Brightwater Homes, which built the estate, said it would pay for repairs. “We accept the findings,” [the company] said.', expect: named('Brightwater Homes') },
    ],
    notMatching: [
      '“We accept the findings,” [the company] said.',
    ],
    decide: (p) => (p.roleLike && /^(?:the|its)$/i.test(p.tokens[0]) && isOrgNoun(p.head) ? p.named(p.resolver.organisationAntecedent(p.pt, p.start)) : undefined),
  }),
  rule({
    id: 'speaker.role.anonymous-antecedent',
    note: '"the worker" after "One dock worker, who asked not to be named": the same unnamed source; else nobody.',
    priority: 220,
    examples: [
      { text: 'One dock worker, who asked not to be named, said the cranes were unsafe. “Nobody listens,” [the worker] said.', expect: unnamedSource('One dock worker') },
      { text: '“Nobody listens,” [the worker] said.', expect: NOBODY },
    ],
    notMatching: [
      '“Nobody listens,” [Anna Holm] said.',
    ],
    decide: (p) => {
      if (!p.roleLike) return undefined;
      const source = p.resolver.anonymousAntecedent(p.pt, p.start, p.head);
      return source ? p.anonymous(source) : UNATTRIBUTED;
    },
  }),
  rule({
    id: 'speaker.role.capitalised-title',
    note: '"The Deputy Speaker said": a role written as a title, not an organisation’s name.',
    priority: 230,
    examples: [
      { text: '“Order, order,” [the Deputy Speaker] said.', expect: NOBODY },
    ],
    notMatching: [
      '“We are reviewing the plans,” [the Blue Gate] said.',
    ],
    pattern: /^the\s/i,
    decide: (p) => {
      const { tokens, head } = p;
      if (tokens.length > 4 || !isCapitalised(head) || !isRoleWord(head) || !tokens.slice(1, -1).every((w) => isRoleModifier(w) || isRoleWord(w))) return undefined;
      return p.named(p.people.roleHolder(head, p.text)?.id) ?? UNATTRIBUTED;
    },
  }),
];

/** Capitalised names the name finder did not place: a person, an organisation, or nobody. */
const NAME_RULES: SpeakerRule[] = [
  rule({
    id: 'speaker.name.not-a-name',
    note: '"On Tuesday", "the new rules": not all capitalised name words, so not a speaker at all.',
    priority: 240,
    examples: [
      { text: '[On Tuesday], “we are ready” was the message.', expect: NOT_A_SPEAKER },
    ],
    notMatching: [
      '“We are reviewing the plans,” [the Blue Gate] said.',
    ],
    decide: (p) => (p.properName ? undefined : NOT_A_SPEAKER),
  }),
  rule({
    id: 'speaker.name.title-of-organisation',
    note: '"Ida Marsh, President and CEO of Brightwave, states": a title and its organisation stand for the name before them.',
    priority: 250,
    examples: [
      { text: 'Ida Marsh, [CEO of Brightwave], said: “We will grow.”', expect: named('Ida Marsh') },
      { text: '“We will grow,” said [CEO of Brightwave].', expect: NOBODY },
    ],
    notMatching: [
      '“Books matter,” said [Friends of Fernhill Library].',
    ],
    decide: (p) => {
      const { bare } = p;
      if (bare.length < 3 || !isRoleWord(bare[0]) || /[^s]s$/i.test(bare[0]) || !/^(?:of|at|for)$/.test(bare[1])) return undefined;
      return p.resolver.apposedTo(p.pt, p.start) ?? UNATTRIBUTED;
    },
  }),
  rule({
    id: 'speaker.name.short-form-of-organisation',
    note: '"Halvard said" in a story that elsewhere names "Halvard Outdoor": the short form of that name.',
    priority: 260,
    examples: [
      { text: 'Brannock Outdoor cut its forecast. Shares in Brannock Outdoor fell.\n\n“Trading is hard,” [Brannock] said.', expect: named('Brannock Outdoor') },
    ],
    notMatching: [
      '“Trading is hard,” [Brannock] said.',
    ],
    decide: (p) => {
      if (!p.loneWord) return undefined;
      const longer = p.resolver.longerName(stripPossessive(p.name));
      return longer ? p.organisation(longer) : undefined;
    },
  }),
  rule({
    id: 'speaker.name.called-organisation',
    note: '"Zippa said" where the story calls it "Zippa, the e-scooter operator,": an organisation; a lone word otherwise names nobody.',
    priority: 270,
    examples: [
      { text: 'Zippa, the e-scooter operator, paused its service.\n\n“Safety comes first,” [Zippa] said.', expect: named('Zippa') },
      { text: '“Safety comes first,” [Zippa] says.', expect: NOBODY },
    ],
    notMatching: [
      '“Safety comes first,” [Ida Marsh] said.',
    ],
    decide: (p) => {
      if (!p.loneWord) return undefined;
      const word = stripPossessive(p.name);
      return p.resolver.calledOrganisation(word) ? p.organisation(word) : UNATTRIBUTED;
    },
  }),
  rule({
    id: 'speaker.name.person',
    note: '"Varga said", "Mr O’Dowd said": the one person of that name; a surname several people share names nobody.',
    priority: 280,
    examples: [
      { text: 'Karl Lund runs the bakery.\n\n“It was our life,” [Lund] said.', expect: named('Karl Lund') },
      { text: 'Karl Lund, 61, and Greta Lund, 58, ran the bakery.\n\n“It was our life,” [Lund] said.', expect: NOBODY },
    ],
    notMatching: [
      '“We are reviewing the plans,” [the Home Office] said.',
    ],
    decide: (p) => {
      const { bare, tokens, name } = p;
      if (bare.length > 3 || (bare.length < tokens.length && /^the$/i.test(tokens[0])) || bare.some(isOrgWord) || !looksLikePerson(name)) return undefined;
      return p.named((p.people.single(stripPossessive(name)) ?? p.resolver.writtenInFull(p.pt.file, bare))?.id) ?? UNATTRIBUTED;
    },
  }),
  rule({
    id: 'speaker.name.shared-surname',
    note: 'A surname alone that several people of the story share names nobody.',
    priority: 290,
    examples: [
      { text: 'Karl Lund, 61, and Greta Lund, 58, ran the bakery.\n\n“It was our life,” [Lund] said.', expect: NOBODY },
    ],
    notMatching: [
      'Karl Lund runs the bakery.\n\n“It was our life,” [Lund] said.',
    ],
    decide: (p) => (p.bare.length === 1 && p.people.sharedSurname(p.bare[0]) ? UNATTRIBUTED : undefined),
  }),
  rule({
    id: 'speaker.name.organisation',
    note: '"The Blue Gate said", "Brightwave Energy said": any other capitalised name is an organisation.',
    priority: 300,
    examples: [
      { text: '“We are reviewing the plans,” [the Blue Gate] said.', expect: named('Blue Gate') },
    ],
    notMatching: [
      '“We are reviewing the plans,” [the new rules] said.',
    ],
    // In the table's order every phrase that gets here is a proper name (speaker.name.not-a-name); alone,
    // the rule still leaves anything else.
    decide: (p) => (p.properName ? p.organisation(p.name) : undefined),
  }),
];

/** Every speaker rule (run in priority order: see inPriorityOrder). */
export const SPEAKER_RULES: readonly SpeakerRule[] = [...PRONOUN_AND_MESSAGE_RULES, ...SOURCE_AND_ORGANISATION_RULES, ...MENTION_AND_ROLE_RULES, ...NAME_RULES];

/**
 * What a pronoun's search can end on (SpeakerResolver.pronoun): one search over the paragraphs before the
 * pronoun, not rules tried one by one, so each row is an outcome with the examples that reach it; the
 * verdict of a pronoun carries the outcome's id. An example brackets the pronoun.
 */
export const PRONOUN_OUTCOMES: readonly NamedRule[] = [
  {
    id: 'speaker.pronoun.previous-quote',
    note: 'Quotes continue their speaker: “…,” she added, after Ida Marsh’s quote, is hers unless someone fitting was named since.',
    examples: [{ text: 'The depot reopened. Ida Marsh said: “We are ready.”\n\n“The crews are back,” [she] added.', expect: byPronoun('Ida Marsh') }],
    notMatching: ['Ida Marsh runs the depot.\n\n“We are ready,” [she] said.'],
  },
  {
    id: 'speaker.pronoun.nearest-name',
    note: 'The nearest person named before the pronoun, of its gender or of unknown gender.',
    examples: [{ text: 'Ida Marsh runs the depot.\n\n“We are ready,” [she] said.', expect: byPronoun('Ida Marsh') }],
    notMatching: ['Harold Myre, the chairman, thanked Tom Colijn for his years at the club.\n\n“He was the heart of this place,” [he] said.'],
  },
  {
    id: 'speaker.pronoun.sentence-subject',
    note: 'The subject of the sentence that names the nearest person, not its object.',
    examples: [{ text: 'Harold Myre, the chairman, thanked Tom Colijn for his years at the club.\n\n“He was the heart of this place,” [he] said.', expect: byPronoun('Harold Myre') }],
    notMatching: ['Sam Ode sat on the back bench. He interrupted Tom Reed during the debate.\n\n“Sit down,” [he] shouted.'],
  },
  {
    id: 'speaker.pronoun.same-subject',
    note: 'A sentence that opens with the same pronoun continues whom that pronoun meant.',
    examples: [{ text: 'Sam Ode sat on the back bench. He interrupted Tom Reed during the debate.\n\n“Sit down,” [he] shouted.', expect: byPronoun('Sam Ode') }],
    notMatching: ['Ida Marsh chaired the meeting. Nerys Llewellyn-Baptiste offered to resign. “I am sorry,” [she] said.'],
  },
  {
    id: 'speaker.pronoun.unplaced-name',
    note: 'A name the name finder could not place stands between the pronoun and anyone known: nobody further back is meant.',
    examples: [{ text: 'Ida Marsh chaired the meeting. Nerys Llewellyn-Baptiste offered to resign. “I am sorry,” [she] said.', expect: NOBODY }],
    notMatching: ['Ida Marsh gave evidence. Mrs Justice Hale ruled that the contract stood, adding that Ida Marsh had acted in good faith. “It was a fair deal,” [she] added.'],
  },
  {
    id: 'speaker.pronoun.unplaced-honorific',
    note: 'Someone named by honorific, whom the name finder could not place, in the sentence of the nearest name.',
    examples: [{ text: 'Ida Marsh gave evidence. Mrs Justice Hale ruled that the contract stood, adding that Ida Marsh had acted in good faith. “It was a fair deal,” [she] added.', expect: NOBODY }],
    notMatching: ['Karl Lund, 61, and Greta Lund, 58, ran the bakery. Lund closed it in May.\n\n“It was hard,” [she] said.'],
  },
  {
    id: 'speaker.pronoun.shared-surname',
    note: 'The nearest name is a surname several people share: the pronoun names nobody.',
    examples: [{ text: 'Karl Lund, 61, and Greta Lund, 58, ran the bakery. Lund closed it in May.\n\n“It was hard,” [she] said.', expect: NOBODY }],
    notMatching: ['A spokeswoman for the authority said the channel was closed. “It will reopen soon,” [she] said.'],
  },
  {
    id: 'speaker.pronoun.unnamed-speaker',
    note: 'The nearest speaker is one the story introduces without a name: the pronoun is that same speaker.',
    examples: [{ text: 'A spokeswoman for the authority said the channel was closed. “It will reopen soon,” [she] said.', expect: unnamedSource('A spokeswoman for the authority') }],
    notMatching: ['“It will reopen soon,” [she] said.'],
  },
  {
    id: 'speaker.pronoun.no-antecedent',
    note: 'Nobody fitting is named before the pronoun.',
    examples: [{ text: '“It will reopen soon,” [she] said.', expect: NOBODY }],
    notMatching: ['The depot reopened. Ida Marsh said: “We are ready.”\n\n“The crews are back,” [she] added.'],
  },
];
