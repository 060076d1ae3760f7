import { sbd } from './sbdTokenizer.ts';

/** Abbreviations common in news copy that must not end a sentence. */
const NEWS_ABBREVIATIONS = [
  'U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'L.A', 'N.Y', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Col',
  'Maj', 'Capt', 'Sgt', 'Det', 'Const', 'Insp', 'Supt', 'Cpl', 'Pvt', 'Fr', 'Cmdr', 'Brig', 'Adm', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Rev', 'Hon', 'St', 'Jr', 'Sr', 'Inc', 'Corp',
  'Co', 'Ltd', 'No', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd',
  'Mt', 'Ft', 'vs', 'etc', 'approx', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ill', 'Ind', 'Kan', 'Mass',
  'Mich', 'Minn', 'Miss', 'Nev', 'Okla', 'Ore', 'Penn', 'Pa', 'Tenn', 'Tex', 'Va', 'Wash', 'Wis', 'Wyo',
];

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

/** '"Why?" Doe said': the words after a quoted question name its speaker. */
const NAMES_THE_SPEAKER = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(said|says|asked|asks|added|adds|wrote|writes|told|tells|replied|replies|shouted|wondered|tweeted|posted)\b/uy;
const THREE_WORDS = /\S+\s+\S+\s+\S/y;

/** Splits a paragraph into sentences. Handles "U.S.", "D.C.", titles, ellipses and quotes. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const pieces = sbd
    .sentences(text, OPTIONS)
    // sbd does not end a sentence before "I": "Good morning. I'm Ruth Adebayo."
    // (The plain pre-checks here keep costly \p{…} patterns from being compiled for text they cannot match.)
    .flatMap((s) => (/\sI/.test(s) ? s.split(/(?<=\p{Ll}[.!?]["”’]?)\s+(?=I(?:['’](?:m|ve|ll|d)\b|\s))/u) : [s]))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // A piece that starts in lower case or with stray dots ("..I think") continues the previous one, and so
  // does one after a dotted abbreviation ("the U.S. Senate") unless it opens like a new sentence.
  // A live blog's shouted label ("12' GOAL!", "71' RED CARD!", "BREAKING:") belongs to what follows it.
  const merged: string[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    const continues =
      previous !== undefined &&
      (/^(?:[\p{Ll}]|\.{1,3}\s?\S|[,;:…])/u.test(piece) ||
        ((previous.endsWith('!') || previous.endsWith(':')) && SHOUTED_LABEL.test(previous)) ||
        (previous.endsWith('.') && /(?:\b\p{Lu}\.){2,}$/u.test(previous) && !SENTENCE_OPENER.test(piece)));
    if (continues) merged[merged.length - 1] += ' ' + piece;
    else merged.push(piece);
  }
  return merged.flatMap(splitAfterQuotedQuestion);
}
