import type { Lock, RotationInstance } from './types';
import { visitsOf } from './validate';

/** An instance turned into dense indices, for the scorer and the search. Assumes a validated instance. */
export interface Model {
  readonly n: number;
  readonly T: number;
  readonly R: number;
  readonly G: number;
  readonly tableIds: readonly string[];
  readonly participantIds: readonly string[];
  readonly tableIndex: ReadonlyMap<string, number>;
  readonly participantIndex: ReadonlyMap<string, number>;
  readonly capMin: Int32Array;
  readonly capMax: Int32Array;
  readonly group: Int32Array;
  readonly visits: Int32Array;
  /** rank[i·T + t] = 0-based rank of table t in i's picks, −1 if not picked. */
  readonly rank: Int16Array;
  readonly hasPicks: Uint8Array;
  /** Picks of i as table indices: pickTables[pickStart[i] … pickStart[i+1]). */
  readonly pickStart: Int32Array;
  readonly pickTables: Int32Array;
  /** lockTable[r·n + i] = locked table index, −1 if free. */
  readonly lockTable: Int32Array;
  /** Every table has capacityMin = capacityMax, so only count-preserving moves make sense. */
  readonly fixedCounts: boolean;
}

export function compile(instance: RotationInstance, locks: readonly Lock[] = []): Model {
  const T = instance.tables.length;
  const R = instance.rounds;
  const n = instance.participants.length;
  const tableIds = instance.tables.map((t) => t.id);
  const participantIds = instance.participants.map((p) => p.id);
  const tableIndex = new Map(tableIds.map((id, k) => [id, k] as const));
  const participantIndex = new Map(participantIds.map((id, k) => [id, k] as const));

  // Everyone without a group shares one, as the README says.
  const groupNames: string[] = instance.groups ? [...instance.groups] : [];
  const groupIndex = new Map(groupNames.map((g, k) => [g, k] as const));
  const NONE = '\u0000none';
  const group = new Int32Array(n);
  instance.participants.forEach((p, i) => {
    const name = p.group ?? NONE;
    let g = groupIndex.get(name);
    if (g === undefined) {
      g = groupNames.length;
      groupNames.push(name);
      groupIndex.set(name, g);
    }
    group[i] = g;
  });
  const G = Math.max(1, groupNames.length);

  const capMin = new Int32Array(T);
  const capMax = new Int32Array(T);
  let fixedCounts = true;
  instance.tables.forEach((t, k) => {
    capMin[k] = t.capacityMin;
    capMax[k] = t.capacityMax;
    if (t.capacityMin !== t.capacityMax) fixedCounts = false;
  });

  const visits = new Int32Array(n);
  const rank = new Int16Array(n * T).fill(-1);
  const hasPicks = new Uint8Array(n);
  const pickStart = new Int32Array(n + 1);
  const flat: number[] = [];
  instance.participants.forEach((p, i) => {
    // More visits than tables cannot be honoured without a revisit; the rest are sit-outs.
    visits[i] = Math.min(visitsOf(instance, p.visits), T);
    pickStart[i] = flat.length;
    const picks = p.picks ?? [];
    picks.forEach((id, k) => {
      const t = tableIndex.get(id);
      if (t === undefined || rank[i * T + t] !== -1) return;
      rank[i * T + t] = k;
      flat.push(t);
    });
    if (flat.length > pickStart[i]!) hasPicks[i] = 1;
  });
  pickStart[n] = flat.length;

  const lockTable = new Int32Array(R * n).fill(-1);
  for (const l of locks) {
    const i = participantIndex.get(l.participantId);
    const t = tableIndex.get(l.tableId);
    if (i === undefined || t === undefined || l.round < 0 || l.round >= R) continue;
    lockTable[l.round * n + i] = t;
  }

  return {
    n,
    T,
    R,
    G,
    tableIds,
    participantIds,
    tableIndex,
    participantIndex,
    capMin,
    capMax,
    group,
    visits,
    rank,
    hasPicks,
    pickStart,
    pickTables: Int32Array.from(flat),
    lockTable,
    fixedCounts,
  };
}
