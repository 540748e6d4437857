import { describe, expect, it } from 'vitest';
import { assertValid, validateInstance } from '../../../shared/rotation/validate';
import type { Lock, ProblemCode, RotationInstance } from '../../../shared/rotation/types';
import { RotationInputError } from '../../../shared/rotation/types';

const table = (id: string, capacityMin = 1, capacityMax = 3) => ({ id, capacityMin, capacityMax });
const base: RotationInstance = {
  rounds: 2,
  groups: ['x'],
  tables: [table('t1'), table('t2')],
  participants: [{ id: 'p1', group: 'x', picks: ['t1'] }, { id: 'p2', picks: ['t2', 't1'] }, { id: 'p3' }],
};
const withP = (extra: object[]): RotationInstance => ({
  ...base,
  participants: [...base.participants, ...(extra as never[])],
});

// Each line: a broken input and the problem code that must name it.
const cases: { name: string; instance: RotationInstance; locks?: Lock[]; code: ProblemCode }[] = [
  { name: 'rounds 0', instance: { ...base, rounds: 0 }, code: 'BAD_ROUNDS' },
  { name: 'tables missing', instance: { ...base, tables: undefined as never }, code: 'MALFORMED_INPUT' },
  { name: 'no tables', instance: { ...base, tables: [] }, code: 'NO_TABLES' },
  { name: 'duplicate table id', instance: { ...base, tables: [table('t1'), table('t1')] }, code: 'DUPLICATE_TABLE_ID' },
  { name: 'min above max', instance: { ...base, tables: [table('t1', 4, 3), table('t2')] }, code: 'BAD_CAPACITY' },
  { name: 'duplicate person id', instance: withP([{ id: 'p1' }]), code: 'DUPLICATE_PARTICIPANT_ID' },
  { name: 'pick of a missing table', instance: withP([{ id: 'p4', picks: ['t9'] }]), code: 'UNKNOWN_PICK' },
  { name: 'same pick twice', instance: withP([{ id: 'p4', picks: ['t1', 't1'] }]), code: 'DUPLICATE_PICK' },
  { name: 'group not listed', instance: withP([{ id: 'p4', group: 'zz' }]), code: 'UNKNOWN_GROUP' },
  { name: 'visits above rounds', instance: withP([{ id: 'p4', visits: 3 }]), code: 'BAD_VISITS' },
  {
    name: 'more visits than tables',
    instance: { ...base, rounds: 3, tables: [table('t1', 0, 9), table('t2', 0, 9)] },
    code: 'VISITS_EXCEED_TABLES',
  },
  {
    name: 'more people than seats',
    instance: withP([1, 2, 3, 4].map((k) => ({ id: `n${k}` }))),
    code: 'TOO_MANY_PEOPLE',
  },
  {
    name: 'fewer people than minimums',
    instance: { ...base, tables: [table('t1', 2), table('t2', 2)] },
    code: 'TOO_FEW_PEOPLE',
  },
  {
    name: 'lock of a stranger',
    instance: base,
    locks: [{ participantId: 'zz', round: 0, tableId: 't1' }],
    code: 'LOCK_UNKNOWN_PARTICIPANT',
  },
  {
    name: 'lock to a missing table',
    instance: base,
    locks: [{ participantId: 'p1', round: 0, tableId: 't9' }],
    code: 'LOCK_UNKNOWN_TABLE',
  },
  {
    name: 'lock in round 2 of 2',
    instance: base,
    locks: [{ participantId: 'p1', round: 2, tableId: 't1' }],
    code: 'LOCK_BAD_ROUND',
  },
  {
    name: 'two tables locked in one round',
    instance: base,
    locks: [
      { participantId: 'p1', round: 0, tableId: 't1' },
      { participantId: 'p1', round: 0, tableId: 't2' },
    ],
    code: 'LOCK_CONFLICT',
  },
  {
    name: 'same table locked twice',
    instance: base,
    locks: [
      { participantId: 'p1', round: 0, tableId: 't1' },
      { participantId: 'p1', round: 1, tableId: 't1' },
    ],
    code: 'LOCK_REVISIT',
  },
  {
    name: 'locks overfill a table',
    instance: { ...base, tables: [table('t1', 0, 1), table('t2', 0, 9)] },
    locks: [
      { participantId: 'p1', round: 0, tableId: 't1' },
      { participantId: 'p2', round: 0, tableId: 't1' },
    ],
    code: 'LOCK_OVER_CAPACITY',
  },
];

describe('validateInstance', () => {
  it('accepts a sound instance', () => {
    expect(validateInstance(base)).toEqual([]);
  });

  it.each(cases)('$name → $code', ({ instance, locks, code }) => {
    const problems = validateInstance(instance, locks);
    expect(problems.map((p) => p.code)).toContain(code);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
  });

  it('throws capacity problems unless infeasible plans are allowed', () => {
    const crowded = withP([1, 2, 3, 4].map((k) => ({ id: `n${k}` })));
    expect(() => assertValid(crowded)).toThrow(RotationInputError);
    expect(() => assertValid(crowded)).toThrow(/7 people but the tables seat only 6/);
    expect(assertValid(crowded, [], true).map((p) => p.code)).toEqual(['TOO_MANY_PEOPLE']);
    expect(() => assertValid(withP([{ id: 'p1' }]), [], true)).toThrow(/DUPLICATE_PARTICIPANT_ID/);
  });
});
