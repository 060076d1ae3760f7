import { beforeAll, describe, expect, it } from 'vitest';
import { askStory } from '../../src/eval/botAnswers.ts';
import type { QuestionLabel } from '../../src/eval/labels.ts';
import { scoreQuestions } from '../../src/eval/scoreQuestions.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/**
 * /ask accuracy on the seed (politics, wire copy and an embedded tweet) and the council fixture (front matter,
 * curly quotes), with questions written here. Each question comes with fragments of the sentences that answer
 * it; a question is answered at rank k when one of the first k answers cites a sentence containing a fragment.
 * The labelled fixture stories' questions (ask-*: science, sports and the blind rounds) are scored exactly, with
 * every other label, by test/eval/fixtureScores.test.ts.
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
});

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
});
