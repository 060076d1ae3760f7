import { perStory } from '../story/perStory.ts';
import type { Story } from '../story/story.ts';
import type { Citation, Sentence } from '../story/types.ts';
import { groupDuplicates, sentenceFingerprint, storyDuplicates } from './groupDuplicates.ts';
import { nearestWord, prepareQueryWords, queryWords, unknownWords, type QueryWord } from './queryTerms.ts';
import { pronounNameTerms, roleNameTerms } from './roleNames.ts';
import {
  CUE_BOOST,
  countedWords,
  pronounGender,
  questionCue,
  sentenceAnswersCue,
  countedFigure,
  onlyRelativeTime,
  RELATIVE_TIME_BOOST,
  sentenceNamesAgent,
  sentenceNamesDoerOf,
  type QuestionCue,
} from './questionCues.ts';
import { synonymStems } from './synonyms.ts';
import { stem, terms, words } from './tokenize.ts';

/** A search result: one statement, with every article that carries it. */
export interface Snippet {
  text: string;
  score: number;
  /** Share of the query's weight (idf of its distinct words) that the statement matches, 0–1. */
  coverage: number;
  /** Number of distinct articles carrying the statement. */
  sources: number;
  citations: Citation[];
  /** The best-scoring sentence of the group. */
  sentence: Sentence;
}

export interface SnippetQuery {
  /** How many statements at most. */
  limit: number;
  /** Keep only sentences that pass. */
  accept?: (sentence: Sentence) => boolean;
  /** Drop statements scoring below this share of the best one (0–1). */
  relativeFloor?: number;
  /** Keep at least this many statements even when below the floor. */
  keepAtLeast?: number;
}

/** One sentence scored against a query. */
export interface RankedSentence {
  sentence: Sentence;
  text: string;
  score: number;
  coverage: number;
}

export interface RankQuery {
  /** How many of the index's best matches to rescore. */
  candidates: number;
  accept?: (sentence: Sentence) => boolean;
}

/** BM25 constants: term-frequency saturation and how much sentence length counts. */
const K1 = 1.2;
const B = 0.6;
/** Words that, with their cue, ask for a kind of answer rather than name the topic. */
const CUE_WORDS: Partial<Record<QuestionCue, Set<string>>> = {
  said: new Set(['say', 'said', 'says', 'tell', 'told', 'think', 'thinks', 'thought', 'claim', 'claimed', 'add', 'added', 'reaction', 'response', 'respond', 'responded']),
  age: new Set(['old', 'age', 'aged', 'ages']),
  // "what day was he fired", "what time did it start": the unit asks for a date or a time.
  when: new Set(['day', 'date', 'time', 'year', 'month', 'hour']),
  // "what started the fire" asks for its cause: the verb is the question, not the topic.
  why: new Set(['start', 'started', 'spark', 'sparked', 'trigger', 'triggered', 'prompt', 'prompted']),
};
/** A "who" question's answer names the person doing the thing ("Kim Adeyemi said…", "led by Ingrid Halvorsen"). */
const WHO_AGENT_BOOST = 1.25;
/** …and more when the name comes right before the question's own verb ("Trump has invited" for "who invited putin"). */
const WHO_DOER_BOOST = 1.6;
/** A "how many X" question and a sentence with a number right before X ("2.3 million users"). */
const COUNTED_BOOST = 1.4;
/**
 * A sentence right after a short lead-in ("Hospitals also felt the strain.") or a quote its speaker
 * only attributes with a pronoun ("…," he said.) is scored as this share of the sentence before it,
 * when that is more than its own score: it ranks right after it.
 */
