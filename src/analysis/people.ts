/**
 * People (and organisations) of a story: one entry per individual across every article. Full names are
 * found with compromise's first-name lexicon or after a role title ("Mayor Lindiwe Okafor"); titles and
 * roles are kept as the description, never as part of the name; surname-only mentions ("Coats said")
 * and role mentions ("the president") are linked to a full name found anywhere in the story.
 */
import type { Story } from '../story/story.ts';
import { findQuoteSpans, inSomeSpan } from './quoteSpans.ts';
import { pastedPosts, type PastedPost } from './speechPosts.ts';
import { firstNameGender, isDemonym, isFunctionWord, isHonorific, isOrgWord, isPersonNoun, isRoleModifier, isRoleWord, isTimeWord, nounGender } from './speechLexicon.ts';
import { isCapitalised, paragraphText, stripPossessive, tokenize, type ParagraphText, type Token } from './speechText.ts';
import { perStory } from '../story/perStory.ts';
import { ageAfter, ageBefore, authorName, descriptionAfter, isOtherNameOf, capitalisedRuns, descriptionBefore, genderBefore, genderOf, honorificGender, nameByContext, nameInRun, nameLike } from './peopleNames.ts';
import { GENDERED_HONORIFICS, People, type Gender, type Mention, type Person } from './peopleRegistry.ts';

export { People } from './peopleRegistry.ts';
export type { AgeMention, Gender, Mention, Person } from './peopleRegistry.ts';

