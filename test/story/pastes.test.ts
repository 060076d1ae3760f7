import { describe, expect, it } from 'vitest';
import { describeScore, scoreStory } from './pasteScoring.ts';

/**
 * Three stories pasted from web pages in styles no other fixture uses (wire pages with their footers, a
 * newspaper page with a cookie banner and newsletter box, a radio transcript, an AP page, a Substack
 * post in Markdown, a local TV page, a live blog, a regional paper). Labelled by hand before the loader
 * ran on them. Blind first run: story text kept 65/73, furniture removed 34/141, sentences 24/28,
 * title/author/outlet/published 8/36. These thresholds are the scores after the general fixes.
 */
describe.each(['pastes-transit', 'pastes-museum', 'pastes-mine'])('pasted story %s', (name) => {
  it('keeps every story paragraph, drops the furniture, splits sentences and reads the metadata', async () => {
    const score = await scoreStory(`test/fixtures/${name}`);
    const report = describeScore(score);
    expect(score.storyKept, report).toBe(score.storyTotal);
    expect(score.furnitureRemoved, report).toBe(score.furnitureTotal);
    expect(score.sentencesRight, report).toBe(score.sentencesTotal);
    expect(score.fieldsRight, report).toBe(score.fieldsTotal);
  });
});
