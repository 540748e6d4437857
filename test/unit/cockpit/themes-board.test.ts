import { describe, expect, it } from 'vitest';
import type { Card, SessionState, Theme } from '../../../shared/model/session';
import {
  liveSelection,
  parseMoveTarget,
  poolCards,
  sourceTables,
  splitThemes,
  stepIndex,
  themeCards,
  themeValue,
} from '../../../client/src/views/facilitator/harvest/board';
import { placeCards } from '../../../shared/rules/themes';
import { session } from '../rules/fixtures';

function card(id: string, tableId: string, createdAt: number, c: Partial<Card> = {}): Card {
  return {
    id,
    tableId,
    round: 1,
    kind: 'idea',
    text: id,
    tags: [],
    authorRole: 'host',
    authorId: null,
    createdAt,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
    ...c,
  };
}

function theme(id: string, cardIds: string[], t: Partial<Theme> = {}): Theme {
  return { id, label: id, cardIds, proposedBy: null, createdAt: 0, ...t };
}

/** The reference evening with cards at wijkhub (w), wijksamenwerking (s) and wijkstem (k). */
function board(cards: Card[], themes: Theme[] = []): SessionState {
  const state = session();
  state.cards = Object.fromEntries(cards.map((c) => [c.id, c]));
  state.themes = Object.fromEntries(themes.map((t) => [t.id, t]));
  return state;
}

const ids = (cards: readonly { id: string }[]) => cards.map((c) => c.id);

describe('poolCards', () => {
  it.each([
    ['nothing yet', [], [], []],
    [
      'tables in agenda order, then oldest first, whatever order they came in',
      [
        card('k1', 'wijkstem', 1),
        card('w2', 'wijkhub', 5),
        card('w1', 'wijkhub', 2),
        card('s1', 'wijksamenwerking', 0),
      ],
      [],
      ['w1', 'w2', 's1', 'k1'],
    ],
    [
      'hidden cards and merged duplicates are not part of the harvest',
      [
        card('w1', 'wijkhub', 1, { hidden: true }),
        card('w2', 'wijkhub', 2, { mergedInto: 'w3' }),
        card('w3', 'wijkhub', 3),
      ],
      [],
      ['w3'],
    ],
    [
      'a card in a theme (evening or proposal) is not in the pool',
      [card('w1', 'wijkhub', 1), card('w2', 'wijkhub', 2), card('s1', 'wijksamenwerking', 3)],
      [theme('a', ['w2']), theme('p', ['s1'], { proposedBy: 'wijksamenwerking' })],
      ['w1'],
    ],
  ] as [string, Card[], Theme[], string[]][])('%s', (_what, cards, themes, expected) => {
    expect(ids(poolCards(board(cards, themes)))).toEqual(expected);
  });
});

describe('themeCards and sourceTables', () => {
  it.each([
    ['in the theme’s own order', ['k1', 'w1'], ['k1', 'w1'], ['Wijkhub', 'Wijkstem']],
    ['a table named once, however many cards it gave', ['w1', 'w2'], ['w1', 'w2'], ['Wijkhub']],
    ['an id the state does not hold is left out', ['gone', 'w1'], ['w1'], ['Wijkhub']],
    ['a hidden card is left out, and its table with it', ['k2', 'w1'], ['w1'], ['Wijkhub']],
    ['empty', [], [], []],
  ] as [string, string[], string[], string[]][])('%s', (_what, cardIds, cards, tables) => {
    const state = board([
      card('w1', 'wijkhub', 1),
      card('w2', 'wijkhub', 2),
      card('k1', 'wijkstem', 3),
      card('k2', 'wijkstem', 4, { hidden: true }),
    ]);
    const t = theme('a', cardIds);
    expect(ids(themeCards(state, t))).toEqual(cards);
    expect(sourceTables(state, t)).toEqual(tables);
  });
});

describe('splitThemes', () => {
  it('keeps themeList order within each list, proposals apart', () => {
    const state = board(
      [],
      [
        theme('b', [], { createdAt: 2 }),
        theme('p2', [], { createdAt: 1, proposedBy: 'wijkstem' }),
        theme('a', [], { createdAt: 2 }),
        theme('c', [], { createdAt: 0 }),
        theme('p1', [], { createdAt: 3, proposedBy: 'wijkhub' }),
      ],
    );
    const { evening, proposals } = splitThemes(state);
    expect(ids(evening)).toEqual(['c', 'a', 'b']);
    expect(ids(proposals)).toEqual(['p2', 'p1']);
  });
});

describe('stepIndex', () => {
  it.each([
    ['up from the middle', 'y', -1, 0, ['y', 'x', 'z']],
    ['down from the middle', 'y', 1, 2, ['x', 'z', 'y']],
    ['up from the top', 'x', -1, null, null],
    ['down from the bottom', 'z', 1, null, null],
    ['down from the top', 'x', 1, 1, ['y', 'x', 'z']],
    ['a card not in the theme', 'q', 1, null, null],
  ] as const)('%s', (_what, cardId, step, index, after) => {
    const t = theme('a', ['x', 'y', 'z']);
    expect(stepIndex(t, cardId, step)).toBe(index);
    // The index means what theme.place does with it.
    if (index !== null) expect(placeCards({ a: t }, [cardId], 'a', index).a?.cardIds).toEqual(after);
  });
});

describe('parseMoveTarget', () => {
  it.each([
    ['', { kind: 'none' }],
    ['pool', { kind: 'pool' }],
    [themeValue('abc'), { kind: 'theme', themeId: 'abc' }],
    // A theme whose id is "pool" is still that theme, not the pool.
    [themeValue('pool'), { kind: 'theme', themeId: 'pool' }],
    ['theme:', { kind: 'none' }],
    ['abc', { kind: 'none' }],
  ] as const)('%j', (value, target) => {
    expect(parseMoveTarget(value)).toEqual(target);
  });
});

describe('liveSelection', () => {
  it('drops cards hidden, merged or gone meanwhile, keeps the order ticked', () => {
    const state = board([
      card('w1', 'wijkhub', 1),
      card('w2', 'wijkhub', 2, { hidden: true }),
      card('w3', 'wijkhub', 3, { mergedInto: 'w1' }),
      card('k1', 'wijkstem', 4),
    ]);
    expect(liveSelection(state, new Set(['k1', 'w2', 'gone', 'w3', 'w1']))).toEqual(['k1', 'w1']);
  });
});
