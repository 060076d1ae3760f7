/**
 * Stage "full names": the names each paragraph writes out in full ("Mayor Lindiwe Okafor", "Ottilie Lund,
 * 58,"), found by the name rules (./nameRules.ts) as plain findings, then registered in story order with
 * the age, role and gender the words around them give. Bylines and embedded posts name people too.
 */
import type { Story } from '../story/story.ts';
import { isHonorific } from './speechLexicon.ts';
import { stripPossessive } from './speechText.ts';
import { ageAfter, ageBefore, authorName, capitalisedRuns, descriptionAfter, descriptionBefore, genderBefore, genderOf } from './peopleNames.ts';
import { GENDERED_HONORIFICS, type Gender, type People } from './peopleRegistry.ts';
import { claim, inQuote, type ScannedParagraph } from './peopleText.ts';
import { findNameInRun, judgeName } from './nameRules.ts';

/** A name found in a paragraph: tokens [start, end), and what the words around it say. */
export interface NameFinding {
  start: number;
  end: number;
  /** The rule that found it. */
  rule: string;
  /** Not a new person: "whose real name is …" (the tokens are claimed all the same). */
  otherNameOf?: true;
  words: string[];
  gender: Gender;
  age?: number;
  descriptions: string[];
  quoted: boolean;
}

/** The full names of one paragraph, in text order. */
export function findNames(p: ScannedParagraph): NameFinding[] {
  const { tokens, pt } = p;
  const runs = capitalisedRuns(tokens);
  const found = findNameInRun(tokens, pt.text, runs);
  const findings: NameFinding[] = [];
  for (const hit of found) {
    const name = hit && judgeName(tokens, pt.text, hit);
    if (!name) continue;
    const { start: s, end: e } = name;
    const quoted = inQuote(p, tokens[s].start);
    if (name.otherNameOf) {
      findings.push({ start: s, end: e, rule: name.rule, otherNameOf: true, words: [], gender: null, descriptions: [], quoted });
      continue;
    }
    const words = tokens.slice(s, e).map((t, k) => (k === e - s - 1 ? stripPossessive(t.text) : t.text));
    findings.push({ start: s, end: e, rule: name.rule, words, gender: genderOf(words[0]) ?? genderBefore(tokens, s), age: ageAfter(pt.text, tokens[e - 1].end) ?? ageBefore(pt.text, tokens[s].start), descriptions: quoted ? [] : roles(p, s, e), quoted });
  }
  return findings;
}

/**
 * The role written around a name: before it ("Mayor Lindiwe Okafor", "Vance's lawyer, Gideon Marchetti,",
 * "the Deputy Speaker, Dame Patricia Ekwueme,": the apposition's comma before the form of address), else in
 * apposition after it ("…, the group's chair,").
 */
function roles(p: ScannedParagraph, s: number, e: number): string[] {
  const { tokens, pt } = p;
  let h = s;
  while (h > 0 && (isHonorific(tokens[h - 1].text) || GENDERED_HONORIFICS[tokens[h - 1].text.toLowerCase()] !== undefined)) h--;
  const before = descriptionBefore(tokens, s) ?? (tokens[h - 1]?.text === ',' && tokens[e]?.text === ',' ? descriptionBefore(tokens, h - 1) : undefined);
  if (before) return [before];
  const after = descriptionAfter(pt.text, tokens[e - 1].end);
  return after ? [after] : [];
}

/** Registers the findings of one paragraph: the people, their ages and roles, and the mentions. */
function registerFindings(people: People, p: ScannedParagraph, findings: readonly NameFinding[]): void {
  const { tokens, pt } = p;
  for (const f of findings) {
    claim(p, f.start, f.end);
    if (f.otherNameOf) continue;
    const r = people.addName(f.words, f.gender);
    if (f.age !== undefined) people.ages.push({ personId: r.id, file: pt.file, age: f.age });
    for (const d of f.descriptions) people.addDescription(r, d);
    people.mentions.push({ personId: r.id, file: pt.file, paragraph: pt.paragraph.number, start: tokens[f.start].start, end: tokens[f.end - 1].end, quoted: f.quoted, via: 'name' });
  }
}

/** The stage: every paragraph's full names, its embedded post's author, and each article's byline. */
export function fullNames(people: People, story: Story, articles: readonly ScannedParagraph[][]): void {
  story.articles.forEach((article, a) => {
    for (const p of articles[a]) {
      people.paragraphs.push(p.pt);
      registerFindings(people, p, findNames(p));
      const post = p.pt.paragraph.embeddedPost;
      if (post) {
        const words = post.name.split(/\s+/);
        people.addAlias(people.addName(words, genderOf(words[0])).id, `@${post.handle}`);
      }
    }
    const author = authorName(article.meta.author);
    if (author) people.authors.set(article.file, people.addName(author, genderOf(author[0])).id);
  });
}
