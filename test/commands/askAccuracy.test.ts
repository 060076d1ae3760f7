import { beforeAll, describe, expect, it } from 'vitest';
import { askStory } from '../../src/eval/botAnswers.ts';
import { readLabelsFile } from '../../src/eval/evalStory.ts';
import type { QuestionLabel } from '../../src/eval/labels.ts';
import { scoreQuestions } from '../../src/eval/scoreQuestions.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/**
 * /ask accuracy on four stories in different styles: the seed (politics, wire copy and an embedded
 * tweet), the council fixture (front matter, curly quotes), a science story (a study reported by a
 * press office, a daily, a wire and a doctor's blog: the same numbers in different words) and a
 * sports story (match report, minute-by-minute live blog, fan blog). Each question comes with
 * fragments of the sentences that answer it; a question is answered at rank k when one of the first k
 * answers cites a sentence containing a fragment. The fixture questions were written before /ask was
 * run on those stories, the way people type in Discord: lower case, no question mark, typos, surnames.
 */
type Case = [question: string, fragments: string | string[]];

/** The seed questions of issue 2 (written in full sentences). */
const SEED: Case[] = [
  ['Who invited Putin to Washington?', 'has invited Russian President Vladimir Putin to Washington'],
  ['Who was asked to invite Putin?', 'asked @Ambjohnbolton to invite President Putin'],
  ['When will Putin visit Washington?', ['in the fall', 'this fall', 'in the autumn', 'later this year']],
  ['What did Dan Coats say about the invitation?', "That's going to be special"],
  ['Where was Dan Coats interviewed?', 'Aspen Security Forum'],
  ["What did Jeff Flake call Trump's performance?", 'shameful'],
  ['What did John McCain say about the press conference?', 'most disgraceful performances'],
  ['How did Trump describe the Mueller investigation?', 'witch hunt'],
  ['What did Trump tweet about the summit?', ['The Summit with Russia was a great success', 'tweeted that he was "looking forward"']],
  ['Did Trump say he misspoke?', 'misspoke'],
  ['What did Trump tell CBS News?', "I let him know we can't have this"],
  ['What poll showed Republican support for Trump?', '79 percent of Republicans'],
  ['How long was the private meeting in Helsinki?', 'more than two hours'],
  ['What did the Senate pass?', 'unanimously passing a resolution'],
  ['What proposal from Putin did Trump consider?', 'question several Americans'],
  ['Which ambassador could have been questioned by Russia?', 'Michael McFaul'],
  ["Did the White House agree with Putin's proposal?", 'disagrees'],
  ['What did Putin warn about?', 'there are forces in the United States'],
  ['Where did Trump and Putin meet last year?', 'G20 summit and the APEC summit'],
  ['What did Sanders say on Wednesday?', 'Sanders had to again state'],
];

/** More seed questions, typed the Discord way (written before they were run). */
const SEED_TYPED: Case[] = [
  ['how many russians were indicted', ['indictment of 12 Russian officials', '12 Russian nationals indicted', 'access to the 12 Russians recently indicted']],
  ['what percent of republicans backed trump', '79 percent of Republicans'],
  ['why was trump criticised', ["for not backing the American intelligence community's assessment", "for not backing his intelligence community's assessment", 'for his refusal to confront Putin', 'accused of siding with the Russian leader', 'publicly sided with Russia']],
  ['what did coats say', ["That's going to be special", "I don't know what happened in that meeting", 'did not know what was discussed']],
  ['who announced the visit', ['Sarah Sanders said Thursday that discussions', 'Press secretary Sarah Sanders said Thursday', 'his press secretary Sarah Sanders said', 'White House press secretary Sarah Sanders tweeted']],
  ['did trump accept the intelligence findings', ['he accepted the conclusions', 'I have full faith and support', 'agreed with the assessment of the intelligence community', 'stands by US intelligence agencies']],
  ['what was the senate resolution about', 'opposition to allow Russia to question US officials'],
  ['who is mcfaul', 'former US ambassador to Russia Michael McFaul'],
  ['what was in the video trump posted', 'video montage'],
  ['how did putin describe the summt', ['described the summit as "successful"', 'Both leaders characterized the meeting as successful']],
  ['who was in the private meeting', 'only their interpreters'],
  ['what did mccain say', 'most disgraceful performances'],
  ['when are the midterms', '2018 midterm elections'],
  ['who else met his russian counterpart', 'Mike Pompeo recently met with his Russian counterpart'],
];

const COUNCIL: Case[] = [
  ['who voted against the seawall?', 'Dana Whitcombe voted against the plan'],
  ['how will the seawall be paid for?', 'state resilience grant'],
  ['what do fishermen say about the pier?', 'cut them off from the water'],
  ['when does the council choose a contractor?', 'April 2'],
  ['what did the floods do to the pharmacy?', 'four feet of water'],
  ['how much does the seawall cost', ['$40 million seawall', 'the $40 million price']],
  ['what was the vote', 'voted 5-2'],
  ['who cast the deciding vote', 'who cast the deciding vote'],
  ['what did okafor say', ['We cannot keep bailing out basements', 'This wall buys us thirty years']],
  ['why did whitcombe vote no', ['the cost would fall on renters', 'Dana Whitcombe voted against the plan', 'Renters deserve a say']],
  ['when does constrution start', 'begin next spring'],
  ['how long will it take to build', 'take two years'],
  ['when is the bond vote', ['voters must approve in November', 'The bond vote in November']],
  ['what did braddock say', 'Nobody came down to the dock'],
  ['will boats still get to the pier', ['gate in the wall will keep the pier open for boats', 'boats might lose access for one season']],
  ['who is nandakumar', 'Harbor master Priya Nandakumar'],
];

const labelsOf = (cases: Case[]): QuestionLabel[] => cases.map(([question, answer]) => ({ question, answers: Array.isArray(answer) ? answer : [answer] }));

async function fixtureQuestions(dir: string): Promise<QuestionLabel[]> {
  return (await readLabelsFile(dir)).labels.questions;
}

interface Accuracy {
  top1: number;
  top3: number;
  total: number;
  misses: string[];
}

/** Scored by the eval scorer (src/eval/scoreQuestions.ts): the rank of the first answer citing an answering sentence. */
async function measure(story: Story, labels: QuestionLabel[]): Promise<Accuracy> {
  const { outcomes, errors } = await scoreQuestions(story, labels, (question) => askStory(story, question));
  expect(errors, 'every answer fragment is in a sentence of the story').toEqual([]);
  const misses = outcomes.filter((o) => o.rank !== 1).map((o) => `${o.rank > 1 ? `(rank ${o.rank}) ` : ''}${o.label.question} → ${o.said}`);
  return { top1: outcomes.filter((o) => o.rank === 1).length, top3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length, total: outcomes.length, misses };
}

function report(name: string, result: Accuracy): void {
  console.log(`/ask ${name}: top-1 ${result.top1}/${result.total}, top-3 ${result.top3}/${result.total}`);
  // ASK_MISSES=1 lists the questions not answered first.
  if (result.misses.length && process.env.ASK_MISSES) console.log('  not first:\n  ' + result.misses.join('\n  '));
}

const stories: Record<string, Story> = {};
beforeAll(async () => {
  stories.seed = await loadStory('seeds');
  stories.council = await loadStory('test/fixtures/council-story');
  stories.science = await loadStory('test/fixtures/ask-science');
  stories.sports = await loadStory('test/fixtures/ask-sports');
  for (const name of BLIND) stories[name] = await loadStory(`test/fixtures/ask-blind-${name}`);
  for (const name of BLIND3) stories[`blind3-${name}`] = await loadStory(`test/fixtures/ask-blind3-${name}`);
  for (const name of BLIND4) stories[`blind4-${name}`] = await loadStory(`test/fixtures/ask-blind4-${name}`);
});

/**
 * Blind round 2: three stories in styles no other fixture uses (a regulator's recall notice with a
 * consumer-tech site and local TV; a newspaper obituary, a paid death notice and a first-person
 * remembrance; a union press release, a live blog and a Q&A explainer), labelled before /ask first
 * ran on them. First run (top-1 / top-3): recall 11 / 13 of 22, obituary 9 / 12 of 20, strike
 * 15 / 18 of 22. The thresholds are the scores after the general fixes of that round, raised where
 * round 3's fixes helped.
 */
const BLIND = ['recall', 'obituary', 'strike'] as const;
const BLIND_THRESHOLDS: Record<(typeof BLIND)[number], { top1: number; top3: number }> = {
  recall: { top1: 16, top3: 19 },
  obituary: { top1: 13, top3: 18 },
  strike: { top1: 17, top3: 19 },
};

/**
 * Blind round 3: three more styles (a county health department's outbreak release, a local paper and
 * a food-safety trade bulletin; a weather service's monthly climate summary full of units, a regional
 * paper and farm radio; a company's breach notice, a security news site and a business daily),
 * labelled before /ask first ran on them. First run (top-1 / top-3 of 22 each): outbreak 14 / 14,
 * heatwave 12 / 18, breach 10 / 13. The thresholds are the scores after that round's general fixes.
 */
const BLIND3 = ['outbreak', 'heatwave', 'breach'] as const;
const BLIND3_THRESHOLDS: Record<(typeof BLIND3)[number], { top1: number; top3: number }> = {
  outbreak: { top1: 14, top3: 18 },
  heatwave: { top1: 18, top3: 20 },
  breach: { top1: 14, top3: 18 },
};

/**
 * Blind round 4: a transport safety board's derailment report, a local paper and a rail trade site; a
 * university's admissions announcement, a regional paper and a student paper's Q&A explainer; a wildlife
 * trust's bird-count page full of species and counts, an evening paper and a radio transcript. Labelled
 * before /ask first ran on them. First run (top-1 / top-3 of 22 each): derailment 16 / 18, admissions
 * 18 / 19, birds 13 / 16. The thresholds are the scores after that round's general fixes.
 */
const BLIND4 = ['derailment', 'admissions', 'birds'] as const;
const BLIND4_THRESHOLDS: Record<(typeof BLIND4)[number], { top1: number; top3: number }> = {
  derailment: { top1: 17, top3: 22 },
  admissions: { top1: 19, top3: 21 },
  birds: { top1: 14, top3: 19 },
};

describe('/ask accuracy', () => {
  it('seed: the issue-2 questions (at least 19 of 20 in the top 3)', async () => {
    const result = await measure(stories.seed, labelsOf(SEED));
    report('seed', result);
    expect(result.top3).toBeGreaterThanOrEqual(19);
    expect(result.top1).toBeGreaterThanOrEqual(18);
  });

  it('seed: questions typed the Discord way', async () => {
    const result = await measure(stories.seed, labelsOf(SEED_TYPED));
    report('seed (typed)', result);
    expect(result.top3).toBeGreaterThanOrEqual(14);
    expect(result.top1).toBeGreaterThanOrEqual(11);
  });

  it('council story', async () => {
    const result = await measure(stories.council, labelsOf(COUNCIL));
    report('council', result);
    expect(result.top3).toBeGreaterThanOrEqual(15);
    expect(result.top1).toBeGreaterThanOrEqual(15);
  });

  it('science story', async () => {
    const result = await measure(stories.science, await fixtureQuestions('test/fixtures/ask-science'));
    report('science', result);
    expect(result.top3).toBeGreaterThanOrEqual(16);
    expect(result.top1).toBeGreaterThanOrEqual(15);
  });

  it('sports story', async () => {
    const result = await measure(stories.sports, await fixtureQuestions('test/fixtures/ask-sports'));
    report('sports', result);
    expect(result.top3).toBeGreaterThanOrEqual(16);
    expect(result.top1).toBeGreaterThanOrEqual(14);
  });

  for (const name of BLIND) {
    it(`blind story: ${name} (at least 80% in the top 3)`, async () => {
      const result = await measure(stories[name], await fixtureQuestions(`test/fixtures/ask-blind-${name}`));
      report(`blind ${name}`, result);
      expect(result.top3 / result.total).toBeGreaterThanOrEqual(0.8);
      expect(result.top3).toBeGreaterThanOrEqual(BLIND_THRESHOLDS[name].top3);
      expect(result.top1).toBeGreaterThanOrEqual(BLIND_THRESHOLDS[name].top1);
    });
  }

  for (const name of BLIND3) {
    it(`blind round 3: ${name} (at least 80% in the top 3)`, async () => {
      const result = await measure(stories[`blind3-${name}`], await fixtureQuestions(`test/fixtures/ask-blind3-${name}`));
      report(`blind3 ${name}`, result);
      expect(result.top3 / result.total).toBeGreaterThanOrEqual(0.8);
      expect(result.top3).toBeGreaterThanOrEqual(BLIND3_THRESHOLDS[name].top3);
      expect(result.top1).toBeGreaterThanOrEqual(BLIND3_THRESHOLDS[name].top1);
    });
  }

  for (const name of BLIND4) {
    it(`blind round 4: ${name} (at least 80% in the top 3)`, async () => {
      const result = await measure(stories[`blind4-${name}`], await fixtureQuestions(`test/fixtures/ask-blind4-${name}`));
      report(`blind4 ${name}`, result);
      expect(result.top3 / result.total).toBeGreaterThanOrEqual(0.8);
      expect(result.top3).toBeGreaterThanOrEqual(BLIND4_THRESHOLDS[name].top3);
      expect(result.top1).toBeGreaterThanOrEqual(BLIND4_THRESHOLDS[name].top1);
    });
  }
});
