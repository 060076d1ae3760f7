import { describe, expect, it } from 'vitest';
import { dayFirstOf } from '../../../src/analysis/dateLocale.ts';
import { onlyMention } from './mentions.ts';

/**
 * Numeric dates (05/06/2023) read day first or month first as the article writes its other dates, and left
 * unresolved when nothing tells.
 */
const WED_8_MAY_2024 = '2024-05-08';
const onlyFrom8May2024 = (text: string, published: string | undefined = WED_8_MAY_2024, dayFirst?: boolean) => onlyMention(text, published, { dayFirst });

describe('numeric dates follow the article’s convention', () => {
  it('reads an ambiguous date day first or month first as the article writes, and leaves it unresolved otherwise', () => {
    expect(onlyFrom8May2024('The hearing was held on 05/06/2023.', WED_8_MAY_2024, true).date?.start).toBe('2023-06-05');
    expect(onlyFrom8May2024('The hearing was held on 05/06/2023.', WED_8_MAY_2024, false).date?.start).toBe('2023-05-06');
    const unknown = onlyFrom8May2024('The hearing was held on 05/06/2023.', WED_8_MAY_2024, undefined);
    expect(unknown.date).toBeUndefined();
    expect(unknown.unresolved).toContain('order unknown');
  });

  it('needs no convention when a number is above 12, or when the weekday named with it fits one reading', () => {
    expect(onlyFrom8May2024('The hearing was held on 13/06/2023.').date?.start).toBe('2023-06-13');
    expect(onlyFrom8May2024('The hearing was held on 06/13/2023.').date?.start).toBe('2023-06-13');
    expect(onlyFrom8May2024('It reopened on Friday 02/06/2023.').date?.start).toBe('2023-06-02');
  });

  it('tells the convention from the article’s other dates, numbers above 12 first', () => {
    expect(dayFirstOf(['The treaty was signed on 4 May 2021.'])).toBe(true);
    expect(dayFirstOf(['The treaty was signed on May 4, 2021.'])).toBe(false);
    expect(dayFirstOf(['Shares rose 3.5% in 2021.'])).toBeUndefined();
    expect(dayFirstOf(['Signed May 4, 2021 and filed on 28/05/2021.'])).toBe(true);
  });
});
