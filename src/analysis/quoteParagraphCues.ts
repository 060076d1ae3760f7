/**
 * The paragraph and story cues of the quote stage: words that are someone's without quote marks (a social
 * post pasted with its account line, an interview printed as Q&A or as a transcript), quote marks that are
 * nobody's words (scare quotes), and the story-wide cues tried once every article's quotes are attributed
 * (the same words given a speaker by another outlet; a quote left open that the next paragraph continues).
 * The quote stage (quotes.ts) tries the paragraph cues on a paragraph before its quote marks; the
 * occurrence carries the rule's id (`cueOf`). The patterns are the ones the code uses (speechPosts.ts,
 * quoteInterview.ts, quotes.ts). Examples are article bodies under a headline (`given.otherArticles`: more
 * articles of the story); the quote an example is about is the last of its own article unless
 * `given.quote` names words of another.
 */
import { articleFromText } from '../story/loadStory.ts';
import { Story } from '../story/story.ts';
import { ANSWER, QUESTION, SPEAKER_LABEL } from './quoteInterview.ts';
import { findQuoteSpans } from './quoteSpans.ts';
import { cueOf, quotesOf, SCARE_QUOTE } from './quotes.ts';
import { ruleTable, type NamedRule } from './rules/ruleTable.ts';
import { REDDIT, TRAILING_ACCOUNT } from './speechPosts.ts';

/** Who the words go to (a name or a handle, or null when the rule finds them but not whose they are), or that the quote is left out. */
export type ParagraphCueExpect = { speaker: string | null } | { dropped: true };

export interface ParagraphCueRule extends NamedRule<ParagraphCueExpect> {
  /** The patterns the rule reads with, as the code uses them. */
  patterns: readonly RegExp[];
  /** The rule takes quote marks out of the quote stage instead of naming a speaker. */
  drops?: boolean;
}

/** A paragraph of narration to open an example with: the loader keeps a short text's lines only after one. */
const LEAD = 'The harbour council met on Tuesday night to decide what to do about the old pier, which has been closed since the storm in March.\n\n';

