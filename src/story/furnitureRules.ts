/**
 * Page furniture, as named rules: widgets and menus, consent banners, newsletter boxes, wire footers,
 * forum and comment chrome, translation notices, press-release marks, imprints, weather, page numbers
 * (table `furniture`); and image captions and credits (table `captions`). General rules about pages, never
 * about one story.
 *
 * Every rule is anchored to the line, and a line is only ever furniture within a bound (`withinFurniture`:
 * at most MAX_FURNITURE characters and three sentence ends; captions 160 or 400 characters): a longer line
 * is text whatever words it has, so a paste that lost its line breaks keeps its paragraphs (issue 14).
 * Each rule's non-examples are news sentences that use its words and must stay.
 */
import { isDateLine } from './dateLines.ts';
import { digitBeforeComma, fewWords, isNavLine, isTaglineWithIssue, sentenceEnds } from './furnitureShapes.ts';
import { gated, lineRuleTable, recognises, type LineRule, type LineTest } from './lineRules.ts';

export { gated, type GatedPattern, type LineTest } from './lineRules.ts';

/** The longest line that may be page furniture: a cookie banner or a wire footer of two sentences. */
export const MAX_FURNITURE = 400;

/** A line that may be furniture at all: not empty, at most MAX_FURNITURE characters and three sentence ends. */
export function withinFurniture(text: string): boolean {
  return text.length > 0 && text.length <= MAX_FURNITURE && sentenceEnds(text) <= 3;
}

/** An agency credit in capitals and the name after it: "REUTERS/Anna Roe", "AP Photo/Jon Doe". */
const AGENCY_CREDIT = /\b(?:REUTERS|AFP|EPA|AP Photo|AP)\s?\/\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*/u;

/** The words a date stamp opens with (a pre-check: the stamp's pattern says which of their forms). */
const STAMP_WORD = /^(?:updated|published|posted|last|page|date|issued)/i;
/** A mark that ends a sentence, other than a dot before a comma ("12 Harbour St.,"): an address has none. */
const SENTENCE_MARK = /[!?]|\.(?!,)/;

const WEATHER_WORDS = 'sunny|cloudy|partly|mostly|clear|rain|rainy|showers?|thunderstorms?|storms?|snow|fog|foggy|windy|overcast|likely|chance|of|and|light|heavy|fair|drizzle|sleet|hail|humid|breezy|hi|lo|high|low';

