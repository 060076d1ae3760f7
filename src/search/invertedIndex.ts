import { terms as textTerms } from './tokenize.ts';

/**
 * A TF-IDF inverted index over documents (sentences), in flat typed arrays.
 *
 * Weights follow natural's TfIdf: tf × idf with idf = 1 + ln(N / (1 + df)), divided by √(terms in the
 * document) so a long sentence does not win by length alone. Postings are stored CSR-style: for term t,
 * docs[offsets[t] .. offsets[t+1]] (ascending) with their precomputed weights. Scoring a query touches
 * only the postings of its terms, accumulating into a reused score array; the top k are kept in a
 * bounded heap (no sort of all matches), ties broken by document order.
 */
export interface SearchHit {
  doc: number;
  score: number;
}

export interface IndexData {
  vocabulary: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float32Array;
  docCount: number;
}

/** Per-query scratch space, sized to the corpus and reused (one query at a time: JS is single-threaded). */
interface Scratch {
  scores: Float32Array;
  seen: Uint8Array;
  touched: Uint32Array;
}

/** A term's weight: the smoothed inverse document frequency natural's TF-IDF uses (one formula for the index and the timeline). */
export function idfOf(docCount: number, documentFrequency: number): number {
  return 1 + Math.log(docCount / (1 + documentFrequency));
}

export class InvertedIndex {
  readonly docCount: number;
  private readonly termIds: Map<string, number>;
  private readonly vocabulary: string[];
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly weights: Float32Array;
  private scratch: Scratch | undefined;
  private heap: TopK | undefined;

  constructor(data: IndexData) {
    this.docCount = data.docCount;
    this.vocabulary = data.vocabulary;
    const termIds = new Map<string, number>();
    for (let i = 0; i < data.vocabulary.length; i++) termIds.set(data.vocabulary[i], i);
    this.termIds = termIds;
    this.offsets = data.offsets;
    this.docs = data.docs;
    this.weights = data.weights;
  }

  /** Builds the index from each document's terms (already tokenised and stemmed). */
  static fromTerms(documents: Iterable<readonly string[]>): InvertedIndex {
    const builder = new IndexBuilder();
    for (const docTerms of documents) builder.add(docTerms);
    return builder.build();
  }

  /** Builds the index from raw texts. */
  static fromTexts(texts: Iterable<string>): InvertedIndex {
    function* termsOf() {
      for (const text of texts) yield textTerms(text);
    }
    return InvertedIndex.fromTerms(termsOf());
  }

  toData(): IndexData {
    return { vocabulary: this.vocabulary, offsets: this.offsets, docs: this.docs, weights: this.weights, docCount: this.docCount };
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Number of documents containing the (stemmed) term. */
  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1] - this.offsets[id];
  }

  /** natural's idf for a stemmed term. */
  idf(term: string): number {
    return idfOf(this.docCount, this.documentFrequency(term));
  }

  /** The k best documents for stemmed query terms, best first; ties go to the earlier document. */
  searchTerms(queryTerms: readonly string[], k: number, accept?: (doc: number) => boolean): SearchHit[] {
    const ids: number[] = [];
    for (const term of new Set(queryTerms)) {
      const id = this.termIds.get(term);
      if (id !== undefined) ids.push(id);
    }
    if (!ids.length || !(k > 0)) return [];
    const { scores, seen, touched } = (this.scratch ??= {
      scores: new Float32Array(this.docCount),
      seen: new Uint8Array(this.docCount),
      touched: new Uint32Array(this.docCount),
    });
    const { docs, weights, offsets } = this;
    let count = 0;
    for (const id of ids) {
      for (let p = offsets[id], end = offsets[id + 1]; p < end; p++) {
        const d = docs[p];
        if (seen[d] === 0) {
          seen[d] = 1;
          scores[d] = weights[p];
          touched[count++] = d;
        } else {
          scores[d] += weights[p];
        }
      }
    }
    const heap = (this.heap ??= new TopK()).reset(Math.min(k, count));
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      seen[d] = 0;
      if (heap.beats(d, scores[d]) && (!accept || accept(d))) heap.offer(d, scores[d]);
    }
    return heap.sorted();
  }

  search(query: string, k: number, accept?: (doc: number) => boolean): SearchHit[] {
    return this.searchTerms(textTerms(query), k, accept);
  }
}

