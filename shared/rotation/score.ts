import type { Model } from './model';
import { compile } from './model';
import type { Problem, RotationInstance, RotationPlan, Score, Violation, Weights } from './types';
import { DEFAULT_WEIGHTS, RotationInputError } from './types';

export function resolveWeights(w: Partial<Weights> | undefined): Weights {
  return { ...DEFAULT_WEIGHTS, ...(w ?? {}) };
}

/** Dense plan: assign[r·n + i] = table index, −1 for sitting out. */
export function planToDense(model: Model, plan: RotationPlan): Int32Array {
  const { n, R, tableIndex, participantIndex } = model;
  const assign = new Int32Array(R * n).fill(-1);
  const problems: Problem[] = [];
  for (const [id, row] of Object.entries(plan.assignments)) {
    const i = participantIndex.get(id);
    if (i === undefined) {
      problems.push({
        code: 'PLAN_UNKNOWN_PARTICIPANT',
        severity: 'structure',
        message: `the plan has a row for "${id}", who is not in the instance`,
        participantId: id,
      });
      continue;
    }
    if (!Array.isArray(row) || row.length !== R) {
      problems.push({
        code: 'PLAN_BAD_ROW',
        severity: 'structure',
        message: `the row of "${id}" must have one entry per round (${R})`,
        participantId: id,
      });
      continue;
    }
    row.forEach((tableId, r) => {
      if (tableId === null) return;
      const t = tableIndex.get(tableId);
      if (t === undefined) {
        problems.push({
          code: 'PLAN_UNKNOWN_TABLE',
          severity: 'structure',
          message: `the plan seats "${id}" at table "${String(tableId)}" in round ${r}, which does not exist`,
          participantId: id,
          round: r,
        });
        return;
      }
      assign[r * n + i] = t;
    });
  }
  if (problems.length > 0) throw new RotationInputError(problems);
  return assign;
}

export function denseToPlan(model: Model, assign: Int32Array | Int16Array): RotationPlan {
  const { n, R, tableIds, participantIds } = model;
  const assignments: Record<string, (string | null)[]> = {};
  participantIds.forEach((id, i) => {
    const row: (string | null)[] = [];
    for (let r = 0; r < R; r++) {
      const t = assign[r * n + i]!;
      row.push(t < 0 ? null : tableIds[t]!);
    }
    assignments[id] = row;
  });
  return { assignments };
}

/**
 * Split as the README defines it: per team and round, the members present who are not at the
 * team's most common table that round; for a `stays` team the most common table over all rounds,
 * so a round elsewhere counts too.
 */
export function splitDense(model: Model, assign: Int32Array | Int16Array): number {
  const { n, T, R, teams } = model;
  const at = new Int32Array(T);
  let split = 0;
  for (const team of teams) {
    if (team.stays) {
      at.fill(0);
      let present = 0;
      for (let r = 0; r < R; r++)
        for (const i of team.members) {
          const t = assign[r * n + i]!;
          if (t < 0) continue;
          present++;
          at[t]!++;
        }
      let most = 0;
      for (let t = 0; t < T; t++) most = Math.max(most, at[t]!);
      split += present - most;
      continue;
    }
    for (let r = 0; r < R; r++) {
      at.fill(0);
      let present = 0;
      let most = 0;
      for (const i of team.members) {
        const t = assign[r * n + i]!;
        if (t < 0) continue;
        present++;
        most = Math.max(most, ++at[t]!);
      }
      split += present - most;
    }
  }
  return split;
}

/**
 * The README's score, computed directly from its definition (independently of the search's
 * incremental bookkeeping, so each checks the other). With `countTeamPairs` two members of one
 * team who meet again count in Rep as well, as the search's bookkeeping counts them (the README
 * leaves them out: they sit together by design).
 */
