/**
 * Which worker thread answers what. Every command that reads the story is answered by a worker: /ask and
 * /sources from the search tables (the `search` worker, idle but for questions once the story is ready),
 * /who-said from the people and quotes (`people`), /timeline from the dated events (`dates`). The thread
 * that acknowledges interactions keeps only Discord, the cache and rendering. /help and /story stay there.
 */
import { isRoleWord } from '../analysis/speechLexicon.ts';
import { textOption, type CommandOptions } from '../commands/command.ts';
import { pronounGender } from '../search/questionCues.ts';
import { words } from '../search/tokenize.ts';
import type { AnalysisRole } from './protocol.ts';

/** The worker role whose analyses a command's answers read, by command. */
const ANSWERED_BY: Record<string, AnalysisRole | undefined> = {
  ask: 'search',
  sources: 'search',
  'who-said': 'people',
  timeline: 'dates',
};

/** The role whose analyses a command's suggestions and example read (speakers; topics). */
const SUGGESTED_BY: Record<string, AnalysisRole | undefined> = {
  'who-said': 'people',
  timeline: 'dates',
  sources: 'dates',
};

/**
 * The role that answers a command with these options, or undefined when it runs where it is asked.
 * /ask reads only the search tables, except that a question with "she" or "he" or a role word ("what did
 * the minister say") reads the people analysis (src/search/roleNames.ts, the same tests): those go to the
 * `people` worker, which has both.
 */
export function answeredBy(command: string, options: CommandOptions): AnalysisRole | undefined {
  const role = ANSWERED_BY[command];
  if (command !== 'ask' || !role) return role;
  let question: string | undefined;
  try {
    question = textOption(options, 'question');
  } catch {
    return role;
  }
  if (question && (pronounGender(question) !== undefined || words(question).some((w) => w.length >= 3 && isRoleWord(w)))) return 'people';
  return role;
}

export function suggestedBy(command: string): AnalysisRole | undefined {
  return SUGGESTED_BY[command];
}
