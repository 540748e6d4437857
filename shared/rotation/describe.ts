import type { RotationInstance, RotationPlan, Score } from './types';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const plural = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;

/**
 * A plan's quality in the words a facilitator uses ("92% of visits are to a table people chose,
 * 3 pairs meet twice"), one sentence per line, hard-rule breaks first.
 */
export function summarize(score: Score): string[] {
  const lines: string[] = [];
  if (score.TR > 0) lines.push(`${plural(score.TR, 'visit goes', 'visits go')} back to a table the person already sat at`);
  if (score.CV > 0) lines.push(`tables are ${plural(score.CV, 'seat', 'seats')} off their capacity limits`);
  if (score.visitsWithPicks > 0) lines.push(`${pct(score.PrefHit)} of visits are to a table the person chose`);
  lines.push(score.Rep === 0 ? 'nobody meets the same person twice' : `${plural(score.Rep, 'pair meets', 'pairs meet')} again`);
  lines.push(
    score.Mix === 0
      ? 'every table mirrors the room’s mix of groups'
      : `the group mix is ${plural(score.Mix, 'person', 'people')} away from the room’s at some tables`,
  );
  return lines;
}

export interface PersonRound {
  readonly round: number;
  /** null: sits this round out. */
  readonly tableId: string | null;
  /** 1-based rank among the person's picks, null when not picked (or no picks). */
  readonly pickRank: number | null;
  /** People at the same table this round who already sat with this person in an earlier round. */
  readonly metBefore: readonly string[];
}

/** Why a person sits where they sit: per round the table, its rank among their picks, who they meet again. */
export function describePerson(instance: RotationInstance, plan: RotationPlan, participantId: string): PersonRound[] {
  const me = instance.participants.find((p) => p.id === participantId);
  const row = plan.assignments[participantId];
  if (!me || !row) return [];
  const met = new Set<string>();
  const out: PersonRound[] = [];
  for (let r = 0; r < instance.rounds; r++) {
    const tableId = row[r] ?? null;
    const here =
      tableId === null
        ? []
        : Object.entries(plan.assignments)
            .filter(([id, other]) => id !== participantId && other[r] === tableId)
            .map(([id]) => id);
    const k = tableId === null ? -1 : (me.picks ?? []).indexOf(tableId);
    out.push({ round: r, tableId, pickRank: k < 0 ? null : k + 1, metBefore: here.filter((id) => met.has(id)) });
    for (const id of here) met.add(id);
  }
  return out;
}

/** describePerson as sentences, one per round. */
export function explainPerson(instance: RotationInstance, plan: RotationPlan, participantId: string): string[] {
  const picked = (instance.participants.find((p) => p.id === participantId)?.picks ?? []).length > 0;
  return describePerson(instance, plan, participantId).map((d) => {
    const where = d.tableId === null ? 'sits out' : `sits at ${d.tableId}`;
    const why = d.tableId === null || !picked ? '' : d.pickRank === null ? ' (not one of their picks)' : ` (their pick #${d.pickRank})`;
    const again = d.metBefore.length === 0 ? '' : `; meets ${d.metBefore.join(', ')} again`;
    return `round ${d.round + 1}: ${where}${why}${again}`;
  });
}
