/**
 * What kind of answer a question asks for, from its opening words, and whether a sentence has that kind
 * of thing in it: "when" wants a date or a time, "how many" a number, "how long" a duration, "who" a
 * name, "where" a place, "why" a reason. Plain English patterns, nothing about any one story.
 */
export type QuestionCue = 'when' | 'count' | 'duration' | 'age' | 'who' | 'where' | 'why' | 'said';

const CUE_PATTERNS: [QuestionCue, RegExp][] = [
  ['age', /\b(how old|what age|which age|(what|which) ages)\b/],
  ['duration', /\bhow (long|many (years|months|weeks|days|hours|minutes|seasons))\b/],
  ['count', /\b(how (many|much|big|large|old|far|high|fast|hot|cold|warm|deep|heavy|tall|wide|severe|full|strong|expensive|cheap)|what (percent|percentage|share|number|proportion|temp|temperature)|what (was|is|were|are) the (\w+ )?(score|number|total|tally|cost|price|figure|result|temp|temperature|fine|margin)|how much)\b/],
  ['when', /\b(when|what (time|day|date|year|month|minute)|which (day|date|year|month|minute)|since when)\b/],
  ['who', /\b(who|whom|whose|which (person|player|people|official|team|one))\b/],
  ['where', /\b(where|which (city|country|place|town|state|venue|stadium))\b/],
  ['why', /\b(why|what (caused|led to|made|started|sparked|triggered|prompted)|how come|(die|died|dies) (of|from))\b/],
  ['said', /\b(what (did|does|do|has|have) .*\b(say|said|tell|told|tweet|tweeted|write|wrote|think|call|called|claim|add)|what was .*\b(reaction|response|quote))\b/],
];

/** A question in lower case, contractions of "is" written out ("whats the fine" reads "what is the fine"). */
function plainQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/[’']/g, '')
    // Question words typed short or misspelt: "wat time", "hw many", "wher is".
    .replace(/\b(?:wat|wut|wht|whta|waht)\b/g, 'what')
    .replace(/\b(?:hw|hwo)\b/g, 'how')
    .replace(/\bwher\b/g, 'where')
    .replace(/\bwhn\b/g, 'when')
    .replace(/\b(what|who|where|when|how|why)s\b/g, '$1 is');
}

/** The cue of a question, from its first matching pattern (earliest in the question wins). */
export function questionCue(question: string): QuestionCue | undefined {
  const text = plainQuestion(question);
  let best: { cue: QuestionCue; at: number } | undefined;
  for (const [cue, pattern] of CUE_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.at)) best = { cue, at: match.index };
  }
  return best?.cue;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|several|a few)';
const UNIT = '(?:second|minute|hour|day|night|week|month|year|decade|season|term)s?';

const DATE_OR_TIME = new RegExp(
  [
    `\\b${WEEKDAY}s?\\b`,
    `\\b${MONTH}\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\s+${MONTH}\\b`,
    `\\b(?:in|since|until|by|from|of|before|after)\\s+(?:${MONTH}\\b|\\d{4}\\b)`,
    `\\b(?:1[89]|20)\\d\\d\\b`,
    `\\b(?:today|tonight|yesterday|tomorrow|overnight)\\b`,
    `\\b(?:last|next|this|later this|earlier this|the following|the previous)\\s+(?:week|month|year|${SEASON}|season|weekend|morning|afternoon|evening|night|${WEEKDAY})\\b`,
    `\\b(?:in|by|during|this|last|next)\\s+(?:the\\s+)?${SEASON}\\b`,
    `\\b\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)`,
    `\\b\\d{1,2}:\\d\\d\\b`,
    `\\b\\d+(?:st|nd|rd|th)\\s+minute\\b`,
    `(?:^|\\s)\\d{1,3}(?:\\+\\d)?['’](?=\\s|$)`,
  ].join('|'),
  'i',
);
/** Words that place a thing in time only against something else ("a year earlier", "two days later"). */
const RELATIVE_TIME = /\b(?:ago|half-time|halftime|full time|kick-off|earlier|later)\b/i;
/** How much a sentence grows for a "when" question when it only says "earlier" or "ago", not a date. */
export const RELATIVE_TIME_BOOST = 1.6;

