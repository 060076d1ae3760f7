/**
 * Recognises lines of a web page that are not part of the story: share widgets, image captions and
 * credits, "more from this section" rails, update notices, cookie banners, newsletter boxes, wire
 * footers, tag lists, comment counts. Rules are about page furniture in general, never about one story.
 */

const WEATHER_WORDS = 'sunny|cloudy|partly|mostly|clear|rain|rainy|showers?|thunderstorms?|storms?|snow|fog|foggy|windy|overcast|likely|chance|of|and|light|heavy|fair|drizzle|sleet|hail|humid|breezy|hi|lo|high|low';

const SHARE_OR_NAV = [
  /^share\b.*\b(article|story|this|facebook|twitter|email|button)/i,
  /^(comments?|close button|advertisement|ad|sponsored( content)?|skip (to|navigation).*|print|email|whatsapp|facebook|twitter|linkedin|reddit)$/i,
  /^(more|also|related|recommended|trending|popular|latest|top stories)( stories| articles| news| coverage| from this section| in [\w ]+| on [\w ]+)?:?$/i,
  /^(read|see) (more|also|next)\b.{0,150}$/i,
  /^(related|read more|more|see also|also read|watch|listen|recommended)\s*:\s*\S.{0,200}$/i,
  /^(sign up|subscribe)\b.{0,80}$/i,
  /^(click here|follow us)\b.{0,80}$/i,
  /^this is a (breaking|developing) (news )?story\b.*$/i,
  /^(press release|news release|media release|for immediate release|embargoed( until)?|ends|-?\s?ends\s?-?)\b.{0,60}$/i,
  /^(this (story|article) (is developing|has been updated|will be updated))\b.*$/i,
  /^please (check|refresh) back\b.*$/i,
  /^(updated|published|posted|last updated):?\s.{0,60}\d.{0,30}$/i,
  // Advertising slots: "Advertisement · Scroll to continue", "ADVERTISEMENT - CONTINUE READING BELOW".
  /^(advertisement|sponsored|ad)\b[\s·•|:-]+.{0,40}$/i,
  // Cookie and consent banners.
  /^we (value|care about) your privacy\b/i,
  /^(we|this (web)?site|our (web)?site)\b.{0,120}\bcookies?\b/i,
  /\bcookies?\b.{0,200}\b(your (choices|preferences|consent|settings)|at any time)\b/i,
  /^(accept|reject|allow|decline)( all| cookies| all cookies)?$/i,
  /^(manage|cookie) (preferences|settings|options)\b/i,
  /\b(turn on|enable) javascript\b|\byour browser (does not|doesn't) support\b/i,
  // Newsletter boxes.
  /^.{0,80}\b(in|to) your inbox\b.{0,80}$/i,
  /^by (signing up|subscribing|clicking|registering|continuing)\b/i,
  /^(enter|type) your (email|e-mail)\b/i,
  /^thanks for reading\b.{0,200}$/i,
  // Wire and newsroom footers: credits, standards, contact boxes, transcript notices.
  /^((?:-{1,2}|—|–)\s*)?(\(?(additional )?(reporting|writing|editing|research|compiled|produced|graphics?) by\b.{0,200})$/i,
  /^our standards\b/i,
  /\ball rights reserved\b/i,
  /^(this (material|article|story) may not be (published|reproduced))\b/i,
  /^transcripts? (is|are|was|were) (created|produced|provided|generated|prepared)\b/i,
  /^(do you )?have a (news )?(story|tip)\b.{0,150}$/i,
  /^(contact|email|e-mail|reach) (us|our newsroom|the newsroom)\b.{0,150}$/i,
  /^(download|get) (the|our) .{0,40}\bapp\b.{0,40}$/i,
  /\b(is|are) not responsible for the content of external (sites|websites|links|internet sites)\b/i,
  /^related (internet|external) links$/i,
  /\b(purchase )?licensing rights\b/i,
  // Tag lists and comment counters.
  /^(suggested )?(topics|tags|filed under|categories|more about|related topics)\s*:/i,
  /^\d[\d,.]*k?\s+(comments?|shares?|replies|reactions)$/i,
  /^(comments?|replies|responses)\s*\(\d[\d,]*\)$/i,
  /^(sign|log) in to (comment|reply|read)\b/i,
  /^(sign|log) in\b.{0,80}\b(to (comment|reply|join|read)|the (discussion|conversation))\b/i,
  /^(\d+ )?min(ute)?s? read$/i,
  /^\d[\d,.]*k?\s+(followers?|following|claps?|likes?|views?|upvotes?|points?|votes?)$/i,
  // Wire desk notes: "((Corrects paragraph 3 to show …))", "((jane.doe@agency.com; +44 20 …))", keyword slugs.
  /^\(\(.{2,300}\)\)$/,
  /^(keywords|slugs?|topic codes?)\s*:/i,
  // Forum threads: sort menus, thread levels, vote share, removed comments, "more replies".
  /^sort by\b.{0,30}$/i,
  /^level \d{1,2}$/i,
  /^\d{1,3}% upvoted$/i,
  /^\[(deleted|removed)\]$/i,
  /^(load |view |show |see )?(more|all|\d+ more) (replies|comments)$/i,
  /^(posted|submitted|shared|asked) by\s+@[\w.-]+$/i,
  /^search( (in|jobs|the site|this site|our site|results)\b[^.!?]{0,40})?$/i,
  // Email newsletters: browser links, forwarding, subscription footers, issue numbers.
  /^(view|read|open)( this)?( email| newsletter| post| issue)? (in|on) (your |a |the )?(web )?(browser|web|website)\b.{0,30}$/i,
  /\bforward (this( email)? |it )?to a friend\b/i,
  /^was this (email |newsletter )?forwarded to you\b/i,
  /^(you('|’)re|you are) (receiving|getting) this\b/i,
  /^(unsubscribe|update (your )?preferences|manage (your )?subscription)\b.{0,80}$/i,
  /^.{0,80}\b(issue|edition|vol\.?|volume)\s?(#|no\.?\s?)?\d{1,5}$/i,
  // Machine-translation notices: "This page has been translated from Norwegian", "Show original".
  /^(this (page|article|story|text) (has been|was|is) (automatically |machine[- ])?translated)\b.{0,80}$/i,
  /^(show|see|view) (the )?original( text| article| language| version)?$/i,
  /^(turn off|disable|hide|undo) translation$/i,
  /^(\(?(machine[- ])?translated|translation) (by|from|powered by|with)\b.{0,80}$/i,
  /\btranslation (may|might|can|could) (contain|include|have) (errors|mistakes|inaccuracies)\b/i,
  // Press releases: distributor boxes and the end mark.
  /^news provided by\b.{0,60}$/i,
  /^(#{3}|-\s?30\s?-)$/,
  // Imprints and postal addresses in page footers.
  /\beditor[- ]in[- ]chief\s*:/i,
  /^[^.!?]{0,80}\b\d{1,5}\s+(\p{Lu}[\p{L}'’-]*\s+){1,3}(street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|square|plaza|place|court)\b\.?,[^.!?]{0,60}$/iu,
  // Weather widgets: "78°F Partly Cloudy", "Wed 84° / 65° Sunny", "81° / 62°".
  new RegExp(`^(?:(?:${'today|tonight|tomorrow|now|currently|hi|lo|high|low|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*'})\\s+){0,2}-?\\d{1,3}\\s?°\\s?[FC]?(?:\\s*[/|-]\\s*-?\\d{1,3}\\s?°\\s?[FC]?)?(?:\\s+(?:${WEATHER_WORDS}))*$`, 'i'),
  // Page numbers of a document pasted from a PDF: "Page 2 of 14", "- 3 -".
  /^page \d{1,4}( of \d{1,4})?$/i,
  /^[-–—]\s?\d{1,4}\s?[-–—]$/,
];

const IMAGE = [
  /^(image|photo|picture|video|graphic|caption|gallery)( \d+)?:/i,
  // "Image caption, Mochi was spotted …", "Image source, Getty Images".
  /^(image|photo|picture|video) (caption|source|credit)s?,\s/i,
  /\b(copyright|©|\(c\))\s/i,
  /\b(getty images|afp|reuters|associated press|shutterstock|ap photo|epa)\b.*\/|\/\s*(getty images|afp|reuters|ap|epa)\b/i,
  /^(photo|image|picture)s? (by|credit|courtesy)\b/i,
];

/** A caption ends with its credit: "… on Thursday. (Photo: A. Roe/The Ledger)", "… Credit: City Police". */
const CAPTION_CREDIT = [
  /\((photo|image|picture|video|credit|photograph)s?( by)?:?\s[^()]{2,80}\)\s*$/i,
  /(^|[.!?]["”’]?\s+)(photo|image|picture|credit|photograph|courtesy)s?( by)?:\s*\p{Lu}[^.!?]{1,80}$/iu,
  // "… from the ferry. Photo by the author." A credit without a colon closing a caption.
  /[.!?]["”’]?\s+(photo|image|picture|photograph)s? (by|courtesy of)\s[^.!?]{1,60}\.?$/iu,
  // An agency credit in capitals: "REUTERS/Anna Roe", "AP Photo/Jon Doe", "AFP via Getty Images".
  /\b(REUTERS|AFP|EPA|AP Photo|AP)\s?\/\s?\p{Lu}/u,
  /\b(via|for) getty images\b/i,
];

export type LineKind = 'text' | 'boilerplate' | 'byline' | 'post-account';

export interface Byline {
  author: string;
  outlet?: string;
}

/** Words that name a job rather than an outlet: "Staff Writer", "Transport Correspondent". */
const ROLE = /\b(staff|writer|reporter|correspondent|editor|contributor|columnist|producer|anchor|intern|critic|chief|freelancer?|journalist|photographer|analyst|desk)s?\b/i;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PERSON = new RegExp(`^(?:${NAME_WORD}\\s+){1,3}${NAME_WORD}$`, 'u');

const US_STATE = /^(A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/;

/** "MARTA KELLNER" → "Marta Kellner"; names already in mixed case are kept. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function readAuthorsAndOutlet(rest: string): Byline | undefined {
  const separator = /\s*(?:,|\||—|–|\s-\s|\sfor\s|\swith\s)\s*/.exec(rest);
  let names = separator ? rest.slice(0, separator.index) : rest;
  let outletText = separator ? rest.slice(separator.index + separator[0].length).trim() : undefined;
  // "Ana Ruiz, Tom Li and Sam Roe": more names after the comma belong to the authors.
  while (outletText && separator?.[0].trim() === ',') {
    const more = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)(?:\s*(,|\s(?:and|&)\s)\s*|$)/u.exec(outletText);
    if (!more || !/\s(and|&)\s/.test(outletText) || ROLE.test(more[1])) break;
    names += ' and ' + more[1];
    outletText = outletText.slice(more[0].length).trim() || undefined;
  }
  const authors = names
    .split(/\s+(?:and|&)\s+|\s*,\s*/)
    .map((n) => n.replace(/\s*\((now|earlier|later|previously|before)\)\s*$/i, '').trim())
    .filter(Boolean);
  if (!authors.length || !authors.every((n) => PERSON.test(n))) return undefined;
  // "with NBC News Politics" names the outlet and its desk; "Transport Correspondent" is a job, not an outlet.
  const desk = outletText?.replace(/\s+(politics|news desk|staff|contributor|correspondent)$/i, '');
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
  const text = withoutContact(line);
  if (text.length > 120 || !/^(?:(?:written|words|story|text|posted|reported) )?by\s/i.test(text) || /[.!?]["”]?$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  return readAuthorsAndOutlet(text.replace(/^(?:(?:written|words|story|text|posted|reported) )?by\s+/i, '').replace(/^:\s*/, ''));
}

/**
 * A byline without "By", as pages print it under a headline: "Jane Doe, Staff Writer", "Jane Doe, CNN",
 * "Jane Doe | Reuters", "Jane Doe (now) and John Roe (earlier)". A bare name is not enough: it needs
 * an outlet or role after it, or a live-blog "(now)" marker.
 */
export function parseBareByline(line: string): Byline | undefined {
  const text = withoutContact(line);
  if (text.length > 100 || /[.!?:]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  const marked = /\((now|earlier)\)/i.test(text);
  const separated = /^[^,|—–]+(,|\||—|–)\s*\S/.exec(text);
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
  return line.replace(/\s*[<(]?[\w.+-]+@[\w-]+(\.[\w-]+)+[>)]?/g, '').trim();
}

/** A person's name: two to four capitalised words, none of them a job or a masthead word. */
export function isPersonName(text: string): boolean {
  return PERSON.test(text) && !/^(the|a|an|this|our|my|your|by|from|with|for|and)\s/i.test(text) && text.split(/\s+/).length <= 4 && !ROLE.test(text) && !MASTHEAD_WORD.test(text) && text !== text.toUpperCase();
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

/** The outlet a line under a byline's name gives: "ABN News, Dunmere" → "ABN News". */
export function outletLine(line: string): string | undefined {
  const text = line.trim();
  return mastheadName(text.split(/\s*,\s*/)[0]);
}

/** "The Meridian - Back to homepage", "Skerrholm Tidende | Home": the site's name on its home link. */
export function siteNameOfHomeLink(line: string): string | undefined {
  const match = /^(\p{Lu}[\p{L}\p{N}&'’ .-]{1,50}?)\s*(?:-|–|—|\||:)\s*(?:back to )?(?:the )?home( ?page)?$/iu.exec(line.trim());
  return match?.[1].trim();
}

/** The organisation a press release names as its source: "SOURCE Marrow Vale Health Trust". */
export function releaseSource(line: string): string | undefined {
  const match = /^SOURCE:?\s+(\p{Lu}[\p{L}\p{N}&'’., -]{1,80})$/u.exec(line.trim());
  return match?.[1].trim().replace(/[.,]$/, '');
}

/** "Sarah Sanders@PressSec": the account line an embedded post starts with. */
const POST_ACCOUNT = /^((?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*)\s?@([A-Za-z0-9_]{1,30})(?:\s*[·•|-]\s*.*)?$/u;

export function parsePostAccount(line: string): { name: string; handle: string } | undefined {
  const match = POST_ACCOUNT.exec(line.trim());
  if (!match) return undefined;
  return { name: match[1].trim(), handle: match[2] };
}

export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (SHARE_OR_NAV.some((re) => re.test(text))) return true;
  // Captions and credits are short; a long sentence that mentions Reuters is reporting, not a credit.
  if (text.length <= 160 && IMAGE.some((re) => re.test(text))) return true;
  if (text.length <= 400 && CAPTION_CREDIT.some((re) => re.test(text))) return true;
  // A run-together widget label such as "Share this articleComments".
  if (/^share this (article|story)/i.test(text) && text.length < 60) return true;
  if (isDateLine(text) || isNavLine(text) || isTaglineWithIssue(text)) return true;
  return false;
}

/** "A weekly letter for small investors · Issue 212 · 15 March 2025": a tagline with an issue or date. */
function isTaglineWithIssue(text: string): boolean {
  const parts = text.split(/\s+[·•|]\s+/);
  if (parts.length < 2 || text.length > 160 || parts.some((p) => /[.!?]$/.test(p))) return false;
  return parts.some((p) => isDateLine(p) || /^(issue|edition|vol\.?|volume|no\.)\s?#?\d{1,5}$/i.test(p));
}

/** A photo caption, image label or credit: it may sit between a headline and its byline. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  return (text.length <= 160 && IMAGE.some((re) => re.test(text))) || (text.length <= 400 && CAPTION_CREDIT.some((re) => re.test(text)));
}

/** A menu or breadcrumb: "News | Sport | Business", "Home > News > Local". */
export function isNavLine(line: string): boolean {
  const text = line.trim();
  for (const separator of [/\s+\|\s+/, /\s+[>»›]\s+/, /\s+[·•]\s+/]) {
    const items = text.split(separator);
    const minimum = separator.source.includes('|') || separator.source.includes('·') ? 3 : 2;
    if (items.length >= minimum && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?]$/.test(item))) return true;
  }
  return false;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_TOKEN = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const DATE_WORD = /^(updated|published|posted|first|last|modified|on|at|am|pm|a\.m\.|p\.m\.|ago|today|yesterday|min|mins|read|and|hours?|minutes?|days?|listen|watch|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$/i;

/**
 * A line that is only a date, a time or a timestamp: "Thu 13 Feb 2025 15.10 CET", "Updated 3:45 PM EST,
 * Tue March 5, 2024", "2h ago", "6 min read", "Listen · 5:32". It is page furniture, never prose.
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 90 || /[!?]/.test(text)) return false;
  const tokens = text.replace(/(\S)(Updated|Published)\b/g, '$1 $2').replace(/\b(Updated|Published|Posted)(\d)/g, '$1 $2').split(/[\s,·•|()]+/).filter(Boolean);
  let dated = false;
  for (const raw of tokens) {
    const token = raw.replace(/[.:;]$/, '');
    if (!token) continue;
    if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(token) || /^\d{1,2}[:.]\d{2}(?::\d{2})?([ap]\.?m\.?)?$/i.test(token) || /^\d{1,4}(st|nd|rd|th)?$/i.test(token) || /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(token) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(token)) {
      dated = true;
      continue;
    }
    if (/^\d+\s?(h|m|min|hr|hrs|d|s)$/i.test(token)) {
      dated = true;
      continue;
    }
    if (MONTH_TOKEN.test(token)) {
      dated = true;
      continue;
    }
    if (DATE_WORD.test(token)) continue;
    // Time zones: "CET", "EST", "GMT+2", "BST", "ET".
    if (/^(GMT|UTC)([+-]\d{1,2})?$|^[A-Z]{1,4}T$|^[A-Z]ST$|^[A-Z]DT$|^CES?T$/.test(token)) continue;
    return false;
  }
  return dated;
}

/** The full date (with a year) a date line gives, as YYYY-MM-DD: "Feb 14, 2025", "Thu 13 Feb 2025". */
export function dateOfLine(line: string): string | undefined {
  const text = line.trim().replace(/\b(Updated|Published|Posted)(\d)/g, '$1 $2');
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const dotted = /(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  // "10.09.2025": day, month, year, as European pages print it.
  else if (dotted) [year, month, day] = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  else {
    const monthDay = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(text);
    const dayMonth = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(text);
    const m = monthDay && MONTH_TOKEN.test(monthDay[1]) ? { name: monthDay[1], day: monthDay[2], year: monthDay[3] } : dayMonth && MONTH_TOKEN.test(dayMonth[2]) ? { name: dayMonth[2], day: dayMonth[1], year: dayMonth[3] } : undefined;
    if (!m) return undefined;
    [year, month, day] = [Number(m.year), MONTH_NAMES.indexOf(m.name.slice(0, 3).toLowerCase()) + 1, Number(m.day)];
  }
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month! - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The rights holder of "Copyright © 2024 Corvana Public Radio. All rights reserved.", as the outlet. */
export function copyrightHolder(line: string): string | undefined {
  const match = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:[-–]\d{4})?,?\s+)?([\p{Lu}][\p{L}\p{N}&'’., -]{1,60}?)[.,]?\s+all rights reserved\b/iu.exec(line.trim());
  if (!match) return undefined;
  const holder = match[1].trim().replace(/,\s+(a|an|part of|a division|a subsidiary|a member)\b.*$/i, '').replace(/[.,]$/, '');
  return /^\p{Lu}/u.test(holder) && holder.split(/\s+/).length <= 6 ? holder : undefined;
}

/** The publication a newsletter names in its sign-off: "Thanks for reading Stolen Hours! Subscribe…". */
export function newsletterName(line: string): string | undefined {
  const name = String.raw`((?:the )?\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}'’&-]*){0,5})`;
  const match =
    new RegExp(String.raw`^[Tt]hanks for reading ${name}\s*[!.]`, 'u').exec(line.trim()) ??
    // "You are receiving this because you subscribed to Wexbridge Weekly."
    new RegExp(String.raw`\b(?:subscribed|signed up|opted in) (?:to|for) ${name}\s*(?:[.!,]|$)`, 'u').exec(line.trim());
  return match?.[1];
}

/** The agency of a wire dateline: "CORVANA, Oct 3 (Reuters) -", "KYIV, Ukraine (AP) —". */
export function datelineAgency(paragraph: string): string | undefined {
  const match = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^()—–]{1,40})?\s\(([\p{Lu}][\p{L}&. -]{0,30})\)\s?(?:-{1,2}|—|–)\s/u.exec(paragraph);
  return match?.[1].trim();
}

/**
 * A short line that is a label, not prose: a button, a section name, a counter ("Share", "Key events",
 * "Copy Link copied", "142"). Five words or fewer, no sentence punctuation, not a lead-in ending ":".
 */
export function isShortLabel(line: string): boolean {
  const text = line.trim();
  if (!text || /[.!?…:;]["”’')\]]*$/.test(text) || /^[-*•]\s/.test(text) || /^["“‘]/.test(text)) return false;
  // "Recall number: 25-118" is a field with its value; "Posted by u/kev" and "@handle" lines say who wrote a post.
  if (/^[^:]{1,30}:\s+\S/.test(text) || /^posted by\b|@\w|\bu\/\w/i.test(text)) return false;
  return text.split(/\s+/).length <= 5;
}

/** A heading over a list of links to other stories: "More on this story", "Related coverage". */
export function isRelatedHeading(line: string): boolean {
  return /^(more (on|about) (this|the) (story|topic|subject)|more (stories|coverage|from [\w ]{1,30})|related( stories| articles| coverage| content| links)?|read (more|next)|you (may|might) also like|recommended( for you| reading)?|most (read|viewed|popular|shared)|trending( now)?|top stories|editor'?s picks|latest( news| stories)?|explore more on (these|this) topics?|obituaries|death notices|weather|in other news|recommended from [\w ]{1,30})\s*:?$/i.test(
    line.trim(),
  );
}

/** Words newspapers, broadcasters and sites put in their names. */
const MASTHEAD_WORD = /\b(news|times|post|standard|herald|gazette|journal|tribune|courier|daily|chronicle|radio|tv|television|telegraph|observer|guardian|mail|express|star|record|press|review|weekly|ledger|bulletin|dispatch|sentinel|independent|inquirer|examiner|monitor|register|wire|live|today|magazine|broadcasting|media|channel|tidende|tidning|tidningen|avis|avisen|dagblad|posten|bladet|zeitung|kurier|nachrichten|courant|krant|nieuws|diario|noticias|periódico|corriere|gazzetta|giornale|quotidien|journal|presse|gazeta|dziennik|novosti|sanomat|uutiset)\b/i;

/** A site's name above the headline: "Corvana Evening Standard", "The Harbor Ledger". */
export function mastheadName(line: string): string | undefined {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[.!?:|]/.test(text)) return undefined;
  if (!words.every((w) => /^(\p{Lu}[\p{L}\p{N}'’&-]*|\p{N}+|&|of|the|and|on)$/u.test(w)) || !MASTHEAD_WORD.test(text)) return undefined;
  return text;
}
