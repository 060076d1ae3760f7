import { defineCommand, textOption, UserInputError, type CommandOptions } from '../src/commands/command.ts';
import { findSnippets, suggestTerms, type Snippet } from '../src/search/findSnippets.ts';
import { queryWords } from '../src/search/queryTerms.ts';

export interface AskAnswer {
  question: string;
  answers: Omit<Snippet, 'sentence'>[];
  /** Words the story contains, offered when nothing matched. */
  suggestions?: string[];
  /** Words of the question the story does not use, and the close spellings searched instead. */
  readAs?: { typed: string; read: string }[];
}

function questionOf(options: CommandOptions): string {
  const question = textOption(options, 'question');
  if (!question) throw new UserInputError('Type a question, for example `/ask question: who said what?`');
  return question;
}

export default defineCommand<AskAnswer>({
  name: 'ask',
  description: 'Ask a question about the story; get the best cited sentences.',
  options: [{ name: 'question', description: 'Your question, e.g. "who announced the decision?"', type: 'string', required: true, maxLength: 300 }],
  example: () => ({ question: 'who announced it?' }),
  check: questionOf,
  handler(story, options) {
    const question = questionOf(options);
    const snippets = findSnippets(story, question, { limit: 5, relativeFloor: 0.35, keepAtLeast: 3 });
    const answers = snippets.map(({ sentence: _sentence, ...rest }) => rest);
    if (!answers.length) return { question, answers, suggestions: suggestTerms(story, question) };
    const readAs = queryWords(story, question).flatMap((w) => (w.readAs ? [{ typed: w.word, read: w.readAs }] : []));
    return readAs.length ? { question, answers, readAs } : { question, answers };
  },
});
