import { describe, expect, it } from 'vitest';
import type { Presentation } from '../../../src/render/presentation.ts';
import { toChoices } from '../../../src/render/discord/choices.ts';
import { embedLength, renderPages } from '../../../src/render/discord/embeds.ts';
import { LIMITS } from '../../../src/render/discord/limits.ts';
import { answerMessage, noticeMessage } from '../../../src/render/discord/message.ts';
import { keyFitsCustomId, pageCustomId, parseCustomId } from '../../../src/render/discord/pageButtons.ts';
import { validateChoices, validateMessageBody } from '../../../src/render/discord/validate.ts';
import type { Citation } from '../../../src/story/types.ts';

const cite = (n: number, extra: Partial<Citation> = {}): Citation => ({
  file: `0${n}-paper.md`,
  title: `Paper ${n}`,
  outlet: `The Daily ${n}`,
  published: '2024-03-04',
  url: `https://paper${n}.example/story_(${n})`,
  paragraph: n,
  sentence: 1,
  text: 'x',
  ...extra,
});

function presentation(items: number, textLength = 120, citations = 1): Presentation {
  return {
    title: 'Who closed the *bridge*?',
    summary: 'A summary line.',
    items: Array.from({ length: items }, (_, i) => ({
      heading: `${i + 1}. reported by ${citations} sources`,
      text: `Item ${i + 1}: ` + 'word '.repeat(Math.ceil(textLength / 5)).trim(),
      citations: Array.from({ length: citations }, (_c, j) => cite(j + 1)),
    })),
    note: 'Not covered by: nobody',
  };
}

/** The message as Discord receives it (discord.js turns allowedMentions into allowed_mentions). */
function asBody(m: ReturnType<typeof answerMessage>['message']) {
  return { content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: { parse: m.allowedMentions.parse, replied_user: m.allowedMentions.repliedUser } };
}

describe('renderPages', () => {
  it('puts at most 5 items on a page and the note on the last page', () => {
    const pages = renderPages(presentation(12));
    expect(pages).toHaveLength(3);
    expect(pages[0].description).not.toContain('Not covered');
    expect(pages[2].description).toContain('Not covered by: nobody');
    for (const page of pages) expect(page.title).toBe('Who closed the \\*bridge\\*?');
  });

  it('stays within every embed limit for huge items, and never cuts a citation', () => {
    const p = presentation(7, 9000, 12);
    const footer = 'Story name\n/ask question: ' + 'q'.repeat(300);
    const pages = renderPages(p, { footer });
    for (const page of pages) {
      expect(page.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(embedLength(page)).toBeLessThanOrEqual(LIMITS.embedTotal);
      // Every link that starts is complete: label and url both closed.
      const opened = (page.description!.match(/\[The Daily/g) ?? []).length;
      const closed = (page.description!.match(/\]\(https:\/\/paper\d+\.example\/story_%28\d+%29\)/g) ?? []).length;
      expect(closed).toBe(opened);
      expect(opened).toBeGreaterThan(0);
      expect(page.description).toContain('…');
    }
  });

  it('links a source only when the article has a url, and escapes its label', () => {
    const p: Presentation = { title: 't', items: [{ heading: 'h', text: 'x', citations: [cite(1, { url: undefined, outlet: 'The *Star*' }), cite(2)] }] };
    const [page] = renderPages(p);
    expect(page.description).toContain('— The \\*Star\\*, 2024-03-04, para 1 · [The Daily 2, 2024-03-04, para 2](https://paper2.example/story_%282%29)');
  });

  it('says something when there is nothing to show', () => {
    expect(renderPages({ title: 'Empty', items: [] })[0].description).toBe('Nothing to show.');
  });
});

describe('answerMessage', () => {
  it('adds page buttons carrying page and key, and clamps the page', () => {
    const { message, page, pages } = answerMessage(presentation(12), { page: 99, key: 'abc123' });
    expect([page, pages]).toEqual([3, 3]);
    const ids = message.components[0].components.map((c) => ('custom_id' in c ? c.custom_id : ''));
    expect(ids).toEqual(['pg:2:abc123', 'pgi:3', 'pg:4:abc123']);
    expect(message.components[0].components.map((c) => c.disabled)).toEqual([false, true, true]);
    expect(validateMessageBody(asBody(message))).toEqual([]);
  });

  it('has no buttons for one page, or without a cache key (and then says there is more)', () => {
    expect(answerMessage(presentation(3), { key: 'k' }).message.components).toEqual([]);
    const { message } = answerMessage(presentation(12), {});
    expect(message.components).toEqual([]);
    expect(message.embeds[0].description).toContain('2 more pages');
  });

  it('pings no one', () => {
    const { message } = answerMessage(presentation(1));
    expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('attaches the picture on page 1 only, with a safe file name', () => {
    const p: Presentation = { ...presentation(12), image: { name: '../time line', png: new Uint8Array([1, 2, 3]), description: 'a timeline' } };
    const first = answerMessage(p, { key: 'k' }).message;
    expect(first.files?.[0].name).toBe('time_line.png');
    expect(first.embeds[0].image?.url).toBe('attachment://time_line.png');
    const second = answerMessage(p, { key: 'k', page: 2 }).message;
    expect(second.files).toBeUndefined();
    expect(second.attachments).toEqual([]);
  });
});

describe('noticeMessage', () => {
  it('is ephemeral, short, and cannot ping', () => {
    const m = noticeMessage('@everyone ' + 'long '.repeat(1000));
    expect(m.flags).toBe(64);
    expect(m.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(m.content).not.toMatch(/@everyone/);
  });
});

describe('page custom ids', () => {
  it('round-trip and reject foreign ids', () => {
    expect(parseCustomId(pageCustomId(3, 'k:with:colons'))).toEqual({ kind: 'page', page: 3, key: 'k:with:colons' });
    expect(parseCustomId('again')).toEqual({ kind: 'again' });
    expect(parseCustomId('pgi:3')).toBeUndefined();
    expect(parseCustomId('something else')).toBeUndefined();
  });
  it('refuse keys that would not fit in 100 characters', () => {
    expect(keyFitsCustomId('k'.repeat(80))).toBe(true);
    expect(keyFitsCustomId('k'.repeat(95))).toBe(false);
    expect(keyFitsCustomId('')).toBe(false);
  });
});

describe('toChoices', () => {
  it('keeps 25 at most, cuts names at a word, drops values over 100 characters and duplicates', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `Speaker ${i} ` + 'very long name '.repeat(10), value: `speaker-${i % 30}` }));
    const choices = toChoices([{ name: 'too long', value: 'v'.repeat(101) }, ...many]);
    expect(choices).toHaveLength(25);
    expect(choices.some((c) => c.value.length > 100)).toBe(false);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    expect(choices[0].name.endsWith('…')).toBe(true);
    expect(validateChoices(choices)).toEqual([]);
  });
  it('uses the value when the name is empty', () => {
    expect(toChoices([{ name: '  ', value: 'Odile Fenwick' }])).toEqual([{ name: 'Odile Fenwick', value: 'Odile Fenwick' }]);
  });
});
