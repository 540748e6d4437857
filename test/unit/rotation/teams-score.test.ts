import { describe, expect, it } from 'vitest';
import { score, violations } from '../../../shared/rotation/score';
import type { RotationInstance, RotationPlan, Score } from '../../../shared/rotation/types';
import { validateInstance } from '../../../shared/rotation/validate';

// Six people, two tables of 0–6, two rounds; no groups, no picks, so only the terms under test
// (and Bal, counted in each comment) move.
const base: RotationInstance = {
  rounds: 2,
  tables: [
    { id: 't1', capacityMin: 0, capacityMax: 6 },
    { id: 't2', capacityMin: 0, capacityMax: 6 },
  ],
  participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
};
const trio = { id: 'trio', members: ['a', 'b', 'c'] };
const rows = (o: Record<string, (string | null)[]>): RotationPlan => ({ assignments: o });
// Everyone in the same two tables in both rounds, three and three: a b c | d e f, then swapped.
const apart = rows({
  a: ['t1', 't2'],
  b: ['t1', 't2'],
  c: ['t1', 't2'],
  d: ['t2', 't1'],
  e: ['t2', 't1'],
  f: ['t2', 't1'],
});

type Terms = Pick<Score, 'TR' | 'Split' | 'Place' | 'Rep' | 'J'>;

const cases: { name: string; instance: RotationInstance; plan: RotationPlan; terms: Terms }[] = [
  {
    // The trio sits together both rounds; its own pairs meet twice (3 pairs) but are not repeats.
    // The other three also meet twice: Rep 3.
    name: 'a moving team together: Split 0, its own pairs not counted',
    instance: { ...base, teams: [trio] },
    plan: apart,
    terms: { TR: 0, Split: 0, Place: 0, Rep: 3, J: 30 },
  },
  {
    // Round 1: a b at t1, c at t2 → 1 member away. Round 2: all at t2 → 0.
    name: 'one member away in one round: Split 1',
    instance: { ...base, teams: [trio] },
    plan: rows({
      a: ['t1', 't2'],
      b: ['t1', 't2'],
      c: ['t2', 't2'],
      d: ['t1', 't1'],
      e: ['t2', 't1'],
      f: ['t2', 't1'],
    }),
    // TR: c and d revisit (2). Rep: a–b twice (one team, not counted); e–f twice (1); every
    // other pair once. Bal: 3|3 in both rounds → 0.
    terms: { TR: 2, Split: 1, Place: 0, Rep: 1, J: 2000 + 1000 + 10 },
  },
  {
    // A team that stays: at t1 in both rounds, no revisit for its members; d e f revisit t2.
    name: 'a staying team: no revisit for its members',
    instance: { ...base, teams: [{ ...trio, stays: true }] },
    plan: rows({
      a: ['t1', 't1'],
      b: ['t1', 't1'],
      c: ['t1', 't1'],
      d: ['t2', 't2'],
      e: ['t2', 't2'],
      f: ['t2', 't2'],
    }),
    terms: { TR: 3, Split: 0, Place: 0, Rep: 3, J: 3000 + 30 },
  },
  {
    // The staying team's table is t1 (5 of 6 seats); c at t2 in round 2 counts once.
    name: 'a staying team with one member elsewhere one round: Split 1',
    instance: { ...base, teams: [{ ...trio, stays: true }] },
    plan: rows({
      a: ['t1', 't1'],
      b: ['t1', 't1'],
      c: ['t1', 't2'],
      d: ['t2', 't1'],
      e: ['t2', 't1'],
      f: ['t2', 't1'],
    }),
    // Rep: d e f together twice (3). c meets d e f in round 1, nobody of them in round 2 → 0.
    // Bal: round 2 has 5|1 → (5−3)² + (1−3)² = 8.
    terms: { TR: 0, Split: 1, Place: 0, Rep: 3, J: 1000 + 30 + 8 },
  },
  {
    // t2 is online and only a takes part from home.
    name: 'Place: remote at a room table and room people at an online table',
    instance: {
      ...base,
      tables: [base.tables[0]!, { ...base.tables[1]!, online: true }],
      participants: base.participants.map((p) => (p.id === 'a' ? { ...p, remote: true } : p)),
    },
    plan: apart,
    // a at t1 (room) in round 1: 1. d e f at t2 (online) in round 1: 3. b c at t2 in round 2: 2.
    // Rep: a b c twice (3), d e f twice (3).
    terms: { TR: 0, Split: 0, Place: 6, Rep: 6, J: 6000 + 60 },
  },
  {
    name: 'no online table: a remote flag alone changes nothing',
    instance: { ...base, participants: base.participants.map((p) => ({ ...p, remote: true })) },
    plan: apart,
    terms: { TR: 0, Split: 0, Place: 0, Rep: 6, J: 60 },
  },
  {
    // a and d met in an earlier session; here they never sit together: no repeat from that.
    name: 'met before but not meeting now: no repeat',
    instance: { ...base, metBefore: [['a', 'd']] },
    plan: apart,
    terms: { TR: 0, Split: 0, Place: 0, Rep: 6, J: 60 },
  },
  {
    // a–b met before and meet twice now: m goes 1 → 3, two repeats instead of one; a–c once more.
    name: 'met before and meeting now: each meeting is a repeat',
    instance: {
      ...base,
      metBefore: [
        ['a', 'b'],
        ['c', 'a'],
      ],
    },
    plan: apart,
    terms: { TR: 0, Split: 0, Place: 0, Rep: 8, J: 80 },
  },
  {
    // Meeting once, having met before: one repeat.
    name: 'met before, meeting once',
    instance: { ...base, metBefore: [['a', 'd']] },
    plan: rows({
      a: ['t1', 't2'],
      b: ['t1', 't1'],
      c: ['t1', null],
      d: ['t1', 't1'],
      e: ['t2', 't1'],
      f: ['t2', 't2'],
    }),
    // a–d round 1 (1 repeat). b–d twice (1). TR: b d revisit t1 (2), f revisits t2 (1).
    // Bal: round 1 4|2 → 1 + 1 = 2; round 2 (5 present, mean 2.5) 3|2 → 0.25 + 0.25 = 0.5.
    terms: { TR: 3, Split: 0, Place: 0, Rep: 2, J: 3000 + 20 + 2.5 },
  },
];

