import { describe, expect, it } from 'vitest';
import type { GroupResults, Participant, StakeholderGroup } from '../../../shared/model/session';
import { countVotes, groupDifferences, markedDifferences } from '../../../shared/rules/vote-results';

const person = (id: string, group: StakeholderGroup | null): Participant => ({
  id,
  name: null,
  group,
  picks: [],
  sandwich: false,
  joinedAt: 0,
  checkedInAt: null,
});

describe('countVotes', () => {
  it('counts dots in total and per voter group; voters without a group are "unknown"', () => {
    const participants = {
      a: person('a', 'resident'),
      b: person('b', 'resident'),
      c: person('c', 'municipality'),
      d: person('d', null),
    };
    const votes = { a: ['x', 'x', 'y'], b: ['y'], c: ['x'], d: ['z'] };
    expect(countVotes({ participants, votes })).toEqual({
      results: { x: 3, y: 2, z: 1 },
      byGroup: {
        dots: { x: { resident: 2, municipality: 1 }, y: { resident: 2 }, z: { unknown: 1 } },
        voters: { resident: 2, municipality: 1, unknown: 1 },
      },
    });
  });

  it('an erased voter no longer counts: their dots went with them', () => {
    expect(countVotes({ participants: {}, votes: {} })).toEqual({ results: {}, byGroup: { dots: {}, voters: {} } });
  });
});

/** Residents (4 voters, 8 dots) mostly on "plek"; the municipality (3 voters, 6 dots) mostly on "regels". */
const SPLIT: GroupResults = {
  dots: {
    plek: { resident: 6, municipality: 1 },
    regels: { resident: 1, municipality: 5 },
    geld: { resident: 1, unknown: 4 },
  },
  voters: { resident: 4, municipality: 3, unknown: 2 },
};

describe('groupDifferences', () => {
  const rows: { name: string; byGroup: GroupResults; minVoters?: number; expect: [string, number][] }[] = [
    {
      name: 'shares per group, widest spread first; "unknown" is not a group',
      byGroup: SPLIT,
      expect: [
        ['regels', 5 / 6 - 1 / 8],
        ['plek', 6 / 8 - 1 / 6],
        ['geld', 1 / 8],
      ],
    },
    {
      name: 'a group below the minimum of voters is left out: nothing left to compare',
      byGroup: SPLIT,
      minVoters: 4,
      expect: [],
    },
    {
      name: 'groups that vote alike differ by nothing',
      byGroup: {
        dots: { plek: { resident: 3, entrepreneur: 3 }, geld: { resident: 3, entrepreneur: 3 } },
        voters: { resident: 3, entrepreneur: 3 },
      },
      expect: [
        ['geld', 0],
        ['plek', 0],
      ],
    },
  ];
  it.each(rows)('$name', ({ byGroup, minVoters, expect: expected }) => {
    const got = groupDifferences(byGroup, minVoters).map((d) => [d.targetId, d.spread]);
    expect(got.map(([id]) => id)).toEqual(expected.map(([id]) => id));
    for (const [i, [, spread]] of got.entries()) expect(spread).toBeCloseTo(expected[i]![1], 10);
  });

  it('names which group gave most and least', () => {
    const [first] = groupDifferences(SPLIT);
    expect([first?.targetId, first?.most, first?.least]).toEqual(['regels', 'municipality', 'resident']);
  });

  it('marks only the differences worth marking (at least 20 points apart)', () => {
    expect(markedDifferences(SPLIT).map((d) => d.targetId)).toEqual(['regels', 'plek']);
    expect(markedDifferences(SPLIT, 1).map((d) => d.targetId)).toEqual(['regels']);
  });
});
