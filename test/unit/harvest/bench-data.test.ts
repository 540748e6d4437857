import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Shape guard for the hand-labelled theme-suggestion benchmark (issue 18). The data is read as
// plain JSON so that a broken file fails here, not halfway through `npm run bench:harvest`.

const TABLES = ['wijkhub', 'wijksamenwerking', 'wijkstem'] as const;

interface Card {
  id: string;
  table: string;
  text: string;
  theme: string;
}

interface HarvestSet {
  language: string;
  cards: Card[];
}

function load(language: 'nl' | 'en'): HarvestSet {
  const url = new URL(`../../../bench/harvest/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as HarvestSet;
}

const SETS: ['nl' | 'en', number][] = [
  ['nl', 200],
  ['en', 60],
];

describe.each(SETS)('bench/harvest/%s.json', (language, minCards) => {
  const set = load(language);

  it('declares its language and has enough cards', () => {
    expect(set.language).toBe(language);
    expect(set.cards.length).toBeGreaterThanOrEqual(minCards);
  });

  it('has unique ids that start with the language and table', () => {
    const ids = set.cards.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of set.cards) expect(card.id.startsWith(`${language}-${card.table}-`)).toBe(true);
  });

  it('puts every card at one of the three theme tables, with text and theme', () => {
    for (const card of set.cards) {
      expect(TABLES).toContain(card.table);
      expect(card.text.trim(), card.id).not.toBe('');
      expect(card.theme.trim(), card.id).not.toBe('');
    }
  });

  it('has at least three themes that occur at two or more tables', () => {
    // Cross-table themes are what makes the central synthesis worth doing.
    const tablesPerTheme = new Map<string, Set<string>>();
    for (const card of set.cards) {
      const tables = tablesPerTheme.get(card.theme) ?? new Set<string>();
      tables.add(card.table);
      tablesPerTheme.set(card.theme, tables);
    }
    const crossing = [...tablesPerTheme.values()].filter((tables) => tables.size >= 2);
    expect(crossing.length).toBeGreaterThanOrEqual(3);
  });

  it('is not trivially keyword-matched: no theme label inside more than 30% of its cards', () => {
    const cardsPerTheme = new Map<string, Card[]>();
    for (const card of set.cards) cardsPerTheme.set(card.theme, [...(cardsPerTheme.get(card.theme) ?? []), card]);
    for (const [theme, cards] of cardsPerTheme) {
      const label = theme.toLowerCase();
      const containing = cards.filter((card) => card.text.toLowerCase().includes(label)).length;
      expect(containing / cards.length, theme).toBeLessThanOrEqual(0.3);
    }
  });
});
