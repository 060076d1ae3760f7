import { stem } from './tokenize.ts';

/**
 * Words people type in a question for what news copy says another way: plain English groups (family,
 * roles, money, work, courts, harm, change), nothing about any one story. A question word finds the
 * other words of its groups at a low weight, and only those the story uses, so the word itself always
 * counts more than its synonym. Single words only: the index has no phrases.
 */
const GROUPS: string[][] = [
  // Family.
  ['kid', 'kids', 'child', 'children', 'son', 'sons', 'daughter', 'daughters'],
  ['husband', 'wife', 'spouse', 'married', 'marriage', 'widow', 'widower'],
  ['parent', 'parents', 'mother', 'father', 'mom', 'mum', 'dad'],
  ['grandkids', 'grandchildren', 'grandson', 'granddaughter'],
  ['sibling', 'brother', 'sister'],
  // Roles.
  ['boss', 'chief', 'head', 'director', 'manager', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'president'],
  ['cop', 'cops', 'police', 'officer', 'officers', 'constable'],
  ['doctor', 'doctors', 'physician', 'surgeon', 'medic'],
  ['lawyer', 'lawyers', 'attorney', 'counsel', 'solicitor', 'barrister'],
  ['worker', 'workers', 'staff', 'employee', 'employees', 'members'],
  ['firm', 'company', 'business', 'maker', 'manufacturer'],
  ['town', 'city', 'village'],
  ['mayor', 'council', 'councillor', 'councilor'],
  // Life and death, harm.
  ['die', 'died', 'dead', 'death', 'deaths', 'killed', 'fatal', 'passed'],
  ['funeral', 'memorial', 'burial', 'buried', 'celebration'],
  ['born', 'birth', 'birthplace'],
  ['crash', 'crashed', 'accident', 'collision', 'collided', 'derailment', 'derailed', 'wreck', 'wrecked'],
  ['hurt', 'injured', 'injury', 'injuries', 'wounded', 'burns', 'burned'],
  ['sick', 'ill', 'illness', 'disease', 'sickened', 'patient', 'patients'],
  ['symptom', 'symptoms', 'fever', 'diarrhea', 'diarrhoea', 'vomiting', 'nausea', 'cramps', 'cough', 'rash'],
  // Money.
  ['cost', 'costs', 'price', 'priced', 'paid', 'pay', 'fee', 'fees', 'charge', 'spend', 'spent'],
  ['money', 'cash', 'funds', 'funding', 'refund'],
  ['refund', 'reimburse', 'reimbursed', 'compensation'],
  ['salary', 'wage', 'wages', 'pay', 'earnings'],
  ['raise', 'rise', 'increase', 'hike'],
  ['cut', 'cuts', 'reduce', 'reduced', 'decrease', 'drop', 'fall', 'fell'],
  ['buy', 'bought', 'purchase', 'purchased'],
  ['sell', 'sold', 'sale', 'sales'],
  ['donation', 'donations', 'donate', 'gift'],
  // Work.
  ['fired', 'sacked', 'dismissed', 'laid'],
  ['hired', 'employed', 'recruited', 'appointed'],
  ['quit', 'resigned', 'resign', 'resignation', 'stepped'],
  ['retire', 'retired', 'retirement'],
  ['job', 'jobs', 'work', 'career', 'post', 'role'],
  ['strike', 'walkout', 'stoppage', 'industrial'],
  ['talks', 'negotiations', 'negotiate', 'meeting'],
  ['vote', 'ballot', 'poll', 'referendum'],
  ['offer', 'proposal', 'deal', 'bid'],
  // Courts and rules.
  ['jail', 'jailed', 'prison', 'imprisoned', 'sentenced', 'sentence'],
  ['guilty', 'convicted', 'conviction'],
  ['sue', 'sued', 'suing', 'lawsuit', 'suit', 'litigation', 'legal'],
  ['investigate', 'investigating', 'investigation', 'inquiry', 'probe', 'examine'],
  ['regulator', 'regulators', 'watchdog', 'commissioner', 'authority', 'authorities'],
  ['behind', 'responsible', 'responsibility', 'blame', 'blamed', 'blames', 'culprit', 'cause', 'caused', 'causes'],
  ['ban', 'banned', 'prohibit', 'prohibited', 'outlaw'],
  ['law', 'rule', 'rules', 'regulation', 'legislation', 'bill'],
  ['arrest', 'arrested', 'detained', 'custody'],
  // Things and places.
  ['car', 'cars', 'vehicle', 'vehicles'],
  ['phone', 'telephone', 'call', 'hotline', 'helpline', 'line', 'contact'],
  ['website', 'online', 'site', 'web', 'app'],
  ['shop', 'shops', 'store', 'stores', 'retailer', 'retailers'],
  ['house', 'home', 'homes', 'houses', 'residence'],
  ['boat', 'ship', 'ferry', 'vessel', 'steamship'],
  ['school', 'schools', 'pupils', 'students'],
  // Events and change.
  ['start', 'begin', 'began', 'launch', 'launched', 'open', 'opened'],
  ['end', 'ended', 'finish', 'finished', 'over', 'close', 'closed'],
  ['cancel', 'cancelled', 'canceled', 'suspend', 'suspended', 'scrapped', 'postponed'],
  ['fix', 'fixed', 'repair', 'repaired', 'mend'],
  ['patch', 'patched', 'update', 'updated', 'fix', 'fixed'],
  ['hack', 'hacked', 'hacker', 'hackers', 'breach', 'breached', 'attack', 'attacker', 'attackers', 'cyberattack', 'intrusion', 'unauthorized', 'unauthorised'],
  ['steal', 'stole', 'stolen', 'theft', 'taken', 'copied', 'exfiltrated'],
  ['data', 'information', 'info', 'details', 'records'],
  ['find', 'found', 'discover', 'discovered', 'discovery', 'detect', 'detected', 'noticed', 'uncovered'],
  ['problem', 'fault', 'defect', 'flaw', 'hazard', 'issue'],
  ['break', 'broke', 'broken', 'crack', 'cracked', 'fail', 'failed', 'failure'],
  ['help', 'aid', 'assist', 'support'],
  ['reject', 'rejected', 'refused', 'declined', 'turned'],
  ['approve', 'approved', 'passed', 'backed', 'accepted'],
  ['famous', 'known', 'renowned'],
  ['say', 'said', 'statement', 'told'],
  ['wait', 'waited', 'queue', 'queues', 'delay', 'delays'],
  ['eat', 'eats', 'ate', 'eaten', 'eating', 'feed', 'feeds', 'fed', 'feeding', 'food', 'diet', 'prey'],
  ['bike', 'bikes', 'bicycle', 'cycle', 'cycling'],
  ['freeze', 'froze', 'frozen', 'ice', 'icy'],
  ['big', 'large', 'huge', 'major'],
  ['temp', 'temps', 'temperature', 'temperatures', 'degrees', 'hot', 'warm', 'heat', 'heatwave'],
  ['old', 'previous', 'former', 'prior'],
  ['small', 'little', 'minor'],
];

let byStem: Map<string, string[]> | undefined;

/** Stems of the other words in the groups of a word (empty when it is in none). Built on first use, about 500 stems. */
export function synonymStems(word: string): readonly string[] {
  if (!byStem) {
    byStem = new Map();
    for (const group of GROUPS) {
      const stems = [...new Set(group.map((w) => stem(w)))];
      for (const s of stems) {
        const list = byStem.get(s) ?? [];
        for (const other of stems) if (other !== s && !list.includes(other)) list.push(other);
        byStem.set(s, list);
      }
    }
  }
  return byStem.get(stem(word)) ?? [];
}