describe('score: Split, Place and pairs met before (README terms)', () => {
  it.each(cases)('$name', ({ instance, plan, terms }) => {
    const s = score(instance, plan);
    expect({ TR: s.TR, Split: s.Split, Place: s.Place, Rep: s.Rep, J: s.J }).toEqual(terms);
  });

  it('a staying team is not reported as revisiting; others are', () => {
    const instance = { ...base, teams: [{ ...trio, stays: true }] };
    const v = violations(instance, cases[2]!.plan);
    expect(v.map((x) => (x.kind === 'revisit' ? x.participantId : x.kind)).sort()).toEqual(['d', 'e', 'f']);
  });
});

describe('validation of teams and pairs met before', () => {
  const codes = (instance: RotationInstance) => validateInstance(instance).map((p) => p.code);
  it.each([
    ['a team naming an unknown person', { teams: [{ id: 'x', members: ['a', 'zz'] }] }, 'TEAM_UNKNOWN_PARTICIPANT'],
    [
      'a person in two teams',
      {
        teams: [
          { id: 'x', members: ['a', 'b'] },
          { id: 'y', members: ['b', 'c'] },
        ],
      },
      'TEAM_OVERLAP',
    ],
    [
      'two teams with one id',
      {
        teams: [
          { id: 'x', members: ['a'] },
          { id: 'x', members: ['b'] },
        ],
      },
      'DUPLICATE_TEAM_ID',
    ],
    [
      'a team bigger than the biggest table',
      {
        tables: base.tables.map((t) => ({ ...t, capacityMax: 2 })),
        teams: [{ id: 'x', members: ['a', 'b', 'c'] }],
      },
      'TEAM_TOO_LARGE',
    ],
    ['a pair met before with an unknown person', { metBefore: [['a', 'zz']] }, 'MET_BEFORE_UNKNOWN_PARTICIPANT'],
  ] as const)('rejects %s', (_, change, code) => {
    expect(codes({ ...base, ...(change as Partial<RotationInstance>) })).toContain(code);
  });

  it('accepts teams and pairs that name known people', () => {
    expect(
      codes({ ...base, teams: [trio, { id: 'y', members: ['d', 'e'], stays: true }], metBefore: [['a', 'f']] }),
    ).toEqual([]);
  });
});
