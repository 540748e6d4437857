import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { MESSAGES, translate } from '../../client/src/i18n';
import { nl } from '../../client/src/i18n/nl';

// The type already makes en match nl; this catches what a type cannot: empty strings, and a
// placeholder that one language forgot (the text would show "{count}" to a participant).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('nl and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.entries(MESSAGES))('%s has no empty strings', (_language, messages) => {
    const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('nl and en use the same placeholders per key', () => {
    const mismatched = Object.keys(nl).filter((key) => {
      const k = key as keyof typeof nl;
      return placeholders(nl[k]).join() !== placeholders(en[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'phase.round', { round: 2 })).toBe('Round 2');
    expect(translate('nl', 'phase.round')).toBe('Ronde {round}');
  });
});