export function scoreDense(
  model: Model,
  assign: Int32Array | Int16Array,
  weights: Weights = DEFAULT_WEIGHTS,
  countTeamPairs = false,
): Score {
  const { n, T, R, G, capMin, capMax, group, rank, hasPicks, teams, teamOf, anyOnline, online, remote } = model;
  // Members of a team that stays keep their table by design: no revisit for them.
  const keeps = (i: number): boolean => teamOf[i]! >= 0 && teams[teamOf[i]!]!.stays;
  const apart = (i: number, j: number): boolean => countTeamPairs || teamOf[i]! < 0 || teamOf[i] !== teamOf[j];
  let Place = 0;
  const count = new Int32Array(R * T);
  const gcount = new Int32Array(R * T * G);
  const present = new Int32Array(R);
  const presentG = new Int32Array(R * G);
  const members: number[][] = Array.from({ length: R * T }, () => []);
  let TR = 0;
  let Miss = 0;
  let RankSum = 0;
  let visitsWithPicks = 0;
  const seen = new Uint8Array(T);
  for (let i = 0; i < n; i++) {
    seen.fill(0);
    for (let r = 0; r < R; r++) {
      const t = assign[r * n + i]!;
      if (t < 0) continue;
      if (seen[t]! > 0 && !keeps(i)) TR++;
      seen[t] = 1;
      if (anyOnline && remote[i] !== online[t]) Place++;
      const g = group[i]!;
      count[r * T + t]!++;
      gcount[(r * T + t) * G + g]!++;
      present[r]!++;
      presentG[r * G + g]!++;
      members[r * T + t]!.push(i);
      if (hasPicks[i]) {
        visitsWithPicks++;
        const k = rank[i * T + t]!;
        if (k < 0) Miss++;
        else RankSum += k;
      }
    }
  }
  let CV = 0;
  let Mix = 0;
  let Bal = 0;
  let meetings = 0;
  for (let r = 0; r < R; r++) {
    const P = present[r]!;
    const mean = P / T;
    for (let t = 0; t < T; t++) {
      const s = count[r * T + t]!;
      if (s > capMax[t]!) CV += s - capMax[t]!;
      if (s < capMin[t]!) CV += capMin[t]! - s;
      Bal += (s - mean) * (s - mean);
      meetings += (s * (s - 1)) / 2;
      if (P === 0) continue;
      for (let g = 0; g < G; g++) {
        // Integer floor/ceil of s · P_g / P: floating point would misjudge exact multiples.
        const x = s * presentG[r * G + g]!;
        const lo = Math.floor(x / P);
        const hi = x % P === 0 ? lo : lo + 1;
        const c = gcount[(r * T + t) * G + g]!;
        if (c < lo) Mix += lo - c;
        else if (c > hi) Mix += c - hi;
      }
    }
  }
  // Pair meetings: a dense byte matrix when it fits (fast), a map otherwise.
  // Pairs who met in an earlier session start at one meeting, so meeting now is a repeat. Lists
  // hold people in index order, so the pair (i, j) is kept under min · n + max.
  let Rep = 0;
  if (n <= 4096 && R < 255) {
    const met = new Uint8Array(n * n);
    for (const [i, j] of model.metBefore) met[Math.min(i, j) * n + Math.max(i, j)] = 1;
    for (const list of members) {
      for (let a = 0; a < list.length; a++) {
        const row = list[a]! * n;
        for (let b = a + 1; b < list.length; b++) if (met[row + list[b]!]!++ >= 1 && apart(list[a]!, list[b]!)) Rep++;
      }
    }
  } else {
    const pairCount = new Map<number, number>();
    for (const [i, j] of model.metBefore) pairCount.set(Math.min(i, j) * n + Math.max(i, j), 1);
    for (const list of members) {
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const key = list[a]! * n + list[b]!;
          const m = pairCount.get(key) ?? 0;
          if (m >= 1 && apart(list[a]!, list[b]!)) Rep++;
          pairCount.set(key, m + 1);
        }
      }
    }
  }
  const Split = splitDense(model, assign);

  const J =
    weights.tr * TR +
    weights.cv * CV +
    weights.split * Split +
    weights.place * Place +
    weights.miss * Miss +
    weights.rank * RankSum +
    weights.rep * Rep +
    weights.mix * Mix +
    weights.bal * Bal;
  return {
    TR,
    CV,
    Miss,
    RankSum,
    Rep,
    Mix,
    Bal,
    Split,
    Place,
    J,
    PrefHit: visitsWithPicks > 0 ? 1 - Miss / visitsWithPicks : 1,
    NewRate: meetings > 0 ? 1 - Rep / meetings : 1,
    visitsWithPicks,
    meetings,
  };
}

/** Every broken hard rule, in rounds ≥ fromRound for capacity (revisits are checked everywhere). */
export function violationsDense(model: Model, assign: Int32Array | Int16Array, fromRound = 0): Violation[] {
  const { n, T, R, capMin, capMax, tableIds, participantIds, teams, teamOf } = model;
  const out: Violation[] = [];
  for (let i = 0; i < n; i++) {
    if (teamOf[i]! >= 0 && teams[teamOf[i]!]!.stays) continue; // keeps its table by design
    const rounds = new Map<number, number[]>();
    for (let r = 0; r < R; r++) {
      const t = assign[r * n + i]!;
      if (t < 0) continue;
      const list = rounds.get(t) ?? [];
      list.push(r);
      rounds.set(t, list);
    }
    for (const [t, list] of rounds) {
      if (list.length > 1 && list[list.length - 1]! >= fromRound) {
        out.push({ kind: 'revisit', participantId: participantIds[i]!, tableId: tableIds[t]!, rounds: list });
      }
    }
  }
  const count = new Int32Array(R * T);
  for (let r = 0; r < R; r++)
    for (let i = 0; i < n; i++) {
      const t = assign[r * n + i]!;
      if (t >= 0) count[r * T + t]!++;
    }
  for (let r = fromRound; r < R; r++) {
    for (let t = 0; t < T; t++) {
      const c = count[r * T + t]!;
      if (c > capMax[t]! || c < capMin[t]!) {
        out.push({
          kind: c > capMax[t]! ? 'over-capacity' : 'under-capacity',
          round: r,
          tableId: tableIds[t]!,
          count: c,
          capacityMin: capMin[t]!,
          capacityMax: capMax[t]!,
        });
      }
    }
  }
  return out;
}

/** Score of a plan for an instance, exactly as the README defines it (weights configurable). */
export function score(instance: RotationInstance, plan: RotationPlan, weights?: Partial<Weights>): Score {
  const model = compile(instance);
  return scoreDense(model, planToDense(model, plan), resolveWeights(weights));
}

export function violations(instance: RotationInstance, plan: RotationPlan, fromRound = 0): Violation[] {
  const model = compile(instance);
  return violationsDense(model, planToDense(model, plan), fromRound);
}
