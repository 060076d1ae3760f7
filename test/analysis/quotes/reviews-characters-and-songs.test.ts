import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { fixtureStory } from '../fixtureStories.ts';

/**
 * Film and music reviews: a line a character says goes to the character (the actor is its description), a
 * lyric to its singer, a song nobody is named singing to nobody.
 */
const HEADLINE = 'Harbour story\n\n';

describe('reviews: characters and their actors', () => {
  it('gives a line a character says to the character, not to the actor named in brackets', () => {
    const a = analyse(
      HEADLINE + 'Phạm Thị Mai Anh, who plays the pilot, learned to sail for the part.',
      HEADLINE + 'The pilot, Quyen (Phạm Thị Mai Anh, excellent), is the heart of the film. "Nobody owns the river," she tells the captain.',
    );
    expect(who(a, 'Nobody owns the river')).toBe('Quyen');
    expect(a.people.all.find((p) => p.name === 'Quyen')?.description).toBe('character played by Phạm Thị Mai Anh');
  });

  it('leaves a song nobody is named singing unattributed, and gives "she sings" to the singer', () => {
    const a = analyse(HEADLINE + 'The music is by the singer Temperance Oyelude-Marsh. Over the credits she sings "the tide will turn for you". Another song on the radio repeats "come back, come back".');
    expect(who(a, 'the tide will turn')).toBe('Temperance Oyelude-Marsh');
    expect(who(a, 'come back, come back')).toBeNull();
  });
});

describe('characters and singers in a labelled fixture story', () => {
  it('names the character who says a film line and the singer of a lyric, in every outlet that quotes them', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-blind3-review'));
    const line = analysis.quotes.find((q) => q.text.includes('walk in circles'))!;
    expect(line.speaker).toMatchObject({ name: 'Linh', description: 'character played by Nguyễn Thị Thu Hà' });
    expect(new Set(line.citations.map((c) => c.file))).toEqual(new Set(['r1-framerate.md', 'r3-klangwerk.txt']));
    const lyric = analysis.quotes.find((q) => q.text.includes('the water remembers'))!;
    expect(lyric.speaker?.name).toBe('Adébáyọ̀ Ọláyínká');
    const radio = analysis.quotes.find((q) => q.text.includes('come home, come home'))!;
    expect(radio.speaker).toBeNull();
  });
});