/** "one" as a pronoun ("a new one", "no one", "one of them") is not a figure. */
const PRONOUN_ONE = /\b(?:a|an|new|no|any|every|each|the|this|that|which|other|only)\s+one\b|\bone\s+(?:of|another)\b/gi;
const NUMBER = new RegExp(`\\d|\\b${NUMBER_WORD}\\b|\\b(?:percent|per cent)\\b|%`, 'i');
const DURATION = new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORD})[\\s-]+(?:more\\s+)?${UNIT}\\b|\\b(?:for|over|during)\\s+(?:the\\s+)?(?:next|past|last)?\\s*(?:\\d|${NUMBER_WORD})`, 'i');
/** A capitalised word that does not open the sentence: a name or a title. */
const NAME = /(?:[a-z,;:]\s+|["“(]\s*)\p{Lu}\p{Ll}+/u;
/** An age: "aged 40 to 79", "a 31-year-old", "at 27", "ages 12 and up". */
/** Also "She was 91.", "turned 40 in May" and the news apposition "Daniel Okoro, 52, denies…"; for a thing, "the 15th-century bridge", "built in 1872". */
const AGE = /\b(?:aged?|ages)\s+(?:of\s+|between\s+|from\s+)?\d|\d+[\s-]years?[\s-]old\b|\bat (?:the age of )?\d{1,2}\b|\b(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b(?:is|was|turned|turns|turning)\s+\d{1,3}(?=\s*(?:[.;]|,\s|$)|\s+(?:years|and|when|in|on|last|this)\b)|\p{Lu}\p{Ll}+,\s+\d{1,3},\s|\bin (?:his|her|their) (?:early |mid-?|late )?\d0s\b|\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b|\b(?:built|founded|established|erected|constructed|completed|dating|dates|dated)\s+(?:back\s+)?(?:to|in|from)\s+(?:the\s+)?(?:\d|early|mid|late)/iu;
const PLACE = /\b(?:in|at|from|near|outside|inside|across)\s+(?:the\s+)?\p{Lu}\p{Ll}+/u;
/** A reason, or a purpose: "because…", "due to…", "in a move to curb…", "aimed at…", "a war against…". */
const REASON = /\b(?:because|since|due to|owing to|so that|as a result|reason|cause[ds]?|after|for (?:not|a|an|the|his|her|their|its|\w+ing)\b|over (?:his|her|their|its|the)\b|blamed|led to|in order to|why|in (?:a|an) (?:\w+ )?(?:bid|move|effort|attempt|push|drive|step) to|aim(?:ed|s)? (?:at|to)|intended to|to (?:curb|tackle|fight|combat|counter|prevent|stop|end|reduce|protect|ensure|avoid)|(?:war|fight|crackdown|assault|campaign) (?:against|on))\b/i;
/** Quoted words or a verb of saying. */
const SPEECH = /["“”]|\b(?:said|says|told|tells|added|tweeted|wrote|argued|warned|called|described|claimed|stated|asked|replied|according to)\b/i;

/**
 * A sentence that names someone doing the thing: it opens with a capitalised name followed by a verb
 * ("Kim Adeyemi said…", "Substitute Emeka Okonkwo headed…"), or names the doer after "by" ("was led
 * by Ingrid Halvorsen"), or puts a name right before a verb mid-sentence ("…, Mayor Okafor announced").
 */
const NOT_A_NAME = '(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|Our|Its|His|Her|Their|In|On|At|For|But|And|If|When|After|Before|As|Yes|No)\\b)';
const DOER = '(?:has\\s+|had\\s+|have\\s+|was\\s+|were\\s+|will\\s+)?(?:\\p{Ll}+ed|\\p{Ll}+s|said|told|won|led|made|took|gave|wrote|ran|met|sent|held|cast|brought|saw|shot|hit|left|became|began|chose|sold|bought|paid|kept|found|built)\\b';
const AGENT = new RegExp(
  [
    `^["“‘']?${NOT_A_NAME}(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}\\p{Ll}+(?:,[^,]{1,60},)?\\s+${DOER}`,
    `[\\p{Ll},;:]\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}\\p{Ll}+\\s+${DOER}`,
    `\\b(?:by|on behalf of)\\s+(?:\\p{Ll}+\\s+){0,3}\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+`,
  ].join('|'),
  'u',
);

/** Whether a sentence names a person as the one doing something (for "who" questions). */
export function sentenceNamesAgent(text: string): boolean {
  return AGENT.test(text);
}

/** Words that end the noun phrase after "how many" ("how many users were affected"). */
const COUNT_PHRASE_END = new Set(['were', 'was', 'are', 'is', 'did', 'do', 'does', 'have', 'has', 'had', 'got', 'get', 'will', 'would', 'could', 'can', 'should', 'in', 'on', 'at', 'from', 'for', 'by', 'to', 'over', 'above', 'under', 'below', 'since', 'this', 'that', 'there', 'they', 'he', 'she', 'it', 'we', 'you', 'i']);
const NUMBER_TOKEN = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)$/;

