import { describe, expect, it } from 'vitest';
import { computePlan, type PlanOutcome } from '../../../client/src/views/facilitator/plan/compute';
import type { SessionState } from '../../../shared/model/session';
import { sessionPlanning } from '../../../shared/rotation/from-session';
import { applyBatch } from '../../../shared/rules/apply';
import { didNotCome, doorRound, nameMatches, noPhoneAt, searchKey } from '../../../shared/rules/door';
import { tableFor } from '../../../shared/rules/phase';
import { attendance } from '../../../shared/rules/registrations';
import { attempt, join, run, type Step, T0, to } from '../rules/fixtures';
import { registered, type Row } from './fixtures';

const [HUB, SAMEN, STEM] = ['wijkhub', 'wijksamenwerking', 'wijkstem'] as const;
const checkIn = (name: string, on = true): Step => [
  'desk',
  { type: 'registration.checkIn', registrationId: `r-${name}`, on },
];
const walkIn = (id: string, sandwich = false): Step => [
  'desk',
  { type: 'participant.walkIn', participantId: id, name: `Loopt ${id} binnen`, group: 'resident', sandwich },
];

const ROWS: Row[] = [
  { id: 'ann', name: 'Ann de Vries', sandwich: true, picks: [HUB, SAMEN] },
  { id: 'bob', name: 'Bob Özdemir', group: 'entrepreneur', sandwich: true },
  { id: 'cem', name: 'Cem Yılmaz' },
  { id: 'dia', name: 'Diá Peña', status: 'waiting', sandwich: true },
  { id: 'eva', name: 'Eva Jansen', status: 'cancelled', sandwich: true },
];
const signedUp = () => registered({ state: run([]).state, now: T0 }, ROWS);

describe('searchKey and nameMatches: the desk finds a name as people type it', () => {
  it.each([
    ['Bob Özdemir', 'ozdemir', true],
    ['Bob Özdemir', 'ÖZD', true],
    ['Diá Peña', 'dia pena', true],
    ['Diá Peña', 'pena  dia', true],
    ['Cem Yılmaz', 'cem', true],
    ['Ann de Vries', 'vries ann', true],
    ['Ann de Vries', 'anne', false],
    ['Ann de Vries', '', true],
    ['Ann de Vries', '   ', true],
    ['Zoë', 'zoe', true],
    ['François', 'francois', true],
  ])('%s ← "%s": %s', (name, query, expected) => {
    expect(nameMatches(name, query)).toBe(expected);
  });

  it('keys ignore accents, case and extra spaces', () => {
    expect(searchKey('  Élise   VAN  Dijk ')).toBe('elise van dijk');
  });
});

describe('attendance at the door', () => {
  it.each<[string, Step[], ReturnType<typeof attendance>, string[]]>([
    [
      'nobody here yet',
      [],
      {
        registered: 3,
        waiting: 1,
        cancelled: 1,
        arrived: 0,
        walkIns: 0,
        present: 0,
        sandwiches: { expected: 2, present: 0 },
      },
      ['ann', 'bob', 'cem'],
    ],
    [
      'two ticked in, one walk-in',
      [checkIn('ann'), checkIn('cem'), walkIn('w1', true)],
      {
        registered: 3,
        waiting: 1,
        cancelled: 1,
        arrived: 2,
        walkIns: 1,
        present: 3,
        sandwiches: { expected: 2, present: 2 },
      },
      ['bob'],
    ],
    [
      'a tick undone counts no more',
      [checkIn('ann'), checkIn('ann', false)],
      {
        registered: 3,
        waiting: 1,
        cancelled: 1,
        arrived: 0,
        walkIns: 0,
        present: 0,
        sandwiches: { expected: 2, present: 0 },
      },
      ['ann', 'bob', 'cem'],
    ],
    [
      'cancelled and waiting who came anyway arrived, without being no-shows first',
      [checkIn('eva'), checkIn('dia')],
      {
        registered: 3,
        waiting: 1,
        cancelled: 1,
        arrived: 2,
        walkIns: 0,
        present: 2,
        sandwiches: { expected: 2, present: 2 },
      },
      ['ann', 'bob', 'cem'],
    ],
    [
      'a phone with its personal link, not checked in, is not here yet',
      [['p:bob', { type: 'participant.join', participantId: 'bob' }]],
      {
        registered: 3,
        waiting: 1,
        cancelled: 1,
        arrived: 0,
        walkIns: 0,
        present: 0,
        sandwiches: { expected: 2, present: 0 },
      },
      ['ann', 'bob', 'cem'],
    ],
  ])('%s', (_name, steps, counts, missing) => {
    const { state } = run(steps, signedUp());
    expect(attendance(state)).toEqual(counts);
    expect(
      didNotCome(state)
        .map((r) => r.participantId)
        .sort(),
    ).toEqual(missing);
  });
});

