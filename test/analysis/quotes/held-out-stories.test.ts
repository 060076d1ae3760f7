import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { Story } from '../../../src/story/story.ts';
import { scoreAttribution, type Label } from './scoreAttribution.ts';

/**
 * Two stories written and labelled by hand as held-out checks, after the sports and court fixtures were
 * passing: an American business story (curly quotes, a mother and son sharing a surname, an anonymous
 * official, "State Sen.") and a magazine feature (present-tense "says", a husband and wife sharing a
 * surname where the article calls the wife by her first name, a name the lexicon does not know, "a
 * spokeswoman for the authority", a quote running over two paragraphs). On their first run the business
 * story scored 15/15 and the feature 1/8 (precision 25%); the feature's failures were fixed by general
 * rules (see the phenomenon files of test/analysis/quotes/), so it is a regression test now, no longer a blind one. A third,
 * wire copy with a "Reporting by" footer, accented names, "told Global Wire in an interview", two
 * unrelated people sharing a surname and a quoted company statement, was written after those fixes and
 * scored 11/11 on its first run.
 */
function story(name: string, files: Record<string, [string, string]>): Story {
  const articles = Object.entries(files).map(([file, [published, text]]) => articleFromText(file, text, { published }).article);
  return new Story({ dir: '.', name, version: name, articles });
}

const BUSINESS = story('plant closure', {
  'h1.txt': ['2025-06-03', "Factory closure leaves 400 jobless in Brennan Falls\n\nBRENNAN FALLS — Carver Plastics will close its plant on Route 9 in August, eliminating about 400 jobs, the company announced Tuesday.\n\n“This was the hardest decision I have made in thirty years in this business,” chief executive Howard Pryce said in a statement. “Demand for our products has fallen by half since 2021.”\n\nMayor Deborah Quinlan called the news “a gut punch for every family in this town.” She said the city would set up a job center at the public library. “We are not going to let these workers fall through the cracks,” she added.\n\nUnion steward Luis Ortega, who has worked at the plant for 22 years, said workers learned of the closure from a notice pinned to a break-room wall. “Nobody from management had the decency to tell us to our faces,” Ortega said.\n\nA company official, speaking on condition of anonymity because the talks were private, said Carver had tried to find a buyer for the plant. “We talked to three companies. None of them wanted it,” the official said.\n\nState Sen. Marcus Bell said he would ask the governor to release emergency retraining funds. “The state has the money. It just has to decide these people matter,” Bell said.\n\n“I’ve got a mortgage and two kids in college,” said Jeanette Moss, 51, a machine operator. “Where am I supposed to go?”\n"],
  'h2.txt': ['2025-06-04', "Brennan Falls reels as plant prepares to shut\n\nWorkers leaving the Carver Plastics plant on Wednesday described a mood of anger and disbelief.\n\n“It feels like a funeral in there,” said Travis Moss, a forklift driver whose mother, Jeanette, also works at the plant. He said he had already applied for jobs in two neighboring counties.\n\nAccording to Pryce, the company will pay severance of two weeks for every year of service. Quinlan said that was “the bare minimum.”\n\nAsked whether the city had known the closure was coming, Quinlan paused. “We had heard rumors for months,” she said. “But rumors are not a plan.”\n\nCarver spokesman Dale Whitaker said the company would help workers file for unemployment benefits. “Our HR team will be on site every day until the last shift,” Whitaker said.\n\nBell, a Democrat, and Quinlan, a Republican, rarely agree on much. On this, they did. “This town deserves better,” Bell said.\n"],
});

