/**
 * Name rules: how a run of capitalised words is read as a person's full name. One row per rule, tried in
 * the table's order:
 * - `words` rules read the run itself (a known first name, a title or role before the name);
 * - `context` rules take a run of two to four name-like words the words rules did not read, on evidence
 *   from around it (an age, a family word, a role in apposition, "who", "and" joining it to a name).
 * The first rule that reads a run names it; its id goes with the finding (--explain).
 *
 * To add a rule: a row with its id, a sentence saying why, `find` (or `test`), examples in our own words
 * and texts it must leave alone; run `npx vitest run test/rules/nameRules.test.ts`.
 */
import { ARTICLES, POSSESSIVES } from './lexicon/determiners.ts';
import { alternation } from './rules/pattern.ts';
import { ruleTable, type NamedRule } from './rules/ruleTable.ts';
import { endsName, firstNameGender, isFunctionWord, isHonorific, isOrgNoun, isOrgWord, isPersonNoun, isPostNominal, isRoleModifier, isRoleWord, isTimeWord, nounGender } from './speechLexicon.ts';
import { isCapitalised, isNameParticle, stripPossessive, tokenize, type Token } from './speechText.ts';
import { ageAfter, ageBefore, capitalisedRuns, genderBefore, isOtherNameOf, nameLike } from './peopleNames.ts';

/** A run of capitalised words, tokens [a, b), the k-th of the paragraph's runs. */
export interface NameRun {
  tokens: Token[];
  text: string;
  a: number;
  b: number;
  runs: readonly [number, number][];
  k: number;
  /** What the words rules found in each run of the paragraph (for "and" joining two names). */
  byWords: readonly (NameHit | undefined)[];
}

/** A name found: tokens [start, end), by a rule. */
export interface NameHit {
  start: number;
  end: number;
  rule: string;
}

interface WordsRule extends NamedRule<{ name: string }> {
  stage: 'words';
  find(run: NameRun): [number, number] | undefined;
}

interface ContextRule extends NamedRule<{ name: string }> {
  stage: 'context';
  /** Whether the context shows the run [a, b) (already trimmed to name-like words) is a person's name. */
  test(run: NameRun): boolean;
}

/** What a finding rule does to a name the run rules found. */
export type FindingVerdict = { end: number } | { otherNameOf: true } | { refused: true };

interface FindingRule extends NamedRule<Record<string, unknown>> {
  stage: 'finding';
  /** Looks at the name [start, end) found in the paragraph: a new end, "another name of someone", a refusal. */
  judge(tokens: Token[], text: string, start: number, end: number): FindingVerdict | undefined;
}

interface AccountRule extends NamedRule<Record<string, unknown>> {
  stage: 'account';
  /** Whether the rule reads the name of a post's account ("Corvana Foods", "Jane Doe") as its kind. */
  kind: 'person' | 'organisation';
  test(words: readonly string[]): boolean;
}

export type NameRule = WordsRule | ContextRule | FindingRule | AccountRule;

