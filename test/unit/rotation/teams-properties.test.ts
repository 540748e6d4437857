import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRotation, score } from '../../../shared/rotation/index';
import type { Lock, RotationInstance, RotationPlan } from '../../../shared/rotation/index';

// Random small instances with teams that are feasible by construction: teams of 2–3 and single
// people are blocks, dealt largest first to T rotation classes (each class to the lightest so
// far), and class k sits at table (k + r) mod T in round r. A class holds at most ⌈n/T⌉ + 2
// people (the largest-first deal), no one revisits (R ≤ T) and teams are never split, so a
// planner that splits a team, revisits or overfills a table is at fault, not the instance.
interface Built {
  readonly instance: RotationInstance;
  /** The plan of the construction, which keeps every rule. */
  readonly witness: RotationPlan;
}

const teamsArb: fc.Arbitrary<Built> = fc
  .record({
    T: fc.integer({ min: 2, max: 5 }),
    R: fc.integer({ min: 1, max: 4 }),
    sizes: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 1, maxLength: 5 }),
    singles: fc.integer({ min: 0, max: 14 }),
    stays: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    picks: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }), { minLength: 30, maxLength: 30 }),
  })
  .map(({ T, R, sizes, singles, stays, picks }) => {
    const rounds = Math.min(R, T);
    const blocks: string[][] = [];
    let p = 0;
    for (const size of sizes) blocks.push(Array.from({ length: size }, () => `p${p++}`));
    for (let k = 0; k < singles; k++) blocks.push([`p${p++}`]);
    const n = p;
    // Only the first team may stay, and only when it can have the last table to itself (the
    // others rotate over the remaining T − 1 tables, so rounds ≤ T − 1).
    const staying = stays[0] === true && T >= 2 && rounds <= T - 1;
    const rotating = staying ? blocks.slice(1) : blocks;
    const C = staying ? T - 1 : T;
    const load = new Array<number>(C).fill(0);
    const classOf = new Map<string[], number>();
    for (const b of [...rotating].sort((x, y) => y.length - x.length)) {
      const k = load.indexOf(Math.min(...load));
      classOf.set(b, k);
      load[k]! += b.length;
    }
    const max = Math.max(...load, staying ? blocks[0]!.length : 0);
    const assignments: Record<string, string[]> = {};
    for (const b of rotating) {
      const k = classOf.get(b)!;
      for (const id of b) assignments[id] = Array.from({ length: rounds }, (_, r) => `t${(k + r) % C}`);
    }
    if (staying) for (const id of blocks[0]!) assignments[id] = Array.from({ length: rounds }, () => `t${T - 1}`);
    const instance: RotationInstance = {
      rounds,
      tables: Array.from({ length: T }, (_, t) => ({ id: `t${t}`, capacityMin: 0, capacityMax: max })),
      participants: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        picks: [...new Set(picks[i]!.filter((t) => t < T))].map((t) => `t${t}`),
      })),
      teams: blocks
        .filter((b) => b.length > 1)
        .map((members, k) => ({ id: `team${k}`, members, ...(k === 0 && staying ? { stays: true } : {}) })),
    };
    return { instance, witness: { assignments } };
  });

const RUNS = { numRuns: 60, seed: 20261204 };

function expectTeamsKept(instance: RotationInstance, plan: RotationPlan): void {
  for (const team of instance.teams ?? []) {
    for (let r = 0; r < instance.rounds; r++) {
      const tables = new Set(team.members.map((id) => plan.assignments[id]![r]));
      expect(tables.size, `team ${team.id} in round ${r}`).toBe(1);
    }
    if (team.stays) {
      const tables = new Set(team.members.flatMap((id) => plan.assignments[id]!));
      expect(tables.size, `staying team ${team.id}`).toBe(1);
    }
  }
}