const ROLE_MENTION = /\b[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(\p{L}+)(?:['’]s)?\b/gu;

function buildPeople(story: Story): People {
  const people = new People();
  const full: { pt: ParagraphText; tokens: Token[]; taken: Set<number> }[] = [];
  // Pass 1: full names, with their roles.
  for (const article of story.articles) {
    for (const paragraph of article.paragraphs) {
      const pt = paragraphText(article.file, paragraph);
      people.paragraphs.push(pt);
      const tokens = tokenize(pt.text);
      const taken = new Set<number>();
      const quoted = findQuoteSpans(pt.text);
      const inQuote = (offset: number) => inSomeSpan(quoted, offset, true);
      const runs = capitalisedRuns(tokens);
      const byLexicon = runs.map(([a, b]) => nameInRun(tokens, a, b));
      const names = runs.map(([a, b], k) => byLexicon[k] ?? nameByContext(tokens, pt.text, a, b, runs, byLexicon, k));
      for (const found of names) {
        if (!found) continue;
        let [s, e] = found;
        // "Tony Brandt President and CEO of …": a title that starts after the name is not part of it.
        if (e - s >= 3 && isRoleWord(tokens[e - 1].text) && /^(?:and|of|&)$/.test(tokens[e]?.text ?? '')) e--;
        // "whose real name is Marguerite Osterhaus": the same person under another name, not a new speaker.
        if (isOtherNameOf(pt.text, tokens[s].start)) {
          for (let k = s; k < e; k++) taken.add(k);
          continue;
        }
        const words = tokens.slice(s, e).map((t, k) => (k === e - s - 1 ? stripPossessive(t.text) : t.text));
        // "Deputy Prime Mini…" cut off mid-word: a title's words are nobody's first name.
        if ((isRoleModifier(words[0]) || isRoleWord(words[0])) && firstNameGender(words[0]) === undefined) continue;
        const r = people.addName(words, genderOf(words[0]) ?? genderBefore(tokens, s));
        const age = ageAfter(pt.text, tokens[e - 1].end) ?? ageBefore(pt.text, tokens[s].start);
        if (age !== undefined) people.ages.push({ personId: r.person.id, file: pt.file, age });
        // "Mayor Lindiwe Okafor", or a role in apposition before the name: "Vance's lawyer, Gideon Marchetti,".
        // "the Deputy Speaker, Dame Patricia Ekwueme,": the apposition's comma comes before the form of address.
        let h = s;
        while (h > 0 && (isHonorific(tokens[h - 1].text) || GENDERED_HONORIFICS[tokens[h - 1].text.toLowerCase()] !== undefined)) h--;
        const description = descriptionBefore(tokens, s) ?? (tokens[h - 1]?.text === ',' && tokens[e]?.text === ',' ? descriptionBefore(tokens, h - 1) : undefined);
        if (description && !inQuote(tokens[s].start)) people.addDescription(r, description);
        const after = description ? undefined : descriptionAfter(pt.text, tokens[e - 1].end);
        if (after && !inQuote(tokens[s].start)) people.addDescription(r, after);
        for (let k = s; k < e; k++) taken.add(k);
        people.mentions.push({ personId: r.person.id, file: pt.file, paragraph: paragraph.number, start: tokens[s].start, end: tokens[e - 1].end, quoted: inQuote(tokens[s].start), via: 'name' });
      }
      if (paragraph.embeddedPost) {
        const words = paragraph.embeddedPost.name.split(/\s+/);
        const r = people.addName(words, genderOf(words[0]));
        people.addAlias(r.person.id, `@${paragraph.embeddedPost.handle}`);
      }
      full.push({ pt, tokens, taken });
    }
    const author = authorName(article.meta.author);
    if (author) people.authors.set(article.file, people.addName(author, genderOf(author[0])).person.id);
  }
  knownNamesWrittenOut(people, full);
  playedBy(people, full);
  const order = new Map(people.paragraphs.map((p, i) => [`${p.file}#${p.paragraph.number}`, i]));
  const inStoryOrder = () => {
    people.mentions.sort((x, y) => order.get(`${x.file}#${x.paragraph}`)! - order.get(`${y.file}#${y.paragraph}`)! || x.start - y.start);
    people.reindexMentions();
  };
  // Authors of social posts pasted as text ("— Jane Doe (@janedoe) March 3, 2024", "Posted by u/jd").
  for (const post of pastedPosts(people.paragraphs).bodies.values()) postAuthor(people, post);
  // Pass 2a: "Milan Varga" next to a known "Jonas Varga": a capitalised word the name finder did not take
  // as a first name (here a city) before a known surname is another person of that family.
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => inSomeSpan(quoted, offset, true);
    tokens.forEach((token, i) => {
      if (i === 0 || taken.has(i) || taken.has(i - 1) || !isCapitalised(token.text)) return;
      const prev = tokens[i - 1];
      if (token.start - prev.end !== 1 || !isCapitalised(prev.text) || /['’]s?$/.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return;
      // "When Lucía Herrera was …": a sentence's opening function word is not part of the name.
      if (i >= 2 && isCapitalised(tokens[i - 2].text) && tokens[i - 1].start - tokens[i - 2].end === 1 && !isFunctionWord(tokens[i - 2].text)) return;
      if (i + 1 < tokens.length && isCapitalised(tokens[i + 1].text) && tokens[i + 1].start - token.end === 1) return;
      const p = prev.text;
      if (isRoleWord(p) || isHonorific(p) || isFunctionWord(p) || isTimeWord(p) || isDemonym(p) || isOrgWord(p) || GENDERED_HONORIFICS[p.toLowerCase()] !== undefined) return;
      const surname = stripPossessive(token.text);
      const known = people.lookupFamily(surname);
      if (!known.length) return;
      const r = known.find((x) => x.first === p.toLowerCase()) ?? people.addName([p, surname], genderBefore(tokens, i - 1));
      taken.add(i - 1);
      taken.add(i);
      people.mentions.push({ personId: r.person.id, file: pt.file, paragraph: pt.paragraph.number, start: prev.start, end: token.end, quoted: inQuote(prev.start), via: 'name' });
    });
  }
  // Genders the narration gives ("said his constituents") before surnames are read, so that "Ms Okafor"
  // can pick the one woman of two Okafors.
  inStoryOrder();
  inferGenderFromPronouns(people);
  // Pass 2f: first names on their own ("his wife, Grace"), for a first name only one person has.
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => inSomeSpan(quoted, offset, true);
    tokens.forEach((token, i) => {
      if (taken.has(i) || !isCapitalised(token.text) || isTimeWord(token.text) || isFunctionWord(token.text) || isRoleWord(token.text)) return;
      const word = stripPossessive(token.text).toLowerCase();
      if (people.lookupFamily(word).length) return;
      const person = people.byFirstName(word);
      if (!person) return;
      const gender = genderBefore(tokens, i);
      if (gender && !person.gender) person.gender = gender;
      taken.add(i);
      people.mentions.push({ personId: person.id, file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end, quoted: inQuote(token.start), via: 'first' });
    });
  }
  // Pass 2g: a first name alone in apposition to a family or person noun ("Her father, Diego,", "my
  // neighbour Gertrude,") that names nobody yet: a person known by that one name.
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => inSomeSpan(quoted, offset, true);
    tokens.forEach((token, i) => {
      if (i < 2 || taken.has(i) || !nameLike(token.text) || inQuote(token.start)) return;
      const next = tokens[i + 1];
      if (next && isCapitalised(next.text) && next.start - token.end <= 1) return;
      const comma = tokens[i - 1].text === ',' ? 1 : 0;
      const noun = tokens[i - 1 - comma];
      const owner = tokens[i - 2 - comma];
      if (!noun || !owner || !/^(?:his|her|their|my|our)$/i.test(owner.text)) return;
      const gender = nounGender(noun.text);
      if (gender === null && !isPersonNoun(noun.text)) return;
      if (isFunctionWord(token.text) || isTimeWord(token.text) || isRoleWord(token.text) || isOrgWord(token.text) || isDemonym(token.text)) return;
      const word = stripPossessive(token.text);
      if (people.lookup(word) || people.byFirstName(word)) return;
      const r = people.addName([word], gender);
      people.addDescription(r, `${owner.text.toLowerCase()} ${noun.text.toLowerCase()}`);
      taken.add(i);
      people.mentions.push({ personId: r.person.id, file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end, quoted: false, via: 'name' });
    });
  }
  // Pass 2: surnames on their own ("Coats said", "President Trump").
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => inSomeSpan(quoted, offset, true);
    tokens.forEach((token, i) => {
      if (taken.has(i) || !isCapitalised(token.text)) return;
      const word = stripPossessive(token.text).toLowerCase();
      const honorific = honorificGender(tokens, i);
      const person = people.lookup(word, pt.file, honorific, { paragraph: pt.paragraph.number, start: token.start });
      if (!person && !inQuote(token.start) && people.sharedSurname(word)) {
        people.ambiguous.push({ file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end });
      }
      if (!person || person.kind !== 'person') return;
      const r = people.record(person.id)!;
      people.addForm(r, stripPossessive(token.text));
      const description = descriptionBefore(tokens, i);
      if (description && !inQuote(token.start)) people.addDescription(r, description);
      const gender = genderBefore(tokens, i);
      if (gender && !r.person.gender) r.person.gender = gender;
      people.mentions.push({ personId: person.id, file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end, quoted: inQuote(token.start), via: 'surname' });
    });
  }
  // Pass 3: bare roles ("the president") that one person clearly holds.
  for (const { pt } of full) {
    const quoted = findQuoteSpans(pt.text);
    for (const match of pt.text.matchAll(ROLE_MENTION)) {
      const role = match[2];
      if (!isRoleWord(role) || (match[1] && !match[1].trim().split(/\s+/).every((w) => isRoleModifier(w) || isDemonym(w)))) continue;
      const start = match.index ?? 0;
      if (inSomeSpan(quoted, start, true)) continue;
      const holder = people.roleHolder(role, match[1]);
      if (!holder) continue;
      people.mentions.push({ personId: holder.id, file: pt.file, paragraph: pt.paragraph.number, start, end: start + match[0].length, quoted: false, via: 'role' });
    }
  }
  inStoryOrder();
  inferGenderFromPronouns(people);
  return people;
}

type Scanned = { pt: ParagraphText; tokens: Token[]; taken: Set<number> };

function quoteTest(pt: ParagraphText): (offset: number) => boolean {
  const quoted = findQuoteSpans(pt.text);
  return (offset) => inSomeSpan(quoted, offset, true);
}

/**
 * Pass 1b: a full name found in one article ("Nguyễn Thị Thu Hà, who plays …") written out in another
 * where nothing around it marked it as a name ("Linh (Nguyễn Thị Thu Hà, superb)").
 */
function knownNamesWrittenOut(people: People, scanned: Scanned[]): void {
  const byFirstWord = new Map<string, { words: string[]; id: string }[]>();
  for (const person of people.all) {
    if (person.kind !== 'person') continue;
    for (const form of new Set([person.name, ...person.aliases])) {
      const words = form.split(/\s+/);
      if (words.length < 2 || form.startsWith('@')) continue;
      byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), { words, id: person.id }]);
    }
  }
  for (const forms of byFirstWord.values()) forms.sort((a, b) => b.words.length - a.words.length);
  for (const { pt, tokens, taken } of scanned) {
    let inQuote: ((offset: number) => boolean) | undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      const form = byFirstWord.get(tokens[i].text)?.find(({ words }) => words.every((w, k) => !taken.has(i + k) && (k === words.length - 1 ? stripPossessive(tokens[i + k]?.text ?? '') : tokens[i + k]?.text) === w));
      if (!form) continue;
      const end = i + form.words.length;
      for (let k = i; k < end; k++) taken.add(k);
      inQuote ??= quoteTest(pt);
      people.mentions.push({ personId: form.id, file: pt.file, paragraph: pt.paragraph.number, start: tokens[i].start, end: tokens[end - 1].end, quoted: inQuote(tokens[i].start), via: 'name' });
      i = end - 1;
    }
  }
}

