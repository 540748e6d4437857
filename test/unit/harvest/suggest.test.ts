import { describe, expect, it } from 'vitest';
import { type SuggestInput, suggestThemes } from '../../../shared/harvest/index';

const playground = [
  { id: 'p1', table: 'groen', text: 'De speeltuin moet opgeknapt worden' },
  { id: 'p2', table: 'groen', text: 'Nieuwe toestellen in de speeltuin' },
  { id: 'p3', table: 'jeugd', text: 'Een speeltuin voor kleine kinderen, met toestellen' },
];
const bikes = [
  { id: 'b1', table: 'verkeer', text: 'Fietsenstalling bij het station is altijd vol' },
  { id: 'b2', table: 'verkeer', text: 'overdekte fietsenstallingen bij de supermarkt' },
  { id: 'b3', table: 'groen', text: 'Een fietsenstalling bij het station graag' },
];
const loner = { id: 'x1', table: 'jeugd', text: 'Koffie!' };
const cards = [...playground, ...bikes, loner];

const ids = (list: { id: string }[]) => list.map((card) => card.id);

describe('suggestThemes', () => {
  it('finds two obvious clusters, labels them by their words, and leaves a lone card out', () => {
    const { themes } = suggestThemes({ language: 'nl', cards });
    expect(themes.map((t) => t.cardIds)).toEqual([ids(bikes).sort(), ids(playground)]);
    expect(themes.map((t) => t.intoThemeId)).toEqual([null, null]);
    expect(themes[0]?.label.split(' · ')[0]).toBe('fietsenstalling');
    expect(themes[1]?.label.split(' · ')[0]).toBe('speeltuin');
    expect(themes[0]?.keywords).toContain('station');
  });

  it('keeps parking places apart from a place to meet: a short compound head is no subject', () => {
    const hall = ['Een buurthuis waar iedereen binnen kan lopen', 'Het buurthuis moet vaker open zijn'];
    const parking = ['Te weinig parkeerplekken in de straat', 'Parkeerplekken voor bewoners, niet voor bezoekers'];
    const { themes } = suggestThemes({
      language: 'nl',
      cards: [...hall, ...parking].map((text, i) => ({ id: `c${i}`, table: 't', text })),
    });
    expect(themes.map((t) => t.cardIds).sort()).toEqual([
      ['c0', 'c1'],
      ['c2', 'c3'],
    ]);
  });

  it('never suggests a card the facilitator placed, and suggests a close card into its theme', () => {
    const input: SuggestInput = {
      language: 'nl',
      cards,
      themes: [{ id: 't-play', label: 'Spelen', cardIds: ['p1', 'p2'] }],
    };
    const { themes } = suggestThemes(input);
    const suggestedIds = themes.flatMap((t) => t.cardIds);
    expect(suggestedIds).not.toContain('p1');
    expect(suggestedIds).not.toContain('p2');
    const into = themes.find((t) => t.intoThemeId === 't-play');
    expect(into).toMatchObject({ label: 'Spelen', cardIds: ['p3'] });
    expect(themes.filter((t) => t.intoThemeId === null).map((t) => t.cardIds)).toEqual([ids(bikes).sort()]);
  });

  it('ignores theme card ids that are not among the cards (hidden or merged cards)', () => {
    const { themes } = suggestThemes({
      language: 'nl',
      cards,
      themes: [{ id: 't-gone', label: 'Weg', cardIds: ['nope'] }],
    });
    expect(themes.some((t) => t.intoThemeId === 't-gone')).toBe(false);
    expect(themes).toHaveLength(2);
  });

  it('gives the same suggestions, keys included, whatever the order of the cards', () => {
    const forward = suggestThemes({ language: 'nl', cards });
    const backward = suggestThemes({ language: 'nl', cards: [...cards].reverse() });
    expect(backward).toEqual(forward);
    expect(new Set(forward.themes.map((t) => t.key)).size).toBe(forward.themes.length);
  });

  it('keeps a theme key while its cards stay the same, and changes it when they change', () => {
    const before = suggestThemes({ language: 'nl', cards });
    const withUnrelated = suggestThemes({
      language: 'nl',
      cards: [...cards, { id: 'z9', table: 'jeugd', text: 'Lantaarnpalen in het donkere steegje' }],
    });
    const bikeKey = (out: typeof before) => out.themes.find((t) => t.cardIds.includes('b1'))?.key;
    expect(bikeKey(withUnrelated)).toBe(bikeKey(before));
    const withMoreBikes = suggestThemes({
      language: 'nl',
      cards: [...cards, { id: 'b4', table: 'verkeer', text: 'fietsenstalling bij het station, dubbeldeks' }],
    });
    expect(withMoreBikes.themes.find((t) => t.cardIds.includes('b4'))?.cardIds).toContain('b1');
    expect(bikeKey(withMoreBikes)).not.toBe(bikeKey(before));
  });

  it('lets cards meet through related words they do not share (a place, money)', () => {
    const { themes } = suggestThemes({
      language: 'nl',
      cards: [
        { id: 'r1', table: 'wijkhub', text: 'Het buurthuis op zaterdag open' },
        { id: 'r2', table: 'wijkhub', text: 'een leeg pand aan het plein' },
        { id: 'r3', table: 'wijkstem', text: 'Wie betaalt de huur?' },
        { id: 'r4', table: 'wijkstem', text: 'subsidie aanvragen is lastig' },
      ],
    });
    expect(themes.map((t) => t.cardIds)).toEqual([
      ['r1', 'r2'],
      ['r3', 'r4'],
    ]);
  });

  it('works in English and on no cards at all', () => {
    const { themes } = suggestThemes({
      language: 'en',
      cards: [
        { id: 'e1', table: 'a', text: 'More benches in the park' },
        { id: 'e2', table: 'b', text: 'The park needs benches and shade' },
        { id: 'e3', table: 'a', text: 'Bus stop too far from the school' },
      ],
    });
    expect(themes.map((t) => t.cardIds)).toEqual([['e1', 'e2']]);
    expect(themes[0]?.label).toBe('benches · park');
    expect(suggestThemes({ language: 'nl', cards: [] })).toEqual({ themes: [] });
  });
});
