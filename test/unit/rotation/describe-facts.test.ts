import { describe, expect, it } from 'vitest';
import {
  factText,
  qualityFacts,
  roundSeats,
  summarize,
  wholePercent,
  type QualityFact,
} from '../../../shared/rotation/describe';
import type { Score, Violation } from '../../../shared/rotation/types';

const base: Score = {
  TR: 0,
  Split: 0,
  Place: 0,
  CV: 0,
  Miss: 0,
  RankSum: 0,
  Rep: 0,
  Mix: 0,
  Bal: 0,
  J: 0,
  PrefHit: 1,
  NewRate: 1,
  visitsWithPicks: 0,
  meetings: 0,
};
const scored = (s: Partial<Score>): Score => ({ ...base, ...s });

describe('wholePercent', () => {
  it.each([
    [1, 100],
    [0.92, 92],
    [0.996, 99], // one miss in 250 is not "100%"
    [0.004, 1], // one hit in 250 is not "0%"
    [0, 0],
    [0.5, 50],
  ])('%f → %i%%', (share, percent) => {
    expect(wholePercent(share)).toBe(percent);
  });
});

describe('qualityFacts', () => {
  it.each<[string, Partial<Score>, QualityFact[]]>([
    [
      'a good plan with picks',
      { PrefHit: 0.92, visitsWithPicks: 50, Rep: 3 },
      [
        { kind: 'prefHit', percent: 92 },
        { kind: 'repeats', pairs: 3 },
        { kind: 'mix', off: 0 },
      ],
    ],
    [
      'nobody picked: no pick line',
      { Mix: 4 },
      [
        { kind: 'repeats', pairs: 0 },
        { kind: 'mix', off: 4 },
      ],
    ],
    [
      'hard-rule breaks come first, as totals without details',
      { TR: 2, CV: 5, visitsWithPicks: 10, PrefHit: 0.5 },
      [
        { kind: 'revisits', visits: 2 },
        { kind: 'capacity', seats: 5 },
        { kind: 'prefHit', percent: 50 },
        { kind: 'repeats', pairs: 0 },
        { kind: 'mix', off: 0 },
      ],
    ],
  ])('%s', (_name, s, facts) => {
    expect(qualityFacts(scored(s))).toEqual(facts);
  });

  it('names the tables and rounds of broken rules when the violations are given, and every round’s fewest–most', () => {
    const violations: Violation[] = [
      { kind: 'revisit', participantId: 'x', tableId: 'a', rounds: [0, 1, 2] },
      { kind: 'over-capacity', round: 1, tableId: 'a', count: 12, capacityMin: 2, capacityMax: 10 },
      { kind: 'under-capacity', round: 2, tableId: 'b', count: 0, capacityMin: 2, capacityMax: 10 },
    ];
    const seats = [
      { round: 0, perTable: { a: 8, b: 11 }, out: 0 },
      { round: 1, perTable: { a: 9, b: 9 }, out: 1 },
    ];
    expect(qualityFacts(scored({ TR: 2, CV: 4 }), { violations, seats })).toEqual([
      { kind: 'revisits', visits: 2 },
      { kind: 'crowded', round: 1, tableId: 'a', people: 12, max: 10 },
      { kind: 'empty', round: 2, tableId: 'b', people: 0, min: 2 },
      { kind: 'repeats', pairs: 0 },
      { kind: 'mix', off: 0 },
      { kind: 'seats', round: 0, min: 8, max: 11 },
      { kind: 'seats', round: 1, min: 9, max: 9 },
    ]);
  });
});

describe('words', () => {
  it.each<[QualityFact, string]>([
    [{ kind: 'revisits', visits: 1 }, '1 visit goes back to a table the person already sat at'],
    [{ kind: 'capacity', seats: 3 }, 'tables are 3 seats off their capacity limits'],
    [{ kind: 'crowded', round: 1, tableId: 'a', people: 12, max: 10 }, 'round 2: a has 12 people but seats 10'],
    [{ kind: 'empty', round: 0, tableId: 'b', people: 1, min: 4 }, 'round 1: b has 1 person but needs 4'],
    [{ kind: 'prefHit', percent: 92 }, '92% of visits are to a table the person chose'],
    [{ kind: 'repeats', pairs: 1 }, '1 pair meets again'],
    [{ kind: 'mix', off: 0 }, 'every table mirrors the room’s mix of groups'],
    [{ kind: 'seats', round: 0, min: 9, max: 11 }, 'round 1: 9–11 people per table'],
    [{ kind: 'seats', round: 2, min: 10, max: 10 }, 'round 3: 10 people per table'],
  ])('%j', (fact, text) => {
    expect(factText(fact)).toBe(text);
  });

  it('summarize is the facts of a score in English', () => {
    const s = scored({ PrefHit: 0.92, visitsWithPicks: 10, Rep: 3 });
    expect(summarize(s)).toEqual(qualityFacts(s).map(factText));
  });
});

describe('roundSeats', () => {
  it('counts people per table per round, empty tables included, and who sits out', () => {
    const instance = {
      rounds: 2,
      tables: [
        { id: 'a', capacityMin: 0, capacityMax: 3 },
        { id: 'b', capacityMin: 0, capacityMax: 3 },
      ],
      participants: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
    };
    const plan = { assignments: { x: ['a', 'b'], y: ['a', null], z: ['a', 'b'] } };
    expect(roundSeats(instance, plan)).toEqual([
      { round: 0, perTable: { a: 3, b: 0 }, out: 0 },
      { round: 1, perTable: { a: 0, b: 2 }, out: 1 },
    ]);
  });
});
