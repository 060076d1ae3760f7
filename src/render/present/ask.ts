import type { AskAnswer } from '../../../commands/ask.ts';
import type { Presentation } from '../presentation.ts';

export function presentAsk(answer: AskAnswer): Presentation {
  if (!answer.answers.length) {
    const words = answer.suggestions?.length ? ` Try words the story does contain: ${answer.suggestions.join(', ')}.` : '';
    return { title: `No answer to “${answer.question}”`, items: [], note: `Nothing in the story matches that question.${words}` };
  }
  if (answer.notInStory) {
    return {
      title: `The story does not seem to answer “${answer.question}”`,
      summary: 'No sentence covers the question. The closest ones, in case they help:',
      askerOnly: true,
      items: answer.answers.map((a, i) => ({ heading: `${i + 1}. closest match`, text: a.text, citations: a.citations })),
    };
  }
  return {
    title: `“${answer.question}”`,
    items: answer.answers.map((a, i) => ({
      heading: `${i + 1}. ${a.sources > 1 ? `reported by ${a.sources} sources` : 'from 1 source'}`,
      text: a.text,
      citations: a.citations,
    })),
    ...(answer.readAs?.length ? { note: `Read ${answer.readAs.map((r) => `“${r.typed}” as “${r.read}”`).join(', ')}.` } : {}),
  };
}
