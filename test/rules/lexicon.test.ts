/** The vocabulary is listed once: no word twice in a table or in two tables, and no two tables disagree. */
import { describe, expect, it } from 'vitest';
import { GENDER_TELLERS, LEXICON_TABLES, SHARED_WORDS, WORD_LISTS } from '../../src/analysis/lexicon/index.ts';
import { SPEAKER_WORDS } from '../../src/analysis/lexicon/speakerWords.ts';
import { COUNT_NOUNS, GROUP_WORDS, SOURCE_ALONE } from '../../src/analysis/lexicon/wordGroups.ts';
import { SPEECH_VERBS } from '../../src/analysis/lexicon/speechVerbs.ts';

const key = (w: string): string => w.toLowerCase();

describe('lexicon', () => {
  it('lists no word twice in one table', () => {
    const twice = LEXICON_TABLES.flatMap((t) => t.words.filter((w, i) => t.words.findIndex((x) => key(x) === key(w)) !== i).map((w) => `${t.name}: ${w}`));
    expect(twice).toEqual([]);
  });
  it('lists no word in two tables, unless it is a declared shared word', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const table of LEXICON_TABLES) {
      for (const word of table.words) {
        const other = seen.get(key(word));
        const shared = SHARED_WORDS.some((s) => key(s.word) === key(word) && s.tables.includes(table.name) && other && s.tables.includes(other));
        if (other && other !== table.name && !shared) clashes.push(`${word}: ${other} and ${table.name}`);
        seen.set(key(word), table.name);
      }
    }
    expect(clashes).toEqual([]);
  });
  it('reads a subject made of one plural only from unnamed-source nouns', () => {
    const forms = new Set(GROUP_WORDS.filter((w) => w.group === 'unnamedSource').flatMap((w) => w.forms ?? [w.word]));
    expect(SOURCE_ALONE.filter((w) => !forms.has(w))).toEqual([]);
  });
  it('marks words of other tables (speaker words, word groups, count nouns) only where those tables list them', () => {
    const tables = new Map(LEXICON_TABLES.map((t) => [t.name, new Set(t.words.map(key))]));
    const missing = [...SPEAKER_WORDS, ...GROUP_WORDS, ...COUNT_NOUNS].filter((w) => w.listedIn && !tables.get(w.listedIn)?.has(key(w.word))).map((w) => `${w.word} (${w.listedIn})`);
    expect(missing).toEqual([]);
  });
  it('never gives one word two genders', () => {
    const gender = new Map<string, { table: string; gender: string | null }>();
    const disagree: string[] = [];
    for (const teller of GENDER_TELLERS) {
      for (const row of teller.rows) {
        const before = gender.get(key(row.word));
        if (before && before.gender !== row.gender) disagree.push(`${row.word}: ${before.table} ${before.gender}, ${teller.table} ${row.gender}`);
        gender.set(key(row.word), { table: teller.table, gender: row.gender });
      }
    }
    expect(disagree).toEqual([]);
  });
  it('gives no two speech verbs the same form', () => {
    const forms = SPEECH_VERBS.flatMap((v) => [v.third, v.past, v.ing, ...(v.also ?? [])].filter((f): f is string => f !== null).map((f) => `${f}/${v.base}`));
    const byForm = new Map<string, string[]>();
    for (const f of forms) byForm.set(f.split('/')[0], [...(byForm.get(f.split('/')[0]) ?? []), f.split('/')[1]]);
    expect([...byForm].filter(([, bases]) => bases.length > 1)).toEqual([]);
  });
  it('derives non-empty word lists', () => {
    expect(Object.entries(WORD_LISTS).filter(([, list]) => !list.length).map(([name]) => name)).toEqual([]);
    expect(WORD_LISTS.speechVerb).toContain('said');
    expect(WORD_LISTS.speechVerb).not.toContain('asked');
    expect(WORD_LISTS.speechVerbAdjacent).toContain('asked');
  });
});
