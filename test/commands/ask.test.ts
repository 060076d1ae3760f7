import { beforeAll, describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { UserInputError } from '../../src/commands/command.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/** Plain questions about the seed story, each with fragments of the sentences that answer it. */
const SEED_QUESTIONS: [question: string, answer: string | string[]][] = [
  ['Who invited Putin to Washington?', 'has invited Russian President Vladimir Putin to Washington'],
  ['Who was asked to invite Putin?', 'asked @Ambjohnbolton to invite President Putin'],
  ['When will Putin visit Washington?', ['in the fall', 'this fall', 'in the autumn', 'later this year']],
  ['What did Dan Coats say about the invitation?', "That's going to be special"],
  ['Where was Dan Coats interviewed?', 'Aspen Security Forum'],
  ['What did Jeff Flake call Trump\'s performance?', 'shameful'],
  ['What did John McCain say about the press conference?', 'most disgraceful performances'],
  ['How did Trump describe the Mueller investigation?', 'witch hunt'],
  ['What did Trump tweet about the summit?', ['The Summit with Russia was a great success', 'tweeted that he was "looking forward"']],
  ['Did Trump say he misspoke?', 'misspoke'],
  ['What did Trump tell CBS News?', 'I let him know we can\'t have this'],
  ['What poll showed Republican support for Trump?', '79 percent of Republicans'],
  ['How long was the private meeting in Helsinki?', 'more than two hours'],
  ['What did the Senate pass?', 'unanimously passing a resolution'],
  ['What proposal from Putin did Trump consider?', 'question several Americans'],
  ['Which ambassador could have been questioned by Russia?', 'Michael McFaul'],
  ['Did the White House agree with Putin\'s proposal?', 'disagrees'],
  ['What did Putin warn about?', 'there are forces in the United States'],
  ['Where did Trump and Putin meet last year?', 'G20 summit and the APEC summit'],
  ['What did Sanders say on Wednesday?', 'Sanders had to again state'],
];

let story: Story;
beforeAll(async () => {
  story = await loadStory('seeds');
});

describe('/ask on the seed story', () => {
  it('has an answering sentence in the top 3 for at least 18 of 20 questions', () => {
    const misses: string[] = [];
    for (const [question, answer] of SEED_QUESTIONS) {
      const fragments = Array.isArray(answer) ? answer : [answer];
      const { answers } = ask.handler(story, { question }) as ReturnType<typeof ask.handler> & { answers: { text: string; citations: { text: string }[] }[] };
      const top3 = answers.slice(0, 3);
      const hit = top3.some((a) => fragments.some((f) => a.citations.some((c) => c.text.includes(f))));
      if (!hit) misses.push(`${question} → ${top3.map((a) => a.text.slice(0, 60)).join(' | ')}`);
    }
    console.log(`/ask seed accuracy: ${SEED_QUESTIONS.length - misses.length}/${SEED_QUESTIONS.length} in top 3`);
    if (misses.length) console.log('misses:\n' + misses.join('\n'));
    expect(SEED_QUESTIONS.length - misses.length).toBeGreaterThanOrEqual(18);
  });

  it('returns 3 to 5 cited answers, each citation naming the file, paragraph, sentence and exact text', async () => {
    const answer = await ask.handler(story, { question: 'Putin visit Washington fall' });
    expect(answer.answers.length).toBeGreaterThanOrEqual(3);
    expect(answer.answers.length).toBeLessThanOrEqual(5);
    for (const a of answer.answers) {
      expect(a.citations.length).toBeGreaterThan(0);
      for (const c of a.citations) {
        const article = story.article(c.file);
        const sentence = article.paragraphs[c.paragraph - 1].sentences[c.sentence - 1];
        expect(sentence.text).toBe(c.text);
      }
    }
  });

  it('merges a statement carried by several outlets into one answer reported by each of them', async () => {
    const answer = await ask.handler(story, { question: 'ongoing working level dialogue security council staffs' });
    const top = answer.answers[0];
    expect(top.sources).toBe(5);
    expect(new Set(top.citations.map((c) => c.file)).size).toBe(5);
    // No other answer repeats the same statement.
    expect(answer.answers.slice(1).every((a) => !a.text.includes('working level dialogue'))).toBe(true);
  });

  it('is deterministic: the same question gives the same answers in the same order', async () => {
    const a = await ask.handler(story, { question: 'Trump Putin meeting' });
    const b = await ask.handler(story, { question: 'Trump Putin meeting' });
    expect(b).toEqual(a);
  });

  it('says so and suggests words the story contains when nothing matches', async () => {
    const answer = await ask.handler(story, { question: 'Putn zebra astronauts' });
    expect(answer.answers).toEqual([]);
    expect(answer.suggestions).toContain('Putin');
  });

  it('handles questions made of words natural treats specially', async () => {
    for (const question of ['constructor', '__proto__', 'toString hasOwnProperty', '???', '“”']) {
      const answer = await ask.handler(story, { question });
      expect(Array.isArray(answer.answers)).toBe(true);
      for (const a of answer.answers) expect(Number.isFinite(a.score)).toBe(true);
    }
  });

  it('rejects an empty question with an explanation', () => {
    expect(() => ask.handler(story, { question: '   ' })).toThrow(UserInputError);
    expect(() => ask.handler(story, {})).toThrow(/question/);
  });
});