const RULES: readonly ParagraphCueRule[] = [
  {
    id: 'cue.post.account-line',
    note: 'A short paragraph (or the one before it) ending in a post\'s account line, "— Name (@handle) date", is that account\'s post.',
    patterns: [TRAILING_ACCOUNT],
    examples: [
      { text: LEAD + 'The pier stays shut until the survey is done. — Ruth Abara (@ruthabara) March 3, 2024', expect: { speaker: 'Ruth Abara' } },
      { text: LEAD + 'The pier stays shut until the survey is done.\n\n— Ruth Abara (@ruthabara) March 3, 2024', expect: { speaker: 'Ruth Abara' } },
    ],
    notMatching: [
      { text: LEAD + 'The pier stays shut until the survey is done, wrote Ruth Abara on her page.', given: { quote: 'The pier stays shut' } },
      { text: LEAD + 'The pier stays shut until the survey is done. — Ruth Abara, March 3, 2024', given: { quote: 'The pier stays shut' } },
    ],
  },
  {
    id: 'cue.post.reddit',
    note: 'A paragraph opening "Posted by u/name" (the words after it, or the next paragraph) is that user\'s post.',
    patterns: [REDDIT],
    examples: [{ text: LEAD + 'Posted by u/pier_watcher\n\nThe gulls took my chips again and the pier is still shut.', expect: { speaker: 'u/pier_watcher' } }],
    notMatching: [{ text: LEAD + 'One user, pier_watcher, posted that the gulls took his chips again.', given: { quote: 'gulls took' } }],
  },
  {
    id: 'cue.post.embedded',
    note: 'A paragraph the loader found under a post\'s account line ("Name@handle", src/story/boilerplate.ts) is that account\'s post.',
    patterns: [],
    examples: [{ text: LEAD + 'Ruth Abara@ruthabara\n\nThe pier stays shut until the survey is done.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: [{ text: LEAD + 'Ruth Abara wrote:\n\nThe pier stays shut until the survey is done.', given: { quote: 'The pier stays shut' } }],
  },
  {
    id: 'cue.interview.q-and-a',
    note: 'Answers of a "Q: … / A: …" interview are the words of the one person its introduction names.',
    patterns: [QUESTION, ANSWER],
    examples: [{ text: 'Ruth Abara has chaired the harbour council for ten years. We met her on the pier.\n\nQ: Will the pier reopen?\n\nA: Not this year, and not without a survey.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: [{ text: 'Ruth Abara has chaired the harbour council for ten years.\n\nA: Not this year, and not without a survey.', given: { quote: 'Not this year' } }],
  },
  {
    id: 'cue.interview.transcript',
    note: 'Lines "Name: …" naming known people, two or more in an article, are a transcript: each line is its speaker\'s.',
    patterns: [SPEAKER_LABEL],
    examples: [{ text: 'Ruth Abara and Ines Moll debated the pier on local radio.\n\nAbara: It stays shut until it is safe.\n\nMoll: It was safe enough last summer.', expect: { speaker: 'Ruth Abara' }, given: { quote: 'It stays shut' } }],
    notMatching: [{ text: 'Ruth Abara and Ines Moll debated the pier on local radio.\n\nAbara: It stays shut until it is safe.', given: { quote: 'It stays shut' } }],
  },
  {
    id: 'cue.span.scare-quote',
    note: 'Quote marks after "so-called" are the writer\'s distance, not anyone\'s words.',
    patterns: [SCARE_QUOTE],
    drops: true,
    examples: [{ text: 'The council defended its so-called “repairs” to the pier.', expect: { dropped: true } }],
    notMatching: ['The council defended what it called “repairs” to the pier.'],
  },
  {
    id: 'cue.outlets.same-words',
    note: 'A quote its own article gives no speaker takes the speaker other outlets give the same words.',
    patterns: [],
    examples: [
      {
        text: LEAD + 'Residents were told the pier is “finished for good, whatever the survey says” at the meeting.',
        given: { otherArticles: [LEAD + '“The pier is finished for good, whatever the survey says,” said Ruth Abara, who chairs the council.'] },
        expect: { speaker: 'Ruth Abara' },
      },
    ],
    notMatching: [
      {
        text: LEAD + 'Residents were told the pier is “finished for good, whatever the survey says” at the meeting.',
        given: { otherArticles: [LEAD + '“The harbour wall will be repaired before the winter storms,” said Ruth Abara, who chairs the council.'] },
      },
    ],
  },
  {
    id: 'cue.continuation.open-quote',
    note: 'A quote left open at a paragraph\'s end runs on into the next paragraph that opens with a quote mark: once its speaker is known, the continuation is theirs too.',
    patterns: [],
    examples: [
      {
        text: LEAD + 'At the meeting one voice carried: “The pier is finished for good, whatever the survey says.\n\n“We will not spend another penny on it.”',
        given: { quote: 'another penny', otherArticles: [LEAD + '“The pier is finished for good, whatever the survey says,” said Ruth Abara, who chairs the council.'] },
        expect: { speaker: 'Ruth Abara' },
      },
    ],
    notMatching: [
      {
        text: LEAD + 'At the meeting one voice carried: “The pier is finished for good, whatever the survey says.”\n\n“We will not spend another penny on it.”',
        given: { quote: 'another penny', otherArticles: [LEAD + '“The pier is finished for good, whatever the survey says,” said Ruth Abara, who chairs the council.'] },
      },
    ],
  },
];

/** An example is an article's body: the loader takes a text's first line for its headline. */
const EXAMPLE_HEADLINE = 'Harbour news\n\n';

/** Runs the quote stage on the example and says what this rule made of its quote, or undefined. */
function tryRule(rule: ParagraphCueRule, text: string, given?: Record<string, unknown>): ParagraphCueExpect | undefined {
  const others = Array.isArray(given?.otherArticles) ? (given.otherArticles as string[]) : [];
  const articles = [text, ...others].map((body, i) => articleFromText(`example${i}.txt`, `${EXAMPLE_HEADLINE}${body}`).article);
  const analysis = quotesOf(new Story({ dir: '.', name: 'paragraph cue example', version: `${rule.id}:${[text, ...others].join('|')}`, articles }));
  const words = typeof given?.quote === 'string' ? given.quote : undefined;
  if (rule.drops) {
    const span = findQuoteSpans(text).find((s) => (words ? s.text.includes(words) : true));
    const dropped = span && rule.patterns.some((p) => p.test(text.slice(Math.max(0, span.open - 12), span.open)));
    return dropped && !analysis.occurrences.some((o) => o.text.includes(span.text)) ? { dropped: true } : undefined;
  }
  const own = analysis.occurrences.filter((o) => o.file === articles[0].file);
  const occurrence = words ? own.find((o) => o.text.includes(words)) : own[own.length - 1];
  if (!occurrence || cueOf(occurrence)?.rule !== rule.id) return undefined;
  return { speaker: occurrence.speakerId ? analysis.people.get(occurrence.speakerId)!.name : null };
}

export const QUOTE_PARAGRAPH_CUES = ruleTable<ParagraphCueRule>({ name: 'quoteParagraphCues', rules: RULES, tryRule });
