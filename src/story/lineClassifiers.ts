/**
 * parseArticle's line classifiers, in the order they run. Each reads the current line (`state.i`) and the
 * state (parseState.ts), and either takes the line (no later classifier sees it), notes something from it
 * (later classifiers still see it), or passes. A classifier is a row of table `line-classifiers`: its
 * examples are small pages and the lines it takes or notes on them, its non-examples pages where it takes
 * none (see LINE_CLASSIFIER_TABLE in parseArticle.ts).
 */
import { furnitureRuleOf, isBoilerplate, isRelatedHeading, isShortLabel, parsePostAccount } from './boilerplate.ts';
import { bylineOf, isPersonName, isRoleLine, parseByline } from './bylines.ts';
import { dateOfLine, isDateLine } from './dateLines.ts';
import { isLabelCase, isListItem, isProse, TERMINAL } from './lineShapes.ts';
import { copyrightHolder, mastheadName, newsletterName, outletLine, releaseSource, siteNameOfHomeLink } from './outletNames.ts';
import { drop, flush, isOpenSentence, lineAt, type ParseState } from './parseState.ts';
import { aboutSection, isContactHeading } from './pressRelease.ts';
import { isSignOff, isTailMarker, writtenBy } from './storyEnd.ts';
import type { NamedRule } from '../analysis/rules/ruleTable.ts';

/** `took`: the line is done; `noted`: something was read from it and the next classifiers still see it. */
export type Outcome = 'took' | 'noted' | undefined;

export interface LineClassifier extends NamedRule<string[]> {
  /** What it does with the line and the state. */
  read(state: ParseState, line: string): Outcome;
}

/** Once the story has begun (a paragraph kept), on any line but the headline. */
const afterFirstParagraph = (s: ParseState): boolean => s.blocks.length >= 1 && s.i !== s.header.title;

/** Takes the line as furniture. */
const took = (s: ParseState, line: string): Outcome => {
  drop(s, line);
  return 'took';
};

