/** Bylines and the names in them: "By Jane Doe, The Ledger", "Jane Doe | Reuters", job titles, people's names. */
import { words } from '../analysis/lexicon/index.ts';
import { alternation } from '../analysis/rules/pattern.ts';
import { isDateLine } from './dateLines.ts';
import type { CleanLine } from './markup.ts';
import { MASTHEAD_WORD } from './outletNames.ts';

export interface Byline {
  author: string;
  outlet?: string;
}

/** Words that name a job rather than an outlet: "Staff Writer", "Transport Correspondent". */
/** The desk that may close an outlet's name: "NBC News Politics", "The Ledger Staff". */
const DESK_OF_OUTLET = new RegExp(`\\s+(?:politics|news desk|${alternation(words('deskOfOutlet'))})$`, 'i');
const ROLE = new RegExp(`\\b${alternation(words('bylineJob'))}s?\\b`, 'i');
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PERSON = new RegExp(`^(?:${NAME_WORD}\\s+){1,3}${NAME_WORD}$`, 'u');

const US_STATE = /^(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;

/** "MARTA KELLNER" → "Marta Kellner"; names already in mixed case are kept. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(?<sep>^|[\s'’-])(?<letter>\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function readAuthorsAndOutlet(rest: string): Byline | undefined {
  const separator = /\s*(?:,|\||—|–|•|·|\s-\s|\sfor\s|\swith\s)\s*/.exec(rest);
  let names = separator ? rest.slice(0, separator.index) : rest;
  let outletText = separator ? rest.slice(separator.index + separator[0].length).trim() : undefined;
  // "Ana Ruiz, Tom Li and Sam Roe": more names after the comma belong to the authors.
  while (outletText && separator?.[0].trim() === ',') {
    const more = /^(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)(?:\s*(?:,|\s(?:and|&)\s)\s*|$)/u.exec(outletText);
    if (!more || !/\s(?:and|&)\s/.test(outletText) || ROLE.test(more.groups!.name)) break;
    names += ' and ' + more.groups!.name;
    outletText = outletText.slice(more[0].length).trim() || undefined;
  }
  const authors = names
    .split(/\s+(?:and|&)\s+|\s*,\s*/)
    .map((n) => n.replace(/\s*\((?:now|earlier|later|previously|before)\)\s*$/i, '').trim())
    .filter(Boolean);
  if (!authors.length || !authors.every((n) => PERSON.test(n))) return undefined;
  // "with NBC News Politics" names the outlet and its desk; "Transport Correspondent" is a job, not an outlet.
  const desk = outletText?.replace(DESK_OF_OUTLET, '');
  let outlet = desk;
  if (outlet && (!/^\p{Lu}/u.test(outlet) || outlet.split(/\s+/).length > 6 || ROLE.test(outlet) || /[.!?]$/.test(outlet))) outlet = undefined;
  if (outlet && desk !== outletText && desk!.split(/\s+/).length === 1 && !/^\p{Lu}{2,}$/u.test(desk!)) outlet = undefined;
  // "Orrin Falls, MN" is a town and its state, not a person and an outlet.
  if (outletText && US_STATE.test(outletText)) return undefined;
  return { author: authors.map(nameCase).join(' and '), outlet: outlet || undefined };
}

/**
 * A byline: "By Jane Doe with NBC News Politics", "By JANE DOE and JOHN ROE", "Written by Jane Doe | The
 * Ledger". Without a leading "By", see parseBareByline.
 */
