/**
 * Ordinary news articles at any size, for the load-and-analysis benchmarks: Brown corpus sentences (see
 * brownCorpus.ts) interleaved with what news copy adds and the analyses work on: quotes attributed to named
 * people with roles (full name first, surname after; surnames shared by several people, as in a long story's
 * archive), organisations that speak, and dates (weekdays, days of months, years). Seeded: the same text
 * every run.
 */
import { brownCorpus, random } from './brownCorpus.ts';

const FIRST = ['Jane', 'John', 'Maria', 'Ahmed', 'Li', 'Olga', 'Pedro', 'Amara', 'Tomasz', 'Ruth', 'Kenji', 'Fatima', 'Liam', 'Chloe', 'Ravi', 'Ines'];
const LAST = ['Doe', 'Okoro', 'Varga', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Kowalski', 'Adebayo', 'Brennan', 'Castelo', 'Nguyen', 'Petrov', 'Silva', 'Oyelowo', 'Achterberg'];
const ROLES = ['Mayor', 'Councillor', 'Inspector', 'Professor', 'Senator', 'Dr'];
const ORGS = ['the City Council', 'the Harbour Authority', 'Northfield Water', 'the Transport Union', 'Oxbridge Semiconductor', 'the State Health Department'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'explained'];

/** `count` articles of about `sentences` sentences each. */
export function newsArticles(count: number, sentences = 38, seed = 11): string[] {
  const brown = brownCorpus(Math.ceil(count * sentences * 0.6), seed);
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let b = 0;
  const articles: string[] = [];
  for (let a = 0; a < count; a++) {
    // Each article has its own cast: people drawn from a large pool whose surnames repeat.
    const cast = Array.from({ length: 3 }, () => ({ first: `${pick(FIRST)}${a % 37 ? '' : 'a'}`, last: `${pick(LAST)}${Math.floor(next() * (count / 4 + 1)) || ''}`, role: pick(ROLES) }));
    const year = 2000 + (a % 25);
    const lines = [`# ${brown[b++ % brown.length].slice(0, 80)}`, '', `By ${pick(FIRST)} ${pick(LAST)}`, `${pick(MONTHS)} ${1 + (a % 28)}, ${year}`, ''];
    const introduced = new Set<number>();
    for (let s = 0; s < sentences; ) {
      const paragraph: string[] = [];
      for (let k = 0; k < 3 && s < sentences; k++, s++) {
        const roll = next();
        if (roll < 0.25) {
          const who = Math.floor(next() * cast.length);
          const person = cast[who];
          const name = introduced.has(who) ? person.last : `${person.role} ${person.first} ${person.last}`;
          introduced.add(who);
          paragraph.push(`"${brown[b++ % brown.length].replace(/[.?!]$/, '')}," ${name} ${pick(VERBS)} on ${pick(DAYS)}.`);
        } else if (roll < 0.35) {
          paragraph.push(`${pick(ORGS)[0].toUpperCase()}${pick(ORGS).slice(1)} said in a statement on ${pick(MONTHS)} ${1 + Math.floor(next() * 28)} that ${brown[b++ % brown.length].replace(/^\w/, (c) => c.toLowerCase())}`);
        } else if (roll < 0.42) {
          paragraph.push(`On ${pick(DAYS)}, ${brown[b++ % brown.length].replace(/^\w/, (c) => c.toLowerCase())}`);
        } else if (roll < 0.46) {
          paragraph.push(`He said it would happen by ${pick(MONTHS)} ${year + 1}.`);
        } else paragraph.push(brown[b++ % brown.length]);
      }
      lines.push(paragraph.join(' '), '');
    }
    articles.push(lines.join('\n'));
  }
  return articles;
}
