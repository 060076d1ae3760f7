import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCaption, parsePostAccount } from '../../src/story/boilerplate.ts';
import { FrontMatterError, splitFrontMatter } from '../../src/story/frontMatter.ts';
import { CAPTION_CREDIT, type GatedPattern, type LineTest, PAGE_FURNITURE } from '../../src/story/furnitureRules.ts';
import { copyrightHolder, datelineAgency, newsletterName, releaseSource, siteNameOfHomeLink } from '../../src/story/outletNames.ts';
import { parseArticle } from '../../src/story/parseArticle.ts';
import { isTailMarker } from '../../src/story/storyEnd.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gatedRules = [...PAGE_FURNITURE, ...CAPTION_CREDIT].filter((rule: LineTest): rule is GatedPattern => 'pattern' in rule);

/** Pieces the gated patterns look for, so random lines come near to matching them. */
const PIECES = [
  ' ', '  ', ', ', '. ', ': ', ':', '/', ' / ', '°', '° ', '-', '—', '12', '4', '2024', 'Photo', 'photo', 'Credit', 'by', ' by ',
  'courtesy of', 'REUTERS', 'AP', 'Ana Ruiz', 'Quay', 'Street', 'St', 'Road', 'Hi', 'Sat', 'Showers', 'F', 'C', 'the', 'Á', 'ß', 'K',
  'ſ', '\u00a0', '\t', 'é', '!', '?', '"', '’',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('cheap pre-checks in front of costly patterns', () => {
  it('has gated rules to check', () => {
    expect(gatedRules.length).toBeGreaterThanOrEqual(5);
  });

  it('never turn away a line the pattern itself would match', () => {
    for (const rule of gatedRules) {
      fc.assert(
        fc.property(line, (text) => rule.test(text) === rule.pattern.test(text)),
        { numRuns: 3000 },
      );
    }
  });

  it('still catch each kind of furniture they guard', () => {
    expect(isBoilerplate('Fell Rescue Hut, 3 Mill Lane, Threlkeld')).toBe(true);
    expect(isBoilerplate('Sat 11° / 3° Showers')).toBe(true);
    expect(isCaption('Team members carry the stretcher down the scree. Photo by Ana Ruiz')).toBe(true);
    expect(isCaption('The hut at dusk. Credit: Ana Ruiz')).toBe(true);
    expect(isCaption('AFP/Ana Ruiz')).toBe(true);
    expect(isBoilerplate('The team was called out at 3 Mill Lane, which is where the walkers had parked.')).toBe(false);
  });

  it('leave the outlet and marker readers answering as before', () => {
    expect(siteNameOfHomeLink('Fellside Rescue | Home  ')).toBe('Fellside Rescue');
    expect(siteNameOfHomeLink('Walkers were told to head home')).toBeUndefined();
    expect(releaseSource('SOURCE Fellside Mountain Rescue Team')).toBe('Fellside Mountain Rescue Team');
    expect(copyrightHolder('© 2025 Fellside Mountain Rescue. All rights reserved.')).toBe('Fellside Mountain Rescue');
    expect(newsletterName('Thanks for reading Callout Notes! See you next month.')).toBe('Callout Notes');
    expect(newsletterName('You are receiving this because you subscribed to Callout Notes.')).toBe('Callout Notes');
    expect(datelineAgency('KESWICK, England (PA) - A walker was rescued on Sunday.')).toBe('PA');
    expect(datelineAgency('KESWICK - A walker was rescued on Sunday.')).toBeUndefined();
    expect(parsePostAccount('Fellside MRT@FellsideMRT · 2h')).toEqual({ name: 'Fellside MRT', handle: 'FellsideMRT' });
    expect(isTailMarker('References')).toBe(true);
    expect(isTailMarker('Written by Ana Ruiz')).toBe(true);
    expect(isTailMarker('Rescuers reached the pair at dusk.')).toBe(false);
  });
});

describe('a mountain rescue team callout log', () => {
  // A volunteer team's own site: a home link, a weather widget, a photo credit, a post, footnotes and a footer.
  const page = [
    'Fellside Mountain Rescue - Back to homepage',
    'Sat 11° / 3° Showers',
    '',
    'Callout 41: walkers stranded on Blease Fell',
    '',
    'Two walkers were brought down from Blease Fell on Saturday night after one of them slipped on wet rock.[1] Eleven team members went out.',
    '',
    'Team members carry the stretcher down the scree. Photo by Ana Ruiz',
    '',
    'The call came from the U.K. Met Office forecaster on the hill. I think we were lucky with the cloud, said the team leader, Tom Hale.',
    '',
    'Both walkers were checked at the base and went home that night.',
    '',
    'Fell Rescue Hut, 3 Mill Lane, Threlkeld',
    '© 2025 Fellside Mountain Rescue. All rights reserved.',
    '',
    'References',
    '',
    '[1] Team log, callout 41.',
  ].join('\n');
  const article = parseArticle('callout41.md', page, {});
  const texts = article.sentences.map((s) => s.text);

  it('keeps the report and its headline and drops the furniture around it', () => {
    expect(article.title).toBe('Callout 41: walkers stranded on Blease Fell');
    expect(article.meta.outlet).toBe('Fellside Mountain Rescue');
    expect(texts[0]).toBe('Two walkers were brought down from Blease Fell on Saturday night after one of them slipped on wet rock.');
    expect(texts).toContain('Both walkers were checked at the base and went home that night.');
    expect(texts.some((t) => /Photo by|Mill Lane|°|Team log|All rights reserved/.test(t))).toBe(false);
  });

  it('does not split a sentence after a dotted abbreviation', () => {
    expect(texts).toContain('The call came from the U.K. Met Office forecaster on the hill.');
  });
});

describe('what loading the story code costs', () => {
  it('splits sentences with sbd but never loads sanitize-html or yaml for a story without front matter', () => {
    const script = [
      "const { articleFromText } = await import('./src/story/loadStory.ts');",
      "const { createRequire } = await import('node:module');",
      "const article = articleFromText('a.txt', 'Fell rescue\\n\\nThe team went out at 9 p.m. on Friday. They found the pair near the U.K. border. I think we were quick.\\n').article;",
      'const loaded = Object.keys(createRequire(import.meta.url).cache);',
      "console.log(JSON.stringify({ sentences: article.sentences.map((s) => s.text), sanitize: loaded.some((k) => k.includes('sanitize-html')), yaml: loaded.some((k) => /[\\\\/]yaml[\\\\/]/.test(k)) }));",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({
      sentences: ['The team went out at 9 p.m. on Friday.', 'They found the pair near the U.K. border.', 'I think we were quick.'],
      sanitize: false,
      yaml: false,
    });
  });

  it('still reads front matter, loading yaml when an article has some', () => {
    const { meta } = splitFrontMatter('---\ntitle: Callout 42\npublished: 2025-03-02\n---\nThe team went out.\n');
    expect(meta).toMatchObject({ title: 'Callout 42', published: '2025-03-02' });
    expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nBody.\n')).toThrow(FrontMatterError);
  });
});
