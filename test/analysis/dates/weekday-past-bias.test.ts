import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { mention, resolved } from './mentions.ts';

/**
 * A bare weekday ("on Monday") is the last one before publication, since news reports what happened; it is
 * the coming one when the sentence looks forward, the day itself when it is the publication weekday, and
 * unplaced without a publication date.
 */
const WED = '2024-05-15';

describe('weekdays', () => {
  it('puts a bare weekday in the past: news reports what happened', () => {
    expect(resolved('The mayor resigned on Monday.', WED, 'Monday')).toMatchObject({ start: '2024-05-13', end: '2024-05-13', granularity: 'day', label: 'Mon 13 May 2024' });
    expect(resolved('The bill passed Friday after a long debate.', WED, 'Friday').start).toBe('2024-05-10');
  });

  it('reads the publication weekday as the same day', () => {
    expect(resolved('Officials said Wednesday that the road would reopen.', WED, 'Wednesday').start).toBe(WED);
  });

  it('looks forward when the sentence does', () => {
    expect(resolved('The council will vote on Tuesday.', WED, 'Tuesday').start).toBe('2024-05-21');
    expect(resolved('On Friday, the band is scheduled to play the final show.', WED, 'Friday').start).toBe('2024-05-17');
    expect(resolved('The hearing is set for Thursday morning.', WED, 'Thursday').start).toBe('2024-05-16');
  });

  it('keeps a weekday after a reporting verb in the past even when the report is about the future', () => {
    expect(resolved('The club announced Monday that it will move to a new ground.', WED, 'Monday').start).toBe('2024-05-13');
  });

  it('handles last and next', () => {
    expect(resolved('He was released last Friday.', WED, 'last Friday').start).toBe('2024-05-10');
    expect(resolved('They meet again next Tuesday.', WED, 'next Tuesday').start).toBe('2024-05-21');
    expect(resolved('She arrived last Wednesday.', WED, 'last Wednesday').start).toBe('2024-05-08');
  });

  it('leaves a weekday unresolved without a publication date instead of guessing', () => {
    const m = mention('The mayor resigned on Monday.', undefined, 'Monday');
    expect(m.date).toBeUndefined();
    expect(m.unresolved).toBe('Monday, week unknown');
  });

  it('does not read habitual plurals as a day', () => {
    expect(findDateMentions('The market opens on Mondays.', WED)).toHaveLength(0);
  });
});