export const LINE_CLASSIFIERS: readonly LineClassifier[] = [
  {
    id: 'line.image',
    note: 'A line that was only an image (Markdown or a linked image) is removed as "(image)" and ends the paragraph.',
    read: (s) => (s.lines[s.i].image ? took(s, '(image)') : undefined),
    examples: [{ text: 'Flood warning\n\n![A flooded street](flood.jpg)\n\nThe river rose two metres overnight in the town centre.', expect: [''] }],
    notMatching: ['Flood warning\n\nThe river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.blank',
    note: 'A blank line ends the paragraph and a contact box.',
    read: (s, line) => {
      if (line) return undefined;
      s.contactBlock = false;
      flush(s);
      return 'took';
    },
    examples: [{ text: 'The river rose two metres overnight in the town centre.\n\nThe council opened a rest centre at the school hall.', expect: [''] }],
    notMatching: ['The river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.home-link',
    note: 'The site\'s name on its home link ("The Meridian - Back to homepage") is noted as the outlet.',
    read: (s, line) => {
      if (s.siteName !== undefined) return undefined;
      s.siteName = siteNameOfHomeLink(line);
      return s.siteName ? 'noted' : undefined;
    },
    examples: [{ text: 'The Meridian - Back to homepage\n\nFlood warning\n\nThe river rose two metres overnight in the town centre.', expect: ['The Meridian - Back to homepage'] }],
    notMatching: ['Flood warning\n\nThe river rose two metres overnight, and families were sent home from the rest centre.'],
  },
  {
    id: 'line.release-issuer',
    note: 'The line after "NEWS PROVIDED BY", when short and not a sentence, names the organisation that issued the release.',
    read: (s, line) => {
      if (!s.pendingReleaseOutlet) return undefined;
      s.pendingReleaseOutlet = false;
      if (line.length > 80 || TERMINAL.test(line)) return undefined;
      s.releaseOutlet ??= line;
      return took(s, line);
    },
    examples: [{ text: 'NEWS PROVIDED BY\nMarrow Vale Health Trust\n\nThe trust opened a new ward on Monday, its chief executive said.', expect: ['Marrow Vale Health Trust'] }],
    notMatching: ['NEWS PROVIDED BY\nThe trust opened a new ward on Monday, its chief executive said.'],
  },
  {
    id: 'line.provided-by-label',
    note: 'A bare "NEWS PROVIDED BY": the next line names the issuer.',
    read: (s, line) => {
      if (!/^(?:news |content |story )?provided by\s*:?$/i.test(line)) return undefined;
      s.pendingReleaseOutlet = true;
      return took(s, line);
    },
    examples: [{ text: 'NEWS PROVIDED BY\nMarrow Vale Health Trust\n\nThe trust opened a new ward on Monday, its chief executive said.', expect: ['NEWS PROVIDED BY'] }],
    notMatching: ['Meals provided by volunteers reached 300 homes on Monday, the charity said.'],
  },
  {
    id: 'line.provided-by-outlet',
    note: '"Provided by The Ledger": the outlet a syndicated page (an aggregator\'s copy) credits.',
    read: (s, line) => {
      const provider = /^(?:content |story )?provided by\s*:?\s+(?<outlet>.{2,60})$/i.exec(line)?.groups;
      if (!provider || TERMINAL.test(provider.outlet)) return undefined;
      s.releaseOutlet ??= provider.outlet.trim();
      return took(s, line);
    },
    examples: [{ text: 'Provided by The Ledger\n\nThe river rose two metres overnight in the town centre.', expect: ['Provided by The Ledger'] }],
    notMatching: ['Provided by volunteers.\n\nThe river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.release-source',
    note: 'A press release\'s "SOURCE Marrow Vale Health Trust" line is noted as the outlet (what follows it is furniture).',
    read: (s, line) => {
      s.source = releaseSource(line);
      if (!s.source) return undefined;
      s.releaseOutlet ??= s.source;
      return 'noted';
    },
    examples: [{ text: 'The trust opened a new ward on Monday, its chief executive said.\n\nSOURCE Marrow Vale Health Trust', expect: ['SOURCE Marrow Vale Health Trust'] }],
    notMatching: ['The source of the leak was found on Monday, the water company said.'],
  },
  {
    id: 'line.after-story-end',
    note: 'In a contact box, an "About" box or after a tail marker, lines are furniture (what they say about the copyright holder or writer is kept); after a tail marker a long paragraph of prose (a late update) stays.',
    read: (s, line) => {
      if (!s.contactBlock && !s.aboutMode && !s.tailMode) return undefined;
      if (isContactHeading(line)) s.contactBlock = true;
      s.copyright ??= copyrightHolder(line);
      s.author ??= writtenBy(line);
      const lateProse = s.tailMode && !s.aboutMode && TERMINAL.test(line) && line.split(/\s+/).length >= 25;
      if (!s.contactBlock && !s.source && lateProse) return undefined;
      if (s.source) s.aboutMode = false;
      return took(s, line);
    },
    examples: [
      {
        text: 'Rescue at the quarry\n\nTwo walkers were brought down from the quarry on Saturday night after one of them slipped.\n\nThe team was out for five hours in the rain.\n\nThe pair were checked at the base and went home.\n\nReferences\nTeam log, callout 41\nCounty map',
        expect: ['Team log, callout 41', 'County map'],
      },
    ],
    notMatching: ['Rescue at the quarry\n\nTwo walkers were brought down from the quarry on Saturday night after one of them slipped.\n\nThe pair went home.'],
  },
  {
    id: 'line.caption-text',
    note: 'The line after a bare "Image caption," label, when at most 300 characters, is the caption.',
    read: (s, line) => {
      if (!s.captionNext) return undefined;
      s.captionNext = false;
      return line.length <= 300 ? took(s, line) : undefined;
    },
    examples: [{ text: 'Flood warning\n\nImage caption,\nA flooded street in the town centre\n\nThe river rose two metres overnight in the town centre.', expect: ['A flooded street in the town centre'] }],
    notMatching: ['Flood warning\n\nA flooded street in the town centre\n\nThe river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.caption-label',
    note: 'A bare caption label ("Image caption,", "Photo caption:"): the next line is the caption.',
    read: (s, line) => {
      if (!/^(?:image |photo |video )?caption\s*[,:]?$/i.test(line)) return undefined;
      s.captionNext = true;
      return took(s, line);
    },
    examples: [{ text: 'Flood warning\n\nImage caption,\nA flooded street in the town centre\n\nThe river rose two metres overnight in the town centre.', expect: ['Image caption,'] }],
    notMatching: ['Flood warning\n\nCaptions on the council\'s photos were wrong, a spokesman admitted on Monday.'],
  },
  {
    id: 'line.contact-heading',
    note: 'Once the story has begun, a contact heading ("Media contact:") opens a contact box: furniture until a blank line.',
    read: (s, line) => {
      if (!afterFirstParagraph(s) || !isContactHeading(line)) return undefined;
      s.contactBlock = true;
      return took(s, line);
    },
    examples: [{ text: 'The trust opened a new ward on Monday, its chief executive said.\n\nMedia contact:\nAna Ruiz, 01632 960 123', expect: ['Media contact:'] }],
    notMatching: ['Media contact:\nAna Ruiz\n\nThe trust opened a new ward on Monday, its chief executive said.'],
  },
  {
    id: 'line.about-section',
    note: 'In a press release, after two paragraphs, "About <name>" over a paragraph about <name> opens the issuer\'s boilerplate; the name is the release\'s issuer.',
    read: (s, line) => {
      if (!afterFirstParagraph(s) || !s.pressRelease || s.blocks.length < 2) return undefined;
      const about = aboutSection(s.lines, s.i);
      if (!about) return undefined;
      s.aboutName ??= about;
      s.aboutMode = true;
      return took(s, line);
    },
    examples: [
      {
        text: 'FOR IMMEDIATE RELEASE\n\nThe trust opened a new ward on Monday, its chief executive said.\n\nThe ward has 24 beds for older patients.\n\nAbout Marrow Vale Health Trust\nMarrow Vale Health Trust runs three hospitals in the valley.',
        expect: ['About Marrow Vale Health Trust'],
      },
    ],
    notMatching: ['The trust opened a new ward on Monday, its chief executive said.\n\nThe ward has 24 beds for older patients.\n\nAbout Marrow Vale Health Trust\nMarrow Vale Health Trust runs three hospitals in the valley.'],
  },
  {
    id: 'line.tail-marker',
    note: 'After two paragraphs, a tail marker (story-end table: "Written by …", "More from …", "References") ends the story: only furniture follows.',
    read: (s, line) => {
      if (!afterFirstParagraph(s) || s.blocks.length < 2 || s.i <= s.header.prose + 2 || !isTailMarker(line)) return undefined;
      s.author ??= writtenBy(line);
      s.tailMode = true;
      return took(s, line);
    },
    examples: [
      {
        text: 'Rescue at the quarry\n\nTwo walkers were brought down from the quarry on Saturday night after one of them slipped.\n\nThe team was out for five hours in the rain.\n\nThe pair were checked at the base and went home.\n\nReferences\nTeam log, callout 41',
        expect: ['References'],
      },
    ],
    notMatching: ['Rescue at the quarry\n\nReferences\n\nTwo walkers were brought down from the quarry on Saturday night after one of them slipped.'],
  },
  {
    id: 'line.sign-off',
    note: 'A newsletter\'s sign-off over the writer\'s name (and job): "Until next week, / Joanna Markle / Editor, The Lakes Letter". The name is the author.',
    read: (s, line) => {
      const name = lineAt(s, 1);
      if (!afterFirstParagraph(s) || !isSignOff(line) || !name || !isPersonName(name.replace(/^[—–-]\s*/, ''))) return undefined;
      s.author ??= name.replace(/^[—–-]\s*/, '');
      drop(s, line);
      s.removed.push(name);
      s.i++;
      const role = lineAt(s, 1);
      if (role && isRoleLine(role)) s.removed.push(s.lines[++s.i].text);
      return 'took';
    },
    examples: [{ text: 'The lake froze for the first time in a decade this week, and skaters came from miles away.\n\nUntil next week,\nJoanna Markle\nEditor, The Lakes Letter', expect: ['Until next week,'] }],
    notMatching: ['The lake froze for the first time in a decade this week, and skaters came from miles away.\n\nUntil next week,\nthe ice is closed to skaters.'],
  },
  {
    id: 'line.repeated',
    note: 'A short line that comes back (a PDF\'s running header, "Reply" under every comment) is furniture; above the headline it may name the site.',
    read: (s, line) => {
      if (s.i === s.header.title || !s.repeated(line)) return undefined;
      // The site's name over the headline comes back in the footer ("More from Coast Radio News").
      if (s.i < s.header.title) s.masthead ??= mastheadName(line);
      return took(s, line);
    },
    examples: [
      {
        text: 'Kelmouth Council Annual Report\n\nThe council spent £4m on roads this year, the report said.\n\nKelmouth Council Annual Report\n\nThe bypass opened in March after two years of work.',
        // The headline is not dropped as a repeated line; its copy in the footer is.
        expect: ['Kelmouth Council Annual Report'],
      },
    ],
    notMatching: ['The council spent £4m on roads this year, the report said.\n\nThe bypass opened in March after two years of work.'],
  },
  {
    id: 'line.headline',
    note: 'The headline (header.ts) is the title unless the metadata gives one; it ends a "Related" list.',
    read: (s, line) => {
      if (s.i !== s.header.title) return undefined;
      s.inRelatedList = false;
      flush(s);
      s.title ??= line;
      if (s.title !== line) s.removed.push(line);
      s.sawText = true;
      return 'took';
    },
    examples: [{ text: 'Flood warning for the valley\n\nThe river rose two metres overnight in the town centre.', expect: ['Flood warning for the valley'] }],
    notMatching: ['The river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.related-link',
    note: 'Under a "Related" heading, list items and short lines that do not end a sentence are links to other stories; any other line ends the list.',
    read: (s, line) => {
      if (s.inRelatedList && (isListItem(line) || (!/[.!…]["”’')\]]*$/.test(line) && line.split(/\s+/).length <= 15))) return took(s, line);
      s.inRelatedList = false;
      return undefined;
    },
    examples: [
      {
        text: 'Flood warning for the valley\n\nThe river rose two metres overnight in the town centre.\n\nRelated\nCouncil opens rest centre at school\nBridge closed after storm',
        expect: ['Council opens rest centre at school', 'Bridge closed after storm'],
      },
    ],
    notMatching: ['Flood warning for the valley\n\nThe river rose two metres overnight in the town centre.\n\nCouncil opens rest centre at school'],
  },
  {
    id: 'line.continues-sentence',
    note: 'A line in lower case after an unfinished sentence of some length ("at 23.40." after a page footer) is prose.',
    read: (s, line) => {
      const open = s.current.length ? s.current[s.current.length - 1] : s.blocks[s.blocks.length - 1]?.text;
      if (!/^\p{Ll}/u.test(line) || !open || !isOpenSentence(open)) return undefined;
      s.sawText = true;
      s.current.push(line);
      return 'took';
    },
    examples: [{ text: 'The river rose two metres overnight and the council declared a major incident\nat 23.40 on Sunday.', expect: ['at 23.40 on Sunday.'] }],
    notMatching: ['The river rose two metres overnight.\nat 23.40 on Sunday.'],
  },
  {
    id: 'line.furniture',
    note: 'Page furniture (furniture, captions and related-headings tables) goes; what it tells (dates, copyright holder, newsletter, a byline near the top) is kept, and a "Related" heading opens a list of links.',
    read: (s, line) => {
      const relatedHeading = isRelatedHeading(line);
      if (!isBoilerplate(line) && !relatedHeading) return undefined;
      // "Weather" or "Obituaries" in a menu is a link; under the story's first paragraphs it heads a sidebar.
      s.inRelatedList = (relatedHeading && (s.blocks.length > 0 || !/^(?:weather|obituaries|death notices)$/i.test(line))) || /^(?:related|read more|more)\s*:?$/i.test(line);
      noteFurniture(s, line);
      // Which furniture rule it was, for a trace that asks.
      if (s.trace) s.trace(furnitureRuleOf(line) ?? 'furniture.unknown', line);
      return took(s, line);
    },
    examples: [{ text: 'Flood warning for the valley\n\nShare this article\n\nThe river rose two metres overnight in the town centre.', expect: ['Share this article'] }],
    notMatching: ['Flood warning for the valley\n\nShare prices fell sharply on Tuesday after the results.'],
  },
  {
    id: 'line.name-over-outlet',
    note: 'Near the top, a name over its outlet, job or (under the headline) date line is the byline: "Ellen Hartigan / ABN News, Dunmere".',
    read: (s, line) => {
      const under = lineAt(s, 1);
      const underHeadline = s.header.title >= 0 && s.i > s.header.title && s.i < s.header.prose;
      if (s.blocks.length >= 2 || s.i >= s.header.prose + 3 || !under || !isPersonName(line)) return undefined;
      if (!isRoleLine(under) && !outletLine(under) && !(underHeadline && isDateLine(under))) return undefined;
      s.author ??= line;
      // "Tom Achebe-Reyes / Mon 3 Nov 2025 07.00 GMT": the date line is read as a date on its own turn.
      if (isDateLine(under)) return took(s, line);
      s.bylineOutlet ??= outletLine(under);
      drop(s, line);
      s.removed.push(under);
      s.i++;
      return 'took';
    },
    examples: [{ text: 'Flood warning for the valley\n\nEllen Hartigan\nABN News, Dunmere\n\nThe river rose two metres overnight in the town centre.', expect: ['Ellen Hartigan'] }],
    notMatching: ['Flood warning for the valley\n\nEllen Hartigan\n\nThe river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.byline',
    note: 'Near the top, a byline ("By Jane Doe, The Ledger", a profile link, "Jane Doe | Reuters") gives the author, outlet and date.',
    read: (s, line) => {
      const byline = s.blocks.length < 4 && (s.i < s.header.prose + 3 || s.blocks.length === 0) ? bylineOf(s.lines[s.i]) : undefined;
      if (!byline) return undefined;
      // "Posted on 19 November 2025 by Jane Doe": the byline carries the date.
      const date = dateOfLine(line);
      if (date) s.dates.push(date);
      s.author ??= byline.author;
      s.bylineOutlet ??= byline.outlet;
      return took(s, line);
    },
    examples: [{ text: 'Flood warning for the valley\n\nBy Ana Ruiz, The Ledger\n\nThe river rose two metres overnight in the town centre.', expect: ['By Ana Ruiz, The Ledger'] }],
    notMatching: ['Flood warning for the valley\n\nThe river rose two metres overnight in the town centre, by the bridge.'],
  },
  {
    id: 'line.post-account',
    note: 'An embedded post\'s account line ("Ana Ruiz@AnaRuizMayor"): the next paragraph is the post.',
    read: (s, line) => {
      const account = parsePostAccount(line);
      if (!account) return undefined;
      flush(s);
      s.pendingPost = account;
      s.removed.push(line);
      return 'took';
    },
    examples: [{ text: 'The mayor replied within the hour.\n\nAna Ruiz@AnaRuizMayor\nWe will reopen the bridge on Friday.', expect: ['Ana Ruiz@AnaRuizMayor'] }],
    notMatching: ['The mayor replied within the hour at ana@council.example, her office said.'],
  },
  {
    id: 'line.markdown-heading',
    note: 'A Markdown heading: before any text it is the headline, later a section title (not prose).',
    read: (s, line) => {
      if (!/^#{1,6}\s/.test(line)) return undefined;
      flush(s);
      if (!s.sawText && s.title === undefined) s.title = line.replace(/^#+\s*/, '');
      s.removed.push(line);
      return 'took';
    },
    examples: [{ text: 'The river rose two metres overnight in the town centre.\n\n## What happens next\n\nThe council will meet on Monday.', expect: ['## What happens next'] }],
    notMatching: ['The river rose two metres overnight in the town centre.\n\n#3 on the list was the bridge.'],
  },
  {
    id: 'line.kicker',
    note: 'Between the headline and the story, a short line in label case standing alone is a kicker, label or subtitle (a standfirst in sentence case is kept).',
    read: (s, line) => {
      const { title, prose } = s.header;
      if (title < 0 || s.i <= title || s.i >= prose || isProse(line) || TERMINAL.test(line) || !isLabelCase(line)) return undefined;
      const before = lineAt(s, -1);
      const after = lineAt(s, 1);
      if ((before && s.i - 1 !== title && s.removed[s.removed.length - 1] !== before) || (after && /^\p{Ll}/u.test(after))) return undefined;
      return took(s, line);
    },
    examples: [{ text: 'Flood warning for the valley\nExclusive\n\nThe river rose two metres overnight in the town centre.', expect: ['Exclusive'] }],
    notMatching: ['Flood warning for the valley\nCouncillors argue over a $40m plan\n\nThe river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.above-headline',
    note: 'Above the headline only prose is kept: site names, taglines and section labels are not the story (a masthead names the outlet).',
    read: (s, line) => {
      if (s.i >= s.header.title || isProse(line)) return undefined;
      s.masthead ??= mastheadName(line);
      return took(s, line);
    },
    examples: [{ text: 'The Harbor Ledger\nSections\n\nFlood warning for the valley\nBy Ana Ruiz\n\nThe river rose two metres overnight in the town centre.', expect: ['The Harbor Ledger', 'Sections'] }],
    notMatching: ['Flood warning for the valley\n\nThe river rose two metres overnight in the town centre.'],
  },
  {
    id: 'line.short-label',
    note: 'A short label standing alone ("Share", "Key events", "142") is a widget; not the last line of a hard-wrapped paragraph, nor an embedded post\'s body.',
    read: (s, line) => {
      const previous = s.current[s.current.length - 1];
      const following = lineAt(s, 1);
      if (!isShortLabel(line) || s.pendingPost || (previous !== undefined && !TERMINAL.test(previous) && previous.length >= 50)) return undefined;
      if (following && /^\p{Ll}/u.test(following) && !isBoilerplate(following)) return undefined;
      return took(s, line);
    },
    examples: [{ text: 'Flood warning for the valley\n\nThe river rose two metres overnight in the town centre.\n\nKey events\n\nThe council opened a rest centre at the school.', expect: ['Key events'] }],
    notMatching: ['Flood warning for the valley\n\nThe river rose two metres overnight in the town centre and the council opened\na rest centre'],
  },
  {
    id: 'line.prose',
    note: 'Any other line is the story\'s text: it joins the paragraph being read.',
    read: (s, line) => {
      s.sawText = true;
      s.current.push(line);
      return 'took';
    },
    examples: [{ text: 'The river rose two metres overnight in the town centre.', expect: ['The river rose two metres overnight in the town centre.'] }],
    notMatching: ['Share this article'],
  },
];

/** What a furniture line tells: the page's dates, its copyright holder, a newsletter's name, a byline near the top. */
function noteFurniture(s: ParseState, line: string): void {
  // "Updated 3:45 PM EST, Tue March 5, 2024", "FOR IMMEDIATE RELEASE – 28 May 2025": the page's dates.
  if (isDateLine(line) || (line.length <= 80 && !copyrightHolder(line))) {
    const date = dateOfLine(line);
    if (date) s.dates.push(date);
  }
  s.copyright ??= copyrightHolder(line);
  s.newsletter ??= newsletterName(line);
  // "Story by Jane Doe • 2h", "Posted on 19 May 2025 by Jane Doe": a date line that is a byline too.
  const credited = s.blocks.length < 4 && s.i < s.header.prose + 3 ? parseByline(line) : undefined;
  if (credited) {
    s.author ??= credited.author;
    s.bylineOutlet ??= credited.outlet;
  }
}
