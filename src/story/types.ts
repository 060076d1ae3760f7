/** Plain data describing a loaded story. Nothing here imports discord.js or does I/O. */

/** What is known about an article from its front matter or the story manifest. Every field optional. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  author?: string;
  /** Publication date as YYYY-MM-DD. */
  published?: string;
  url?: string;
}

/** One sentence of an article, the unit of search and citation. */
export interface Sentence {
  /** Stable id: `${file}#p${paragraph}s${sentence}` (1-based numbers). */
  id: string;
  file: string;
  /** 1-based paragraph number within the article body. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  text: string;
  /** Position in Story.sentences. */
  index: number;
}

/** An embedded social-media post whose account line ("Name@handle") preceded it. */
export interface EmbeddedPost {
  name: string;
  handle: string;
}

export interface Paragraph {
  /** 1-based. */
  number: number;
  text: string;
  sentences: Sentence[];
  /** Set when the paragraph is the body of an embedded post. */
  embeddedPost?: EmbeddedPost;
}

export interface Article {
  file: string;
  meta: ArticleMeta;
  /** Title from metadata, else a headline found in the text; undefined when there is none. */
  title?: string;
  /** What to show for the article: title, else the first sentence. */
  displayTitle: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: number;
  /** Lines removed as boilerplate (share buttons, image credits, …), for diagnostics. */
  removed: string[];
}

export interface LoadWarning {
  file: string;
  reason: string;
}

/** A citation: which article, which paragraph and sentence, the exact text. */
export interface Citation {
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url?: string;
  /** The article has no headline: `title` is its first sentence. */
  untitled?: boolean;
  paragraph: number;
  sentence: number;
  text: string;
}