const endsWithApostrophe = (t: Token) => /['’]s?$/.test(t.text);

/** "Sarah Raman", "Anna Maria Kowalska": a first name compromise knows, then up to three words of the name. */
function afterKnownFirstName({ tokens, a, b }: NameRun): [number, number] | undefined {
  for (let i = a; i < b - 1; i++) {
    if (firstNameGender(stripPossessive(tokens[i].text)) === undefined) continue;
    if (isTimeWord(tokens[i + 1].text) || isFunctionWord(tokens[i + 1].text) || isPostNominal(tokens[i + 1].text)) continue;
    let end = i + 2;
    if (endsWithApostrophe(tokens[i + 1])) return [i, end];
    while (end < b && end - i < 4 && !endsName(stripPossessive(tokens[end].text)) && !isPostNominal(tokens[end].text)) {
      end++;
      if (endsWithApostrophe(tokens[end - 1])) break;
    }
    if (end - i >= 2) return [i, end];
  }
  return undefined;
}

/** "union secretary Marek Kowalczyk": two or three capitalised words right after a lower-case role. */
function afterLowerCaseRole({ tokens, a, b }: NameRun): [number, number] | undefined {
  if (a === 0 || b - a < 2 || b - a > 3 || isCapitalised(tokens[a - 1].text) || !isRoleWord(tokens[a - 1].text)) return undefined;
  const odd = (t: Token) => endsName(stripPossessive(t.text)) || isRoleWord(t.text) || isPostNominal(t.text) || isOrgWord(t.text) || /\p{L}{2}\.$/u.test(t.text);
  return tokens.slice(a, b).some(odd) ? undefined : [a, b];
}

/** "Mayor Lindiwe Okafor", "Chief Inspector Tomas Brandt", "Dr Aino Virtanen": two or three words after a title. */
function afterTitle({ tokens, a, b }: NameRun): [number, number] | undefined {
  for (let j = a; j < b - 2; j++) {
    if (!isRoleWord(tokens[j].text) && !isHonorific(tokens[j].text)) continue;
    let end = j + 1;
    while (end < b && end - j <= 3 && !isRoleWord(tokens[end].text) && !endsName(tokens[end].text) && !isPostNominal(tokens[end].text)) end++;
    if (end - (j + 1) >= 2 && end - (j + 1) <= 3) return [j + 1, end];
  }
  return undefined;
}

/** ", a florist." / ", a retired nurse who …": a noun for a person after the name. */
const DESCRIBED = /^,\s+(?:a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?<noun>\p{Ll}[\p{Ll}-]*)(?=\s*(?:[,.;]|$|\s(?:who|from|at|in|of|on|with|based)\b))/u;

function describedByNoun({ tokens, text, b }: NameRun): boolean {
  const noun = DESCRIBED.exec(text.slice(tokens[b - 1].end))?.groups?.noun;
  return !!noun && !isOrgNoun(noun) && (isRoleWord(noun) || isPersonNoun(noun) || !!nounGender(noun));
}

/** What opens an apposition about a person: an article or "his", "her", "their". */
const APPOSITION_OPENER = new RegExp(`^${alternation([...ARTICLES, ...POSSESSIVES.filter((p) => p.ofPeople && p.person === 3).map((p) => p.word)])}$`, 'i');

/** ", the council leader," / ", principal analyst at …": a lower-case role in the apposition after the name. */
function roleAfterComma({ tokens, b }: NameRun): boolean {
  if (tokens[b]?.text !== ',' || !(APPOSITION_OPENER.test(tokens[b + 1]?.text ?? '') || /^\p{Ll}/u.test(tokens[b + 1]?.text ?? ''))) return false;
  for (let j = b + 1; j < Math.min(tokens.length, b + 8) && tokens[j].text !== ','; j++) {
    if (isRoleWord(tokens[j].text) && !isCapitalised(tokens[j].text)) return true;
    if (isCapitalised(tokens[j].text) || /^(?:who|which|that)$/i.test(tokens[j].text)) return false;
  }
  return false;
}

/** "Ilse Marwick and Jorund Haalke": "and" joins the run to a name the words rules found. */
function joinedToName({ tokens, a, b, runs, k, byWords }: NameRun): boolean {
  const isAnd = (i: number) => tokens[i]?.text.toLowerCase() === 'and';
  if (k > 0 && runs[k - 1][1] === a - 1 && byWords[k - 1] !== undefined && isAnd(a - 1)) return true;
  return k + 1 < runs.length && runs[k + 1][0] === b + 1 && byWords[k + 1] !== undefined && isAnd(b);
}

export const NAME_RULES: readonly NameRule[] = [
  {
    id: 'name.first-name.known',
    stage: 'words',
    note: 'A first name compromise knows opens a name of two to four words; a weekday, a function word or letters after a name end it.',
    find: afterKnownFirstName,
    examples: [
      { text: 'Yesterday Sarah Raman opened the hall.', expect: { name: 'Sarah Raman' } },
      { text: "Anna Maria Kowalska's bakery reopened.", expect: { name: "Anna Maria Kowalska's" } },
    ],
    notMatching: ['The Harbour Board met on Monday.', 'It was Sarah Monday morning.'],
  },
  {
    id: 'name.after-role.lower-case',
    stage: 'words',
    note: 'Two or three capitalised words right after a lower-case role noun are the name of who holds it.',
    find: afterLowerCaseRole,
    examples: [{ text: 'The strike was called by union secretary Marek Kowalczyk on Friday.', expect: { name: 'Marek Kowalczyk' } }],
    notMatching: ['The strike was called by the union Harbour Workers Federation.', 'It was called by union secretary Smith.'],
  },
  {
    id: 'name.after-title',
    stage: 'words',
    note: 'A capitalised role or honorific inside a run ("Mayor", "Chief Inspector", "Dr") is followed by a name of two or three words.',
    find: afterTitle,
    examples: [
      { text: 'The opening was led by Mayor Lindiwe Okafor.', expect: { name: 'Lindiwe Okafor' } },
      { text: 'Chief Inspector Tomas Brandt gave the update.', expect: { name: 'Tomas Brandt' } },
    ],
    notMatching: ['Mayor Okafor gave the update.', 'The Mayor spoke.'],
  },
  {
    id: 'name.context.who',
    stage: 'context',
    note: '"who" after the comma is said of people ("which" of organisations and places).',
    test: ({ tokens, b }) => tokens[b]?.text === ',' && /^who$/i.test(tokens[b + 1]?.text ?? ''),
    examples: [{ text: 'Harald Berge, who chairs the trust, disagreed.', expect: { name: 'Harald Berge' } }],
    notMatching: ['Harald Berge, which chairs the trust, disagreed.', 'Harald Berge chairs the trust.'],
  },
  {
    id: 'name.context.age',
    stage: 'context',
    note: 'Only people are given an age: "Ottilie Lund, 58," "Lund (58)", "58-year-old Ottilie Lund".',
    test: ({ tokens, text, a, b }) => ageAfter(text, tokens[b - 1].end) !== undefined || ageBefore(text, tokens[a].start) !== undefined,
    examples: [
      { text: 'Ottilie Lund, 58, runs the ferry.', expect: { name: 'Ottilie Lund' } },
      { text: 'The 19-year-old Keziah Moreno won.', expect: { name: 'Keziah Moreno' } },
    ],
    notMatching: ['Ottilie Lund, 580, runs the ferry.', 'Ottilie Lund runs the ferry.'],
  },
  {
    id: 'name.context.gender-word-before',
    stage: 'context',
    note: 'A family word or a form of address just before the run ("his wife, Ottilie Lund", "Mrs Ottilie Lund").',
    test: ({ tokens, a }) => !!genderBefore(tokens, a),
    examples: [{ text: 'He thanked his wife, Ottilie Lund, for her help.', expect: { name: 'Ottilie Lund' } }],
    notMatching: ['He thanked the council, Ottilie Lund, for the help.'],
  },
  {
    id: 'name.context.role-before-comma',
    stage: 'context',
    note: 'A lower-case role, a comma, then the name in apposition: "its chair, Ifeoma Castellanos,".',
    test: ({ tokens, a, b }) => a >= 2 && tokens[a - 1].text === ',' && !isCapitalised(tokens[a - 2].text) && isRoleWord(tokens[a - 2].text) && /^[,.;]?$/.test(tokens[b]?.text ?? ''),
    examples: [{ text: 'The club named its chair, Ifeoma Castellanos, on Tuesday.', expect: { name: 'Ifeoma Castellanos' } }],
    notMatching: ['The club named its ground, Ifeoma Castellanos Park, on Tuesday.'],
  },
  {
    id: 'name.context.described-by-noun',
    stage: 'context',
    note: 'A noun for a person after the name: "Clementine Ashworth-Boateng, a florist." (not an organisation noun).',
    test: describedByNoun,
    examples: [{ text: 'Clementine Ashworth-Boateng, a florist, sold out by noon.', expect: { name: 'Clementine Ashworth-Boateng' } }],
    notMatching: ['Ashworth Boateng, a company from the coast, sold out by noon.'],
  },
  {
    id: 'name.context.role-after-comma',
    stage: 'context',
    note: 'A lower-case role in the apposition after the name: "Jorund Haalke, the council leader,".',
    test: roleAfterComma,
    examples: [{ text: 'Jorund Haalke, the council leader, objected.', expect: { name: 'Jorund Haalke' } }],
    notMatching: ['Jorund Haalke, the Council Leader, objected.', 'Jorund Haalke, which the council owns, objected.'],
  },
  {
    id: 'name.context.joined-by-and',
    stage: 'context',
    note: '"and" joins the run to a name the words rules found: "Sarah Raman and Jorund Haalke".',
    test: joinedToName,
    examples: [{ text: 'Sarah Raman and Jorund Haalke signed the letter.', expect: { name: 'Jorund Haalke' } }],
    notMatching: ['Harbour Board and Jorund Haalke signed the letter.'],
  },
  {
    id: 'name.finding.title-after',
    stage: 'finding',
    note: 'A title that starts after the name ("… President and CEO of …") is not part of it: the name ends before it.',
    judge: (tokens, _text, start, end) => (end - start >= 3 && isRoleWord(tokens[end - 1].text) && /^(?:and|of|&)$/.test(tokens[end]?.text ?? '') ? { end: end - 1 } : undefined),
    examples: [{ text: 'The board thanked Tony Brandt President and founder of the club.', expect: { name: 'Tony Brandt' } }],
    notMatching: ['The board thanked Tony Brandt President yesterday.', 'The board thanked Sarah Jane Brandt and her team.'],
  },
  {
    id: 'name.finding.other-name',
    stage: 'finding',
    note: 'After "real name", "born", "née" or "formerly known as", a name is another name of someone already named, not a new person.',
    judge: (tokens, text, start) => (isOtherNameOf(text, tokens[start].start) ? { otherNameOf: true } : undefined),
    examples: [{ text: 'The singer, whose real name is Sarah Okonkwo, toured for years.', expect: { otherNameOf: 'Sarah Okonkwo' } }],
    notMatching: ['The singer Sarah Okonkwo toured for years.'],
  },
  {
    id: 'name.finding.title-word-first',
    stage: 'finding',
    note: 'A name whose first word is a role or its qualifier ("Deputy Prime Mini…" cut off mid-word) is nobody, unless that word is also a first name.',
    judge: (tokens, _text, start) => ((isRoleModifier(tokens[start].text) || isRoleWord(tokens[start].text)) && firstNameGender(tokens[start].text) === undefined ? { refused: true } : undefined),
    examples: [{ text: 'Questions went to the Deputy Prime Mini', expect: { refused: 'Prime Mini' } }],
    notMatching: ['Questions went to Mayor Lindiwe Okafor.'],
  },
  {
    id: 'name.account.organisation',
    stage: 'account',
    kind: 'organisation',
    note: 'A post\'s account named in several words, one of them an organisation word ("Foods", "Logistics", "Council"), is an organisation.',
    test: (words) => words.length > 1 && words.some((w) => isOrgWord(w)),
    examples: [{ text: 'Tidewell Logistics', expect: { kind: 'organisation' } }],
    notMatching: ['Logistics', 'Jane Doe'],
  },
  {
    id: 'name.account.person',
    stage: 'account',
    kind: 'person',
    note: 'Any other account name is a person\'s; its @handle becomes one of their names.',
    test: (words) => !(words.length > 1 && words.some((w) => isOrgWord(w))),
    examples: [
      { text: 'Jane Doe', expect: { kind: 'person' } },
      { text: 'Jane Doe', given: { handle: 'janedoe' }, expect: { kind: 'person', alias: '@janedoe' } },
    ],
    notMatching: ['Corvana Foods'],
  },
];

/** The run [a, b) trimmed for the context rules, or undefined when it is not two to four name-like words. */
function nameLikeRun(run: NameRun): NameRun | undefined {
  const { tokens } = run;
  let a = run.a;
  const b = run.b;
  // A sentence's first word is capitalised anyway: "For Þórður Egilsson, 71, it was …".
  while (b - a > 2 && (isFunctionWord(tokens[a].text) || isTimeWord(tokens[a].text))) a++;
  // Up to four words: "Nguyễn Thị Thu Hà"; a particle may sit inside ("Khalid bin Rashid").
  if (b - a < 2 || b - a > 4 || !tokens.slice(a, b).every((t, k) => nameLike(t.text) || (k > 0 && k < b - a - 1 && isNameParticle(t.text)))) return undefined;
  return { ...run, a };
}

type RunRule = WordsRule | ContextRule;

/** One rule on one run: the name's tokens, or undefined. */
function applyRule(rule: RunRule, run: NameRun): [number, number] | undefined {
  if (rule.stage === 'words') return rule.find(run);
  const trimmed = nameLikeRun(run);
  return trimmed && rule.test(trimmed) ? [trimmed.a, trimmed.b] : undefined;
}

function firstHit(rules: readonly RunRule[], run: NameRun): NameHit | undefined {
  for (const rule of rules) {
    const found = applyRule(rule, run);
    if (found) return { start: found[0], end: found[1], rule: rule.id };
  }
  return undefined;
}

const WORDS_RULES = NAME_RULES.filter((r): r is WordsRule => r.stage === 'words');
const CONTEXT_RULES = NAME_RULES.filter((r): r is ContextRule => r.stage === 'context');
const FINDING_RULES = NAME_RULES.filter((r): r is FindingRule => r.stage === 'finding');
const ACCOUNT_RULES = NAME_RULES.filter((r): r is AccountRule => r.stage === 'account');

/** A name found in a paragraph after the finding rules: its tokens, the rules that decided, and what they said. */
export interface JudgedName extends NameHit {
  otherNameOf?: true;
  /** The finding rules that changed or refused it. */
  judgedBy: string[];
}

/** The finding rules on a name found by the run rules, in order: undefined when one refuses it. */
export function judgeName(tokens: Token[], text: string, hit: NameHit): JudgedName | undefined {
  const judged: JudgedName = { ...hit, judgedBy: [] };
  for (const rule of FINDING_RULES) {
    const verdict = rule.judge(tokens, text, judged.start, judged.end);
    if (!verdict) continue;
    judged.judgedBy.push(rule.id);
    if ('refused' in verdict) return undefined;
    if ('end' in verdict) judged.end = verdict.end;
    // Another name of someone: nothing else to judge.
    if ('otherNameOf' in verdict) return { ...judged, otherNameOf: true };
  }
  return judged;
}

/** What a post's account name is ("Corvana Foods": an organisation), by the first account rule that reads it. */
export function accountKind(words: readonly string[]): { kind: 'person' | 'organisation'; rule: string } {
  const rule = ACCOUNT_RULES.find((r) => r.test(words))!;
  return { kind: rule.kind, rule: rule.id };
}

/** The first context rule that reads the run, its name-like words found once for all of them. */
function firstContextHit(run: NameRun): NameHit | undefined {
  const trimmed = nameLikeRun(run);
  const rule = trimmed && CONTEXT_RULES.find((r) => r.test(trimmed));
  return rule ? { start: trimmed.a, end: trimmed.b, rule: rule.id } : undefined;
}

/** The name each run of capitalised words holds (by the first rule that reads it), or undefined. */
export function findNameInRun(tokens: Token[], text: string, runs: readonly [number, number][]): (NameHit | undefined)[] {
  const byWords: (NameHit | undefined)[] = [];
  // One run object moved along the runs (the words rules do not keep it): no copy per run.
  const run: NameRun = { tokens, text, runs, byWords: [], a: 0, b: 0, k: 0 };
  for (let k = 0; k < runs.length; k++) {
    run.a = runs[k][0];
    run.b = runs[k][1];
    run.k = k;
    byWords.push(firstHit(WORDS_RULES, run));
  }
  return runs.map(([a, b], k) => byWords[k] ?? (b - a >= 2 ? firstContextHit({ tokens, text, runs, a, b, k, byWords }) : undefined));
}

export const nameRules = ruleTable<NameRule>({
  name: 'nameRules',
  rules: NAME_RULES,
  tryRule(rule, text, given) {
    if (rule.stage === 'account') {
      const handle = given?.handle as string | undefined;
      return rule.test(text.split(/\s+/)) ? { kind: rule.kind, ...(handle ? { alias: `@${handle}` } : {}) } : undefined;
    }
    const tokens = tokenize(text);
    const runs = capitalisedRuns(tokens);
    const wordsOf = (start: number, end: number) => tokens.slice(start, end).map((t) => t.text).join(' ');
    if (rule.stage === 'finding') {
      for (const hit of findNameInRun(tokens, text, runs)) {
        const verdict = hit && rule.judge(tokens, text, hit.start, hit.end);
        if (!verdict) continue;
        if ('end' in verdict) return { name: wordsOf(hit.start, verdict.end) };
        return 'refused' in verdict ? { refused: wordsOf(hit.start, hit.end) } : { otherNameOf: wordsOf(hit.start, hit.end) };
      }
      return undefined;
    }
    const base = { tokens, text, runs, byWords: [] as (NameHit | undefined)[] };
    const byWords = runs.map(([a, b], k) => firstHit(WORDS_RULES, { ...base, a, b, k }));
    for (let k = 0; k < runs.length; k++) {
      const found = applyRule(rule, { ...base, a: runs[k][0], b: runs[k][1], k, byWords });
      if (found) return { name: wordsOf(found[0], found[1]) };
    }
    return undefined;
  },
});
