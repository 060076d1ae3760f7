/**
 * Words that tell the tense of a sentence, for placing a date in it (src/analysis/dateTense.ts): common
 * irregular past forms, words ending in "-ed" that are no past tense, and the verbs whose form right before a
 * date says when something was made known ("said Monday", "reported on Friday"). Speech verbs are named by
 * their base and read from speechVerbs.ts, never listed again here.
 */

/** Irregular past forms that differ from the present ("fell", "grew"; not "cut" or "hit"), speech verbs aside. */
export const IRREGULAR_PAST: readonly string[] = [
  'fell', 'rose', 'grew', 'took', 'made', 'came', 'went', 'saw', 'won', 'lost', 'left', 'held', 'met', 'brought',
  'bought', 'sold', 'paid', 'spent', 'kept', 'led', 'ran', 'gave', 'got', 'found', 'thought', 'knew', 'struck',
  'shook', 'broke', 'chose', 'drove', 'flew', 'fought', 'froze', 'hid', 'sank', 'spoke', 'stood', 'stole', 'swept',
  'threw', 'built', 'caught', 'dealt', 'drew', 'ate', 'fed', 'felt', 'forgot', 'hung', 'heard', 'lay', 'lent',
  'lit', 'meant', 'rode', 'rang', 'sent', 'shot', 'slid', 'spun', 'sprang', 'stuck', 'swore', 'swam', 'taught',
  'tore', 'understood', 'woke', 'withdrew', 'became', 'overtook', 'undertook', 'sought', 'fled', 'slept', 'wept',
  'swung', 'dug', 'sat', 'stank', 'bore', 'arose', 'awoke', 'died', 'lied', 'tied', 'used', 'owed',
];

/** Speech verbs (by base) whose past form is irregular too ("said", "told"). */
export const IRREGULAR_PAST_SPEECH_VERBS: readonly string[] = ['say', 'tell', 'write', 'begin'];

/** Words ending in "-ed" that tell no past event: plans ("planned", "expected") and words that only look so. */
export const NOT_PAST_ED: readonly string[] = ['planned', 'scheduled', 'expected', 'need', 'proposed', 'hundred', 'speed', 'seed', 'feed', 'bred', 'shed'];

/** Verbs of making news known that are not quote cues ("the agency reported Monday"), with their past forms. */
export const DISCLOSURE_VERBS: readonly { base: string; past: string }[] = [
  { base: 'report', past: 'reported' },
  { base: 'reveal', past: 'revealed' },
  { base: 'disclose', past: 'disclosed' },
];

/**
 * Verbs (by base as speechVerbs.ts spells it; then disclosure verbs) whose past form right before a date says when
 * something was said or made known ("said Thursday", "announced on Monday"), not when the event happened.
 */
export const REPORT_DATING_VERBS: readonly string[] = ['say', 'tell', 'announce', 'tweet', 'write', 'state', 'confirm', 'add', 'declare', 'post', 'report', 'reveal', 'disclose'];

/** The same verbs after a date that opens the sentence ("On Tuesday, officials said …"). */
export const REPORT_AFTER_DATE_VERBS: readonly string[] = ['say', 'announce', 'confirm', 'report'];
