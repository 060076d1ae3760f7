/**
 * Verbs of saying, each with the forms news copy uses: base, third person, past, -ing. One row per verb;
 * every stage that needs a speech verb reads it from here (see ./index.ts for the derived word lists).
 * `null`: a form news copy does not use as a cue. `adjacentOnly`: names the speaker only right next to the
 * quote ("'Why?' she asked", "“…,” read a letter from Ida Marsh"), never in reported speech.
 */
export interface SpeechVerb {
  base: string;
  third: string | null;
  past: string | null;
  ing: string | null;
  adjacentOnly?: boolean;
  /** Other spellings of a form ("labeled" beside "labelled"). */
  also?: readonly string[];
  /** The base form cues a quote too, as a plural present: "residents say “…”". */
  pluralCue?: boolean;
}

const v = (base: string, third: string | null, past: string | null, ing: string | null, adjacentOnly = false, also?: readonly string[]): SpeechVerb => ({
  base,
  third,
  past,
  ing,
  ...(adjacentOnly ? { adjacentOnly } : {}),
  ...(also ? { also } : {}),
});

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { ...v('say', 'says', 'said', 'saying'), pluralCue: true },
  v('tell', 'tells', 'told', 'telling'),
  v('add', 'adds', 'added', 'adding'),
  v('write', 'writes', 'wrote', 'writing'),
  v('tweet', 'tweets', 'tweeted', 'tweeting'),
  v('post', 'posts', 'posted', null),
  v('warn', 'warns', 'warned', 'warning'),
  v('claim', 'claims', 'claimed', 'claiming'),
  v('describe', 'describes', 'described', 'describing'),
  v('call', 'calls', 'called', 'calling'),
  v('term', 'terms', 'termed', null),
  v('label', 'labels', 'labelled', null, false, ['labeled']),
  v('state', 'states', 'stated', 'stating'),
  v('explain', 'explains', 'explained', 'explaining'),
  v('insist', 'insists', 'insisted', 'insisting'),
  v('argue', 'argues', 'argued', null),
  v('note', 'notes', 'noted', 'noting'),
  v('reply', 'replies', 'replied', null),
  v('respond', 'responds', 'responded', null),
  v('answer', null, 'answered', null),
  v('declare', 'declares', 'declared', 'declaring'),
  v('announce', 'announces', 'announced', 'announcing'),
  v('acknowledge', null, 'acknowledged', null),
  v('admit', 'admits', 'admitted', null),
  v('concede', null, 'conceded', null),
  v('recall', 'recalls', 'recalled', null),
  v('continue', null, 'continued', null),
  v('urge', 'urges', 'urged', null),
  v('suggest', null, 'suggested', null),
  v('predict', null, 'predicted', null),
  v('promise', null, 'promised', null),
  v('vow', 'vows', 'vowed', null),
  v('caution', null, 'cautioned', null),
  v('complain', null, 'complained', null),
  v('joke', null, 'joked', null),
  v('quip', null, 'quipped', null),
  v('counter', null, 'countered', null),
  v('testify', null, 'testified', null),
  v('confirm', 'confirms', 'confirmed', null),
  v('deny', 'denies', 'denied', null),
  v('maintain', null, 'maintained', null),
  v('observe', null, 'observed', null),
  v('remark', null, 'remarked', null),
  v('stress', null, 'stressed', null),
  v('emphasise', null, 'emphasised', null),
  v('emphasize', null, 'emphasized', null),
  v('characterise', 'characterises', 'characterised', null),
  v('characterize', 'characterizes', 'characterized', null),
  v('pledge', null, 'pledged', null),
  v('boast', null, 'boasted', null),
  v('lament', null, 'lamented', null),
  v('text', null, 'texted', null),
  v('email', null, 'emailed', null),
  v('message', null, 'messaged', null),
  v('blog', null, 'blogged', null),
  v('dub', null, 'dubbed', null),
  // A singer's words are the lyric: "she sings “…”".
  v('sing', 'sings', 'sang', null),
  v('shout', null, 'shouted', null),
  // Only right next to the quote.
  v('ask', 'asks', 'asked', null, true),
  v('read', null, 'read', null, true),
  v('wonder', null, 'wondered', null, true),
  v('whisper', null, 'whispered', null, true),
  v('scream', null, 'screamed', null, true),
  v('yell', null, 'yelled', null, true),
  v('laugh', null, 'laughed', null, true),
  v('sigh', null, 'sighed', null, true),
  v('begin', null, 'began', null, true),
  v('conclude', null, 'concluded', null, true),
];
