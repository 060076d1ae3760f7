import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { chatWords, spelledOut } from '../../src/search/chatWords.ts';
import { findSnippets } from '../../src/search/findSnippets.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/**
 * /ask beyond shared words, on a small story written for this test: a word of the question found
 * through WordNet (same sense, or derived), a role standing for the one person the story gives it, and
 * a question the story does not answer.
 */
const WIRE = `Harbour warehouse destroyed

A fire destroyed a grain warehouse on the Kestrel Quay on Tuesday night, and a night watchman was taken to hospital with burns.

Fire crews needed six hours to bring the flames under control.

Harbour Minister Adaeze Okonkwo visited the quay on Wednesday morning.

"We will find out how this started, and we will rebuild," Okonkwo told reporters at the gate.

Police detained a 19-year-old man near the quay early on Wednesday, a police spokesman said.

The warehouse held about 3,000 tonnes of barley, the port authority said.`;

const LOCAL = `Quay fire: what we know

The watchman, a 58-year-old from the harbour estate, is in a stable condition.

Traders at the quay said the smoke could be seen across the bay.

The port authority said ships would keep loading at the two other berths.`;

function story(): Story {
  return new Story({
    dir: '/tmp',
    name: 'quay fire',
    version: 'v1',
    articles: [articleFromText('wire.txt', WIRE, { outlet: 'Coast Wire' }).article, articleFromText('local.txt', LOCAL, { outlet: 'Bay Courier' }).article],
  });
}

const first = (s: Story, question: string) => findSnippets(s, question, { limit: 3 })[0]?.text ?? '';
const top3 = (s: Story, question: string) => findSnippets(s, question, { limit: 3 }).map((a) => a.text);

describe('/ask finds answers that use other words than the question', () => {
  it('reads a question word through WordNet: "blaze", a word the story never uses, finds "fire" (its broader sense)', () => {
    expect(first(story(), 'when was the blaze')).toContain('on Tuesday night');
  });

  it('finds a name from its initials ("hm" for the Harbour Minister the story writes out)', () => {
    expect(first(story(), 'where was the hm')).toContain('Harbour Minister Adaeze Okonkwo visited the quay');
  });

  it('spells out what people type short in a chat: "ppl", "govt", "dems"', () => {
    expect(spelledOut('ppl')).toEqual(['people']);
    expect(spelledOut('govt')).toEqual(['government']);
    expect(spelledOut('dems')).toEqual(['democrats']);
    expect(spelledOut('people')).toEqual(['people']);
    // What a short form stands for is spelt out in full, never another short form.
    for (const full of Object.values(chatWords).flat()) expect(spelledOut(full)).toEqual([full]);
  });

  it('finds the person a role names: "the minister" is the one the story calls Harbour Minister', () => {
    // The quote names her by surname only; without the role holder it shares no word with the question.
    expect(top3(story(), 'what did the minister say').join('\n')).toContain('We will find out how this started');
    expect(top3(story(), 'what did the harbour minister say').join('\n')).toContain('We will find out how this started');
  });

  it('does not give a role to someone whose title the question qualifies otherwise ("prime minister" is not the harbour minister)', () => {
    expect(top3(story(), 'what did the prime minister say').join('\n')).not.toContain('We will find out how this started');
  });
});

const BOARD = `Library trust chair steps down

Ms Marta Kowalczyk, the chair of the Riverside Library Trust, resigned on Friday after nine years.

Kowalczyk said the trust needed "new eyes" as it plans a second branch.

Two board members resigned in March over the branch plan.

Mr Tobiah Renner, the treasurer, will act as chair until a vote in June.

Kowalczyk founded the trust's reading programme for prisoners in 2017.`;

describe('/ask reads "she" and "he" in a question that names nobody as the story\'s main person', () => {
  const board = () => new Story({ dir: '/tmp', name: 'trust', version: 'v1', articles: [articleFromText('board.txt', BOARD, { outlet: 'Riverside Weekly' }).article] });

  it('"when did she resign" is about the woman the story is about, not the other resignations', () => {
    expect(first(board(), 'when did she resign')).toContain('resigned on Friday after nine years');
  });

  it('leaves "he" alone when the story has no such main person, and "she" alone when the question names someone', () => {
    expect(first(board(), 'did renner say why he took over')).not.toContain('Kowalczyk');
  });
});

const FERRY = `Ferry captain honoured

Captain Ilse Varga received the medal on Monday.

The kids on the school trip wrote her a letter.

Varga, 61, has three children and has worked on the route since 1990.`;

describe('/ask reads what a question asks for in other words', () => {
  const ferry = () => new Story({ dir: '/tmp', name: 'ferry', version: 'v1', articles: [articleFromText('a.txt', FERRY, { outlet: 'Lake News' }).article] });

  it('"how many" counts in the forms the question word stands for ("kids" → "children")', () => {
    expect(first(ferry(), 'how many kids does the captain have')).toContain('has three children');
  });
});

describe('/ask says when the story does not answer a question', () => {
  it('marks a question about something the story never mentions, and still offers the closest sentences', async () => {
    const s = story();
    for (const question of ['what did the governor say', 'how much insurance money will they get', 'was the mayor there']) {
      const answer = await ask.handler(s, { question });
      expect(answer.notInStory, question).toBe(true);
    }
  });

  it('answers questions the story does answer, in other words too, without that mark', async () => {
    const s = story();
    for (const question of ['how long did it take to put the fire out', 'who was hurt', 'how much barley was in there', 'did they arrest someone']) {
      const answer = await ask.handler(s, { question });
      expect(answer.notInStory, question).toBeUndefined();
      expect(answer.answers.length, question).toBeGreaterThan(0);
    }
  });
});
