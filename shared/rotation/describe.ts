import { assertNever } from '../assert-never';
import type { RotationInstance, RotationPlan, Score, Violation } from './types';
import { format } from '../plural';

/**
 * One thing a facilitator should know about a plan, as data: the client words it in Dutch or
 * English, the CLI in English (`summarize`). Rounds are 0-based, as everywhere in the planner.
 * Hard-rule breaks come first: a plan with one cannot be used as it is.
 */
export type QualityFact =
  /** Someone goes back to a table they already sat at (hard rule). */
  | { readonly kind: 'revisits'; readonly visits: number }
  /** Seats off the tables' capacity limits in all, when no details are given (hard rule). */
  | { readonly kind: 'capacity'; readonly seats: number }
  /** More people at a table than it holds (hard rule). */
  | {
      readonly kind: 'crowded';
      readonly round: number;
      readonly tableId: string;
      readonly people: number;
      readonly max: number;
    }
  /** Fewer people at a table than its minimum, possibly nobody (hard rule). */
  | {
      readonly kind: 'empty';
      readonly round: number;
      readonly tableId: string;
      readonly people: number;
      readonly min: number;
    }
  /** Share of the seats of people who picked that are at a table they picked. */
  | { readonly kind: 'prefHit'; readonly percent: number }
  /** Pairs who sit together more than once (a pair meeting three times counts twice). */
  | { readonly kind: 'repeats'; readonly pairs: number }
  /** How many people the tables' group mix is away from the room's; 0 = every table mirrors the room. */
  | { readonly kind: 'mix'; readonly off: number }
  /** The fewest and the most people at a table in a round. */
  | { readonly kind: 'seats'; readonly round: number; readonly min: number; readonly max: number };

/** People per table in one round (every table listed, also the empty ones), and how many sit it out. */
export interface RoundSeats {
  readonly round: number;
  readonly perTable: Readonly<Record<string, number>>;
  readonly out: number;
}

export function roundSeats(instance: RotationInstance, plan: RotationPlan): RoundSeats[] {
  const out: RoundSeats[] = [];
  for (let r = 0; r < instance.rounds; r++) {
    const perTable: Record<string, number> = Object.fromEntries(instance.tables.map((t) => [t.id, 0]));
    let away = 0;
    for (const p of instance.participants) {
      const t = plan.assignments[p.id]?.[r] ?? null;
      if (t !== null && t in perTable) perTable[t]! += 1;
      else away += 1;
    }
    out.push({ round: r, perTable, out: away });
  }
  return out;
}

/**
 * A share as a whole percentage that never rounds a miss away: 99.6% with one miss says 99%,
 * not 100%, and a single hit says 1%, not 0%.
 */
export function wholePercent(share: number): number {
  const p = Math.round(share * 100);
  if (share < 1 && p === 100) return 99;
  if (share > 0 && p === 0) return 1;
  return p;
}

/**
 * The facts about a plan, hard-rule breaks first. With `violations` (from `violations()` or a
 * PlanResult) the breaks are named per table and round; without them only their totals are known.
 * With `seats` every round gets its fewest–most people per table.
 */
export function qualityFacts(
  score: Score,
  details: { readonly violations?: readonly Violation[]; readonly seats?: readonly RoundSeats[] } = {},
): QualityFact[] {
  const facts: QualityFact[] = [];
  if (details.violations === undefined) {
    if (score.TR > 0) facts.push({ kind: 'revisits', visits: score.TR });
    if (score.CV > 0) facts.push({ kind: 'capacity', seats: score.CV });
  } else {
    const revisits = details.violations.reduce((k, v) => (v.kind === 'revisit' ? k + v.rounds.length - 1 : k), 0);
    if (revisits > 0) facts.push({ kind: 'revisits', visits: revisits });
    for (const v of details.violations) {
      if (v.kind === 'over-capacity')
        facts.push({ kind: 'crowded', round: v.round, tableId: v.tableId, people: v.count, max: v.capacityMax });
      if (v.kind === 'under-capacity')
        facts.push({ kind: 'empty', round: v.round, tableId: v.tableId, people: v.count, min: v.capacityMin });
    }
  }
  if (score.visitsWithPicks > 0) facts.push({ kind: 'prefHit', percent: wholePercent(score.PrefHit) });
  facts.push({ kind: 'repeats', pairs: score.Rep });
  facts.push({ kind: 'mix', off: score.Mix });
  for (const s of details.seats ?? []) {
    const counts = Object.values(s.perTable);
    if (counts.length > 0)
      facts.push({ kind: 'seats', round: s.round, min: Math.min(...counts), max: Math.max(...counts) });
  }
  return facts;
}

// The command line speaks English; Intl.PluralRules picks the form, as for the app's texts.
const plural = (k: number, one: string, other: string): string =>
  format('en', { one: `{count} ${one}`, other: `{count} ${other}` }, { count: k });

/** One fact in English, for the command line. */
export function factText(f: QualityFact): string {
  switch (f.kind) {
    case 'revisits':
      return `${plural(f.visits, 'visit goes', 'visits go')} back to a table the person already sat at`;
    case 'capacity':
      return `tables are ${plural(f.seats, 'seat', 'seats')} off their capacity limits`;
    case 'crowded':
      return `round ${f.round + 1}: ${f.tableId} has ${plural(f.people, 'person', 'people')} but seats ${f.max}`;
    case 'empty':
      return `round ${f.round + 1}: ${f.tableId} has ${plural(f.people, 'person', 'people')} but needs ${f.min}`;
    case 'prefHit':
      return `${f.percent}% of visits are to a table the person chose`;
    case 'repeats':
      return f.pairs === 0
        ? 'nobody meets the same person twice'
        : `${plural(f.pairs, 'pair meets', 'pairs meet')} again`;
    case 'mix':
      return f.off === 0
        ? 'every table mirrors the room’s mix of groups'
        : `the group mix is ${plural(f.off, 'person', 'people')} away from the room’s at some tables`;
    case 'seats':
      return `round ${f.round + 1}: ${f.min === f.max ? f.min : `${f.min}–${f.max}`} people per table`;
    default:
      return assertNever(f);
  }
}

/**
 * A plan's quality in the words a facilitator uses ("92% of visits are to a table people chose,
 * 3 pairs meet twice"), one sentence per line, hard-rule breaks first.
 */
export function summarize(score: Score): string[] {
  return qualityFacts(score).map(factText);
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
    const why =
      d.tableId === null || !picked
        ? ''
        : d.pickRank === null
          ? ' (not one of their picks)'
          : ` (their pick #${d.pickRank})`;
    const again = d.metBefore.length === 0 ? '' : `; meets ${d.metBefore.join(', ')} again`;
    return `round ${d.round + 1}: ${where}${why}${again}`;
  });
}
