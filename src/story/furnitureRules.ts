/**
 * The patterns of page furniture, by kind: widgets and menus, consent banners, newsletter boxes, wire
 * footers, forum and comment chrome, translation notices, press-release marks, imprints, weather, page
 * numbers; and image captions and credits. General rules about pages, never about one story.
 */

/** A pattern, or a pattern behind a plain pre-check (see `gated`). */
export interface LineTest {
  test(text: string): boolean;
}

export interface GatedPattern extends LineTest {
  /** The pattern that decides; the pre-check only spares it lines it could never match. */
  readonly pattern: RegExp;
}

/**
 * A costly pattern (\p{…} classes, case-insensitive ones most of all, take V8 a millisecond or more to
 * compile on first use) run only on lines that pass a cheap pre-check which every line the pattern
 * matches also passes: the answer is the pattern's, but most lines never make V8 compile it.
 */
export function gated(precheck: (text: string) => boolean, pattern: RegExp): GatedPattern {
  return { pattern, test: (text) => precheck(text) && pattern.test(text) };
}

const WEATHER_WORDS = 'sunny|cloudy|partly|mostly|clear|rain|rainy|showers?|thunderstorms?|storms?|snow|fog|foggy|windy|overcast|likely|chance|of|and|light|heavy|fair|drizzle|sleet|hail|humid|breezy|hi|lo|high|low';

