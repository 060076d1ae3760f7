/**
 * Short forms people type in a chat channel for words news copy spells out: "ppl", "govt", "dems".
 * Each stands for the words it abbreviates, which are searched instead. Plain English, nothing about
 * any one story; only forms that mean one thing (no "pm": a prime minister or the afternoon), and none
 * that news copy itself uses ("CEO", "cops": the story's own word is searched as typed).
 */
const CHAT_WORDS: Record<string, readonly string[]> = {
  ppl: ['people'],
  peeps: ['people'],
  govt: ['government'],
  gov: ['government'],
  govs: ['governments'],
  pres: ['president'],
  prez: ['president'],
  dept: ['department'],
  admin: ['administration'],
  info: ['information'],
  intl: ['international'],
  natl: ['national'],
  dems: ['democrats'],
  dem: ['democrat'],
  gop: ['republican'],
  sen: ['senator'],
  rep: ['representative'],
  reps: ['representatives'],
  mgr: ['manager'],
  biz: ['business'],
  uni: ['university'],
  hosp: ['hospital'],
  vax: ['vaccine'],
  mins: ['minutes'],
  hrs: ['hours'],
  yrs: ['years'],
  yr: ['year'],
  mil: ['million'],
  bn: ['billion'],
  approx: ['approximately'],
};

/** The words a typed word stands for: its spelt-out form for a chat short form, else the word itself. */
export function spelledOut(word: string): readonly string[] {
  return Object.hasOwn(CHAT_WORDS, word) ? CHAT_WORDS[word] : [word];
}

/** Every short form and what it stands for (for tests). */
export const chatWords: Readonly<Record<string, readonly string[]>> = CHAT_WORDS;