const FEATURE = story('lighthouse keeper', {
  'f1.txt': ['2025-04-10', "The last lighthouse keeper of Skerra Point\n\nBy Maren Olufsen\n\nEvery morning for 31 years, Edvard Nyhus climbed the 112 steps of the Skerra Point lighthouse. Now 74, he says he still wakes at five.\n\n\"You don't stop being a keeper just because they put in a computer,\" Nyhus says, pouring coffee in the kitchen of the cottage he shares with his wife, Solveig. \"The sea doesn't know the light is automatic.\"\n\nSolveig Nyhus, 70, is less sentimental. \"He complains about the stairs for thirty years, and now he misses them,\" she says, laughing.\n\nThe lighthouse was automated in 2009 by the Coastal Navigation Authority. A spokeswoman for the authority said the change had saved about £90,000 a year. \"Automation has made the light more reliable, not less,\" she said.\n\nNot everyone agrees. Harald Berge, who chairs the Skerra Heritage Trust, wants the keeper's cottage turned into a museum.\n\n\"People come here and they want to know who lived here, how they lived,\" Berge says. \"A computer can't tell them that.\n\n\"Edvard can.\"\n\nI ask Nyhus whether he would go back if he could. He thinks for a long time. \"Every day,\" he says.\n"],
});

const WIRE = story('drought', {
  'w1.txt': ['2025-09-02', "Drought forces water rationing in Valdoria's capital\n\nSAN ALBERO, Sept 2 (Global Wire) - Authorities in the Valdorian capital will ration tap water from Monday after the driest summer on record left reservoirs at 14 percent of capacity, the environment ministry said on Tuesday.\n\n\"We have no choice. If we do nothing, the taps run dry in October,\" Environment Minister Rafael Ibarguen told Global Wire in an interview.\n\nHouseholds will receive water for 12 hours a day under the plan, according to a ministry statement. \"Hospitals, schools and fire stations are exempt,\" the ministry said.\n\nOpposition leader Carmen Villaseñor accused the government of ignoring warnings. \"They were told in 2019 that the pipes were leaking a third of the water. They did nothing,\" she said at a news conference.\n\nIbarguen rejected the criticism. \"The investment plan was approved in 2021 and work is under way,\" he said, adding that the pipes \"cannot be replaced in a summer.\"\n\nA senior official at the state water company, who was not authorized to speak publicly, said rationing could last until the spring rains. \"Nobody wants to say it, but this could go on for six months,\" the official said.\n\n— Reporting by Lucia Ferrer; Editing by Tom Bradley\n"],
  'w2.txt': ['2025-09-03', "'Like living in the desert': San Albero braces for rationing\n\nResidents of San Albero queued for bottled water on Wednesday as the city prepared for rationing.\n\n\"I have three children. How do I wash them with twelve hours of water?\" said Marisol Ortuño, 38, waiting outside a supermarket in the Las Palmas district.\n\nHer neighbour, Andrés Ortuño - no relation - said he had filled every bucket in his flat. \"It's like living in the desert,\" he said.\n\nMayor Jorge Lastra said the city would open 40 emergency water points. \"No one will be left without water to drink,\" Lastra said. \"That is my promise.\"\n\nThe Valdorian Water Company said it was repairing leaks \"as fast as our crews can work\". It did not say how many of its pipes needed replacing.\n\nVillaseñor, who leads the opposition Citizens' Front, called for the minister to resign. \"Mr Ibarguen has had six years. He has failed,\" she told reporters.\n"],
});

const WIRE_LABELS: Label[] = [
  { file: 'w1.txt', paragraph: 2, words: 'We have no choice', speaker: 'Rafael Ibarguen' },
  { file: 'w1.txt', paragraph: 4, words: 'They were told in 2019', speaker: 'Carmen Villaseñor' },
  { file: 'w1.txt', paragraph: 5, words: 'The investment plan', speaker: 'Rafael Ibarguen' },
  { file: 'w1.txt', paragraph: 5, words: 'cannot be replaced in a summer', speaker: 'Rafael Ibarguen' },
  { file: 'w1.txt', paragraph: 6, words: 'Nobody wants to say it', speaker: 'anonymous' },
  { file: 'w2.txt', paragraph: 2, words: 'I have three children', speaker: 'Marisol Ortuño' },
  { file: 'w2.txt', paragraph: 3, words: 'like living in the desert', speaker: 'Andrés Ortuño' },
  { file: 'w2.txt', paragraph: 4, words: 'No one will be left', speaker: 'Jorge Lastra' },
  { file: 'w2.txt', paragraph: 4, words: 'That is my promise', speaker: 'Jorge Lastra' },
  { file: 'w2.txt', paragraph: 5, words: 'as fast as our crews can work', speaker: 'Valdorian Water Company' },
  { file: 'w2.txt', paragraph: 6, words: 'Mr Ibarguen has had six years', speaker: 'Carmen Villaseñor' },
];

