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
  /** Teams as participant indices; teamOf[i] = index into `teams`, −1 for someone in no team. */
  readonly teams: readonly ModelTeam[];
  readonly teamOf: Int32Array;
  /** The instance has an online table: only then does Place count. */
  readonly anyOnline: boolean;
  /** online[t] = 1 for an online table; remote[i] = 1 for someone taking part from home. */
  readonly online: Uint8Array;
  readonly remote: Uint8Array;
  /** Pairs who met in earlier sessions, as [i, j] index pairs (i ≠ j, each pair once). */
  readonly metBefore: readonly (readonly [number, number])[];
  /**
   * The table each `stays` team keeps (−1 for moving teams): its members' locks decide it, else
   * compile chooses one. Those members are locked there in `lockTable` (as many rounds as they
   * visit), so seeds and search leave them where they are.
   */
  readonly stayTable: Int32Array;
}

export interface ModelTeam {
  readonly members: readonly number[];
  readonly stays: boolean;
}

/** `revisits`: keep visits above the number of tables (someone then sits at a table twice) instead of capping them. */
export function compile(instance: RotationInstance, locks: readonly Lock[] = [], revisits = false): Model {
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
    visits[i] = revisits ? visitsOf(instance, p.visits) : Math.min(visitsOf(instance, p.visits), T);
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

  const teamOf = new Int32Array(n).fill(-1);
  const teams: ModelTeam[] = [];
  for (const team of instance.teams ?? []) {
    const members: number[] = [];
    for (const id of team.members) {
      const i = participantIndex.get(id);
      if (i === undefined || teamOf[i]! >= 0) continue;
      teamOf[i] = teams.length;
      members.push(i);
    }
    if (members.length > 0) teams.push({ members, stays: team.stays === true });
  }
  const online = new Uint8Array(T);
  instance.tables.forEach((t, k) => {
    online[k] = t.online === true ? 1 : 0;
  });
  const remote = new Uint8Array(n);
  instance.participants.forEach((p, i) => {
    remote[i] = p.remote === true ? 1 : 0;
  });
  const anyOnline = online.some((o) => o === 1);
  const metKeys = new Set<number>();
  const metBefore: [number, number][] = [];
  for (const [a, b] of instance.metBefore ?? []) {
    const i = participantIndex.get(a);
    const j = participantIndex.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    const key = Math.min(i, j) * n + Math.max(i, j);
    if (metKeys.has(key)) continue;
    metKeys.add(key);
    metBefore.push([i, j]);
  }
  const stayTable = chooseStayTables(instance, teams, lockTable, {
    n,
    T,
    R,
    capMax,
    rank,
    online,
    remote,
    anyOnline,
    visits,
  });

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
    teams,
    teamOf,
    anyOnline,
    online,
    remote,
    metBefore,
    stayTable,
  };
}

interface StayContext {
  readonly n: number;
  readonly T: number;
  readonly R: number;
  readonly capMax: Int32Array;
  readonly rank: Int16Array;
  readonly online: Uint8Array;
  readonly remote: Uint8Array;
  readonly anyOnline: boolean;
  readonly visits: Int32Array;
}

/**
 * Gives each `stays` team its table and locks its members there (in `lockTable`, in place). A
 * member's own lock decides (locks win); otherwise the biggest teams choose first, each the table
 * its members picked best, of the right kind (online for remote teams), then the one with the
 * most seats left after the teams already placed. Members are locked in their first `visits`
 * rounds, except where a lock of their own says otherwise.
 */
function chooseStayTables(
  instance: RotationInstance,
  teams: readonly ModelTeam[],
  lockTable: Int32Array,
  c: StayContext,
): Int32Array {
  const { n, T, R, capMax, rank, online, remote, anyOnline, visits } = c;
  const stayTable = new Int32Array(teams.length).fill(-1);
  // Seats already taken at each table: the most locked there in any round, then the teams placed.
  const load = new Int32Array(T);
  for (let r = 0; r < R; r++) {
    const here = new Int32Array(T);
    for (let i = 0; i < n; i++) if (lockTable[r * n + i]! >= 0) here[lockTable[r * n + i]!]!++;
    for (let t = 0; t < T; t++) load[t] = Math.max(load[t]!, here[t]!);
  }
  const order = teams
    .map((team, k) => ({ team, k }))
    .filter((x) => x.team.stays)
    .sort((a, b) => b.team.members.length - a.team.members.length || a.k - b.k);
  void instance;
  for (const { team, k } of order) {
    let chosen = -1;
    for (const i of team.members) {
      for (let r = 0; r < R && chosen < 0; r++) if (lockTable[r * n + i]! >= 0) chosen = lockTable[r * n + i]!;
    }
    if (chosen < 0) {
      const remoteCount = team.members.reduce((a, i) => a + remote[i]!, 0);
      const wantOnline = 2 * remoteCount > team.members.length ? 1 : 0;
      let bestCost = Infinity;
      for (let t = 0; t < T; t++) {
        let cost = 0;
        for (const i of team.members) {
          const rk = rank[i * T + t]!;
          cost += rk < 0 ? 0 : rk - 100;
        }
        if (anyOnline && online[t] !== wantOnline) cost += 1e6;
        const left = capMax[t]! - load[t]! - team.members.length;
        cost += left < 0 ? 1e4 * -left : -left / (1 + capMax[t]!);
        if (cost < bestCost) {
          bestCost = cost;
          chosen = t;
        }
      }
    }
    stayTable[k] = chosen;
    load[chosen]! += team.members.length;
    for (const i of team.members) {
      let own = 0;
      for (let r = 0; r < R; r++) if (lockTable[r * n + i]! >= 0) own++;
      let left = visits[i]! - own;
      for (let r = 0; r < R && left > 0; r++) {
        if (lockTable[r * n + i]! >= 0) continue;
        lockTable[r * n + i] = chosen;
        left--;
      }
    }
  }
  return stayTable;
}