function grow<T extends Uint32Array>(array: T, atLeast: number): T {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/**
 * Builds an index one document at a time, so a caller can feed a large story in chunks and let the
 * event loop breathe in between. Pass 1 (add) records each document's term ids end to end, document
 * starts and document frequencies; pass 2 (build) groups postings by term (CSR), documents ascending
 * within a term, weights precomputed.
 */
export class IndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  private flat = new Uint32Array(1 << 16);
  private flatLength = 0;
  private docStarts = new Uint32Array(1 << 12);
  private df = new Uint32Array(1 << 12);
  /** The last document (+1) that counted towards df[t]. */
  private lastDoc = new Uint32Array(1 << 12);
  private docCount = 0;
  private longest = 0;

  get documents(): number {
    return this.docCount;
  }

  add(docTerms: readonly string[]): void {
    const { termIds, vocabulary } = this;
    const length = docTerms.length;
    if (this.flatLength + length > this.flat.length) this.flat = grow(this.flat, this.flatLength + length);
    const flat = this.flat;
    const docNumber = this.docCount + 1;
    for (let i = 0; i < length; i++) {
      const term = docTerms[i];
      let id = termIds.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        termIds.set(term, id);
        vocabulary.push(term);
        if (id === this.df.length) {
          this.df = grow(this.df, id + 1);
          this.lastDoc = grow(this.lastDoc, id + 1);
        }
      }
      if (this.lastDoc[id] !== docNumber) {
        this.lastDoc[id] = docNumber;
        this.df[id]++;
      }
      flat[this.flatLength++] = id;
    }
    if (length > this.longest) this.longest = length;
    this.docCount++;
    if (this.docCount === this.docStarts.length) this.docStarts = grow(this.docStarts, this.docCount + 1);
    this.docStarts[this.docCount] = this.flatLength;
  }

  build(): InvertedIndex {
    const { vocabulary, df, flat, docStarts, docCount } = this;
    const termCount = vocabulary.length;
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + df[t];
    const postings = offsets[termCount];
    const docs = new Uint32Array(postings);
    const weights = new Float32Array(postings);
    const cursor = offsets.slice(0, termCount);
    const idf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) idf[t] = idfOf(docCount, df[t]);
    const tf = new Uint32Array(termCount);
    const distinct = new Uint32Array(this.longest);
    for (let d = 0; d < docCount; d++) {
      const start = docStarts[d];
      const end = docStarts[d + 1];
      if (end === start) continue;
      let n = 0;
      for (let i = start; i < end; i++) {
        const t = flat[i];
        if (tf[t]++ === 0) distinct[n++] = t;
      }
      const norm = Math.sqrt(end - start);
      for (let j = 0; j < n; j++) {
        const t = distinct[j];
        const at = cursor[t]++;
        docs[at] = d;
        weights[at] = (tf[t] * idf[t]) / norm;
        tf[t] = 0;
      }
    }
    return new InvertedIndex({ vocabulary, offsets, docs, weights, docCount });
  }
}

/** A bounded min-heap keeping the k best (score desc, doc asc), in typed arrays. */
class TopK {
  private docs = new Uint32Array(64);
  private scores = new Float64Array(64);
  private size = 0;
  private k = 0;

  /** Empties the heap for a new query keeping the k best; the arrays are reused. */
  reset(k: number): this {
    if (k > this.docs.length) {
      this.docs = new Uint32Array(k);
      this.scores = new Float64Array(k);
    }
    this.k = k;
    this.size = 0;
    return this;
  }

  /** Whether a document with this score would enter the heap. */
  beats(doc: number, score: number): boolean {
    if (this.size < this.k) return true;
    const root = this.scores[0];
    return score > root || (score === root && doc < this.docs[0]);
  }

  /** Adds a document that beats() the heap. */
  offer(doc: number, score: number): void {
    const { docs, scores } = this;
    let i: number;
    if (this.size < this.k) {
      // Sift up from the end.
      i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const ps = scores[parent];
        if (!(score < ps || (score === ps && doc > docs[parent]))) break;
        docs[i] = docs[parent];
        scores[i] = ps;
        i = parent;
      }
    } else {
      // Replace the root and sift down.
      i = 0;
      const n = this.size;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let m = l;
        if (r < n && (scores[r] < scores[l] || (scores[r] === scores[l] && docs[r] > docs[l]))) m = r;
        const ms = scores[m];
        if (!(ms < score || (ms === score && docs[m] > doc))) break;
        docs[i] = docs[m];
        scores[i] = ms;
        i = m;
      }
    }
    docs[i] = doc;
    scores[i] = score;
  }

  sorted(): SearchHit[] {
    const hits: SearchHit[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) hits[i] = { doc: this.docs[i], score: this.scores[i] };
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
