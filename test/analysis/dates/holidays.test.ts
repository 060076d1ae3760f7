import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { onlyMention } from './mentions.ts';

/**
 * Holidays with a fixed date (Christmas, Christmas Eve, Valentine’s Day, New Year’s Day), read with the
 * sentence's tense, and not when the word names something else ("Christmas shopping"). Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });
const allFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => findDateMentions(text, published, { southern });

describe('holidays', () => {
  it('reads fixed-date holidays with the sentence’s tense, and not as words of other things', () => {
    expect(onlyFrom16May2025('Sales have slowed since Christmas.').date?.start).toBe('2024-12-25');
    expect(onlyFrom16May2025('The shop will close on Christmas Eve.', '2025-11-20').date?.start).toBe('2025-12-24');
    expect(allFrom16May2025('Christmas shopping started early.')).toEqual([]);
  });

  it('reads holidays whose name is a day without a preposition, and a venue’s closure as a state', () => {
    expect(onlyFrom15May2024('The Valentine’s Day dance was sold out.', '2024-02-20').date?.start).toBe('2024-02-14');
    expect(onlyFrom15May2024('Open all week; closed on New Year’s Day.', '2024-12-20').date?.start).toBe('2025-01-01');
    expect(findDateMentions('The Christmas market drew big crowds.', WED)).toHaveLength(0);
  });
});
