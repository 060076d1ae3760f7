/**
 * Mention rules: once the full names are registered, how the story refers to those people again (a surname
 * alone, a first name alone, a bare role, the full name written out where nothing marked it) and the people
 * it names only that way (a family member, a character, "her father, Diego"), and the gender the pronouns
 * give. One row per step, each over the paragraphs (tokens not yet claimed for a name) and the people so
 * far; people.ts's STEPS runs them by id, in its order.
 *
 * An example runs the full-names stage on `given.before` (earlier articles) and the text, then the rule's step
 * alone, and yields the first mention the step adds in the text (or, for gender, the gender it gives
 * `given.person`). To add a rule: a step in ./peopleMentions.ts, a row here in its place with examples and
 * non-examples; run `npx vitest run test/rules/mentionRules.test.ts`.
 */
import { articleFromText } from '../story/loadStory.ts';
import { Story } from '../story/story.ts';
import { fullNames } from './peopleFind.ts';
import { genderFromPronouns } from './peopleGender.ts';
import { bareRoles, familyMembers, firstNameInApposition, firstNamesAlone, knownNamesWrittenOut, playedBy, surnamesAlone } from './peopleMentions.ts';
import { People } from './peopleRegistry.ts';
import { scanStory, type ScannedParagraph } from './peopleText.ts';
import { ruleTable, type NamedRule } from './rules/ruleTable.ts';

export interface MentionRule extends NamedRule<Record<string, unknown>> {
  run(people: People, paragraphs: readonly ScannedParagraph[]): void;
}

export const MENTION_RULES: readonly MentionRule[] = [
  {
    id: 'name.mention.written-out',
    note: 'A full name registered anywhere in the story is a mention wherever it is written out again, even with nothing around it that marks a name.',
    run: knownNamesWrittenOut,
    examples: [{ text: 'Best of all is Wendeline Osei-Brandt.', given: { before: ['Wendeline Osei-Brandt, who plays the lead, is superb.'] }, expect: { name: 'Wendeline Osei-Brandt', via: 'name' } }],
    notMatching: [{ text: 'Best of all is Wendeline Osei.', given: { before: ['Wendeline Osei-Brandt, who plays the lead, is superb.'] } }],
  },
  {
    id: 'name.mention.played-by',
    note: 'One name-like word, then a known full name in brackets, is a character that person plays.',
    run: playedBy,
    examples: [{ text: 'Marta (Anna Kowalska) runs the ferry alone.', expect: { name: 'Marta', words: 'Marta', via: 'name' } }],
    notMatching: ['The ferry (Anna Kowalska) runs alone.', 'Old Marta (Anna Kowalska) runs the ferry.'],
  },
  {
    id: 'name.mention.family-member',
    note: 'A capitalised word the name rules did not take as a first name, before a known surname, is another person of that family.',
    run: familyMembers,
    examples: [{ text: 'Then Odran Varga took over the shop.', given: { before: ['Sarah Varga runs the bakery.'] }, expect: { name: 'Odran Varga', via: 'name' } }],
    notMatching: [{ text: 'Then Mayor Varga took over the shop.', given: { before: ['Sarah Varga runs the bakery.'] } }, 'Then Odran Varga took over the shop.'],
  },
  {
    id: 'name.mention.first-name-alone',
    note: 'A first name alone refers to the one person of the story whose full name starts with it.',
    run: firstNamesAlone,
    examples: [{ text: 'Sarah said the ovens were old.', given: { before: ['Sarah Varga runs the bakery.'] }, expect: { name: 'Sarah Varga', words: 'Sarah', via: 'first' } }],
    notMatching: [{ text: 'Sarah said the ovens were old.', given: { before: ['Sarah Varga runs the bakery with Sarah Moll.'] } }],
  },
  {
    id: 'name.mention.first-name-apposition',
    note: 'A first name alone after "his/her/my… " and a family or person noun ("her father, Diego,") is a person known by that one name.',
    run: firstNameInApposition,
    examples: [{ text: 'She lives with her father, Diego, above the shop.', expect: { name: 'Diego', via: 'name' } }],
    notMatching: ['She lives with her landlord, Diego, above the shop.', 'She lives with the father, Diego, above the shop.'],
  },
  {
    id: 'name.mention.surname-alone',
    note: 'A surname alone refers to the one person of the story with that surname (several: the one the article named, else nobody).',
    run: surnamesAlone,
    examples: [{ text: 'Okafor said the bridge would reopen.', given: { before: ['Mayor Lindiwe Okafor opened the bridge.'] }, expect: { name: 'Lindiwe Okafor', words: 'Okafor', via: 'surname' } }],
    notMatching: [{ text: 'Okafor said the bridge would reopen.', given: { before: ['Mayor Lindiwe Okafor and her brother Tomas Okafor opened the bridge.'] } }],
  },
  {
    id: 'name.mention.bare-role',
    note: '"the mayor", "the deputy mayor": a role, with qualifiers that agree, that one person of the story clearly holds.',
    run: bareRoles,
    examples: [{ text: 'The mayor said the bridge would reopen.', given: { before: ['Mayor Lindiwe Okafor opened the bridge.'] }, expect: { name: 'Lindiwe Okafor', words: 'The mayor', via: 'role' } }],
    notMatching: [{ text: 'The deputy mayor said the bridge would reopen.', given: { before: ['Mayor Lindiwe Okafor opened the bridge.'] } }],
  },
  {
    id: 'name.gender.pronouns',
    note: 'A person of unknown gender takes the gender of the pronouns the narration uses for them ("…, said she", a next sentence opening "He"), when they all agree.',
    run: genderFromPronouns,
    examples: [
      { text: 'Halvorsen Bao, 61, said she had never doubted it.', given: { person: 'Halvorsen Bao' }, expect: { gender: 'female' } },
      { text: 'Halvorsen Bao, 61, spoke first. He thanked the crew.', given: { person: 'Halvorsen Bao' }, expect: { gender: 'male' } },
    ],
    notMatching: [
      { text: 'Halvorsen Bao, 61, said she had never doubted it. He thanked the crew.', given: { person: 'Halvorsen Bao' } },
      { text: 'Halvorsen Bao, 61, spoke first. The crew cheered.', given: { person: 'Halvorsen Bao' } },
    ],
  },
];

/** The full-names stage on `before` and the text (one article each), then the rule's step alone. */
function tryMentionRule(rule: MentionRule, text: string, given?: Record<string, unknown>): Record<string, unknown> | undefined {
  const texts = [...((given?.before as string[] | undefined) ?? []), text];
  const story = new Story({ dir: '.', name: 'rule', version: 'rule', articles: texts.map((t, i) => articleFromText(`${i}.txt`, t).article) });
  const people = new People();
  const articles = scanStory(story);
  fullNames(people, story, articles);
  const already = people.mentions.length;
  rule.run(people, articles.flat());
  if (given?.person) {
    const gender = people.lookup(given.person as string)?.gender;
    return gender ? { gender } : undefined;
  }
  const file = `${texts.length - 1}.txt`;
  const m = people.mentions.slice(already).find((x) => x.file === file);
  const paragraph = articles[texts.length - 1].find((p) => p.pt.paragraph.number === m?.paragraph);
  return m && paragraph && { name: people.get(m.personId)!.name, words: paragraph.pt.text.slice(m.start, m.end), via: m.via };
}

export const mentionRules = ruleTable<MentionRule>({ name: 'mentionRules', rules: MENTION_RULES, tryRule: tryMentionRule });