export function parseByline(line: string): Byline | undefined {
  // A byline opens with "By" or with a word that leads to it (a contact address before it aside): other lines
  // are spared the splitting and rewriting below.
  if (!line.includes('@') && !BYLINE_OPENING.test(line)) return undefined;
  const text = withoutContact(line)
    // "Story by Jane Doe • 2h": an aggregator's byline with the story's age after a bullet.
    .split(/\s+[•·]\s+/)
    .filter((part, k) => k === 0 || !isDateLine(part))
    .join(' • ')
    // "Posted on 19 November 2025 by Jane Doe": the date before the name.
    .replace(/^(?:posted|published|written)\s+(?:on\s+)?(?<date>[^.!?]{4,40}?)\s+(?<by>by\s)/i, (whole, date: string, by: string) => (isDateLine(date) ? by : whole));
  if (text.length > 120 || !/^(?:(?:written|words|story|text|posted|reported) )?by\s/i.test(text) || /[.!?]["”]?$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  return readAuthorsAndOutlet(text.replace(/^(?:(?:written|words|story|text|posted|reported) )?by\s+/i, '').replace(/^:\s*/, ''));
}

/** How a byline's line can open: "By", a word before "by" ("Written by"), or a date line's word before the date ("Posted on …"). */
const BYLINE_OPENING = /^\s*(?:by|written|words|story|text|posted|reported|published)/i;

/**
 * A byline without "By", as pages print it under a headline: "Jane Doe, Staff Writer", "Jane Doe, CNN",
 * "Jane Doe | Reuters", "Jane Doe (now) and John Roe (earlier)". A bare name is not enough: it needs
 * an outlet or role after it, or a live-blog "(now)" marker.
 */
export function parseBareByline(line: string): Byline | undefined {
  const text = withoutContact(line);
  if (text.length > 100 || /[.!?:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  const marked = /\((?:now|earlier)\)/i.test(text);
  const separated = /^[^,|—–]+(?:,|\||—|–)\s*\S/.exec(text);
  if (!marked && !separated) return nameWithRole(text);
  if (marked && !separated) return readAuthorsAndOutlet(text);
  const byline = readAuthorsAndOutlet(text);
  if (!byline) return undefined;
  // "ASHGROVE COMETS | Official Club Site", "Valley Courier Live | Politics": a site's name, not a person.
  const name = text.split(/\s*(?:,|\||—|–|\()/)[0];
  if (name === name.toUpperCase() || MASTHEAD_WORD.test(name)) return undefined;
  const after = text.slice(separated![0].length - 1);
  // "Valmora, Estovia" is a place: what follows the name must be an outlet or a role.
  if (!byline.outlet && !ROLE.test(after) && !marked) return undefined;
  return byline;
}

/** A byline without its contact details: "By Jane Doe jdoe@paper.example" → "By Jane Doe". */
function withoutContact(line: string): string {
  // (Only a line with an @ can hold an address: the pattern is not tried at every word of the others.)
  return line.includes('@') ? line.replace(/\s*[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?/g, '').trim() : line.trim();
}

/** A person's name: two to four capitalised words, none of them a job or a masthead word. */
export function isPersonName(text: string): boolean {
  return PERSON.test(text) && !/^(?:the|a|an|this|our|my|your|by|from|with|for|and)\s/i.test(text) && text.split(/\s+/).length <= 4 && !ROLE.test(text) && !MASTHEAD_WORD.test(text) && text !== text.toUpperCase();
}

/** A job title on its own: "Journalist", "Health correspondent", "Staff Writer", "Editor, The Lakes Letter". */
export function isRoleLine(line: string): boolean {
  const text = line.trim();
  const role = text.split(/\s*,\s*/)[0];
  const words = role.split(/\s+/);
  return words.length <= 4 && ROLE.test(words[words.length - 1]) && !/[.!?]$/.test(text) && text.length <= 80;
}

/** "Nadia Petrakis Health correspondent": a name run into the job title that follows it. */
function nameWithRole(text: string): Byline | undefined {
  const words = text.split(/\s+/);
  if (words.length > 7 || !ROLE.test(words[words.length - 1])) return undefined;
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const name = words.slice(0, k).join(' ');
    const role = words.slice(k);
    if (role.length > 3 || !isPersonName(name)) continue;
    if (role.slice(1).every((w) => /^\p{Ll}/u.test(w) || ROLE.test(w))) return { author: nameCase(name) };
  }
  return undefined;
}

/** The byline a cleaned line gives: a link to a person's profile page, or a byline with or without "By". */
export function bylineOf(line: CleanLine): Byline | undefined {
  if (line.profile) return /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(line.profile) ? { author: line.profile } : undefined;
  return parseByline(line.text) ?? parseBareByline(line.text);
}