const BUSINESS_LABELS: Label[] = [
  { file: 'h1.txt', paragraph: 2, words: 'This was the hardest decision', speaker: 'Howard Pryce' },
  { file: 'h1.txt', paragraph: 2, words: 'Demand for our products', speaker: 'Howard Pryce' },
  { file: 'h1.txt', paragraph: 3, words: 'a gut punch', speaker: 'Deborah Quinlan' },
  { file: 'h1.txt', paragraph: 3, words: 'We are not going to let', speaker: 'Deborah Quinlan' },
  { file: 'h1.txt', paragraph: 4, words: 'Nobody from management', speaker: 'Luis Ortega' },
  { file: 'h1.txt', paragraph: 5, words: 'We talked to three companies', speaker: 'anonymous' },
  { file: 'h1.txt', paragraph: 6, words: 'The state has the money', speaker: 'Marcus Bell' },
  { file: 'h1.txt', paragraph: 7, words: 'got a mortgage', speaker: 'Jeanette Moss' },
  { file: 'h1.txt', paragraph: 7, words: 'Where am I supposed to go', speaker: 'Jeanette Moss' },
  { file: 'h2.txt', paragraph: 2, words: 'It feels like a funeral', speaker: 'Travis Moss' },
  { file: 'h2.txt', paragraph: 3, words: 'the bare minimum', speaker: 'Deborah Quinlan' },
  { file: 'h2.txt', paragraph: 4, words: 'We had heard rumors', speaker: 'Deborah Quinlan' },
  { file: 'h2.txt', paragraph: 4, words: 'But rumors are not a plan', speaker: 'Deborah Quinlan' },
  { file: 'h2.txt', paragraph: 5, words: 'Our HR team', speaker: 'Dale Whitaker' },
  { file: 'h2.txt', paragraph: 6, words: 'This town deserves better', speaker: 'Marcus Bell' },
];

const FEATURE_LABELS: Label[] = [
  { file: 'f1.txt', paragraph: 2, words: 'stop being a keeper', speaker: 'Edvard Nyhus' },
  { file: 'f1.txt', paragraph: 2, words: 'The sea doesn', speaker: 'Edvard Nyhus' },
  { file: 'f1.txt', paragraph: 3, words: 'He complains about the stairs', speaker: 'Solveig Nyhus' },
  { file: 'f1.txt', paragraph: 4, words: 'Automation has made the light', speaker: 'Coastal Navigation Authority' },
  { file: 'f1.txt', paragraph: 6, words: 'People come here', speaker: 'Harald Berge' },
  { file: 'f1.txt', paragraph: 6, words: 'A computer can', speaker: 'Harald Berge' },
  { file: 'f1.txt', paragraph: 7, words: 'Edvard can', speaker: 'Harald Berge' },
  { file: 'f1.txt', paragraph: 8, words: 'Every day', speaker: 'Edvard Nyhus' },
];

describe('held-out stories', () => {
  it.each([
    ['business story', BUSINESS, BUSINESS_LABELS],
    ['magazine feature', FEATURE, FEATURE_LABELS],
    ['wire story', WIRE, WIRE_LABELS],
  ] as const)('%s: at least 90% precision and recall', (name, s, labels) => {
    const score = scoreAttribution(quotesOf(s), labels);
    console.log(`${name}: ${score.correct}/${score.labels} right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%`);
    if (score.mistakes.length) console.log(score.mistakes.join('\n'));
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
