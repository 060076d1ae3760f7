/** The real command handlers, asked the way a member would ask them, in the shape the scorers read. */
import ask from '../../commands/ask.ts';
import whoSaid, { type WhoSaidAnswer } from '../../commands/who-said.ts';
import { UserInputError } from '../commands/command.ts';
import type { Story } from '../story/story.ts';
import type { AskReply } from './scoreQuestions.ts';
import type { SpeakerFound } from './scoreSpeakers.ts';

/** /who-said speaker: QUERY: the speaker it shows and how many quotes; undefined when it finds nobody. */
export async function lookUpSpeaker(story: Story, query: string): Promise<SpeakerFound | undefined> {
  let answer: WhoSaidAnswer;
  try {
    answer = await whoSaid.handler(story, { speaker: query });
  } catch (err) {
    if (err instanceof UserInputError) return undefined;
    throw err;
  }
  if (!answer.speaker) return undefined;
  return { name: answer.speaker.name, aliases: answer.speaker.aliases, quotes: answer.quotes.length };
}

/** /ask question: QUESTION. `notInStory` is read when the answer carries it (it is optional). */
export async function askStory(story: Story, question: string): Promise<AskReply> {
  const answer = (await ask.handler(story, { question })) as Awaited<ReturnType<typeof ask.handler>> & { notInStory?: unknown };
  return { answers: answer.answers ?? [], ...(answer.notInStory === true ? { notInStory: true } : {}) };
}
