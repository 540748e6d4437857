import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageKit } from '../../../shared/harvest/language';
import { RELATED_WORDS } from '../../../shared/harvest/related-words';
import { tokenise } from '../../../shared/harvest/text';

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

function load(file: string): HarvestSet {
  const url = new URL(`../../../bench/harvest/${file}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as HarvestSet;
}

// The held-out sets were written before the suggestion defaults were tuned and are never tuned on.
const SETS: [string, 'nl' | 'en', number][] = [
  ['nl', 'nl', 200],
  ['en', 'en', 60],
  ['nl-heldout', 'nl', 80],
  ['en-heldout', 'en', 30],
];

describe.each(SETS)('bench/harvest/%s.json', (file, language, minCards) => {
  const set = load(file);

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

describe.each([
  ['nl', 'nl-heldout'],
  ['en', 'en-heldout'],
])('bench/harvest/%s.json and its held-out set', (train, heldout) => {
  const a = load(train);
  const b = load(heldout);

  it('share their themes and no card text or id', () => {
    expect(new Set(b.cards.map((card) => card.theme))).toEqual(new Set(a.cards.map((card) => card.theme)));
    const texts = new Set(a.cards.map((card) => card.text.toLowerCase()));
    for (const card of b.cards) expect(texts.has(card.text.toLowerCase()), card.id).toBe(false);
    const ids = new Set(a.cards.map((card) => card.id));
    for (const card of b.cards) expect(ids.has(card.id), card.id).toBe(false);
  });
});

describe.each(['nl', 'en'] as const)('the %s related-words list', (language) => {
  it('holds only words of the training set, so the held-out figures stay honest', () => {
    const { stem } = languageKit(language);
    const seen = new Set(load(language).cards.flatMap((card) => tokenise(card.text).map(stem)));
    const foreign = Object.values(RELATED_WORDS[language])
      .flat()
      .filter((word) => !seen.has(stem(word)));
    expect(foreign).toEqual([]);
  });
});
