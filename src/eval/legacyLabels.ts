/**
 * The labels of the older test fixtures, read into the labels.json shape so that one scorer scores them:
 * quotes-*\/expected.json ({ labels: [{ file, paragraph?, words, speaker }] (the paragraph is not read), unattributed?: [{ file, words }] },
 * "anonymous" for an unnamed source), dates-*\/expected.json ({ mentions: [{ file, expression, start, end,
 * granularity, label?, unresolved? }], notDates: [words] }, each expression unique in its article) and
 * ask-*\/questions.json ({ questions: [[question, fragment or fragments]] }). Kept as they were written (blind,
 * before the code ran) rather than rewritten.
 */
type Field = Record<string, unknown>;

const isObject = (x: unknown): x is Field => Boolean(x) && typeof x === 'object' && !Array.isArray(x);

/** An old quote label ({ file, paragraph?, words, speaker }, "anonymous" for an unnamed source) as a labels.json one. */
export function legacyQuoteLabel<T extends { speaker: string }>(label: T): Omit<T, 'speaker'> & { speaker?: string; unnamed?: string } {
  const { speaker, ...rest } = label;
  return speaker === 'anonymous' ? { ...rest, unnamed: 'an unnamed source' } : { ...rest, speaker };
}

function quoteLabels(expected: Field): unknown[] {
  const labels = Array.isArray(expected.labels) ? expected.labels : [];
  const quotes: unknown[] = labels.map((l) => {
    if (!isObject(l) || typeof l.speaker !== 'string') return l;
    // The paragraph numbers were written before the loader dropped more page furniture: the words find it.
    const { paragraph: _paragraph, ...rest } = l;
    return legacyQuoteLabel(rest as Field & { speaker: string });
  });
  // Documents, signs and notices nobody may be given (strings there are notes, not labels).
  if (Array.isArray(expected.unattributed)) for (const u of expected.unattributed) if (isObject(u)) quotes.push({ ...u, unattributed: true });
  return quotes;
}

function dateLabels(expected: Field): unknown[] {
  const mentions = Array.isArray(expected.mentions) ? expected.mentions : [];
  // The expression is unique in its article: it is its own sentence's words.
  return mentions.map((m) => (isObject(m) && typeof m.expression === 'string' ? { ...m, words: m.expression } : m));
}

function questionLabels(questions: Field): unknown[] {
  return (Array.isArray(questions.questions) ? questions.questions : []).map((q) =>
    Array.isArray(q) && q.length === 2 ? { question: q[0], answers: Array.isArray(q[1]) ? q[1] : [q[1]] } : q,
  );
}

/** The labels.json object the old files hold, or undefined when neither is in a shape it knows. */
export function legacyLabels(files: { expected?: unknown; questions?: unknown }): Field | undefined {
  const expected = isObject(files.expected) ? files.expected : {};
  const questions = isObject(files.questions) ? files.questions : {};
  const out: Field = {};
  if (Array.isArray(expected.labels)) out.quotes = quoteLabels(expected);
  if (Array.isArray(expected.mentions)) {
    out.dates = dateLabels(expected);
    if (Array.isArray(expected.notDates)) out.notDates = expected.notDates;
  }
  if (Array.isArray(questions.questions)) out.questions = questionLabels(questions);
  return Object.keys(out).length ? out : undefined;
}
