import { describe, expect, it } from 'vitest';
import { format, missingForms, type PluralForms, pluralForm } from '../../shared/plural';

const DOTS: PluralForms = { one: '{count} stip', other: '{count} stippen' };
const JOINED: PluralForms = { '=0': 'Nog niemand', one: '{count} persoon', other: '{count} mensen' };

describe('plural forms by Intl.PluralRules', () => {
  // language, count, the form the platform picks, the text with an `=0` sentence
  it.each([
    ['nl', 0, '0 stippen', 'Nog niemand'],
    ['nl', 1, '1 stip', '1 persoon'],
    ['nl', 2, '2 stippen', '2 mensen'],
    ['nl', 5, '5 stippen', '5 mensen'],
    ['en', 0, '0 stippen', 'Nog niemand'],
    ['en', 1, '1 stip', '1 persoon'],
    ['en', 2, '2 stippen', '2 mensen'],
    ['en', 5, '5 stippen', '5 mensen'],
  ] as const)('%s %i', (language, count, dots, joined) => {
    expect(format(language, DOTS, { count })).toBe(dots);
    expect(format(language, JOINED, { count })).toBe(joined);
  });

  it('falls back to `other` for a form a text lacks, and for a missing count', () => {
    expect(pluralForm('pl', { one: '{count} kropka', other: '{count} kropek' }, 3)).toBe('{count} kropek');
    expect(format('nl', DOTS)).toBe('{count} stippen');
  });

  it("names the forms a language's rules need that a text lacks", () => {
    expect(missingForms('nl', DOTS)).toEqual([]);
    expect(missingForms('en', { other: '{count} dots' })).toEqual(['one']);
    expect(missingForms('pl', DOTS)).toEqual(['few', 'many']);
  });
});
