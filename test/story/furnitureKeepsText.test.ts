import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/story/boilerplate.ts';
import { parseArticle } from '../../src/story/parseArticle.ts';

const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

describe('furniture rules remove only furniture', () => {
  it('keeps news sentences that use the words of a furniture rule', () => {
    for (const sentence of [
      'The studio bought the licensing rights to the novel for an undisclosed sum.',
      'By continuing the strike into a third week, the union hopes to force a new offer.',
      'Issued on Monday, the flood warning covers 12 counties.',
      'Share prices fell sharply on Tuesday after the results.',
      'Share this with your neighbours, the mayor urged residents on Friday.',
      'Regulators said the site must let users refuse cookies at any time, and the company agreed.',
      'The label said all rights reserved for the estate would pass to his daughter in 2030.',
      'By signing up 400 new members, the club doubled in size.',
      'Published in 1998, the report was ignored for a decade.',
    ]) {
      expect(isBoilerplate(sentence), sentence).toBe(false);
    }
  });

  it('still removes the furniture those rules were written for', () => {
    for (const line of [
      'Purchase Licensing Rights, opens new tab',
      'By signing up, you agree to our Terms of Use and Privacy Policy.',
      'Updated 3:45 PM EST, Tue March 5, 2024',
      'Published: 12 March 2024',
      'Share this article',
      'Share on Facebook',
      '© 2024 Reuters. All rights reserved.',
      'We use cookies to improve your experience. You can change your preferences at any time.',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('never takes a line longer than a sentence or two for furniture', () => {
    const long = `This is a breaking news story. ${'The council met again on Tuesday to discuss the budget for the coming year. '.repeat(6)}`;
    expect(isBoilerplate(long)).toBe(false);
  });

  it('keeps the text of an article pasted with its line breaks lost', () => {
    const body = readFileSync(new URL('../../seeds/000_1c426f88f6299e34.txt', import.meta.url), 'utf8').replace(/^---[^]*?---\n/, '');
    const asWritten = parseArticle('000.txt', body, {}).sentences.map((s) => s.text);
    const oneLine = parseArticle('000.txt', body.replace(/\s*\n\s*/g, ' '), {}).sentences.map((s) => s.text);
    expect(words(oneLine)).toBeGreaterThanOrEqual(words(asWritten));
    // Every sentence the article gives as written is there, pasted as one line.
    const joined = oneLine.join(' ');
    for (const sentence of asWritten.filter((s) => s.length > 40)) expect(joined).toContain(sentence.slice(0, 40));
  });
});
