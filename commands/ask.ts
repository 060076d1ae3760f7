import { defineCommand, loadedOnFirstUse, textOption, UserInputError, type CommandOptions } from '../src/commands/command.ts';
import type { Snippet } from '../src/search/findSnippets.ts';

/** The search, loaded on first use: the bot's main thread routes /ask to an analysis worker and never loads it. */
async function loadSearch() {
  const [{ findSnippets, questionCoverage, suggestTerms }, { queryWords, unknownWords }] = await Promise.all([import('../src/search/findSnippets.ts'), import('../src/search/queryTerms.ts')]);
  return { findSnippets, questionCoverage, suggestTerms, queryWords, unknownWords };
}
const search = loadedOnFirstUse(loadSearch);

export interface AskAnswer {
  question: string;
  answers: Omit<Snippet, 'sentence'>[];
  /**
   * Set when the story does not seem to answer the question: the answers are then only the closest
   * sentences, offered as suggestions, never as the answer.
   */
  notInStory?: boolean;
  /** Words the story contains, offered when nothing matched. */
  suggestions?: string[];
  /** Words of the question the story does not use, and the close spellings searched instead. */
  readAs?: { typed: string; read: string }[];
}

/**
 * Below this share of the question's weight covered by one of the closest answers, the story is taken
 * not to answer it (see questionCoverage). Chosen on the real development set, counting an answerable
 * question wrongly called "not in the story" as three times worse than an unanswerable one answered
 * (README, /ask accuracy): 0.3 catches more, but also hides answers.
 */
const ANSWERED_FROM = 0.2;
/** How many of the best answers the coverage is read from. */
const CLOSEST = 3;

function questionOf(options: CommandOptions): string {
  const question = textOption(options, 'question');
  if (!question) throw new UserInputError('Type a question, for example `/ask question: who said what?`');
  return question;
}

export default defineCommand<AskAnswer>({
  name: 'ask',
  description: 'Ask a question about the story; get the best cited sentences.',
  options: [{ name: 'question', description: 'Your question, e.g. "who announced the decision?"', type: 'string', required: true, maxLength: 300 }],
  example: { question: 'who announced it?' },
  check: questionOf,
  async handler(story, options) {
    const question = questionOf(options);
    const { findSnippets, questionCoverage, suggestTerms, queryWords, unknownWords } = await search();
    const snippets = findSnippets(story, question, { limit: 5, relativeFloor: 0.35, keepAtLeast: 3 });
    const answers = snippets.map(({ sentence: _sentence, ...rest }) => rest);
    if (!answers.length) return { question, answers, notInStory: true, suggestions: suggestTerms(story, question) };
    // A question all of whose words the story uses is taken to be about it, however little the best
    // sentences cover: only a word the story never uses ("the pope" in a story without one) can tell.
    const notInStory = unknownWords(story, question).length > 0 && questionCoverage(story, question, answers.slice(0, CLOSEST)) < ANSWERED_FROM;
    const readAs = queryWords(story, question).flatMap((w) => (w.readAs ? [{ typed: w.word, read: w.readAs }] : []));
    return { question, answers, ...(notInStory ? { notInStory } : {}), ...(readAs.length ? { readAs } : {}) };
  },
});