/**
 * A review's "Linh (Nguyễn Thị Thu Hà)": one name-like word, then a known person's full name in
 * brackets, is a character that person plays. The character is registered as a person of that one
 * name, so that "she tells the trawlerman" can refer to the character rather than the actor.
 */
function playedBy(people: People, scanned: Scanned[]): void {
  const byParagraph = new Map<string, Mention[]>();
  for (const m of people.mentions) {
    if (m.quoted || m.via !== 'name') continue;
    const key = `${m.file}#${m.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), m]);
  }
  for (const { pt, tokens, taken } of scanned) {
    for (const m of byParagraph.get(`${pt.file}#${pt.paragraph.number}`) ?? []) {
      const s = tokens.findIndex((t) => t.start === m.start);
      if (s < 2 || tokens[s - 1].text !== '(' || taken.has(s - 2)) continue;
      const word = tokens[s - 2];
      if (!nameLike(word.text)) continue;
      if (s >= 3 && isCapitalised(tokens[s - 3].text) && word.start - tokens[s - 3].end <= 1) continue;
      const actor = people.get(m.personId);
      if (!actor || actor.kind !== 'person') continue;
      const r = people.addName([word.text], null);
      people.addDescription(r, `character played by ${actor.name}`);
      taken.add(s - 2);
      people.mentions.push({ personId: r.person.id, file: pt.file, paragraph: pt.paragraph.number, start: word.start, end: word.end, quoted: false, via: 'name' });
    }
  }
}

