import { describe, expect, it } from 'vitest';
import { escapeMarkdown, neutraliseMentions, safeUrl } from '../../../src/render/discord/escape.ts';
import { truncateWords } from '../../../src/render/discord/truncate.ts';

describe('escapeMarkdown', () => {
  it('shows bold, italics, spoilers, code and masked links literally', () => {
    expect(escapeMarkdown('*thousands* of __pounds__ ||secret|| `code` [x](http://a)')).toBe(
      '\\*thousands\\* of \\_\\_pounds\\_\\_ \\|\\|secret\\|\\| \\`code\\` \\[x\\](http://a)',
    );
  });
  it('escapes line-start markers (headings, quotes, lists) but not mid-line dashes', () => {
    expect(escapeMarkdown('# Heading\n> quote\n- item\nwell-known - fine')).toBe('\\# Heading\n\\> quote\n\\- item\nwell-known - fine');
  });
  it('keeps user and role mentions from rendering and @everyone from pinging', () => {
    const out = escapeMarkdown('<@123456789012345678> and <@&456> tell @everyone and @here');
    expect(out).toContain('\\<@123456789012345678\\>');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out.replace(/\u200b/g, '')).toContain('@everyone and @here');
  });
  it('neutralises mentions in any case', () => {
    expect(neutraliseMentions('@EVERYONE')).not.toBe('@EVERYONE');
  });
});

describe('safeUrl', () => {
  it('accepts http(s) and encodes characters that would end a masked link', () => {
    expect(safeUrl('https://gazette.example/news/bridge_(closure)')).toBe('https://gazette.example/news/bridge_%28closure%29');
  });
  it('rejects other schemes and junk', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});

describe('truncateWords', () => {
  it('leaves short text alone', () => {
    expect(truncateWords('short text', 20)).toBe('short text');
  });
  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const out = truncateWords('the quick brown fox jumps over the lazy dog', 20);
    expect(out).toBe('the quick brown fox…');
    expect(out.length).toBeLessThanOrEqual(20);
  });
  it('never leaves a dangling escape backslash or half a surrogate pair', () => {
    const escaped = escapeMarkdown('*'.repeat(50));
    for (let max = 2; max < 40; max++) {
      const out = truncateWords(escaped, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.slice(0, -1)).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
    const emoji = '😀'.repeat(30);
    for (let max = 2; max < 20; max++) expect(truncateWords(emoji, max)).not.toMatch(/[\ud800-\udbff]…$/);
  });
});

describe('numbered lines', () => {
  it('escapes the period, not the digit, so the number still shows', () => {
    expect(escapeMarkdown('1. from 1 source')).toBe('1\\. from 1 source');
    expect(escapeMarkdown('  12. twelve')).toBe('  12\\. twelve');
    expect(escapeMarkdown('- item')).toBe('\\- item');
  });
});
