import { isBoilerplate, isRelatedHeading, isShortLabel, parsePostAccount } from './boilerplate.ts';
import { bylineOf, isPersonName, isRoleLine, parseByline } from './bylines.ts';
import { dateOfLine, isDateLine } from './dateLines.ts';
import { firstSubstantiveSentence } from './displayTitle.ts';
import { readEmailHeaders } from './emailHeaders.ts';
import { findHeader } from './header.ts';
import { isLabelCase, isListItem, isProse, TERMINAL } from './lineShapes.ts';
import { boundLine, cutText, MAX_PARAGRAPH } from './boundedText.ts';
import { cleanLine, splitRunTogether } from './markup.ts';
import { copyrightHolder, datelineAgency, mastheadName, newsletterName, outletLine, releaseSource, siteNameOfHomeLink } from './outletNames.ts';
import { type Block, numberParagraphs } from './paragraphs.ts';
import { joinWrapped, repeatedLineTest } from './pdfText.ts';
import { aboutSection, isContactHeading, isReleaseMarker } from './pressRelease.ts';
import { isAuthorBio, isSignOff, isTailMarker, writtenBy } from './storyEnd.ts';
import type { Article, ArticleMeta, EmbeddedPost } from './types.ts';

export { cleanLine } from './markup.ts';

/** The account line under a post pasted as text: "— Jane Doe (@janedoe) March 3, 2024". */
const POST_ACCOUNT_LINE = /^[—–]\s*\S.{0,80}\(@[A-Za-z0-9_]{1,30}\)/u;

/**
 * Turns an article body into paragraphs and sentences with stable ids.
 * Paragraph rules: a blank line ends a paragraph; within a block, a line that ends a sentence ends a
 * paragraph too (one-paragraph-per-line files), while hard-wrapped lines are joined. Page furniture is
 * removed, and what it tells (byline, dates, copyright holder, wire agency) fills in missing metadata.
 */
