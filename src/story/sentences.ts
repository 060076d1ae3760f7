import { words } from '../analysis/lexicon/index.ts';
import { SPEECH_VERBS } from '../analysis/lexicon/speechVerbs.ts';
import { alternation } from '../analysis/rules/pattern.ts';
import { sbd } from './sbdTokenizer.ts';
import { tidySpaces } from './spaces.ts';

/**
 * Abbreviations of news copy that are not titles or months (those come from the lexicon): places and
 * countries written with dots, plural titles, company and street words, US states' short forms.
 */
const LOADER_ABBREVIATIONS = {
  places: ['U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'L.A', 'N.Y'],
  pluralTitles: ['Sens', 'Reps', 'Govs'],
  names: ['St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'Ave', 'Blvd', 'Mt', 'Ft'],
  latin: ['vs', 'etc', 'approx'],
  usStates: ['Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ill', 'Ind', 'Kan', 'Mass', 'Mich', 'Minn', 'Miss', 'Nev', 'Okla', 'Ore', 'Penn', 'Pa', 'Tenn', 'Tex', 'Va', 'Wash', 'Wis', 'Wyo'],
};

/** Abbreviations common in news copy that must not end a sentence: titles ("Det."), months ("Sept."), and the loader's own. */
const NEWS_ABBREVIATIONS = [...words('titleAbbreviation'), ...words('monthAbbreviation'), ...Object.values(LOADER_ABBREVIATIONS).flat()];

/** Words that usually open a sentence, so "…in the U.S. They said…" still splits. English, not story-specific. */
const SENTENCE_OPENER =
  /^["“‘']?(?:The|A|An|He|She|It|They|We|I|You|His|Her|Their|Its|Our|This|That|These|Those|There|But|And|Yet|So|Or|In|On|At|For|If|When|While|After|Before|As|Meanwhile|However|Still|Then|Now|Later|Some|Many|Most|No|Not)\b/;

/** "12' GOAL!", "90+2' RED CARD!", "FULL TIME!": a minute or time and at most three words in capitals. */
const SHOUTED_LABEL = /^(?:\d{1,3}(?:\+\d{1,2})?['’′]|\d{1,2}[:.]\d{2})?\s*(?:\p{Lu}{2,}[\p{Lu}'’-]*\s?){1,3}[!:]$/u;

const OPTIONS = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  allowed_tags: false as const,
  preserve_whitespace: false,
  abbreviations: NEWS_ABBREVIATIONS,
};

/**
 * sbd keeps a quoted question or exclamation with what follows: 'the question: "Should it?" Of the 4,912
 * votes …'. A capitalised word after '?"' opens a new sentence, unless it names the speaker ('"Why?" Doe said').
 */
function splitAfterQuotedQuestion(sentence: string): string[] {
  if (!sentence.includes('!') && !sentence.includes('?')) return [sentence];
  // One pass over the sentence (sticky patterns at each cut), not a rescan of the rest per cut.
  const out: string[] = [];
  const cue = /[!?]["”’]\s+(?=\p{Lu})/gu;
  let start = 0;
  for (let match = cue.exec(sentence); match; match = cue.exec(sentence)) {
    const cut = match.index + 2;
    const after = cue.lastIndex;
    NAMES_THE_SPEAKER.lastIndex = after;
    THREE_WORDS.lastIndex = after;
    if (NAMES_THE_SPEAKER.test(sentence) || !THREE_WORDS.test(sentence)) break;
    out.push(sentence.slice(start, cut).trim());
    start = after;
  }
  out.push(start ? sentence.slice(start).trim() : sentence);
  return out;
}

/** Verbs (lexicon rows, by base) whose past and present forms name a speaker after a quoted question, and those whose past form alone does. */
const NAMING_VERBS = { pastAndPresent: ['say', 'ask', 'add', 'write', 'tell', 'reply'], pastOnly: ['shout', 'wonder', 'tweet', 'post'] };
const NAMING_FORMS = SPEECH_VERBS.flatMap((v) => (NAMING_VERBS.pastAndPresent.includes(v.base) ? [v.past, v.third] : NAMING_VERBS.pastOnly.includes(v.base) ? [v.past] : [])).filter((f): f is string => f !== null);
/** '"Why?" Doe said': the words after a quoted question name its speaker. */
const NAMES_THE_SPEAKER = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}${alternation(NAMING_FORMS)}\\b`, 'uy');
const THREE_WORDS = /\S+\s+\S+\s+\S/y;

/**
 * "the U.S.": the text ends with two or more capitals each followed by a dot. (The pattern scans the whole
 * text for where such a run could begin; it runs only when a dot sits one capital before the last dot.)
 */
function endsWithDottedAbbreviation(text: string): boolean {
  const n = text.length;
  return (text[n - 3] === '.' || text[n - 4] === '.') && /(?:\b\p{Lu}\.){2,}$/u.test(text);
}

/** Splits a paragraph into sentences. Handles "U.S.", "D.C.", titles, ellipses and quotes. */
export function splitSentences(paragraph: string): string[] {
  const text = tidySpaces(paragraph).trim();
  if (!text) return [];
  const merged: string[] = [];
  for (const sentence of sbd.sentences(text, OPTIONS)) {
    // sbd does not end a sentence before "I": "Good morning. I'm Ruth Adebayo."
    // (The plain pre-checks here keep costly \p{…} patterns from being compiled for text they cannot match.)
    if (sentence.includes(' I')) for (const part of sentence.split(BEFORE_I)) mergePiece(merged, part.trim());
    else mergePiece(merged, sentence.trim());
  }
  const out: string[] = [];
  for (const sentence of merged) for (const piece of splitAfterQuotedQuestion(sentence)) out.push(piece);
  return out;
}

/** Where sbd missed a sentence end before "I": "… morning. I'm Ruth Adebayo." */
const BEFORE_I = /(?<=\p{Ll}[.!?]["”’]?)\s+(?=I(?:['’](?:m|ve|ll|d)\b|\s))/u;

/**
 * Adds a piece of sbd's output to the sentences so far. A piece that starts in lower case or with stray dots
 * ("..I think") continues the previous one, and so does one after a dotted abbreviation ("the U.S. Senate")
 * unless it opens like a new sentence. A live blog's shouted label ("12' GOAL!", "71' RED CARD!",
 * "BREAKING:") belongs to what follows it. An empty piece is no sentence.
 */
function mergePiece(merged: string[], piece: string): void {
  if (!piece) return;
  const previous = merged[merged.length - 1];
  const continues =
    previous !== undefined &&
    (/^(?:[\p{Ll}]|\.{1,3}\s?\S|[,;:…])/u.test(piece) ||
      ((previous.endsWith('!') || previous.endsWith(':')) && SHOUTED_LABEL.test(previous)) ||
      (previous.endsWith('.') && endsWithDottedAbbreviation(previous) && !SENTENCE_OPENER.test(piece)));
  if (continues) merged[merged.length - 1] += ' ' + piece;
  else merged.push(piece);
}
