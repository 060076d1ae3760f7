/**
 * Interviews printed as Q&A ("Q: …" / "A: …") or as a transcript ("Castelo: …"): the answers are the
 * interviewee's words though they carry no quote marks. The interviewee of a Q&A is the one person the
 * introduction (the paragraphs before the first question) names; when it names several, or none, the
 * answers stay unattributed rather than guessed.
 */
import type { People } from './people.ts';
import type { ParagraphText } from './speechText.ts';

export interface InterviewLine {
  kind: 'question' | 'answer';
  /** Printed as "Q: … / A: …", or as a transcript of "Name: …" lines. */
  form: 'q-and-a' | 'transcript';
  /** The speaker of an answer, or null when the article does not make it clear. */
  speakerId: string | null;
  /** The words, without the "A:" / "Name:" label. */
  text: string;
}

export const QUESTION = /^(?:Q|Question)\s*:\s*/;
export const ANSWER = /^(?:A|Answer)\s*:\s*/;
export const SPEAKER_LABEL = /^(?<label>(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+(?=\S)/u;

const key = (pt: ParagraphText) => `${pt.file}#${pt.paragraph.number}`;

/** Q&A and transcript lines of every article, keyed by `${file}#${paragraph}`. */
export function interviewLines(people: People): Map<string, InterviewLine> {
  const lines = new Map<string, InterviewLine>();
  const byFile = new Map<string, ParagraphText[]>();
  for (const pt of people.paragraphs) {
    const list = byFile.get(pt.file) ?? [];
    list.push(pt);
    byFile.set(pt.file, list);
  }
  for (const [file, paragraphs] of byFile) {
    questionsAndAnswers(people, file, paragraphs, lines);
    transcript(people, file, paragraphs, lines);
  }
  return lines;
}

function questionsAndAnswers(people: People, file: string, paragraphs: ParagraphText[], lines: Map<string, InterviewLine>): void {
  const first = paragraphs.findIndex((pt) => QUESTION.test(pt.text) || ANSWER.test(pt.text));
  if (first < 0 || !paragraphs.some((pt) => QUESTION.test(pt.text)) || !paragraphs.some((pt) => ANSWER.test(pt.text))) return;
  const author = people.authors.get(file);
  const named = new Set<string>();
  for (const pt of paragraphs.slice(0, first)) {
    for (const m of people.mentionsIn(file, pt.paragraph.number)) {
      if (m.quoted || m.personId === author || people.get(m.personId)?.kind !== 'person') continue;
      named.add(m.personId);
    }
  }
  const interviewee = named.size === 1 ? [...named][0] : null;
  for (const pt of paragraphs.slice(first)) {
    if (QUESTION.test(pt.text)) lines.set(key(pt), { kind: 'question', form: 'q-and-a', speakerId: null, text: pt.text.replace(QUESTION, '') });
    else if (ANSWER.test(pt.text)) lines.set(key(pt), { kind: 'answer', form: 'q-and-a', speakerId: interviewee, text: pt.text.replace(ANSWER, '') });
  }
}

/** "Castelo: We will see." lines naming a known person; only where an article has two or more of them. */
function transcript(people: People, file: string, paragraphs: ParagraphText[], lines: Map<string, InterviewLine>): void {
  const found: [ParagraphText, string, string][] = [];
  for (const pt of paragraphs) {
    if (lines.has(key(pt))) continue;
    const m = SPEAKER_LABEL.exec(pt.text);
    if (!m?.groups) continue;
    const person = people.lookup(m.groups.label, file);
    if (person?.kind === 'person') found.push([pt, person.id, pt.text.slice(m[0].length)]);
  }
  if (found.length < 2) return;
  for (const [pt, speakerId, text] of found) lines.set(key(pt), { kind: 'answer', form: 'transcript', speakerId, text });
}
