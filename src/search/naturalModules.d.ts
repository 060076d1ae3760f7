declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string; tokenizeAndStem(text: string): string[] };
  export default stemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    constructor();
    addDocument(doc: string[] | string, key?: unknown): void;
    idf(term: string, force?: boolean): number;
    tfidf(terms: string | string[], index: number): number;
    tfidfs(terms: string | string[], cb?: (i: number, measure: number, key?: unknown) => void): number[];
    documents: Record<string, number>[];
  }
  export default TfIdf;
}
