import { describe, expect, it } from 'vitest';
import { describeScore, scoreStory } from './pasteScoring.ts';

/** Every labelled paste story must load at its full score: story kept, furniture dropped, sentences and metadata right. */
export function pasteSuite(names: readonly string[], round: string): void {
  describe.each(names)(`pasted story %s (${round})`, (name) => {
    it('keeps every story paragraph, drops the furniture, splits sentences and reads the metadata', async () => {
      const score = await scoreStory(`test/fixtures/${name}`);
      const report = describeScore(score);
      expect(score.storyKept, report).toBe(score.storyTotal);
      expect(score.furnitureRemoved, report).toBe(score.furnitureTotal);
      expect(score.sentencesRight, report).toBe(score.sentencesTotal);
      expect(score.fieldsRight, report).toBe(score.fieldsTotal);
    });
  });
}