describe('planner properties with teams', () => {
  it('the construction keeps every rule (the instances are feasible)', () => {
    fc.assert(
      fc.property(teamsArb, ({ instance, witness }) => {
        const s = score(instance, witness);
        expect([s.TR, s.CV, s.Split]).toEqual([0, 0, 0]);
      }),
      RUNS,
    );
  });

  it('never splits a team, never revisits (except a team that stays), never overfills', () => {
    fc.assert(
      fc.property(teamsArb, fc.integer({ min: 1, max: 1000 }), ({ instance }, seed) => {
        const r = planRotation(instance, { iterations: 3000, seed });
        expectTeamsKept(instance, r.plan);
        expect(r.score.Split).toBe(0);
        expect(r.violations).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps locks, and teams together around them', () => {
    fc.assert(
      fc.property(teamsArb, fc.array(fc.nat(), { maxLength: 4 }), ({ instance, witness }, picks) => {
        // Whole teams locked where the construction seats them, so the locks fit together.
        const locks: Lock[] = [];
        for (const k of picks) {
          const p = instance.participants[k % instance.participants.length]!;
          const team = instance.teams?.find((t) => t.members.includes(p.id));
          const round = k % instance.rounds;
          for (const id of team ? team.members : [p.id]) {
            if (!locks.some((l) => l.participantId === id && l.round === round))
              locks.push({ participantId: id, round, tableId: witness.assignments[id]![round]! });
          }
        }
        const r = planRotation(instance, { iterations: 3000, seed: 3, locks });
        for (const l of locks) expect(r.plan.assignments[l.participantId]![l.round]).toBe(l.tableId);
        expectTeamsKept(instance, r.plan);
        expect(r.violations).toEqual([]);
      }),
      RUNS,
    );
  });
});

// Hybrid sessions: O online tables for the remote people, the room's tables for the rest, rounds
// ≤ both table counts, seats enough on each side. Remote people never get a room seat then (and
// nobody in the room an online one), nobody revisits, teams stay together.
const hybridArb = fc
  .record({
    room: fc.integer({ min: 1, max: 4 }),
    online: fc.integer({ min: 1, max: 3 }),
    R: fc.integer({ min: 1, max: 3 }),
    inRoom: fc.integer({ min: 1, max: 16 }),
    remote: fc.integer({ min: 1, max: 10 }),
    team: fc.boolean(),
  })
  .map(({ room, online, R, inRoom, remote, team }): RotationInstance => {
    const rounds = Math.min(R, room, online);
    const tables = [
      ...Array.from({ length: room }, (_, t) => ({
        id: `room${t}`,
        capacityMin: 0,
        capacityMax: Math.ceil(inRoom / room) + 2,
      })),
      ...Array.from({ length: online }, (_, t) => ({
        id: `online${t}`,
        capacityMin: 0,
        capacityMax: Math.ceil(remote / online) + 2,
        online: true,
      })),
    ];
    const participants = [
      ...Array.from({ length: inRoom }, (_, i) => ({ id: `p${i}` })),
      ...Array.from({ length: remote }, (_, i) => ({ id: `r${i}`, remote: true })),
    ];
    return {
      rounds,
      tables,
      participants,
      teams: team && remote >= 2 ? [{ id: 'home', members: ['r0', 'r1'] }] : [],
    };
  });

describe('planner properties with online tables', () => {
  it('seats remote people online and room people in the room when both fit', () => {
    fc.assert(
      fc.property(hybridArb, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const r = planRotation(instance, { iterations: 2000, seed });
        const remote = new Set(instance.participants.filter((p) => p.remote).map((p) => p.id));
        for (const [id, row] of Object.entries(r.plan.assignments))
          for (const t of row) expect(t?.startsWith('online'), `${id} at ${t}`).toBe(remote.has(id));
        expect(r.score.Place).toBe(0);
        expectTeamsKept(instance, r.plan);
        expect(r.violations).toEqual([]);
      }),
      RUNS,
    );
  });

  it('with more remote people than online seats, online seats are filled before room seats', () => {
    // 2 online seats, 4 remote people: 2 of them must sit in the room each round; no online seat
    // may stay empty or go to someone in the room.
    const instance: RotationInstance = {
      rounds: 2,
      tables: [
        { id: 'room0', capacityMin: 0, capacityMax: 6 },
        { id: 'room1', capacityMin: 0, capacityMax: 6 },
        { id: 'online0', capacityMin: 0, capacityMax: 1, online: true },
        { id: 'online1', capacityMin: 0, capacityMax: 1, online: true },
      ],
      participants: [
        ...Array.from({ length: 6 }, (_, i) => ({ id: `p${i}` })),
        ...Array.from({ length: 4 }, (_, i) => ({ id: `r${i}`, remote: true })),
      ],
    };
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = planRotation(instance, { iterations: 3000, seed });
      for (let round = 0; round < 2; round++) {
        const online = Object.entries(r.plan.assignments).filter(([, row]) => row[round]?.startsWith('online'));
        expect(online.map(([id]) => id[0])).toEqual(['r', 'r']);
      }
      expect(r.score.Place).toBe(4);
    }
  });
});