/** Lines that are page furniture (within the bound). */
export const FURNITURE_RULES: readonly LineRule[] = [
  // Widgets, menus and rails.
  {
    id: 'furniture.share-links',
    note: 'A share widget: "Share this article", "Share on Facebook", "Share via Email".',
    line: /^share(?: (?:this|the) (?:article|story|page|post|link)\b| (?:on|via|to|with) \S| (?:article|story|button|link)\b|:)[^.!?]{0,80}$/i,
    examples: recognises('Share this article', 'Share on Facebook', 'Share via Email'),
    notMatching: ['Share prices fell sharply on Tuesday after the results.', 'Share this with your neighbours, the mayor urged residents on Friday.'],
  },
  {
    id: 'furniture.share-run-together',
    note: 'A widget label run into the next one: "Share this articleComments".',
    line: { test: (text) => /^share this (?:article|story)/i.test(text) && text.length < 60 },
    examples: recognises('Share this articleComments', 'Share this storyPrint'),
    notMatching: ['Share this story with anyone who was on the 6.40 ferry that morning, police said.'],
  },
  {
    id: 'furniture.widget-label',
    note: 'A button or link standing alone: "Comments", "Advertisement", "Print", "WhatsApp".',
    line: /^(?:comments?|close button|advertisement|ad|sponsored(?: content)?|skip (?:to|navigation).*|print|email|whatsapp|facebook|twitter|linkedin|reddit)$/i,
    examples: recognises('Comments', 'Advertisement', 'Skip to main content', 'WhatsApp'),
    notMatching: ['Comments from residents filled two hours of the meeting.', 'Print runs of the paper fell by half.'],
  },
  {
    id: 'furniture.pinned-label',
    note: 'A live blog\'s label over the post it keeps at the top.',
    line: /^(?:pinned|pinned (?:post|update|entry|message))$/i,
    examples: recognises('Pinned', 'Pinned post'),
    notMatching: ['Pinned under the wreckage for six hours, the driver survived.'],
  },
  {
    id: 'furniture.more-rail',
    note: 'The heading of a rail of other stories: "More stories", "Latest news", "More from this section".',
    line: /^(?:more|also|related|recommended|trending|popular|latest|top stories)(?: stories| articles| news| coverage| from this section| in [\w ]+| on [\w ]+)?:?$/i,
    examples: recognises('More stories', 'Latest news', 'More from this section', 'Related:'),
    notMatching: ['More than 200 people attended the vigil.', 'Latest figures show a rise in admissions.'],
  },
  {
    id: 'furniture.read-more-link',
    note: 'A link to another page: "Read more: …", "See also the council\'s statement".',
    line: /^(?:read|see) (?:more|also|next)\b.{0,150}$/i,
    examples: recognises('Read more about the flood defences', 'See also: the council’s statement'),
    notMatching: ['Readers saw more of the mayor than usual this year.', 'Read the full statement on the council website, officials said.'],
  },
  {
    id: 'furniture.related-link',
    note: 'A label and the linked headline after it: "Related: Council votes on budget", "Watch: the rescue".',
    line: /^(?:related(?: videos?| stories| articles)?|read more|more|see also|also read|watch|listen|recommended)\s*:\s*\S.{0,200}$/i,
    examples: recognises('Related: Council votes on the harbour budget', 'Watch: the moment the bridge reopened'),
    notMatching: ['Related cases are expected to follow, the judge said.', 'Watch crews worked through the night.'],
  },
  {
    id: 'furniture.get-more-stories',
    note: 'An aggregator\'s prompt: "Get more stories like this in your feed".',
    line: /^get more (?:stories|news|articles|coverage)\b[^.!?]{0,80}$/i,
    examples: recognises('Get more stories like this in your feed'),
    notMatching: ['Get more buses on the road, the campaigners told the council.'],
  },
  {
    id: 'furniture.appears-in-issue',
    note: 'A magazine\'s note on where a piece was printed.',
    line: /^this (?:article|story|piece|essay) (?:appears|appeared|was (?:first |originally )?published|originally appeared|first appeared) in\b.{0,160}$/i,
    examples: recognises('This article appears in the March 2025 issue', 'This piece was first published in The Lakes Letter'),
    notMatching: ['This story appeared to end when the ferry was found.'],
  },
  {
    id: 'furniture.subscribe-here',
    note: 'A subscription link on its own.',
    line: /^subscribe here\.?$/i,
    examples: recognises('Subscribe here', 'Subscribe here.'),
    notMatching: ['Subscribe here and you fund local reporting, the editor wrote in her final column.'],
  },
  {
    id: 'furniture.listen-live',
    note: 'A radio or podcast player: "Listen to the episode", "Tune in live at 6pm".',
    line: /^(?:listen|tune in) (?:to|on|live)\b.{0,60}[^.!?]$/i,
    examples: recognises('Listen to this episode', 'Tune in live at 6pm'),
    notMatching: ['Listen to the families, the coroner told the inquiry.'],
  },
  {
    id: 'furniture.sign-up',
    note: 'A sign-up box: "Sign up for our morning briefing".',
    line: /^(?:sign up|subscribe)\b.{0,80}$/i,
    examples: recognises('Sign up for our morning briefing', 'Subscribe to The Harbor Ledger'),
    notMatching: ['Signups rose after the storm.', 'Sign-ups for the volunteer scheme doubled in a week after the appeal went out on local radio, organisers said.'],
  },
  {
    id: 'furniture.click-here',
    note: 'A link prompt: "Click here to read more", "Follow us on Instagram".',
    line: /^(?:click here|follow us)\b.{0,80}$/i,
    examples: recognises('Click here for the full timetable', 'Follow us on Instagram'),
    notMatching: ['Clicking the link opened a fake bank page, police said.'],
  },
  {
    id: 'furniture.breaking-notice',
    note: 'The notice a developing story opens with.',
    line: /^this is a (?:breaking|developing) (?:news )?story\b.*$/i,
    examples: recognises('This is a breaking news story and will be updated.', 'This is a developing story'),
    notMatching: ['This is a story about a town that refused to give up, the director said.'],
  },
  {
    id: 'furniture.release-label',
    note: 'A press release\'s labels: "FOR IMMEDIATE RELEASE", "Embargoed until 00:01", "-ENDS-".',
    line: /^(?:press release|news release|media release|for immediate release|embargoed(?: until)?|ends|-?\s?ends\s?-?)\b.{0,60}$/i,
    examples: recognises('FOR IMMEDIATE RELEASE', 'Embargoed until 00:01 Thursday 4 May', '-ENDS-'),
    notMatching: ['Endsleigh Road was closed for three hours.', 'Press releases from the ministry were delayed on Monday because of the strike by civil servants and their union.'],
  },
  {
    id: 'furniture.update-notice',
    note: 'A note that the story changes: "This story has been updated".',
    line: /^(?:this (?:story|article) (?:is developing|has been updated|will be updated))\b.*$/i,
    examples: recognises('This story has been updated with a statement from the council.', 'This article will be updated'),
    notMatching: ['This story has been told many times, but never by the miners themselves.'],
  },
  {
    id: 'furniture.check-back',
    note: 'A live page\'s prompt: "Please check back for updates".',
    line: /^please (?:check|refresh) back\b.*$/i,
    examples: recognises('Please check back for updates.'),
    notMatching: ['Please check your tickets, the rail operator told passengers on Sunday.'],
  },
  {
    id: 'furniture.date-stamp',
    note: 'An update or publication stamp with a date and few words: "Updated 3:45 PM EST, Tue March 5, 2024".',
    line: gated((text) => STAMP_WORD.test(text) && fewWords(text), /^(?:updated|published|posted|last updated|(?:page )?last (?:updated|reviewed|modified)|date(?: of (?:notice|publication|issue))?|dated|issued(?: on)?):?\s.{0,60}\d.{0,30}$/i),
    examples: recognises('Updated 3:45 PM EST, Tue March 5, 2024', 'Published: 12 March 2024', 'Page last reviewed: 2 June 2025'),
    notMatching: ['Issued on Monday, the flood warning covers 12 counties.', 'Published in 1998, the report was ignored for a decade.'],
  },
  {
    id: 'furniture.date-line',
    note: 'A line that is only a date, a time or a timestamp: "Thu 13 Feb 2025 15.10 CET", "2h ago" (dateLines.ts).',
    line: { test: isDateLine },
    examples: recognises('Thu 13 Feb 2025 15.10 CET', '2h ago', '6 min read'),
    notMatching: ['On 13 February 2025 the council met.', 'Two hours ago the road reopened.'],
  },
  {
    id: 'furniture.nav-line',
    note: 'A menu or breadcrumb: "News | Sport | Business", "Home > News > Local".',
    line: { test: isNavLine },
    examples: recognises('News | Sport | Business', 'Home > News > Local'),
    notMatching: ['Profits rose 4% > inflation, the bank said.', 'News of the closure spread quickly.'],
  },
  {
    id: 'furniture.tagline-with-issue',
    note: 'A newsletter\'s tagline with its issue or date: "A weekly letter for small investors · Issue 212 · 15 March 2025".',
    line: { test: isTaglineWithIssue },
    examples: recognises('A weekly letter for small investors · Issue 212 · 15 March 2025'),
    notMatching: ['The weekly letter reached its 212th issue in March.'],
  },
  // Government and council page footers: feedback prompts, contact fields, policy links.
  {
    id: 'furniture.page-feedback',
    note: 'A feedback prompt: "Was this page helpful? Yes No".',
    line: /^(?:was|is) this (?:page|article|information|content) (?:helpful|useful)\b.{0,30}$/i,
    examples: recognises('Was this page helpful?', 'Is this page useful? Yes No'),
    notMatching: ['Was this information useful to the defence, the judge asked the jury to consider carefully.'],
  },
  {
    id: 'furniture.report-problem',
    note: 'A feedback link: "Report a problem with this page".',
    line: /^report (?:a|an) (?:problem|error|mistake|issue|fault)\b[^.!?]{0,60}$/i,
    examples: recognises('Report a problem with this page'),
    notMatching: ['Report a fault on the line to the operator, residents were told. Repairs began on Friday.'],
  },
  {
    id: 'furniture.policy-links',
    note: 'Footer links: "Privacy policy", "Terms of use", "Accessibility statement".',
    line: /^(?:accessibility(?: statement)?|privacy(?: (?:and|&) cookies| policy| notice)?|terms (?:of (?:use|service)|and conditions|& conditions)|cookie policy|sitemap|feedback)$/i,
    examples: recognises('Privacy policy', 'Terms of use', 'Accessibility statement'),
    notMatching: ['Privacy campaigners criticised the plan.', 'Feedback from parents was mostly positive.'],
  },
  {
    id: 'furniture.contact-field',
    note: 'A contact field: "Tel: 01632 960 123", "Email: press@council.example".',
    line: /^(?:tel|telephone|phone|mobile|fax|e-?mail)\s*:\s*[\w@.+()\/ -]{3,60}$/i,
    examples: recognises('Tel: 01632 960 123', 'Email: press@council.example'),
    notMatching: ['Telephone lines were down across the valley for two days.'],
  },
  {
    id: 'furniture.ad-slot',
    note: 'An advertising slot: "Advertisement · Scroll to continue", "ADVERTISEMENT - CONTINUE READING BELOW".',
    line: /^(?:advertisement|sponsored|ad)\b[\s·•|:-]+.{0,40}$/i,
    examples: recognises('Advertisement · Scroll to continue', 'ADVERTISEMENT - CONTINUE READING BELOW'),
    notMatching: ['Advertisements for the scheme ran in every paper.', 'Sponsored by the council, the race drew 3,000 runners.'],
  },
  // Cookie and consent banners.
  {
    id: 'furniture.privacy-banner',
    note: 'A consent banner\'s opening: "We value your privacy".',
    line: /^we (?:value|care about) your privacy\b/i,
    examples: recognises('We value your privacy', 'We care about your privacy and use cookies to improve your experience.'),
    notMatching: ['We valued the privacy of the families above all, the coroner said.'],
  },
  {
    id: 'furniture.cookie-notice',
    note: 'A site that says it uses cookies: "We use cookies to improve your experience".',
    line: /^(?:we|this (?:web)?site|our (?:web)?site)\b.{0,120}\bcookies?\b/i,
    examples: recognises('We use cookies to improve your experience.', 'This website uses cookies.'),
    notMatching: ['Regulators said the site must let users refuse cookies at any time, and the company agreed.', 'Bakers sold 4,000 cookies at the fair.'],
  },
  {
    id: 'furniture.cookie-banner',
    note: 'A banner that opens like one and offers choices: "You can change your cookie preferences at any time".',
    line: {
      test: (text) =>
        text.length <= 520 &&
        /^(?:we|this (?:web)?site|our (?:web)?site|by using|you can|to (?:change|manage|withdraw))\b/i.test(text) &&
        /\bcookies?\b/i.test(text) &&
        /\b(?:your (?:choices|preferences|consent|settings)|at any time)\b/i.test(text) &&
        // What a banner offers: consent and settings, not cookies to eat.
        /\b(?:accept|consent|preferences?|settings|manage|privacy|policy|withdraw|change|disable|enable|block|delete|uses?)\b/i.test(text),
    },
    examples: recognises('By using this site you accept cookies. You can change your preferences at any time.', 'To manage cookies, update your settings at any time.'),
    notMatching: ['Guests can eat the cookies at any time, the baker joked.', 'You can eat the cookies at any time, the baker said.', 'Regulators said the site must let users refuse cookies at any time, and the company agreed.'],
  },
  {
    id: 'furniture.consent-buttons',
    note: 'A consent banner\'s buttons: "Accept all", "Reject cookies".',
    line: /^(?:accept|reject|allow|decline)(?: all| cookies| all cookies)?$/i,
    examples: recognises('Accept all', 'Reject cookies', 'Decline'),
    notMatching: ['Accept all the offers, the union advised its members.'],
  },
  {
    id: 'furniture.cookie-settings',
    note: 'A consent banner\'s settings link: "Manage preferences", "Cookie settings".',
    line: /^(?:manage|cookie) (?:preferences|settings|options)\b/i,
    examples: recognises('Manage preferences', 'Cookie settings'),
    notMatching: ['Managers said preferences for remote work had grown.'],
  },
  {
    id: 'furniture.javascript-notice',
    note: 'A notice for browsers without scripts: "Please enable JavaScript to view this page".',
    line: /\b(?:turn on|enable) javascript\b|\byour browser (?:does not|doesn't) support\b/i,
    examples: recognises('Please enable JavaScript to view the comments.', 'Your browser does not support the video tag.'),
    notMatching: ['Engineers said the browser update fixed the flaw.'],
  },
  // Newsletter boxes.
  {
    id: 'furniture.newsletter-inbox',
    note: 'A newsletter box: "The best of the week, straight to your inbox".',
    line: /^.{0,80}\b(?:in|to) your inbox\b.{0,80}$/i,
    examples: recognises('The best of the week, straight to your inbox', 'Get the morning briefing in your inbox'),
    notMatching: ['Scam emails that land in an inbox often imitate banks.'],
  },
  {
    id: 'furniture.sign-up-terms',
    note: 'A sign-up box\'s small print: "By signing up, you agree to our Terms".',
    line: {
      test: (text) =>
        text.length <= 360 && /^by (?:signing up|subscribing|clicking|registering|continuing)\b/i.test(text) && /\b(?:you (?:agree|accept|consent)|privacy|terms|cookies?|newsletters?|marketing)\b/i.test(text),
    },
    examples: recognises('By signing up, you agree to our Terms of Use and Privacy Policy.', 'By subscribing you accept our marketing terms.'),
    notMatching: ['By continuing the strike into a third week, the union hopes to force a new offer.', 'By signing up 400 new members, the club doubled in size.'],
  },
  {
    id: 'furniture.email-field',
    note: 'A sign-up field: "Enter your email address".',
    line: /^(?:enter|type) your (?:email|e-mail)\b/i,
    examples: recognises('Enter your email address', 'Type your email'),
    notMatching: ['Entering the email into the form was enough to steal the account, investigators said.'],
  },
  {
    id: 'furniture.thanks-for-reading',
    note: 'A newsletter\'s close: "Thanks for reading The Lakes Letter!".',
    line: /^thanks for reading\b.{0,200}$/i,
    examples: recognises('Thanks for reading The Lakes Letter! Subscribe for free to receive new posts.'),
    notMatching: ['Thanks to readers, the appeal raised £40,000.'],
  },
  // Wire and newsroom footers: credits, standards, contact boxes, transcript notices.
  {
    id: 'furniture.wire-credits',
    note: 'A wire story\'s credits: "Reporting by Jane Doe; Editing by John Roe".',
    // Credits name people or a desk; a clause with its own verb after them ("Research by the university found…") is news.
    line: {
      test: (text) =>
        /^(?:(?:-{1,2}|—|–)\s*)?(?:\(?(?:additional )?(?:reporting|writing|editing|research|compiled|produced|graphics?) by\b.{0,200})$/i.test(text) &&
        !/\b(?:found|finds|showed|shows|suggests|suggested|says|said|revealed|reveals|was|were|is|are|has|have|had|will|would)\b/.test(text),
    },
    examples: recognises('Reporting by Ana Ruiz; Editing by Tom Li', '(Additional reporting by Sam Roe)', '-- Compiled by the news desk'),
    notMatching: ['Research from the university found the river was cleaner than in 1990.', 'Research by the university found the river was cleaner than in 1990.'],
  },
  {
    id: 'furniture.our-standards',
    note: 'A wire footer: "Our Standards: The Trust Principles."',
    line: /^our standards\b/i,
    examples: recognises('Our Standards: The Trust Principles.'),
    notMatching: ['Our standard of care fell short, the hospital admitted.'],
  },
  {
    id: 'furniture.copyright-line',
    note: 'A copyright line, or a short line that ends "All rights reserved".',
    line: {
      test: (text) =>
        /\ball rights reserved\b/i.test(text) && ((text.length <= 460 && /^(?:©|\(c\)|copyright\b)/i.test(text)) || (text.length <= 180 && /\ball rights reserved\.?$/i.test(text))),
    },
    examples: recognises('© 2024 Reuters. All rights reserved.', 'The Harbor Ledger 2025. All rights reserved'),
    notMatching: ['The label said all rights reserved for the estate would pass to his daughter in 2030.', 'Copyright lawyers said the case could take years.'],
  },
  {
    id: 'furniture.reproduction-notice',
    note: 'A rights notice: "This material may not be published, broadcast, rewritten or redistributed."',
    line: /^(?:this (?:material|article|story) may not be (?:published|reproduced))\b/i,
    examples: recognises('This material may not be published, broadcast, rewritten or redistributed.'),
    notMatching: ['This story may not have a happy ending, the rescuers warned.'],
  },
  {
    id: 'furniture.transcript-notice',
    note: 'A broadcaster\'s note: "Transcripts are created on a rush deadline".',
    line: /^transcripts? (?:is|are|was|were) (?:created|produced|provided|generated|prepared)\b/i,
    examples: recognises('Transcripts are created on a rush deadline by a contractor.'),
    notMatching: ['Transcripts of the hearing were released on Friday.'],
  },
  {
    id: 'furniture.news-tip',
    note: 'A newsroom\'s appeal: "Have a story? Email the newsroom".',
    line: /^(?:do you )?have a (?:news )?(?:story|tip)\b.{0,150}$/i,
    examples: recognises('Have a story? Email news@ledger.example', 'Do you have a news tip?'),
    notMatching: ['Having a story to tell kept him going, his sister said.'],
  },
  {
    id: 'furniture.contact-us',
    note: 'A contact box: "Contact us at news@ledger.example".',
    line: /^(?:contact|email|e-mail|reach) (?:us|our newsroom|the newsroom)\b.{0,150}$/i,
    examples: recognises('Contact us at news@ledger.example', 'Reach the newsroom on 01632 960 000'),
    notMatching: ['Contact usually resumes after a week, the coastguard said.'],
  },
  {
    id: 'furniture.app-promo',
    note: 'An app promotion: "Download the Ledger app".',
    line: /^(?:download|get) (?:the|our) .{0,40}\bapp\b.{0,40}$/i,
    examples: recognises('Download the Ledger app', 'Get our free news app for iPhone'),
    notMatching: ['Get the apples in before the frost, growers were told.'],
  },
  {
    id: 'furniture.external-links-disclaimer',
    note: 'A broadcaster\'s footer: "The BBC is not responsible for the content of external sites."',
    line: /\b(?:is|are) not responsible for the content of external (?:sites|websites|links|internet sites)\b/i,
    examples: recognises('The Ledger is not responsible for the content of external sites.'),
    notMatching: ['The council is not responsible for the content of the leaflets, a spokesman said.'],
  },
  {
    id: 'furniture.external-links-heading',
    note: 'A list heading: "Related internet links".',
    line: /^related (?:internet|external) links$/i,
    examples: recognises('Related internet links'),
    notMatching: ['Related internet links were shared thousands of times.'],
  },
  {
    id: 'furniture.licensing-rights',
    note: 'A wire page\'s button: "Purchase Licensing Rights, opens new tab".',
    line: /^(?:purchase )?licensing rights\b[^.!?]{0,40}$/i,
    examples: recognises('Purchase Licensing Rights, opens new tab', 'Licensing rights'),
    notMatching: ['The studio bought the licensing rights to the novel for an undisclosed sum.', 'Licensing rights for the match were sold to a streaming service for £40m.'],
  },
  // Tag lists and counters.
  {
    id: 'furniture.tag-list',
    note: 'A tag list: "Topics: Floods, Council".',
    line: /^(?:suggested )?(?:topics|tags|filed under|categories|more about|related topics)\s*:/i,
    examples: recognises('Topics: Floods, Kelmouth Council', 'Filed under: Politics'),
    notMatching: ['Topics included the budget and the bypass.'],
  },
  {
    id: 'furniture.share-counter',
    note: 'A counter: "142 comments", "1.2k shares".',
    line: /^\d[\d,.]*k?\s+(?:comments?|shares?|replies|reactions)$/i,
    examples: recognises('142 comments', '1.2k shares'),
    notMatching: ['142 comments were received during the consultation.'],
  },
  {
    id: 'furniture.comment-count',
    note: 'A comment link with its count: "Comments (12)".',
    line: /^(?:comments?|replies|responses)\s*\(\d[\d,]*\)$/i,
    examples: recognises('Comments (12)', 'Replies (3)'),
    notMatching: ['Responses (from 12 councils) were mixed.'],
  },
  {
    id: 'furniture.sign-in-to-comment',
    note: 'A comment box: "Sign in to comment".',
    line: /^(?:sign|log) in to (?:comment|reply|read)\b/i,
    examples: recognises('Sign in to comment', 'Log in to reply'),
    notMatching: ['Signing in to read the files took the auditors a week.'],
  },
  {
    id: 'furniture.sign-in-to-join',
    note: 'A comment box: "Log in or register to join the discussion".',
    line: /^(?:sign|log) in\b.{0,80}\b(?:to (?:comment|reply|join|read)|the (?:discussion|conversation))\b/i,
    examples: recognises('Log in or register to join the discussion'),
    notMatching: ['Logs in the engine room showed the fault began at noon.'],
  },
  {
    id: 'furniture.reading-time',
    note: 'A reading-time label: "6 min read".',
    line: /^(?:\d+ )?min(?:ute)?s? read$/i,
    examples: recognises('6 min read', '4 minutes read'),
    notMatching: ['Minutes read aloud at the meeting showed the vote was close.'],
  },
  {
    id: 'furniture.social-counter',
    note: 'A profile or post counter: "12K followers", "340 likes".',
    line: /^\d[\d,.]*k?\s+(?:followers?|following|claps?|likes?|views?|upvotes?|points?|votes?)$/i,
    examples: recognises('12K followers', '340 likes'),
    notMatching: ['340 votes separated the two candidates.'],
  },
  // Wire desk notes and slugs.
  {
    id: 'furniture.desk-note',
    note: 'A wire desk note in double brackets: "((Corrects paragraph 3 to show …))".',
    line: /^\(\(.{2,300}\)\)$/,
    examples: recognises('((Corrects paragraph 3 to show the vote was on Tuesday))'),
    notMatching: ['(The vote was on Tuesday.)'],
  },
  {
    id: 'furniture.keyword-slug',
    note: 'A wire slug: "Keywords: FLOODS/BRITAIN".',
    line: /^(?:keywords|slugs?|topic codes?)\s*:/i,
    examples: recognises('Keywords: FLOODS/BRITAIN'),
    notMatching: ['Keywords such as "flood" trended all day.'],
  },
  // Forum threads.
  {
    id: 'furniture.forum.sort-menu',
    note: 'A thread\'s sort menu: "Sort by: Best".',
    line: /^sort by\b.{0,30}$/i,
    examples: recognises('Sort by: Best'),
    notMatching: ['Sort by hand, the volunteers were told, because the machine had broken down that morning.'],
  },
  {
    id: 'furniture.forum.thread-level',
    note: 'A comment\'s depth: "level 2".',
    line: /^level \d{1,2}$/i,
    examples: recognises('level 2'),
    notMatching: ['Level 2 of the car park was closed.'],
  },
  {
    id: 'furniture.forum.upvoted',
    note: 'A post\'s vote share: "94% upvoted".',
    line: /^\d{1,3}% upvoted$/i,
    examples: recognises('94% upvoted'),
    notMatching: ['94% upvoted the proposal, the forum said.'],
  },
  {
    id: 'furniture.forum.removed-comment',
    note: 'A removed comment: "[deleted]".',
    line: /^\[(?:deleted|removed)\]$/i,
    examples: recognises('[deleted]', '[removed]'),
    notMatching: ['[Deleted] posts were restored by the court order.'],
  },
  {
    id: 'furniture.forum.more-replies',
    note: 'A thread link: "Load more comments", "3 more replies".',
    line: /^(?:load |view |show |see )?(?:more|all|\d+ more) (?:replies|comments)$/i,
    examples: recognises('Load more comments', '3 more replies'),
    notMatching: ['More replies came from the ministry on Friday.'],
  },
  {
    id: 'furniture.forum.posted-by-handle',
    note: 'A post\'s account line: "Posted by @fellwalker".',
    line: /^(?:posted|submitted|shared|asked) by\s+@[\w.-]+$/i,
    examples: recognises('Posted by @fellwalker'),
    notMatching: ['Posted by hand, the letters arrived a week late.'],
  },
  {
    id: 'furniture.search-box',
    note: 'A search box: "Search", "Search jobs".',
    line: /^search(?: (?:in|jobs|the site|this site|our site|results)\b[^.!?]{0,40})?$/i,
    examples: recognises('Search', 'Search jobs'),
    notMatching: ['Search teams found the boat on Sunday.'],
  },
  // Email newsletters.
  {
    id: 'furniture.newsletter.view-in-browser',
    note: 'An email\'s link: "View this email in your browser".',
    line: /^(?:view|read|open)(?: this)?(?: email| newsletter| post| issue)? (?:in|on) (?:your |a |the )?(?:web )?(?:browser|web|website)\b.{0,30}$/i,
    examples: recognises('View this email in your browser', 'Read on the web'),
    notMatching: ['Read in the web of rules, the ruling makes more sense, lawyers said on Friday after the hearing.'],
  },
  {
    id: 'furniture.newsletter.forward',
    note: 'An email\'s prompt: "Forward this email to a friend".',
    line: /\bforward (?:this(?: email)? |it )?to a friend\b/i,
    examples: recognises('Forward this email to a friend'),
    notMatching: ['She passed the letter to a friend at the paper.'],
  },
  {
    id: 'furniture.newsletter.forwarded-to-you',
    note: 'An email\'s prompt: "Was this forwarded to you? Sign up here".',
    line: /^was this (?:email |newsletter )?forwarded to you\b/i,
    examples: recognises('Was this email forwarded to you? Sign up here.'),
    notMatching: ['Was the warning forwarded to police? The inquiry will ask.'],
  },
  {
    id: 'furniture.newsletter.receiving-this',
    note: 'An email\'s footer: "You are receiving this because you subscribed".',
    line: /^(?:you(?:'|’)re|you are) (?:receiving|getting) this\b/i,
    examples: recognises('You are receiving this because you subscribed to Wexbridge Weekly.', 'You’re getting this email as a member.'),
    notMatching: ['You are receiving treatment now, the nurse told him.'],
  },
  {
    id: 'furniture.newsletter.unsubscribe',
    note: 'An email\'s footer links: "Unsubscribe", "Update your preferences".',
    line: /^(?:unsubscribe|update (?:your )?preferences|manage (?:your )?subscription)\b.{0,80}$/i,
    examples: recognises('Unsubscribe', 'Update your preferences or unsubscribe'),
    notMatching: ['Unsubscribed customers still received the letters, the regulator found in its report on the firm published on Monday.'],
  },
  {
    id: 'furniture.newsletter.issue-number',
    note: 'A newsletter\'s issue line: "The Lakes Letter, Issue 212".',
    line: /^.{0,80}\b(?:issue|edition|vol\.?|volume)\s?(?:#|no\.?\s?)?\d{1,5}$/i,
    examples: recognises('The Lakes Letter, Issue 212', 'Vol. 3'),
    notMatching: ['The magazine sold out its issue in 2 days.'],
  },
  // Machine-translation notices.
  {
    id: 'furniture.translation.notice',
    note: 'A translated page\'s notice: "This page has been translated from Norwegian".',
    // Translated by a machine, or from a named language: "This text was translated into 40 languages" is news.
    line: /^(?:this (?:page|article|story|text) (?:has been|was|is) (?:(?:automatically|machine[- ])\s?translated\b.{0,80}|translated (?:from|by (?:machine|an? (?:automatic|machine))|automatically|using)\b.{0,80}))$/i,
    examples: recognises('This page has been automatically translated from Norwegian', 'This article was translated from Spanish.'),
    notMatching: ['The text was translated into 40 languages.', 'This text was translated into 40 languages by volunteers, the charity said.', 'This page of the diary has been kept by the family for 80 years.'],
  },
  {
    id: 'furniture.translation.show-original',
    note: 'A translated page\'s link: "Show original".',
    line: /^(?:show|see|view) (?:the )?original(?: text| article| language| version)?$/i,
    examples: recognises('Show original', 'View the original article'),
    notMatching: ['See the original plans, campaigners urged.'],
  },
  {
    id: 'furniture.translation.toggle',
    note: 'A translated page\'s switch: "Turn off translation".',
    line: /^(?:turn off|disable|hide|undo) translation$/i,
    examples: recognises('Turn off translation'),
    notMatching: ['Turning off translation services saved the council £2m.'],
  },
  {
    id: 'furniture.translation.credit',
    note: 'A translation credit: "Translated by Google", "(Machine translated from German)".',
    line: /^(?:\(?(?:machine[- ])?translated|translation) (?:by|from|powered by|with)\b.{0,80}$/i,
    examples: recognises('Translated by Google', '(Machine translated from German)'),
    notMatching: ['Translators were hired for the trial.'],
  },
  {
    id: 'furniture.translation.disclaimer',
    note: 'A translation disclaimer: "The translation may contain errors".',
    line: /\btranslation (?:may|might|can|could) (?:contain|include|have) (?:errors|mistakes|inaccuracies)\b/i,
    examples: recognises('The automatic translation may contain errors.'),
    notMatching: ['The translation was praised by critics.'],
  },
  // Press releases: distributor boxes and the end mark.
  {
    id: 'furniture.release.provided-by',
    note: 'A distributor\'s box: "NEWS PROVIDED BY", "Provided by The Ledger".',
    line: /^(?:news |content |story )?provided by\b.{0,60}$/i,
    examples: recognises('NEWS PROVIDED BY', 'Provided by The Ledger'),
    notMatching: ['Provided by volunteers for free, the meals reached 300 homes every week throughout the winter months.'],
  },
  {
    id: 'furniture.release.end-mark',
    note: 'A press release\'s end mark: "###", "-30-".',
    line: /^(?:#{3}|-\s?30\s?-)$/,
    examples: recognises('###', '-30-'),
    notMatching: ['-30 degrees was recorded overnight.'],
  },
  // Imprints and postal addresses in page footers.
  {
    id: 'furniture.imprint.editor-in-chief',
    note: 'An imprint: "Editor-in-chief: Jane Doe".',
    line: /\beditor[- ]in[- ]chief\s*:/i,
    examples: recognises('Editor-in-chief: Ana Ruiz'),
    notMatching: ['The editor-in-chief resigned on Friday.'],
  },
  {
    id: 'furniture.imprint.postal-address',
    note: 'A postal address: "Fell Rescue Hut, 3 Mill Lane, Threlkeld".',
    line: gated((text) => !SENTENCE_MARK.test(text) && digitBeforeComma(text), /^[^.!?]{0,80}\b\d{1,5}\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|square|plaza|place|court)\b\.?,[^.!?]{0,60}$/iu),
    examples: recognises('Fell Rescue Hut, 3 Mill Lane, Threlkeld', 'The Ledger, 12 Harbour Street, Kelmouth'),
    notMatching: ['The team was called out at 3 Mill Lane, which is where the walkers had parked.'],
  },
  // Weather widgets and page numbers.
  {
    id: 'furniture.weather-widget',
    note: 'A weather widget: "78°F Partly Cloudy", "Wed 84° / 65° Sunny".',
    line: gated((text) => text.includes('°'), new RegExp(`^(?:(?:${'today|tonight|tomorrow|now|currently|hi|lo|high|low|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*'})\\s+){0,2}-?\\d{1,3}\\s?°\\s?[FC]?(?:\\s*[/|-]\\s*-?\\d{1,3}\\s?°\\s?[FC]?)?(?:\\s+(?:${WEATHER_WORDS}))*$`, 'i')),
    examples: recognises('78°F Partly Cloudy', 'Wed 84° / 65° Sunny', 'Sat 11° / 3° Showers'),
    notMatching: ['Temperatures reached 34°C on Tuesday.'],
  },
  {
    id: 'furniture.page-number',
    note: 'A page number of a document pasted from a PDF: "Page 2 of 14".',
    line: /^page \d{1,4}(?: of \d{1,4})?$/i,
    examples: recognises('Page 2 of 14', 'Page 3'),
    notMatching: ['Page 2 of the report was blacked out.'],
  },
  {
    id: 'furniture.page-number-dashes',
    note: 'A page number between dashes: "- 3 -".',
    line: /^[-–—]\s?\d{1,4}\s?[-–—]$/,
    examples: recognises('- 3 -', '—12—'),
    notMatching: ['- 3 people were hurt -'],
  },
];

/** The furniture table: each rule tried on a line within the furniture bound. */
export const FURNITURE = lineRuleTable('furniture', FURNITURE_RULES, withinFurniture);

/** A caption rule: recognises an image label or credit of at most `maxLength` characters. */
export interface CaptionRule extends LineRule {
  maxLength: number;
}

/** Image labels and credits: a label is short (160 characters), a caption that ends with its credit longer (400). */
const LABEL = 160;
const CAPTION = 400;

export const CAPTION_RULES: readonly CaptionRule[] = [
  {
    id: 'caption.label',
    note: 'An image label: "Photo: Ana Ruiz", "Image 2: the flooded square".',
    maxLength: LABEL,
    line: /^(?:image|photo|picture|video|graphic|caption|gallery)(?: \d+)?:/i,
    examples: recognises('Photo: Ana Ruiz', 'Image 2: the flooded square'),
    notMatching: ['Photographs of the scene were shared widely.'],
  },
  {
    id: 'caption.label-comma',
    note: 'A broadcaster\'s image label: "Image caption, Mochi was spotted …", "Image source, Getty Images".',
    maxLength: LABEL,
    line: /^(?:image|photo|picture|video) (?:caption|source|credit)s?,\s/i,
    examples: recognises('Image caption, Mochi was spotted near the station', 'Image source, Getty Images'),
    notMatching: ['Image rights, the court ruled, belonged to the family.'],
  },
  {
    id: 'caption.copyright-mark',
    note: 'A short line with a copyright word or mark: "Copyright Ana Ruiz", "Image copyright The Ledger", "© Tom Li".',
    maxLength: LABEL,
    line: /\bcopyright\s|(?:^|\s)(?:©|\(c\))\s/i,
    examples: recognises('Copyright Ana Ruiz', 'Image copyright The Ledger', '© Tom Li', 'Photo (c) Sam Roe'),
    notMatching: ['Copyrighted songs were removed from the video.', 'Clause 4(c) was struck out.'],
  },
  {
    id: 'caption.agency-slash',
    note: 'A short agency credit with a slash: "Ana Ruiz/AFP", "Getty Images / Tom Li".',
    maxLength: LABEL,
    line: /\b(?:getty images|afp|reuters|associated press|shutterstock|ap photo|epa)\b.*\/|\/\s*(?:getty images|afp|reuters|ap|epa)\b/i,
    examples: recognises('Ana Ruiz/AFP', 'Getty Images / Tom Li'),
    notMatching: ['Reuters reported the vote on Friday.'],
  },
  {
    id: 'caption.photo-by',
    note: 'A short credit: "Photo by Ana Ruiz", "Pictures courtesy of the family".',
    maxLength: LABEL,
    line: /^(?:photo|image|picture)s? (?:by|credit|courtesy)\b/i,
    examples: recognises('Photo by Ana Ruiz', 'Pictures courtesy of the family'),
    notMatching: ['Photos of the crash spread quickly.'],
  },
  {
    id: 'caption.credit-in-brackets',
    note: 'A caption that ends with its credit in brackets: "… on Thursday. (Photo: A. Roe/The Ledger)".',
    maxLength: CAPTION,
    line: /\((?:photo|image|picture|video|credit|photograph)s?(?: by)?:?\s[^()]{2,80}\)\s*$/i,
    examples: recognises('Firefighters at the mill on Thursday. (Photo: A. Roe/The Ledger)'),
    notMatching: ['Firefighters reached the mill on Thursday (the roof had gone).'],
  },
  {
    id: 'caption.credit-colon',
    note: 'A caption that ends with its credit after a colon: "The hut at dusk. Credit: Ana Ruiz".',
    maxLength: CAPTION,
    line: gated((text) => text.includes(':'), /(?:^|[.!?]["”’]?\s+)(?:photo|image|picture|credit|photograph|courtesy)s?(?: by)?:\s*\p{Lu}[^.!?]{1,80}$/iu),
    examples: recognises('The hut at dusk. Credit: Ana Ruiz', 'Photo: City Police'),
    notMatching: ['The credit union said: deposits rose 4% this year.'],
  },
  {
    id: 'caption.photo-by-closing',
    note: 'A caption closed by a credit without a colon: "… from the ferry. Photo by the author."',
    maxLength: CAPTION,
    line: gated((text) => / (?:by|courtesy of)\s/iu.test(text), /[.!?]["”’]?\s+(?:photo|image|picture|photograph)s? (?:by|courtesy of)\s[^.!?]{1,60}\.?$/iu),
    examples: recognises('Team members carry the stretcher down the scree. Photo by Ana Ruiz'),
    notMatching: ['The ferry sank in minutes. Photos taken by passengers show the list.'],
  },
  {
    id: 'caption.agency-capitals',
    note: 'An agency credit in capitals: "REUTERS/Anna Roe", "AP Photo/Jon Doe".',
    maxLength: CAPTION,
    // The credit's name is not followed by lower-case words: "An AP/NORC poll found…" is news.
    line: {
      test: (text) => {
        if (!text.includes('/')) return false;
        const credit = AGENCY_CREDIT.exec(text);
        return credit !== null && !/^\s+\p{Ll}/u.test(text.slice(credit.index + credit[0].length));
      },
    },
    examples: recognises('Crowds in the square. REUTERS/Anna Roe', 'AFP/Ana Ruiz', 'Crowds in the square. REUTERS/Anna Roe Purchase Licensing Rights, opens new tab', 'A nurse at work. (AP Photo/Tom Li, File)'),
    notMatching: ['Reuters/Ipsos polling found support at 40%.', 'An AP/NORC poll found that most adults back the plan.'],
  },
  {
    id: 'caption.via-getty',
    note: 'An agency credit: "AFP via Getty Images".',
    maxLength: CAPTION,
    line: /\b(?:via|for) getty images\b/i,
    examples: recognises('Ana Ruiz/AFP via Getty Images'),
    notMatching: ['Getty Images bought the archive in 2019.'],
  },
];

/** The captions table: each rule tried on a line of at most its length. */
export const CAPTIONS = lineRuleTable('captions', CAPTION_RULES, (text, rule) => text.length <= rule.maxLength);

/** A heading over a list of links to other stories (the lines under it go too, see parseArticle). */
export const RELATED_HEADING_RULES: readonly LineRule[] = [
  {
    id: 'related.more-on-this-story',
    line: /^more (?:on|about) (?:this|the) (?:story|topic|subject)\s*:?$/i,
    examples: recognises('More on this story', 'More about the topic:'),
    notMatching: ['More on this story came out at the inquest.'],
  },
  {
    id: 'related.more-stories',
    note: 'Also "More from <section>" (at most 30 characters of section name).',
    line: /^more (?:stories|coverage|from [\w ]{1,30})\s*:?$/i,
    examples: recognises('More stories', 'More from Local News'),
    notMatching: ['More stories of abuse emerged this week.'],
  },
  {
    id: 'related.related',
    line: /^related(?: stories| articles| coverage| content| links)?\s*:?$/i,
    examples: recognises('Related', 'Related coverage:'),
    notMatching: ['Related charges were dropped.'],
  },
  {
    id: 'related.read-more',
    line: /^read (?:more|next)\s*:?$/i,
    examples: recognises('Read more', 'Read next:'),
    notMatching: ['Read more carefully, the contract says otherwise.'],
  },
  {
    id: 'related.you-may-also-like',
    line: /^you (?:may|might) also like\s*:?$/i,
    examples: recognises('You may also like', 'You might also like:'),
    notMatching: ['You may also like the new timetable, the operator suggested.'],
  },
  {
    id: 'related.recommended',
    note: 'Also "Recommended from <site>" (at most 30 characters of name).',
    line: /^recommended(?: for you| reading| stories| articles| videos| from [\w ]{1,30})?\s*:?$/i,
    examples: recognises('Recommended for you', 'Recommended from Medium'),
    notMatching: ['Recommended changes were adopted by the board.'],
  },
  {
    id: 'related.most-read',
    line: /^most (?:read|viewed|popular|shared)\s*:?$/i,
    examples: recognises('Most read', 'Most viewed:'),
    notMatching: ['Most read the report before the vote.'],
  },
  {
    id: 'related.trending',
    line: /^trending(?: now)?\s*:?$/i,
    examples: recognises('Trending', 'Trending now'),
    notMatching: ['Trending topics included the strike.'],
  },
  {
    id: 'related.top-stories',
    line: /^top stories\s*:?$/i,
    examples: recognises('Top stories'),
    notMatching: ['Top stories in the paper were about the flood.'],
  },
  {
    id: 'related.editors-picks',
    line: /^editor'?s picks\s*:?$/i,
    examples: recognises("Editor's picks", 'Editors picks'),
    notMatching: ['Editors pick the front page at noon.'],
  },
  {
    id: 'related.latest',
    line: /^latest(?: news| stories)?\s*:?$/i,
    examples: recognises('Latest', 'Latest news:'),
    notMatching: ['Latest news from the hospital is good.'],
  },
  {
    id: 'related.explore-topics',
    line: /^explore more on (?:these|this) topics?\s*:?$/i,
    examples: recognises('Explore more on these topics'),
    notMatching: ['Explore more on this topic, the museum invites visitors, in its new gallery.'],
  },
  {
    id: 'related.section-sidebar',
    note: 'A section name that heads a sidebar under a story (in a menu above it, the same words are links).',
    line: /^(?:obituaries|death notices|weather)\s*:?$/i,
    examples: recognises('Obituaries', 'Weather'),
    notMatching: ['Weather delayed the search for two days.'],
  },
  {
    id: 'related.in-other-news',
    line: /^in other news\s*:?$/i,
    examples: recognises('In other news'),
    notMatching: ['In other news conferences, the minister was less guarded.'],
  },
];

/** The related-headings table. */
export const RELATED_HEADINGS = lineRuleTable('related-headings', RELATED_HEADING_RULES);

/** The furniture rules' tests, in table order (as isBoilerplate runs them). */
export const PAGE_FURNITURE: readonly LineTest[] = FURNITURE_RULES.map((rule) => rule.line);
/** The caption-credit rules' tests (the long captions' rules). */
export const CAPTION_CREDIT: readonly LineTest[] = CAPTION_RULES.filter((rule) => rule.maxLength === CAPTION).map((rule) => rule.line);