/** The person or organisation an account line names, registered with its handle. */
export function postAuthor(people: People, post: PastedPost): Person {
  const words = post.author.split(/\s+/);
  const found = people.lookup(post.author) ?? (words.length > 1 && words.some((w) => isOrgWord(w)) ? people.organisation(post.author) : people.get(people.addName(words, genderOf(words[0])).person.id)!);
  if (post.handle) people.addAlias(found.id, `@${post.handle}`);
  return people.get(found.id)!;
}

/** A speech verb, then "he" or "she" for its subject: "Halvorsen, who …, said she had never doubted". */
const SAID_PRONOUN = /^(?:[^.!?"“”‘’]*?,)?\s*(?:had\s+|has\s+|also\s+)?(?:said|says|added|admitted|insisted|explained|argued|warned|claimed|confirmed|acknowledged|stressed|told\s+\p{Ll}+|told\s+the\s+\p{Ll}+)\s+(?:that\s+)?(he|she|his|her)\b/u;

/** A person of unknown gender who is the subject of "said he/she …" takes that gender. */
function inferGenderFromPronouns(people: People): void {
  const texts = new Map(people.paragraphs.map((p) => [`${p.file}#${p.paragraph.number}`, p.text]));
  const votes = new Map<string, Set<string>>();
  people.mentions.forEach((m, i) => {
    if (m.quoted || m.via === 'role') return;
    const person = people.get(m.personId);
    if (!person || person.kind !== 'person' || person.gender) return;
    const next = people.mentions[i + 1];
    const text = texts.get(`${m.file}#${m.paragraph}`)!;
    const until = next && next.file === m.file && next.paragraph === m.paragraph ? next.start : text.length;
    const match = SAID_PRONOUN.exec(text.slice(m.end, until));
    if (!match) return;
    const set = votes.get(m.personId) ?? new Set();
    set.add(match[1] === 'he' || match[1] === 'his' ? 'male' : 'female');
    votes.set(m.personId, set);
  });
  // "Bao said the design had been rebuilt. She added …": the one person named in a sentence, then a
  // sentence that opens with "He" or "She".
  for (const pt of people.paragraphs) {
    const mentions = people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && m.via !== 'role');
    const quotes = findQuoteSpans(pt.text);
    for (let i = 0; i + 1 < pt.starts.length; i++) {
      const next = pt.paragraph.sentences[i + 1].text;
      const pronoun = /^(He|She)\s+\p{Ll}/u.exec(next);
      if (!pronoun || quotes.some((q) => q.open < pt.starts[i + 1] && q.close > pt.starts[i + 1])) continue;
      const inSentence = new Set(mentions.filter((m) => m.start >= pt.starts[i] && m.start < pt.starts[i + 1]).map((m) => m.personId));
      if (inSentence.size !== 1) continue;
      const id = [...inSentence][0];
      const person = people.get(id);
      if (!person || person.kind !== 'person' || person.gender) continue;
      const set = votes.get(id) ?? new Set();
      set.add(pronoun[1] === 'He' ? 'male' : 'female');
      votes.set(id, set);
    }
  }
  for (const [id, set] of votes) {
    if (set.size === 1) people.get(id)!.gender = [...set][0] as Gender;
  }
}

/** The people of a story, computed once per Story object. */
export const peopleOf: (story: Story) => People = perStory(buildPeople);
