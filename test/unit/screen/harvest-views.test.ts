import { describe, expect, it } from 'vitest';
import type { Card, GroupResults } from '../../../shared/model/session';
import { newSessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { cloudCards, cloudLayout, cloudSteps } from '../../../client/src/components/cloud-words';
import { groupSplit } from '../../../client/src/components/group-split';
import { tablesOf, themeTally } from '../../../client/src/views/screen/tally';

const kw = (word: string, weight: number) => ({ word, weight, stem: word });

describe('cloudSteps', () => {
  it.each([
    { weights: [], steps: [] },
    { weights: [4], steps: [3] },
    { weights: [2, 2, 2], steps: [3, 3, 3] },
    { weights: [9, 1], steps: [5, 1] },
    { weights: [9, 5, 1], steps: [5, 3, 1] },
    { weights: [10, 8, 3, 1], steps: [5, 4, 2, 1] },
  ])('weights $weights get steps $steps', ({ weights, steps }) => {
    expect(cloudSteps(weights.map((w, i) => kw(`w${i}`, w))).map((w) => w.step)).toEqual(steps);
  });
});

describe('cloudLayout', () => {
  it.each([
    { words: [], out: [] },
    { words: ['a'], out: ['a'] },
    { words: ['a', 'b', 'c', 'd', 'e'], out: ['d', 'b', 'a', 'c', 'e'] },
  ])('puts the heaviest of $words in the middle', ({ words, out }) => {
    expect(cloudLayout(words)).toEqual(out);
  });
});

describe('cloudCards', () => {
  const card = (id: string, tableId: string, patch: Partial<Card> = {}): Card => ({
    id,
    tableId,
    round: 1,
    kind: 'idea',
    text: id,
    tags: [],
    authorRole: 'host',
    authorId: null,
    createdAt: 0,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
    ...patch,
  });
  const cards = Object.fromEntries(
    [
      card('a', 't1'),
      card('b', 't2'),
      card('hidden', 't1', { hidden: true }),
      card('merged', 't1', { mergedInto: 'a' }),
    ].map((c) => [c.id, c]),
  );
  it.each([
    { tableId: null, ids: ['a', 'b'] },
    { tableId: 't1', ids: ['a'] },
    { tableId: 'gone', ids: [] },
  ])('of table $tableId: $ids', ({ tableId, ids }) => {
    expect(cloudCards(cards, tableId).map((c) => c.id)).toEqual(ids);
  });
});

/** A split where `voters` is per group and each voter of a group gave one dot to `dots[group]`. */
function split(voters: Partial<Record<string, number>>, dots: Record<string, Record<string, number>>): GroupResults {
  return { voters, dots } as GroupResults;
}

describe('groupSplit', () => {
  it.each([
    {
      what: 'big groups get a column each, no rest when everyone is in one',
      voters: { resident: 5, municipality: 3 },
      columns: ['resident', 'municipality'],
    },
    {
      what: 'a small group goes into the rest, which is too small and takes the smallest shown group with it',
      voters: { resident: 6, entrepreneur: 4, municipality: 2 },
      columns: ['resident', 'rest'],
    },
    {
      what: 'small groups together make a rest big enough to show',
      voters: { resident: 6, municipality: 2, professional: 1 },
      columns: ['resident', 'rest'],
    },
    {
      what: '"other" and no group always go into the rest',
      voters: { resident: 3, professional: 3, other: 2, unknown: 1 },
      columns: ['resident', 'professional', 'rest'],
    },
    {
      what: 'one big group and one small: no split at all (total minus residents would be the small group)',
      voters: { resident: 10, municipality: 2 },
      columns: [],
    },
    { what: 'only small groups: no split', voters: { resident: 2, municipality: 2 }, columns: [] },
  ])('$what', ({ voters, columns }) => {
    const out = groupSplit(split(voters, {}));
    expect(out.columns.map((c) => c.key)).toEqual(columns);
    // Never a column with fewer than three voters, and what is not in a column is 0 or at least three.
    for (const c of out.columns) expect(c.voters).toBeGreaterThanOrEqual(3);
    const inColumns = out.columns.reduce((n, c) => n + c.voters, 0);
    if (out.columns.length > 0) expect(out.voters - inColumns).toBe(0);
  });

  it('gives shares per column, totals per target, and marks where the named groups differ', () => {
    const out = groupSplit(
      split(
        { resident: 4, municipality: 3 },
        {
          park: { resident: 4 },
          hall: { resident: 1, municipality: 3 },
          bus: { resident: 1, municipality: 1 },
        },
      ),
    );
    expect(out.columns).toEqual([
      { key: 'resident', voters: 4, dots: 6 },
      { key: 'municipality', voters: 3, dots: 4 },
    ]);
    expect(out.rows.map((r) => [r.targetId, r.total, r.cells.map((c) => c.dots)])).toEqual([
      ['hall', 4, [1, 3]],
      ['park', 4, [4, 0]],
      ['bus', 2, [1, 1]],
    ]);
    const marked = Object.fromEntries(out.rows.map((r) => [r.targetId, r.mark?.most ?? null]));
    expect(marked).toEqual({ park: 'resident', hall: 'municipality', bus: null });
  });

  it('keeps a small group’s dots in the total only', () => {
    const out = groupSplit(split({ resident: 5, entrepreneur: 4, municipality: 1 }, { park: { municipality: 1 } }));
    expect(out.columns.map((c) => c.key)).toEqual(['resident', 'rest']);
    expect(out.rows[0]).toMatchObject({ total: 1, cells: [{ dots: 0 }, { dots: 1 }] });
  });
});

describe('themeTally and tablesOf', () => {
  const state = newSessionState({
    id: 's',
    joinCode: 'ABCDEF',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: 0,
  });
  const [t1, t2] = state.tables;
  const card = (id: string, tableId: string): Card => ({
    id,
    tableId,
    round: 1,
    kind: 'idea',
    text: id,
    tags: [],
    authorRole: 'host',
    authorId: null,
    createdAt: 0,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
  });
  state.cards = { a: card('a', t2!.id), b: card('b', t1!.id), c: card('c', t2!.id) };
  const theme = (id: string, cardIds: string[], createdAt: number) => ({
    id,
    label: id,
    cardIds,
    proposedBy: null,
    createdAt,
  });
  state.themes = { x: theme('x', ['a', 'c'], 1), y: theme('y', ['a', 'b'], 2), z: theme('z', [], 3) };
  state.voting = { open: true, dots: 3, results: null, on: 'themes' };
  state.votes = { x: ['x'], y: ['y', 'y'] };

  it('counts the dots per theme, highest first, themes without dots left out', () => {
    expect(themeTally(state).map((r) => [r.theme.id, r.dots])).toEqual([
      ['y', 2],
      ['x', 1],
    ]);
  });
  it('names the tables a theme came from once each, in table order', () => {
    expect(tablesOf(state, state.themes!.x!)).toEqual([t2!.title]);
    expect(tablesOf(state, state.themes!.y!)).toEqual([t1!.title, t2!.title]);
  });
  it('uses the count at closing once voting has closed', () => {
    const closed = { ...state, voting: { ...state.voting, open: false, results: { x: 5, z: 1 } } };
    expect(themeTally(closed).map((r) => [r.theme.id, r.dots])).toEqual([
      ['x', 5],
      ['z', 1],
    ]);
  });
});
