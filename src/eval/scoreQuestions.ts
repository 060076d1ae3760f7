/**
 * /ask scored on question labels: the rank of the first answer citing a sentence that contains one of the
 * label's fragments (top-1, top-3, reciprocal rank); a question the story does not answer is right when the
 * bot says so (no answers, or `notInStory: true` on the answer).
 */
import type { Story } from '../story/story.ts';
import type { LabelError, QuestionLabel } from './labels.ts';
import { normalise } from './normalise.ts';

/** The parts of an /ask answer the scorer reads. `notInStory` is optional: older answers do not carry it. */
export interface AskReply {
  answers: { text: string; citations: { text: string }[] }[];
  notInStory?: boolean;
}

export interface QuestionOutcome {
  label: QuestionLabel;
  /** 1-based rank of the first right answer; 0 when none is right (or, for notInStory, when the bot answered). */
  rank: number;
  /** The bot said the story does not answer it. */
  saidNotInStory: boolean;
  said: string;
}

const said = (reply: AskReply) =>
  reply.notInStory || !reply.answers.length ? 'not in the story' : reply.answers.slice(0, 3).map((a, i) => `${i + 1}. ${a.text.slice(0, 90)}`).join(' | ');

export async function scoreQuestions(
  story: Story,
  labels: readonly QuestionLabel[],
  ask: (question: string) => AskReply | Promise<AskReply>,
): Promise<{ outcomes: QuestionOutcome[]; errors: LabelError[] }> {
  const outcomes: QuestionOutcome[] = [];
  const errors: LabelError[] = [];
  const sentences = story.sentences.map((s) => normalise(s.text));
  for (const [i, label] of labels.entries()) {
    const fragments = label.answers.map(normalise);
    const missing = label.answers.filter((_, k) => !sentences.some((s) => s.includes(fragments[k])));
    for (const fragment of missing) {
      errors.push({ where: `questions[${i}]`, label: `${label.question}: “${fragment}”`, reason: 'no sentence of the story contains this answer fragment (copy it exactly, within one sentence)' });
    }
    if (fragments.length && missing.length === fragments.length) continue;
    let reply: AskReply;
    try {
      reply = await ask(label.question);
    } catch (err) {
      reply = { answers: [] };
      errors.push({ where: `questions[${i}]`, label: label.question, reason: `the bot refused the question: ${(err as Error).message}` });
    }
    const saidNotInStory = Boolean(reply.notInStory) || reply.answers.length === 0;
    const answers = saidNotInStory ? [] : reply.answers;
    const right = answers.findIndex((a) => a.citations.some((c) => fragments.some((f) => normalise(c.text).includes(f))));
    outcomes.push({ label, rank: label.notInStory ? 0 : right + 1, saidNotInStory, said: said(reply) });
  }
  return { outcomes, errors };
}