/**
 * The words naming what a "how many" question counts: "how many premium subscribers were hit" →
 * premium, subscribers; "how many other companies did they hack" → companies. Empty for other questions.
 */
export function countedWords(question: string): string[] {
  const text = plainQuestion(question);
  const match = /\bhow many\s+(.*)$/.exec(text);
  if (!match) return [];
  const out: string[] = [];
  for (const word of match[1].split(/[^a-z0-9-]+/)) {
    if (!word) continue;
    if (COUNT_PHRASE_END.has(word) || out.length >= 3) break;
    out.push(word);
  }
  return out;
}

/**
 * The figure a sentence gives right before one of the counted words' stems ("2.3 million StrideLoop
 * users", "at least 14 other companies", "14 consecutive days": at most two other words between
 * them), as "2.3 million user"; undefined when it has none. `stemOf` maps a lower-case word to its stem.
 */
export function countedFigure(text: string, counted: ReadonlySet<string>, stemOf: (word: string) => string): string | undefined {
  const tokens = text.toLowerCase().match(/[a-z]+|\d[\d,.]*\d|\d/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    if (!NUMBER_TOKEN.test(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && NUMBER_TOKEN.test(tokens[j])) j++;
    for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
      const stemmed = stemOf(tokens[k]);
      if (counted.has(stemmed)) return `${tokens.slice(i, j).join(' ')} ${stemmed}`;
    }
    i = j - 1;
  }
  return undefined;
}

/** A capitalised word (not a pronoun or function word), then up to two auxiliaries, then a word: "Trump has invited". */
const NAME_THEN_WORD = new RegExp(`(?<![\\p{L}'’])${NOT_A_NAME}\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:has|had|have|was|were|is|will|would|also|then|later|first|personally)\\s+){0,2}(\\p{L}+)`, 'gu');
/** A word, then "by" and a name: "was invited by Trump", "filed by lawyer Grant Oduya". */
const WORD_BY_NAME = /(\p{L}+)\s+by\s+(?:\p{Ll}+\s+){0,3}\p{Lu}/gu;

/**
 * Whether a sentence names someone as doing what a "who" question asks about: a name right before one
 * of the question's verbs ("President Donald Trump has invited…" for "who invited putin"), or after it
 * with "by" ("was invited by Trump"). `verbStems` are the stems of the question's words.
 */
export function sentenceNamesDoerOf(text: string, verbStems: ReadonlySet<string>, stemOf: (word: string) => string): boolean {
  for (const match of text.matchAll(NAME_THEN_WORD)) if (verbStems.has(stemOf(match[1].toLowerCase()))) return true;
  for (const match of text.matchAll(WORD_BY_NAME)) if (verbStems.has(stemOf(match[1].toLowerCase()))) return true;
  return false;
}

export type Gender = 'f' | 'm';
const FEMININE = /\b(?:she|her|hers|herself)\b/i;
const MASCULINE = /\b(?:he|him|his|himself)\b/i;

/** Which third-person pronouns a text uses, when it uses only one kind. */
export function pronounGender(text: string): Gender | undefined {
  const f = FEMININE.test(text);
  const m = MASCULINE.test(text);
  return f === m ? undefined : f ? 'f' : 'm';
}

/** Whether a sentence has the kind of thing the cue asks for. */
export function sentenceAnswersCue(cue: QuestionCue, text: string): boolean {
  switch (cue) {
    case 'when':
      return DATE_OR_TIME.test(text) || RELATIVE_TIME.test(text);
    case 'count':
      return NUMBER.test(/\bone\b/i.test(text) ? text.replace(PRONOUN_ONE, ' ') : text);
    case 'duration':
      return DURATION.test(text);
    case 'age':
      return AGE.test(text);
    case 'who':
      return NAME.test(text);
    case 'where':
      return PLACE.test(text);
    case 'why':
      return REASON.test(text);
    case 'said':
      return SPEECH.test(text);
  }
}

/** Whether a sentence places a thing in time only relatively ("a year earlier"), with no date or time. */
export function onlyRelativeTime(text: string): boolean {
  return !DATE_OR_TIME.test(text) && RELATIVE_TIME.test(text);
}

/** How much a sentence's score grows when it has what the question asks for. */
export const CUE_BOOST: Record<QuestionCue, number> = {
  when: 2.5,
  count: 2.5,
  duration: 2.5,
  age: 2.5,
  who: 1.1,
  where: 1.15,
  why: 1.15,
  said: 1.15,
};