describe('doorRound: the round whose table the desk tells', () => {
  it.each<[string, Step[], number | null]>([
    ['before the evening: round 1', [], 1],
    ['the walk-in: round 1', to('walk-in'), 1],
    ['during round 1: round 1', to('round-1'), 1],
    ['in round 2', [...to('round-1'), ...to('round-2')], 2],
    ['after the last round: none', [...to('round-1'), ...to('round-2'), ...to('wrap-up')], null],
  ])('%s', (_name, steps, round) => {
    const base = run([]);
    expect(doorRound(run(steps, base).state)).toBe(round);
  });
});

function ok(o: PlanOutcome): Extract<PlanOutcome, { ok: true }> {
  if (!o.ok) throw new Error(`planning failed: ${o.problems.map((p) => p.code).join(', ')}`);
  return o;
}

function published(state: SessionState, plan: Record<string, (string | null)[]>): SessionState {
  const d = attempt(state, 'fac', { type: 'plan.publish', plan }, T0);
  if (!d.ok) throw new Error(`plan.publish refused: ${d.error.code} ${d.error.message}`);
  return applyBatch(state, { v: state.version + 1, events: d.events });
}

describe('people without a phone are seated like everyone', () => {
  /** Twelve phones picking tables, and Ann, Bob and a walk-in ticked in at the door. */
  function room() {
    const phones: Step[] = Array.from({ length: 12 }, (_, i) =>
      join(`p${i + 1}`, [[HUB, SAMEN, STEM][i % 3]!, [SAMEN, STEM, HUB][i % 3]!]),
    ).flat();
    const checkedIn: Step[] = Array.from({ length: 12 }, (_, i) => [`p:p${i + 1}`, { type: 'checkin' }] as Step);
    return run([...phones, ...checkedIn, checkIn('ann'), checkIn('bob'), walkIn('w1')], signedUp()).state;
  }

  it('the planner plans them, also when it plans only who checked in, and every round seats them', () => {
    const state = room();
    const planning = sessionPlanning(state, null, 'checkedIn');
    const planned = planning.instance.participants.map((p) => p.id);
    expect(planned).toEqual(expect.arrayContaining(['ann', 'bob', 'w1']));
    expect(planned).not.toContain('cem');
    const o = ok(computePlan({ kind: 'fresh', state, published: null, iterations: 500, scope: 'checkedIn' }));
    const after = published(state, o.payload);
    for (const id of ['ann', 'bob', 'w1'])
      expect([1, 2].map((r) => tableFor(after, id, r)).every((t) => t !== null)).toBe(true);
    // Ann's picks count like a phone's.
    expect([tableFor(after, 'ann', 1), tableFor(after, 'ann', 2)]).toContain(HUB);
  });

  it('after the plan is out, a tick-in and a walk-in are seated at once, and the plan panel counts them as arrivals', () => {
    const state = room();
    const o = ok(computePlan({ kind: 'fresh', state, published: null, iterations: 500 }));
    const after = run([checkIn('cem'), walkIn('w2')], { state: published(state, o.payload), now: T0 }).state;
    for (const id of ['cem', 'w2']) {
      expect(after.participants[id]?.noPhone).toBe(true);
      expect([1, 2].map((r) => tableFor(after, id, r)).every((t) => t !== null)).toBe(true);
    }
    const planning = sessionPlanning(after, o.payload);
    expect([...planning.arrivals].sort()).toEqual(['cem', 'w2']);
    // The host's list of people without a phone names them at their table.
    const table = tableFor(after, 'w2', 1)!;
    expect(noPhoneAt(after, table, 1).map((p) => p.id)).toContain('w2');
    for (const other of [HUB, SAMEN, STEM].filter((t) => t !== table))
      expect(noPhoneAt(after, other, 1).map((p) => p.id)).not.toContain('w2');
  });
});