export function parseArticle(file: string, body: string, meta: ArticleMeta): Article {
  const removed: string[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n').flatMap(boundLine).flatMap(splitRunTogether).map(cleanLine);
  const email = readEmailHeaders(lines);
  for (const i of email.lines) {
    removed.push(lines[i].text);
    lines[i] = { text: '', image: false };
  }
  const header = findHeader(lines);
  let title = meta.title ?? email.subject;
  let author = meta.author;
  let emailOutlet: string | undefined;
  if (email.from) {
    if (isPersonName(email.from)) author ??= email.from;
    else emailOutlet = email.from;
  }
  let siteName: string | undefined;
  let releaseOutlet: string | undefined;
  let pendingReleaseOutlet = false;
  let captionNext = false;
  let contactBlock = false;
  let aboutMode = false;
  let aboutName: string | undefined;
  const pressRelease = lines.some((l) => l.text && isReleaseMarker(l.text));
  let tailMode = false;
  // Short lines that come back (running headers and footers of a PDF, "Reply" under every comment).
  const repeated = repeatedLineTest(lines);
  let bylineOutlet: string | undefined;
  let copyright: string | undefined;
  let newsletter: string | undefined;
  let masthead: string | undefined;
  const dates: string[] = [];
  if (email.date) {
    const date = dateOfLine(email.date);
    if (date) dates.push(date);
  }
  const blocks: Block[] = [];
  let current: string[] = [];
  let pendingPost: EmbeddedPost | undefined;
  let sawText = false;
  let inRelatedList = false;

  // A block of consecutive lines is either hard-wrapped prose (joined into one paragraph) or one
  // paragraph per line (every line but the last ends a sentence).
  const flush = () => {
    if (!current.length) return;
    // Posts pasted with their account lines ("— Jane Doe (@janedoe) March 3, 2024") come one line each:
    // joined, the article's lines and the posts' would run into one paragraph of nobody's words.
    const pasted = current.some((l) => POST_ACCOUNT_LINE.test(l));
    const hardWrapped = !pasted && current.slice(0, -1).some((l) => !TERMINAL.test(l) && !isListItem(l));
    // Hard-wrapped lines make one paragraph, cut at MAX_PARAGRAPH like any other (boundedText.ts).
    const paragraphs = hardWrapped ? cutText(joinWrapped(current, body), MAX_PARAGRAPH) : current;
    for (const raw of paragraphs) {
      const text = raw.replace(/\s+/g, ' ').trim();
      // A paragraph cut by a page break or a box ("… was declared" | page footer | "at 23.40.") goes on.
      const last = blocks[blocks.length - 1];
      if (last && !pendingPost && !last.post && /^\p{Ll}/u.test(text) && !TERMINAL.test(last.text) && !/[:;]$/.test(last.text) && !isListItem(last.text) && last.text.length + text.length < MAX_PARAGRAPH && last.text.split(/\s+/).length >= 8) {
        last.text = joinWrapped([last.text, text], body);
        continue;
      }
      blocks.push({ text, post: pendingPost });
      pendingPost = undefined;
    }
    current = [];
  };
  const drop = (line: string) => {
    removed.push(line);
    flush();
  };

  for (let i = 0; i < lines.length; i++) {
    const { text: line, image } = lines[i];
    if (image) {
      drop('(image)');
      continue;
    }
    if (!line) {
      contactBlock = false;
      flush();
      continue;
    }
    siteName ??= siteNameOfHomeLink(line);
    if (pendingReleaseOutlet) {
      // "NEWS PROVIDED BY" over the name of the organisation that issued the release.
      pendingReleaseOutlet = false;
      if (line.length <= 80 && !TERMINAL.test(line)) {
        releaseOutlet ??= line;
        drop(line);
        continue;
      }
    }
    if (/^(?:news |content |story )?provided by\s*:?$/i.test(line)) {
      pendingReleaseOutlet = true;
      drop(line);
      continue;
    }
    // "Provided by The Ledger": the outlet a syndicated page (an aggregator's copy) credits.
    const provider = /^(?:content |story )?provided by\s*:?\s+(?<outlet>.{2,60})$/i.exec(line);
    if (provider && !TERMINAL.test(provider.groups!.outlet)) {
      releaseOutlet ??= provider.groups!.outlet.trim();
      drop(line);
      continue;
    }
    const source = releaseSource(line);
    if (source) releaseOutlet ??= source;
    if (contactBlock || aboutMode || tailMode) {
      if (isContactHeading(line)) contactBlock = true;
      copyright ??= copyrightHolder(line);
      author ??= writtenBy(line);
      // After the story's end, only a long paragraph of prose is kept (a late update, a correction).
      if (contactBlock || source || !(tailMode && !aboutMode && TERMINAL.test(line) && line.split(/\s+/).length >= 25)) {
        if (source) aboutMode = false;
        drop(line);
        continue;
      }
    }
    if (captionNext) {
      // The line after a bare "Image caption," label is the caption.
      captionNext = false;
      if (line.length <= 300) {
        drop(line);
        continue;
      }
    }
    if (/^(?:image |photo |video )?caption\s*[,:]?$/i.test(line)) {
      captionNext = true;
      drop(line);
      continue;
    }
    if (blocks.length >= 1 && i !== header.title) {
      if (isContactHeading(line)) {
        contactBlock = true;
        drop(line);
        continue;
      }
      // Only a press release (it has a release line, a contact box or an end mark) ends in an "About" box.
      const about = pressRelease && blocks.length >= 2 ? aboutSection(lines, i) : undefined;
      if (about) {
        aboutName ??= about;
        aboutMode = true;
        drop(line);
        continue;
      }
      if (blocks.length >= 2 && i > header.prose + 2 && isTailMarker(line)) {
        author ??= writtenBy(line);
        tailMode = true;
        drop(line);
        continue;
      }
      // "Until next week, / Joanna Markle / Editor, The Lakes Letter": a newsletter's sign-off.
      const name = lines[i + 1]?.text;
      if (isSignOff(line) && name && isPersonName(name.replace(/^[—–-]\s*/, ''))) {
        author ??= name.replace(/^[—–-]\s*/, '');
        drop(line);
        removed.push(name);
        i++;
        if (lines[i + 1]?.text && isRoleLine(lines[i + 1].text)) removed.push(lines[++i].text);
        continue;
      }
    }
    if (i !== header.title && repeated(line)) {
      // The site's name over the headline comes back in the footer ("More from Coast Radio News").
      if (i < header.title) masthead ??= mastheadName(line);
      drop(line);
      continue;
    }
    if (i === header.title) {
      inRelatedList = false;
      flush();
      title ??= line;
      if (title !== line) removed.push(line);
      sawText = true;
      continue;
    }
    if (inRelatedList && (isListItem(line) || (!/[.!…]["”’')\]]*$/.test(line) && line.split(/\s+/).length <= 15))) {
      drop(line);
      continue;
    }
    inRelatedList = false;
    // A line that carries on an unfinished sentence in lower case ("at 23.40." after a page footer) is prose.
    const open = current.length ? current[current.length - 1] : blocks[blocks.length - 1]?.text;
    if (/^\p{Ll}/u.test(line) && open && !TERMINAL.test(open) && !/[:;]$/.test(open) && open.split(/\s+/).length >= 8) {
      sawText = true;
      current.push(line);
      continue;
    }
    if (isBoilerplate(line) || isRelatedHeading(line)) {
      // "Weather" or "Obituaries" in a menu is a link; under the story's first paragraphs it heads a sidebar.
      inRelatedList = (isRelatedHeading(line) && (blocks.length > 0 || !/^(?:weather|obituaries|death notices)$/i.test(line))) || /^(?:related|read more|more)\s*:?$/i.test(line);
      // "Updated 3:45 PM EST, Tue March 5, 2024", "FOR IMMEDIATE RELEASE – 28 May 2025": the page's dates.
      if (isDateLine(line) || (line.length <= 80 && !copyrightHolder(line))) {
        const date = dateOfLine(line);
        if (date) dates.push(date);
      }
      copyright ??= copyrightHolder(line);
      newsletter ??= newsletterName(line);
      // "Story by Jane Doe • 2h", "Posted on 19 May 2025 by Jane Doe": a date line that is a byline too.
      const credited = blocks.length < 4 && i < header.prose + 3 ? parseByline(line) : undefined;
      if (credited) {
        author ??= credited.author;
        bylineOutlet ??= credited.outlet;
      }
      drop(line);
      continue;
    }
    // "Ellen Hartigan / ABN News, Dunmere", "Ingrid Solvang / Journalist": a name over its outlet or job.
    const under = lines[i + 1]?.text;
    const underHeadline = header.title >= 0 && i > header.title && i < header.prose;
    if (blocks.length < 2 && i < header.prose + 3 && under && isPersonName(line) && (isRoleLine(under) || outletLine(under) || (underHeadline && isDateLine(under)))) {
      if (isDateLine(under)) {
        // "Tom Achebe-Reyes / Mon 3 Nov 2025 07.00 GMT": the date line is read as a date below.
        author ??= line;
        drop(line);
        continue;
      }
      author ??= line;
      bylineOutlet ??= outletLine(under);
      drop(line);
      removed.push(under);
      i++;
      continue;
    }
    const byline = blocks.length < 4 && (i < header.prose + 3 || blocks.length === 0) ? bylineOf(lines[i]) : undefined;
    if (byline) {
      // "Posted on 19 November 2025 by Jane Doe": the byline carries the date.
      const date = dateOfLine(line);
      if (date) dates.push(date);
      author ??= byline.author;
      bylineOutlet ??= byline.outlet;
      drop(line);
      continue;
    }
    const account = parsePostAccount(line);
    if (account) {
      flush();
      pendingPost = account;
      removed.push(line);
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      // A Markdown heading: the first one is the headline, later ones are section titles (not prose).
      flush();
      if (!sawText && title === undefined) title = line.replace(/^#+\s*/, '');
      removed.push(line);
      continue;
    }
    // Between the headline and the story, a short line standing alone is a kicker, label or subtitle.
    // (A standfirst in sentence case, "Councillors argue over a $40m plan", is kept.)
    if (header.title >= 0 && i > header.title && i < header.prose && !isProse(line) && !TERMINAL.test(line) && isLabelCase(line)) {
      const before = lines[i - 1]?.text;
      const after = lines[i + 1]?.text;
      if ((!before || i - 1 === header.title || removed[removed.length - 1] === before) && !(after && /^\p{Ll}/u.test(after))) {
        drop(line);
        continue;
      }
    }
    // Above the headline, only prose is kept: site names, taglines and section labels are not the story.
    if (i < header.title && !isProse(line)) {
      masthead ??= mastheadName(line);
      drop(line);
      continue;
    }
    // A short label standing on its own ("Share", "Key events", "142") is a widget, not prose; the last
    // line of a hard-wrapped paragraph (after a long line that does not end a sentence), or the body of
    // an embedded post, is not.
    const previous = current[current.length - 1];
    const following = lines[i + 1]?.text;
    if (isShortLabel(line) && !pendingPost && (previous === undefined || TERMINAL.test(previous) || previous.length < 50) && !(following && /^\p{Ll}/u.test(following) && !isBoilerplate(following))) {
      drop(line);
      continue;
    }
    sawText = true;
    current.push(line);
  }
  flush();

  // An author's bio at the end ("Jane Doe is a reporter covering …") is not the story.
  while (blocks.length > 1 && isAuthorBio(blocks[blocks.length - 1].text.replace(/^\*|\*$/g, ''), author)) {
    removed.push(blocks.pop()!.text);
  }

  for (const copy of pullQuotes(blocks)) removed.push(blocks.splice(blocks.indexOf(copy), 1)[0].text);

  const { paragraphs, sentences } = numberParagraphs(file, blocks);
  const words = sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  // A press release is the word of the organisation its "About" section describes.
  const issuer = pressRelease ? aboutName : undefined;
  const outlet = meta.outlet ?? bylineOutlet ?? releaseOutlet ?? issuer ?? siteName ?? copyright ?? masthead ?? (paragraphs[0] ? datelineAgency(paragraphs[0].text) : undefined) ?? newsletter ?? emailOutlet;
  const published = meta.published ?? [...dates].sort()[0];
  const fullMeta: ArticleMeta = {
    ...meta,
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
  };
  return {
    file,
    meta: fullMeta,
    title,
    displayTitle: title ?? firstSubstantiveSentence(sentences) ?? file,
    paragraphs,
    sentences,
    words,
    removed,
  };
}

/** Letters and digits only, lower case: how a pull quote and the sentence it repeats are compared. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A magazine's pull quotes: a short paragraph that repeats words found in full in another, longer
 * paragraph ("I thought it was finished." set large beside the paragraph that quotes it). The copy goes,
 * the original stays. It must be quoted or long enough not to be a stock phrase ("He declined to comment.").
 */
function pullQuotes(blocks: readonly Block[]): Block[] {
  const texts = blocks.map((b) => bare(b.text));
  // Where each run of four words occurs, so a candidate is compared only with paragraphs that share its rarest run.
  const runs = new Map<string, number[]>();
  const runsOf = (text: string) => {
    const words = text.split(' ');
    const out: string[] = [];
    for (let k = 0; k + 4 <= words.length; k++) out.push(words.slice(k, k + 4).join(' '));
    return out;
  };
  texts.forEach((text, index) => {
    for (const run of new Set(runsOf(text))) {
      const at = runs.get(run);
      if (at) at.push(index);
      else runs.set(run, [index]);
    }
  });
  return blocks.filter((block, index) => {
    const words = block.text.split(/\s+/).length;
    if (block.post || words > 60 || words < 4 || (words < 12 && !/^["“‘']/.test(block.text))) return false;
    const own = runsOf(texts[index]);
    if (!own.length) return false;
    const rarest = own.map((run) => runs.get(run)!).reduce((a, b) => (b.length < a.length ? b : a));
    return rarest.some((other) => other !== index && blocks[other].text.length > block.text.length && ` ${texts[other]} `.includes(` ${texts[index]} `));
  });
}