const FOLLOWER_SHARE = 0.9;
/** A question in the text (an explainer's "Is the interview compulsory?"): scored as this share of itself, its answer taking its score. */
const ASKED_SHARE = 0.7;
const QUESTION = /\?["”’]?\s*$/;
/** A sentence whose subject is a pronoun adds this share of the sentence before it to its own score. */
const CONTEXT_SHARE = 0.5;
const PRONOUN_SUBJECT = /^(?:It|He|She|They|This|These|Those|Its|His|Her|Their)\s+(?!is\s+not\s+clear|was\s+not\s+clear)\p{Ll}/u;
/** The end of a quote followed by its attribution: "…my neighbour's son," said Brenda Oyelowo. */
const QUOTE_CLOSED_BY_ATTRIBUTION = /^[^"“”]*[,.!?]["”]\s*(?:\p{Ll}+\s+)?(?:said|says|added|told|wrote|explained)\b|^[^"“”]*[,.!?]["”]\s*[\p{Lu}][\p{L}'’ .-]{0,60}\s(?:said|says|added|told|wrote)\b/u;
/** A lead-in has at most this many content words and no figure. */
const LEAD_IN = 5;
/** A quote attributed with a pronoun only. */
// Anchored at the first quote mark: the same matches, one scan instead of one per quote mark.
const PRONOUN_QUOTE = /^[^"“”]*["“”].*\b(?:(?:he|she|they)\s+(?:said|says|added|told|wrote|explained|continued)|(?:said|says|added)\s+(?:he|she|they))\b/i;
/** A question about "she" and a sentence only about "he" (or the reverse). */
const OTHER_GENDER = 0.8;
/** A fact-box field whose label names a word of the question. */
const LABEL_BOOST = 1.5;
/** A photo caption: a credit line, an image label, or a gallery number before the text. */
const CAPTION = /\b(?:Credit|Image|Photo|Picture|Photograph)s?\s*:|\((?:Photo|Image|Credit)\b|\b(?:Getty Images|AFP via Getty|Shutterstock|Reuters\/\p{Lu}[\p{L}-]+|AP Photo)\b/u;
const CAPTION_SHARE = 0.6;
/** A headline or a subheading in the page: a few words with no closing punctuation. */
const HEADLINE = /^[^.!?]{8,90}$/;
const HEADLINE_SHARE = 0.8;
/** Sentences with fewer content words than this are discounted. */
const SHORT = 4;

/** How many sentences the average length is measured on. */
const LENGTH_SAMPLE = 4096;

/** Average indexed length of a sentence. An even sample is enough, and keeps a story whose index came from disk from tokenising everything. */
const averageLength = perStory((story: Story): number => {
  const n = story.sentences.length;
  const step = Math.max(1, Math.floor(n / LENGTH_SAMPLE));
  let total = 0;
  let counted = 0;
  for (let i = 0; i < n; i += step, counted++) total += story.indexTermsOf(story.sentences[i]).length;
  return total / Math.max(1, counted) || 1;
});

/**
 * Scores sentences for a question. The index proposes candidates (TF-IDF over every term the question
 * stands for); each is rescored with BM25 (saturating term frequency, pivoted length) per question word
 * (its best-matching form), times how much of the question's weight it covers, times a bonus when the
 * sentence has what the question asks for (a date for "when", a number for "how many", …), with a
 * discount for sentences of under four content words. Best first; ties go to the earlier sentence.
 */
export function rankSentences(story: Story, query: string, options: RankQuery): RankedSentence[] {
  prepareTables(story);
  const cue = questionCue(query);
  const gender = pronounGender(query);
  const qwords = topicWords(story, query, cue);
  if (!qwords.length) return [];
  const allTerms = [...new Set(qwords.flatMap((w) => w.terms.map((t) => t.term)))];
  const { accept } = options;
  const hits = story.index.searchTerms(allTerms, options.candidates, accept ? (d) => accept(story.sentences[d]) : undefined);
  if (!hits.length) return [];
  // Terms by number: their idf, and per question word the numbers and weights of the terms standing for it.
  const termNumber = new Map(allTerms.map((t, i) => [t, i]));
  const idf = Float64Array.from(allTerms, (t) => story.index.idf(t));
  const wordTerms = qwords.map((w) => w.terms.map(({ term, weight }) => ({ n: termNumber.get(term)!, weight })));
  // A word counts by its idf; a sentence covers it in full with the word itself, in part with a variant.
  const wordWeight = wordTerms.map((t) => idf[t[0].n]);
  const totalWeight = wordWeight.reduce((a, b) => a + b, 0) || 1;
  const average = averageLength(story);
  const doerStems = cue === 'who' ? new Set(qwords.flatMap((w) => [stem(w.word), ...(w.readAs ? [stem(w.readAs)] : [])])) : undefined;
  // What a "how many" question counts, in the forms the question's words stand for ("kids" → "children").
  const countedTyped = countedWords(query);
  const counted = new Set([
    ...countedTyped.flatMap((w) => terms(w)),
    ...qwords.filter((w) => countedTyped.includes(w.word)).flatMap((w) => w.terms.filter((t) => t.weight >= 0.5).map((t) => t.term)),
  ]);
  const tf = new Uint16Array(allTerms.length);
  const ranked: RankedSentence[] = new Array(hits.length);
  for (let h = 0; h < hits.length; h++) {
    const sentence = story.sentences[hits[h].doc];
    const sentenceTerms = story.indexTermsOf(sentence);
    tf.fill(0);
    for (let i = 0; i < sentenceTerms.length; i++) {
      const n = termNumber.get(sentenceTerms[i]);
      if (n !== undefined && tf[n] < 0xffff) tf[n]++;
    }
    const norm = K1 * (1 - B + (B * sentenceTerms.length) / average);
    let score = 0;
    let covered = 0;
    for (let w = 0; w < wordTerms.length; w++) {
      let best = 0;
      let bestWeight = 0;
      const forms = wordTerms[w];
      for (let k = 0; k < forms.length; k++) {
        const { n, weight } = forms[k];
        const f = tf[n];
        if (!f) continue;
        const s = (weight * idf[n] * f * (K1 + 1)) / (f + norm);
        if (s > best) best = s;
        if (weight > bestWeight) bestWeight = weight;
      }
      score += best;
      covered += bestWeight * wordWeight[w];
    }
    const coverage = Math.min(1, covered / totalWeight);
    score *= 0.4 + 0.6 * coverage;
    // A sentence of two or three content words ("12' GOAL!") rarely answers anything on its own.
    const own = story.termsOf(sentence).length;
    if (own < SHORT) score *= Math.sqrt((own + 1) / (SHORT + 1));
    // A photo caption ("… Credit: Getty") or a headline repeated in the page says less than the report.
    if (CAPTION.test(sentence.text)) score *= CAPTION_SHARE;
    else if (HEADLINE.test(sentence.text) && !FIELD_LABEL.test(sentence.text)) score *= HEADLINE_SHARE;
    // A fact box's field ("Sold at: …", "Hazard: …") whose label the question names answers that field.
    if (labelTerms(story, sentence).some((t) => termNumber.has(t))) score *= LABEL_BOOST;
    if (cue === 'who' && doerStems && sentenceNamesDoerOf(sentence.text, doerStems, stemWord)) score *= WHO_DOER_BOOST;
    else if (cue === 'who' && sentenceNamesAgent(sentence.text)) score *= WHO_AGENT_BOOST;
    else if (cue === 'when' && onlyRelativeTime(sentence.text)) score *= RELATIVE_TIME_BOOST;
    else if (cue && sentenceAnswersCue(cue, sentence.text)) score *= CUE_BOOST[cue];
    if (counted.size && countedFigure(sentence.text, counted, stemWord)) score *= COUNTED_BOOST;
    // "when did she die" is not answered by "he died in 2009".
    if (gender) {
      const own = pronounGender(sentence.text);
      if (own && own !== gender) score *= OTHER_GENDER;
    }
    ranked[h] = { sentence, text: sentence.text, score, coverage };
  }
  return withFollowers(story, ranked, cue, accept).sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
}

/**
 * The words of a question that name its topic, with the terms standing for each. "what did Osei say",
 * "how old were they": the verb or adjective asks for a kind of answer (the cue) rather than naming the
 * topic, so it is left out when other words remain.
 */
function topicWords(story: Story, query: string, cue: QuestionCue | undefined): QueryWord[] {
  let qwords = queryWords(story, query);
  const cueWords = cue && CUE_WORDS[cue];
  if (cueWords && qwords.some((w) => !cueWords.has(w.word))) qwords = qwords.filter((w) => !cueWords.has(w.word));
  const withRoles = withRoleHolders(story, query, qwords);
  const pronoun = pronounNameTerms(story, query, pronounGender(query));
  return pronoun.length ? [...withRoles, { word: pronounGender(query) === 'f' ? 'she' : 'he', terms: pronoun }] : withRoles;
}

/**
 * How much of a question the best answers cover (0–1): the share of its words' weight (idf) that the
 * best of them matches, where a word the story never uses ("what did the pope say" in a story without
 * a pope) counts as the rarest word and is matched by nothing. A low share means the story does not
 * answer the question, whatever sentences come closest.
 */
export function questionCoverage(story: Story, query: string, best: readonly Pick<Snippet, 'coverage'>[]): number {
  const cue = questionCue(query);
  const cueWords = cue && CUE_WORDS[cue];
  let known = topicWords(story, query, cue);
  const missing = unknownWords(story, query).filter((w) => !cueWords?.has(w) && !known.some((k) => k.word === w));
  // "what did the governor say" in a story without a governor: "say" only asks for a quote.
  if (cueWords && missing.length) known = known.filter((w) => !cueWords.has(w.word));
  const knownWeight = known.reduce((sum, w) => sum + story.index.idf(w.terms[0].term), 0);
  // A term no sentence has gets the largest idf there is.
  const missingWeight = missing.length * story.index.idf('');
  const total = knownWeight + missingWeight;
  if (!total) return 0;
  const matched = Math.max(0, ...best.map((s) => s.coverage));
  return (matched * knownWeight) / total;
}

/**
 * The question's role words ("the minister", "the judge") also stand for the name of the one person the
 * story gives that role, so "what did the minister say" finds "Okafor said…". A role word the story never
 * uses is searched by that name alone.
 */
function withRoleHolders(story: Story, query: string, qwords: QueryWord[]): QueryWord[] {
  const typed = words(query);
  let out = qwords;
  for (let i = 0; i < typed.length; i++) {
    const names = roleNameTerms(story, typed[i], typed.slice(Math.max(0, i - 3), i).join(' '));
    if (!names.length) continue;
    if (out === qwords) out = qwords.map((w) => ({ ...w, terms: [...w.terms] }));
    const existing = out.find((w) => w.word === typed[i]);
    if (!existing) out.push({ word: typed[i], terms: names });
    else for (const name of names) if (!existing.terms.some((t) => t.term === name.term)) existing.terms.push(name);
  }
  return out;
}

/** The stem of a lower-case word as the index has it ("" for a stopword). */
function stemWord(word: string): string {
  return terms(word)[0] ?? '';
}

/**
 * News often says a thing in two steps: a short lead-in, then the detail ("Hospitals also felt the
 * strain. Westmoor Health Authority said emergency departments saw 18 per cent more patients…"), or a
 * sentence naming the speaker, then the quote attributed with a pronoun ("Chief executive Marcus
 * Lindqvist apologized… 'We let you down,' he said."). The second sentence answers what the first
 * matched without repeating its words: it is scored as a share of the first when that is more.
 * Three more neighbours answer for a matching sentence: the answer after an explainer's question
 * (the question itself is discounted), a sentence whose subject is a pronoun (it adds part of the
 * sentence before it to its own score), and, for "what did X say", the opening sentences of a quote
 * whose speaker is named only at its end.
 */
function withFollowers(story: Story, ranked: RankedSentence[], cue: QuestionCue | undefined, accept?: (s: Sentence) => boolean): RankedSentence[] {
  const byIndex = new Map(ranked.map((r) => [r.sentence.index, r]));
  const added: RankedSentence[] = [];
  const raise = (sentence: Sentence, score: number, coverage: number): void => {
    if (accept && !accept(sentence)) return;
    const existing = byIndex.get(sentence.index);
    if (existing) {
      if (existing.score < score) existing.score = score;
      return;
    }
    const follower = { sentence, text: sentence.text, score, coverage };
    byIndex.set(sentence.index, follower);
    added.push(follower);
  };
  // Scores as they were before any sentence was raised by its neighbour.
  const own = new Map(ranked.map((r) => [r.sentence.index, r.score]));
  for (const lead of ranked) {
    const leadScore = own.get(lead.sentence.index)!;
    const next = story.sentences[lead.sentence.index + 1];
    const sameFile = next && next.file === lead.sentence.file;
    // An explainer's question ("Is the interview compulsory?") is answered by what follows it, in its
    // paragraph or the next one; the question itself answers nothing.
    if (sameFile && QUESTION.test(lead.text) && (next.paragraph === lead.sentence.paragraph || lead.sentence.paragraph + 1 === next.paragraph)) {
      lead.score = Math.min(lead.score, leadScore * ASKED_SHARE);
      raise(next, leadScore, lead.coverage);
      continue;
    }
    // A quote of several sentences attributed at its end ("“Nobody knocked. I heard it from a
    // neighbour,” said Brenda Oyelowo."): its opening sentences are the same speaker's words.
    if (cue === 'said' && QUOTE_CLOSED_BY_ATTRIBUTION.test(lead.text)) {
      for (let i = lead.sentence.index - 1, n = 0; i >= 0 && n < 3; i--, n++) {
        const before = story.sentences[i];
        if (before.file !== lead.sentence.file || before.paragraph !== lead.sentence.paragraph) break;
        if (/["“”]/.test(before.text.slice(1))) break;
        raise(before, leadScore * FOLLOWER_SHARE, lead.coverage);
        if (/^["“]/.test(before.text)) break;
      }
    }
    if (!sameFile || next.paragraph !== lead.sentence.paragraph) continue;
    // "A rail had worn beyond the limit. It had been reported on 14 February.": a sentence whose
    // subject is a pronoun is about what the sentence before it named.
    if (PRONOUN_SUBJECT.test(next.text) && !/^["“]/.test(next.text)) {
      raise(next, (own.get(next.index) ?? 0) + leadScore * CONTEXT_SHARE, lead.coverage);
    }
    // A lead-in that has what the question asks for ("Nine people have been hospitalized.") is the answer itself.
    const leadIn = story.termsOf(lead.sentence).length <= LEAD_IN && !/\d/.test(lead.text) && !(cue && sentenceAnswersCue(cue, lead.text));
    if (!leadIn && !((cue === 'said' || cue === 'who') && PRONOUN_QUOTE.test(next.text))) continue;
    raise(next, leadScore * FOLLOWER_SHARE, lead.coverage);
  }
  return added.length ? ranked.concat(added) : ranked;
}

/** "Sold at: Brightway, …", "Remedy: Refund.": a short label that opens the sentence, then a colon. */
const FIELD_LABEL = /^\p{Lu}[\p{L} /&-]{0,28}:\s/u;
const labelCache = new WeakMap<Story, Map<number, readonly string[]>>();

/** The terms of a sentence's opening field label (empty when it has none). */
function labelTerms(story: Story, sentence: Sentence): readonly string[] {
  let cache = labelCache.get(story);
  if (!cache) labelCache.set(story, (cache = new Map()));
  let found = cache.get(sentence.index);
  if (!found) {
    const match = FIELD_LABEL.exec(sentence.text);
    found = match ? terms(match[0]) : [];
    cache.set(sentence.index, found);
  }
  return found;
}

const prepared = new WeakSet<Story>();

/**
 * What searching a story computes once and keeps, built together on the first search so that later
 * questions never pay for it: the average sentence length, the tables for reading questions
 * (spelling variants, typos), the words to suggest when nothing matches, and the question-cue patterns.
 */
function prepareTables(story: Story): void {
  if (prepared.has(story)) return;
  prepared.add(story);
  averageLength(story);
  prepareQueryWords(story);
  suggestTerms(story, '');
  const sample = story.sentences[0]?.text ?? '';
  for (const cue of Object.keys(CUE_BOOST) as QuestionCue[]) sentenceAnswersCue(cue, sample);
  sentenceNamesAgent(sample);
  pronounGender(sample);
  synonymStems('');
}

/**
 * Builds everything searching a story keeps, ahead of the first question: the tables above and the
 * story's duplicate statements (/sources). Optional (each is otherwise built on first use), for a bot
 * to call after loading a story: on 100k sentences it takes about a second.
 */
export function prepareSearch(story: Story): void {
  prepareTables(story);
  storyDuplicates(story);
}

/** Searches the story for a free-text query and returns cited statements, duplicates merged. */
export function findSnippets(story: Story, query: string, options: SnippetQuery): Snippet[] {
  const { limit } = options;
  if (!(limit > 0)) return [];
  const ranked = rankSentences(story, query, { candidates: Math.min(Math.max(limit * 20, 100), 5000), accept: options.accept });
  if (!ranked.length) return [];
  const best = ranked[0].score;
  const floor = best * (options.relativeFloor ?? 0);
  const keep = Math.min(options.keepAtLeast ?? 0, limit);
  // Grouping stops opening statements once `limit` are open; every copy of an open one still joins it.
  const groups = groupDuplicates(ranked, { print: (r) => sentenceFingerprint(story, r.sentence), maxGroups: limit });
  const snippets: Snippet[] = [];
  for (const group of groups) {
    if (snippets.length >= limit) break;
    const leader = group[0];
    if (leader.score < floor && snippets.length >= keep) break;
    const members = [...group].sort((a, b) => a.sentence.index - b.sentence.index);
    snippets.push({
      text: leader.text,
      score: round(leader.score),
      coverage: round(group.reduce((max, m) => Math.max(max, m.coverage), -Infinity)),
      sources: new Set(members.map((m) => m.sentence.file)).size,
      citations: members.map((m) => story.cite(m.sentence)),
      sentence: leader.sentence,
    });
  }
  return snippets;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Words the story does contain, to suggest when a query matches nothing: close spellings of the
 * query's words first, then the story's most used words (names, or words longer than four letters),
 * each spelt as the story usually spells it.
 */
export function suggestTerms(story: Story, query: string, count = 8): string[] {
  const suggestions: string[] = [];
  for (const word of words(query)) {
    if (word.length < 4 || suggestions.length >= count) continue;
    const near = nearestWord(story, word, Math.max(1, Math.floor(word.length / 4)), false);
    const form = near && displayForm(story, near.term);
    if (form && !suggestions.includes(form)) suggestions.push(form);
  }
  for (const term of frequentTerms(story)) {
    if (suggestions.length >= count) break;
    const form = displayForm(story, term);
    if (!form || !(/^\p{Lu}/u.test(form) || form.length > 4)) continue;
    if (!suggestions.some((s) => stem(s.toLowerCase()) === stem(form.toLowerCase()))) suggestions.push(form);
  }
  return suggestions.slice(0, count);
}

/** How many of the most used terms are kept as suggestion candidates. */
const FREQUENT_KEPT = 256;

/** Index terms in two sentences or more, most used first (ties in term order). */
const frequentTerms = perStory((story: Story): string[] => {
  const { index } = story;
  return index
    .toData()
    .vocabulary.filter((t) => index.documentFrequency(t) >= 2)
    .sort((a, b) => index.documentFrequency(b) - index.documentFrequency(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, FREQUENT_KEPT);
});

const formCache = new WeakMap<Story, Map<string, string | null>>();
/** How many sentences with a term are read to see how the story spells it. */
const FORM_SAMPLE = 25;

/** How the story usually spells a term (keeping the capitals of names), from a few sentences that use it. */
function displayForm(story: Story, term: string): string | undefined {
  let forms = formCache.get(story);
  if (!forms) formCache.set(story, (forms = new Map()));
  const known = forms.get(term);
  if (known !== undefined) return known ?? undefined;
  const counts = new Map<string, number>();
  for (const hit of story.index.searchTerms([term], FORM_SAMPLE)) {
    for (const match of story.sentences[hit.doc].text.matchAll(/[\p{L}][\p{L}\p{N}]*/gu)) {
      const word = match[0];
      if (word.length >= 3 && terms(word.toLowerCase())[0] === term) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  forms.set(term, best ?? null);
  return best;
}
