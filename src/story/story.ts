import { IndexBuilder, InvertedIndex } from '../search/invertedIndex.ts';
import { terms } from '../search/tokenize.ts';
import type { Article, Citation, LoadWarning, Sentence } from './types.ts';

export interface StoryInit {
  dir: string;
  name: string;
  /** Content hash of the story's files and metadata. */
  version: string;
  articles: Article[];
  warnings?: LoadWarning[];
  /** A prebuilt index (e.g. loaded from disk); built from the sentences when absent. */
  index?: InvertedIndex;
}

export interface BuildOptions {
  /** Give the event loop a turn after this many milliseconds of indexing (default 30). */
  sliceMs?: number;
}

const BUILDING = Symbol('building');

/** One immutable story: its articles, every sentence in one array, and a search index over them. */
export class Story {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
  readonly articles: readonly Article[];
  readonly sentences: readonly Sentence[];
  readonly warnings: readonly LoadWarning[];
  private builtIndex: InvertedIndex | undefined;
  /** Built synchronously on first use (not by Story.build's slices). */
  private readonly indexOnUse: boolean;
  private readonly byFile: Map<string, Article>;
  /** Terms per sentence, computed when first needed (a story whose index was loaded may never need most). */
  private readonly sentenceTerms: (string[] | undefined)[];
  private readonly searchTerms: (string[] | undefined)[];

  /**
   * Builds the story synchronously; without a given index, the index is built on first use (a worker that
   * only reads quotes or dates never needs it). For large stories use Story.build, which indexes in slices
   * so the process stays responsive.
   */
  constructor(init: StoryInit, building?: typeof BUILDING) {
    this.dir = init.dir;
    this.name = init.name;
    this.version = init.version;
    this.articles = init.articles;
    this.warnings = init.warnings ?? [];
    this.byFile = new Map(init.articles.map((a) => [a.file, a]));
    const sentences: Sentence[] = [];
    for (const article of init.articles) {
      for (const sentence of article.sentences) {
        sentence.index = sentences.length;
        sentences.push(sentence);
      }
    }
    this.sentences = sentences;
    this.sentenceTerms = new Array(sentences.length);
    this.searchTerms = new Array(sentences.length);
    this.builtIndex = init.index;
    this.indexOnUse = !this.builtIndex && building !== BUILDING;
  }

  /**
   * Builds a story, indexing its sentences in slices of about `sliceMs` with a turn of the event loop
   * between them, so a bot can keep answering ("still loading") while a large story is indexed.
   */
  static async build(init: StoryInit, options: BuildOptions = {}): Promise<Story> {
    const story = new Story(init, BUILDING);
    if (story.builtIndex) return story;
    const sliceMs = options.sliceMs ?? 30;
    const builder = new IndexBuilder();
    let sliceStart = performance.now();
    for (const sentence of story.sentences) {
      builder.add(story.indexTermsOf(sentence));
      if ((sentence.index & 1023) === 1023 && performance.now() - sliceStart > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    story.builtIndex = builder.build();
    return story;
  }

  /**
   * Takes an index built elsewhere for these same sentences (an analysis worker receives the one the search
   * worker built) unless one is already built.
   */
  useIndex(index: InvertedIndex): void {
    if (index.docCount !== this.sentences.length) throw new Error(`an index of ${index.docCount} sentences does not fit story ${this.name} (${this.sentences.length})`);
    this.builtIndex ??= index;
  }

  get index(): InvertedIndex {
    if (!this.builtIndex && this.indexOnUse) this.builtIndex = InvertedIndex.fromTerms(this.sentences.map((s) => this.indexTermsOf(s)));
    if (!this.builtIndex) throw new Error('the story is still being indexed');
    return this.builtIndex;
  }

  article(file: string): Article {
    const article = this.byFile.get(file);
    if (!article) throw new Error(`no article ${file} in story ${this.name}`);
    return article;
  }

  /** The stemmed index terms of a sentence. */
  termsOf(sentence: Sentence): readonly string[] {
    return (this.sentenceTerms[sentence.index] ??= terms(sentence.text));
  }

  /** The terms a sentence is indexed under: its own, plus names carried over when it opens with a pronoun. */
  indexTermsOf(sentence: Sentence): readonly string[] {
    const cached = this.searchTerms[sentence.index];
    if (cached) return cached;
    const own = this.termsOf(sentence) as string[];
    return (this.searchTerms[sentence.index] = withContext(sentence, this.sentences[sentence.index - 1], own));
  }

  /** A citation for a sentence, or for a part of it (`text`). */
  cite(sentence: Sentence, text: string = sentence.text): Citation {
    const article = this.article(sentence.file);
    return {
      file: article.file,
      title: article.displayTitle,
      outlet: article.meta.outlet ?? null,
      published: article.meta.published ?? null,
      ...(article.meta.url ? { url: article.meta.url } : {}),
      ...(article.title ? {} : { untitled: true }),
      paragraph: sentence.paragraph,
      sentence: sentence.sentence,
      text,
    };
  }
}

const OPENING_PRONOUN = /^["“‘']?(?:he|she|they|his|her|their|him|them)\b/i;

/**
 * "He laughed and said: …" says nothing searchable about who "he" is. A sentence that opens with a
 * personal pronoun is also indexed under the person-like names of the sentence before it in the same
 * article: the last two words of each run of capitalised words ("Director of National Intelligence Dan
 * Coats" gives "Dan Coats"), skipping runs after "the" ("the Aspen Security Forum" is a place, not a person).
 */
export function withContext(sentence: Sentence, previous: Sentence | undefined, own: string[]): string[] {
  if (!previous || previous.file !== sentence.file || !OPENING_PRONOUN.test(sentence.text)) return own;
  return [...own, ...terms(personLikeNames(previous.text).join(' '))];
}

const CAPITALISED_RUN = /(?:^|(?<before>\S+)\s+)(?<run>(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*)/gu;

export function personLikeNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const before = match.groups!.before;
    const words = match.groups!.run.split(/\s+/);
    if (before && /^the$/i.test(before)) continue;
    if (match.index === 0 && !before && words.length === 1) continue;
    if (words.length < 2) continue;
    names.push(words.slice(-2).join(' '));
  }
  return names;
}
