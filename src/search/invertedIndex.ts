import { terms as textTerms } from './tokenize.ts';

/**
 * A TF-IDF inverted index over documents (sentences), in flat typed arrays.
 *
 * Weights follow natural's TfIdf: tf × idf with idf = 1 + ln(N / (1 + df)), divided by √(terms in the
 * document) so a long sentence does not win by length alone. Postings are stored CSR-style: for term t,
 * docs[offsets[t] .. offsets[t+1]] with their weights. Scoring a query touches only the postings of its
 * terms; the top k are kept in a small heap, ties broken by document order.
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

export class InvertedIndex {
  readonly docCount: number;
  private readonly termIds: Map<string, number>;
  private readonly vocabulary: string[];
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly weights: Float32Array;
  private scores: Float32Array;
  private seen: Uint8Array;

  constructor(data: IndexData) {
    this.docCount = data.docCount;
    this.vocabulary = data.vocabulary;
    this.termIds = new Map(data.vocabulary.map((t, i) => [t, i]));
    this.offsets = data.offsets;
    this.docs = data.docs;
    this.weights = data.weights;
    this.scores = new Float32Array(data.docCount);
    this.seen = new Uint8Array(data.docCount);
  }

  /** Builds the index from each document's terms (already tokenised and stemmed). */
  static fromTerms(documents: Iterable<string[]>): InvertedIndex {
    const termIds = new Map<string, number>();
    const vocabulary: string[] = [];
    let flat = new Uint32Array(1 << 16);
    let flatLength = 0;
    const docStarts: number[] = [0];
    const df: number[] = [];
    const stamp: number[] = [];
    let docCount = 0;
    for (const docTerms of documents) {
      for (const term of docTerms) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = vocabulary.length;
          termIds.set(term, id);
          vocabulary.push(term);
          df.push(0);
          stamp.push(-1);
        }
        if (stamp[id] !== docCount) {
          stamp[id] = docCount;
          df[id]++;
        }
        if (flatLength === flat.length) {
          const bigger = new Uint32Array(flat.length * 2);
          bigger.set(flat);
          flat = bigger;
        }
        flat[flatLength++] = id;
      }
      docStarts.push(flatLength);
      docCount++;
    }
    const termCount = vocabulary.length;
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + df[t];
    const postings = offsets[termCount];
    const docs = new Uint32Array(postings);
    const weights = new Float32Array(postings);
    const cursor = offsets.slice(0, termCount);
    const idf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) idf[t] = 1 + Math.log(docCount / (1 + df[t]));
    const counts = new Map<number, number>();
    for (let d = 0; d < docCount; d++) {
      const start = docStarts[d];
      const end = docStarts[d + 1];
      if (end === start) continue;
      counts.clear();
      for (let i = start; i < end; i++) counts.set(flat[i], (counts.get(flat[i]) ?? 0) + 1);
      const norm = Math.sqrt(end - start);
      for (const [t, tf] of counts) {
        const at = cursor[t]++;
        docs[at] = d;
        weights[at] = (tf * idf[t]) / norm;
      }
    }
    return new InvertedIndex({ vocabulary, offsets, docs, weights, docCount });
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
    return 1 + Math.log(this.docCount / (1 + this.documentFrequency(term)));
  }

  /** The k best documents for stemmed query terms, best first; ties go to the earlier document. */
  searchTerms(queryTerms: string[], k: number, accept?: (doc: number) => boolean): SearchHit[] {
    const ids: number[] = [];
    for (const term of new Set(queryTerms)) {
      const id = this.termIds.get(term);
      if (id !== undefined) ids.push(id);
    }
    if (!ids.length || k <= 0) return [];
    const { scores, seen, docs, weights, offsets } = this;
    const touched: number[] = [];
    for (const id of ids) {
      for (let p = offsets[id], end = offsets[id + 1]; p < end; p++) {
        const d = docs[p];
        if (!seen[d]) {
          seen[d] = 1;
          scores[d] = 0;
          touched.push(d);
        }
        scores[d] += weights[p];
      }
    }
    const heap = new TopK(k);
    for (const d of touched) {
      seen[d] = 0;
      if (accept && !accept(d)) continue;
      heap.offer(d, scores[d]);
    }
    return heap.sorted();
  }

  search(query: string, k: number, accept?: (doc: number) => boolean): SearchHit[] {
    return this.searchTerms(textTerms(query), k, accept);
  }
}

/** A bounded min-heap keeping the k best (score desc, doc asc). */
class TopK {
  private docs: number[] = [];
  private scores: number[] = [];
  constructor(private readonly k: number) {}

  /** true when a is worse than b. */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i];
    const b = this.scores[j];
    return a < b || (a === b && this.docs[i] > this.docs[j]);
  }

  offer(doc: number, score: number): void {
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(this.docs.length - 1);
      return;
    }
    const rootScore = this.scores[0];
    if (score < rootScore || (score === rootScore && doc > this.docs[0])) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    this.down(0);
  }

  private swap(i: number, j: number) {
    [this.docs[i], this.docs[j]] = [this.docs[j], this.docs[i]];
    [this.scores[i], this.scores[j]] = [this.scores[j], this.scores[i]];
  }

  private up(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number) {
    const n = this.docs.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): SearchHit[] {
    const hits = this.docs.map((doc, i) => ({ doc, score: this.scores[i] }));
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