/** Lines that are page furniture whatever their length. */
export const PAGE_FURNITURE: readonly LineTest[] = [
  // "Share this article", "Share on Facebook", "Share via Email"; not "Share prices fell …".
  /^share(?: (?:this|the) (?:article|story|page|post|link)\b| (?:on|via|to|with) \S| (?:article|story|button|link)\b|:)[^.!?]{0,80}$/i,
  /^(?:comments?|close button|advertisement|ad|sponsored(?: content)?|skip (?:to|navigation).*|print|email|whatsapp|facebook|twitter|linkedin|reddit)$/i,
  // Live-blog labels: "Pinned", "Pinned post" over the post a live page keeps at the top.
  /^(?:pinned|pinned (?:post|update|entry|message))$/i,
  /^(?:more|also|related|recommended|trending|popular|latest|top stories)(?: stories| articles| news| coverage| from this section| in [\w ]+| on [\w ]+)?:?$/i,
  /^(?:read|see) (?:more|also|next)\b.{0,150}$/i,
  /^(?:related(?: videos?| stories| articles)?|read more|more|see also|also read|watch|listen|recommended)\s*:\s*\S.{0,200}$/i,
  // Syndication and aggregator chrome: "Get more stories like this in …", "This article appears in the … issue".
  /^get more (?:stories|news|articles|coverage)\b[^.!?]{0,80}$/i,
  /^this (?:article|story|piece|essay) (?:appears|appeared|was (?:first |originally )?published|originally appeared|first appeared) in\b.{0,160}$/i,
  /^subscribe here\.?$/i,
  /^(?:listen|tune in) (?:to|on|live)\b.{0,60}[^.!?]$/i,
  /^(?:sign up|subscribe)\b.{0,80}$/i,
  /^(?:click here|follow us)\b.{0,80}$/i,
  /^this is a (?:breaking|developing) (?:news )?story\b.*$/i,
  /^(?:press release|news release|media release|for immediate release|embargoed(?: until)?|ends|-?\s?ends\s?-?)\b.{0,60}$/i,
  /^(?:this (?:story|article) (?:is developing|has been updated|will be updated))\b.*$/i,
  /^please (?:check|refresh) back\b.*$/i,
  // "Updated 3:45 PM EST, Tue March 5, 2024"; not "Issued on Monday, the flood warning covers 12 counties."
  gated(fewWords, /^(?:updated|published|posted|last updated|(?:page )?last (?:updated|reviewed|modified)|date(?: of (?:notice|publication|issue))?|dated|issued(?: on)?):?\s.{0,60}\d.{0,30}$/i),
  // Government and council page footers: feedback prompts, contact fields, policy links.
  /^(?:was|is) this (?:page|article|information|content) (?:helpful|useful)\b.{0,30}$/i,
  /^report (?:a|an) (?:problem|error|mistake|issue|fault)\b[^.!?]{0,60}$/i,
  /^(?:accessibility(?: statement)?|privacy(?: (?:and|&) cookies| policy| notice)?|terms (?:of (?:use|service)|and conditions|& conditions)|cookie policy|sitemap|feedback)$/i,
  /^(?:tel|telephone|phone|mobile|fax|e-?mail)\s*:\s*[\w@.+()\/ -]{3,60}$/i,
  // Advertising slots: "Advertisement · Scroll to continue", "ADVERTISEMENT - CONTINUE READING BELOW".
  /^(?:advertisement|sponsored|ad)\b[\s·•|:-]+.{0,40}$/i,
  // Cookie and consent banners.
  /^we (?:value|care about) your privacy\b/i,
  /^(?:we|this (?:web)?site|our (?:web)?site)\b.{0,120}\bcookies?\b/i,
  // "We use cookies … change your preferences at any time": a banner opens so, a news sentence does not.
  {
    test: (text) =>
      text.length <= 520 &&
      /^(?:we|this (?:web)?site|our (?:web)?site|by using|you can|to (?:change|manage|withdraw))\b/i.test(text) &&
      /\bcookies?\b/i.test(text) &&
      /\b(?:your (?:choices|preferences|consent|settings)|at any time)\b/i.test(text),
  },
  /^(?:accept|reject|allow|decline)(?: all| cookies| all cookies)?$/i,
  /^(?:manage|cookie) (?:preferences|settings|options)\b/i,
  /\b(?:turn on|enable) javascript\b|\byour browser (?:does not|doesn't) support\b/i,
  // Newsletter boxes.
  /^.{0,80}\b(?:in|to) your inbox\b.{0,80}$/i,
  // "By signing up, you agree to our Terms"; not "By continuing the strike, the union …".
  {
    test: (text) =>
      text.length <= 360 && /^by (?:signing up|subscribing|clicking|registering|continuing)\b/i.test(text) && /\b(?:you (?:agree|accept|consent)|privacy|terms|cookies?|newsletters?|marketing)\b/i.test(text),
  },
  /^(?:enter|type) your (?:email|e-mail)\b/i,
  /^thanks for reading\b.{0,200}$/i,
  // Wire and newsroom footers: credits, standards, contact boxes, transcript notices.
  /^(?:(?:-{1,2}|—|–)\s*)?(?:\(?(?:additional )?(?:reporting|writing|editing|research|compiled|produced|graphics?) by\b.{0,200})$/i,
  /^our standards\b/i,
  // "© 2024 Reuters. All rights reserved.": a copyright line, or a short line that ends so.
  {
    test: (text) =>
      /\ball rights reserved\b/i.test(text) && ((text.length <= 460 && /^(?:©|\(c\)|copyright\b)/i.test(text)) || (text.length <= 180 && /\ball rights reserved\.?$/i.test(text))),
  },
  /^(?:this (?:material|article|story) may not be (?:published|reproduced))\b/i,
  /^transcripts? (?:is|are|was|were) (?:created|produced|provided|generated|prepared)\b/i,
  /^(?:do you )?have a (?:news )?(?:story|tip)\b.{0,150}$/i,
  /^(?:contact|email|e-mail|reach) (?:us|our newsroom|the newsroom)\b.{0,150}$/i,
  /^(?:download|get) (?:the|our) .{0,40}\bapp\b.{0,40}$/i,
  /\b(?:is|are) not responsible for the content of external (?:sites|websites|links|internet sites)\b/i,
  /^related (?:internet|external) links$/i,
  // Reuters' "Purchase Licensing Rights, opens new tab"; not "The studio bought the licensing rights …".
  /^(?:purchase )?licensing rights\b[^.!?]{0,40}$/i,
  // Tag lists and comment counters.
  /^(?:suggested )?(?:topics|tags|filed under|categories|more about|related topics)\s*:/i,
  /^\d[\d,.]*k?\s+(?:comments?|shares?|replies|reactions)$/i,
  /^(?:comments?|replies|responses)\s*\(\d[\d,]*\)$/i,
  /^(?:sign|log) in to (?:comment|reply|read)\b/i,
  /^(?:sign|log) in\b.{0,80}\b(?:to (?:comment|reply|join|read)|the (?:discussion|conversation))\b/i,
  /^(?:\d+ )?min(?:ute)?s? read$/i,
  /^\d[\d,.]*k?\s+(?:followers?|following|claps?|likes?|views?|upvotes?|points?|votes?)$/i,
  // Wire desk notes: "((Corrects paragraph 3 to show …))", "((jane.doe@agency.com; +44 20 …))", keyword slugs.
  /^\(\(.{2,300}\)\)$/,
  /^(?:keywords|slugs?|topic codes?)\s*:/i,
  // Forum threads: sort menus, thread levels, vote share, removed comments, "more replies".
  /^sort by\b.{0,30}$/i,
  /^level \d{1,2}$/i,
  /^\d{1,3}% upvoted$/i,
  /^\[(?:deleted|removed)\]$/i,
  /^(?:load |view |show |see )?(?:more|all|\d+ more) (?:replies|comments)$/i,
  /^(?:posted|submitted|shared|asked) by\s+@[\w.-]+$/i,
  /^search(?: (?:in|jobs|the site|this site|our site|results)\b[^.!?]{0,40})?$/i,
  // Email newsletters: browser links, forwarding, subscription footers, issue numbers.
  /^(?:view|read|open)(?: this)?(?: email| newsletter| post| issue)? (?:in|on) (?:your |a |the )?(?:web )?(?:browser|web|website)\b.{0,30}$/i,
  /\bforward (?:this(?: email)? |it )?to a friend\b/i,
  /^was this (?:email |newsletter )?forwarded to you\b/i,
  /^(?:you(?:'|’)re|you are) (?:receiving|getting) this\b/i,
  /^(?:unsubscribe|update (?:your )?preferences|manage (?:your )?subscription)\b.{0,80}$/i,
  /^.{0,80}\b(?:issue|edition|vol\.?|volume)\s?(?:#|no\.?\s?)?\d{1,5}$/i,
  // Machine-translation notices: "This page has been translated from Norwegian", "Show original".
  /^(?:this (?:page|article|story|text) (?:has been|was|is) (?:automatically |machine[- ])?translated)\b.{0,80}$/i,
  /^(?:show|see|view) (?:the )?original(?: text| article| language| version)?$/i,
  /^(?:turn off|disable|hide|undo) translation$/i,
  /^(?:\(?(?:machine[- ])?translated|translation) (?:by|from|powered by|with)\b.{0,80}$/i,
  /\btranslation (?:may|might|can|could) (?:contain|include|have) (?:errors|mistakes|inaccuracies)\b/i,
  // Press releases: distributor boxes and the end mark.
  /^(?:news |content |story )?provided by\b.{0,60}$/i,
  /^(?:#{3}|-\s?30\s?-)$/,
  // Imprints and postal addresses in page footers.
  /\beditor[- ]in[- ]chief\s*:/i,
  gated(digitBeforeComma, /^[^.!?]{0,80}\b\d{1,5}\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|square|plaza|place|court)\b\.?,[^.!?]{0,60}$/iu),
  // Weather widgets: "78°F Partly Cloudy", "Wed 84° / 65° Sunny", "81° / 62°".
  gated((text) => text.includes('°'), new RegExp(`^(?:(?:${'today|tonight|tomorrow|now|currently|hi|lo|high|low|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*'})\\s+){0,2}-?\\d{1,3}\\s?°\\s?[FC]?(?:\\s*[/|-]\\s*-?\\d{1,3}\\s?°\\s?[FC]?)?(?:\\s+(?:${WEATHER_WORDS}))*$`, 'i')),
  // Page numbers of a document pasted from a PDF: "Page 2 of 14", "- 3 -".
  /^page \d{1,4}(?: of \d{1,4})?$/i,
  /^[-–—]\s?\d{1,4}\s?[-–—]$/,
];

/** A digit and a space somewhere before a comma (what /\d\s[^]*,/ asked, in one pass rather than one per digit). */
function digitBeforeComma(text: string): boolean {
  const at = text.search(/\d\s/);
  return at >= 0 && text.lastIndexOf(',') > at + 1;
}

/** A date line's few words: at most two lower-case words besides the words of a time ("ago", "at", "hours"). */
function fewWords(text: string): boolean {
  let words = 0;
  for (const [word] of text.slice(0, 200).matchAll(/\b[a-z]{3,}\b/g)) if (!DATE_LINE_WORDS.has(word) && ++words > 2) return false;
  return true;
}
const DATE_LINE_WORDS = new Set(['ago', 'and', 'the', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'updated', 'published', 'posted', 'issued', 'last', 'dated', 'reviewed', 'modified', 'date', 'notice', 'publication', 'issue']);

/** Image labels and credits (when short). */
export const IMAGE = [
  /^(?:image|photo|picture|video|graphic|caption|gallery)(?: \d+)?:/i,
  // "Image caption, Mochi was spotted …", "Image source, Getty Images".
  /^(?:image|photo|picture|video) (?:caption|source|credit)s?,\s/i,
  /\b(?:copyright|©|\(c\))\s/i,
  /\b(?:getty images|afp|reuters|associated press|shutterstock|ap photo|epa)\b.*\/|\/\s*(?:getty images|afp|reuters|ap|epa)\b/i,
  /^(?:photo|image|picture)s? (?:by|credit|courtesy)\b/i,
];

/** A caption ends with its credit: "… on Thursday. (Photo: A. Roe/The Ledger)", "… Credit: City Police". */
export const CAPTION_CREDIT: readonly LineTest[] = [
  /\((?:photo|image|picture|video|credit|photograph)s?(?: by)?:?\s[^()]{2,80}\)\s*$/i,
  gated((text) => text.includes(':'), /(?:^|[.!?]["”’]?\s+)(?:photo|image|picture|credit|photograph|courtesy)s?(?: by)?:\s*\p{Lu}[^.!?]{1,80}$/iu),
  // "… from the ferry. Photo by the author." A credit without a colon closing a caption.
  gated((text) => / (?:by|courtesy of)\s/iu.test(text), /[.!?]["”’]?\s+(?:photo|image|picture|photograph)s? (?:by|courtesy of)\s[^.!?]{1,60}\.?$/iu),
  // An agency credit in capitals: "REUTERS/Anna Roe", "AP Photo/Jon Doe", "AFP via Getty Images".
  gated((text) => text.includes('/'), /\b(?:REUTERS|AFP|EPA|AP Photo|AP)\s?\/\s?\p{Lu}/u),
  /\b(?:via|for) getty images\b/i,
];
