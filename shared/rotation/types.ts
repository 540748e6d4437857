// Public data shapes of the rotation planner. The instance and plan shapes match
// bench/rotation/README.md so benchmark files load without conversion.

export interface RotationTable {
  readonly id: string;
  readonly capacityMin: number;
  readonly capacityMax: number;
}

export interface RotationParticipant {
  readonly id: string;
  /** Stakeholder group; missing means "no group" (everyone without one counts as one group). */
  readonly group?: string;
  /** Ranked table ids, most wanted first. Missing or empty: no preference. */
  readonly picks?: readonly string[];
  /** How many rounds this person sits at a table (default: the instance's `visits`, else `rounds`). */
  readonly visits?: number;
}

export interface RotationInstance {
  readonly name?: string;
  readonly title?: string;
  readonly rounds: number;
  readonly groups?: readonly string[];
  readonly tables: readonly RotationTable[];
  readonly participants: readonly RotationParticipant[];
  /** Default visits per participant when a participant has none; default `rounds`. */
  readonly visits?: number;
  /** Pairs who met in earlier sessions (of a programme): meeting again counts as a repeat. */
  readonly metBefore?: readonly (readonly [string, string])[];
}

/** One table id per round (index 0 = first round), `null` where the person sits the round out. */
export type PlanRow = readonly (string | null)[];

export interface RotationPlan {
  readonly assignments: Readonly<Record<string, PlanRow>>;
}

/** Manual override: this person sits at this table in this round, whatever the planner prefers. */
export interface Lock {
  readonly participantId: string;
  /** 0-based round index, the same index as in `assignments` rows. */
  readonly round: number;
  readonly tableId: string;
}

export interface Weights {
  /** Revisits (hard rule). */
  readonly tr: number;
  /** Capacity violations (hard rule). */
  readonly cv: number;
  readonly miss: number;
  readonly rank: number;
  readonly rep: number;
  readonly mix: number;
  readonly bal: number;
}

/** The README's weights: J = 1000·(TR + CV) + 50·Miss + 2·RankSum + 10·Rep + 3·Mix + Bal. */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  tr: 1000,
  cv: 1000,
  miss: 50,
  rank: 2,
  rep: 10,
  mix: 3,
  bal: 1,
});

export interface Score {
  readonly TR: number;
  readonly CV: number;
  readonly Miss: number;
  readonly RankSum: number;
  readonly Rep: number;
  readonly Mix: number;
  readonly Bal: number;
  readonly J: number;
  /** 1 − Miss / visits by people with picks (1 when nobody picked). */
  readonly PrefHit: number;
  /** 1 − Rep / Σ C(n(r,t), 2) (1 when nobody sits together). */
  readonly NewRate: number;
  /** Table visits (non-null entries) of people with picks. */
  readonly visitsWithPicks: number;
  /** Σ over tables and rounds of C(n(r,t), 2): every meeting of two people. */
  readonly meetings: number;
}

export type Violation =
  | {
      readonly kind: 'revisit';
      readonly participantId: string;
      readonly tableId: string;
      readonly rounds: readonly number[];
    }
  | {
      readonly kind: 'over-capacity' | 'under-capacity';
      readonly round: number;
      readonly tableId: string;
      readonly count: number;
      readonly capacityMin: number;
      readonly capacityMax: number;
    };

export type ProblemCode =
  | 'MALFORMED_INPUT'
  | 'BAD_ROUNDS'
  | 'NO_TABLES'
  | 'DUPLICATE_TABLE_ID'
  | 'DUPLICATE_PARTICIPANT_ID'
  | 'BAD_CAPACITY'
  | 'UNKNOWN_PICK'
  | 'DUPLICATE_PICK'
  | 'UNKNOWN_GROUP'
  | 'BAD_VISITS'
  | 'VISITS_EXCEED_TABLES'
  | 'TOO_MANY_PEOPLE'
  | 'TOO_FEW_PEOPLE'
  | 'LOCK_UNKNOWN_PARTICIPANT'
  | 'LOCK_UNKNOWN_TABLE'
  | 'LOCK_BAD_ROUND'
  | 'LOCK_CONFLICT'
  | 'LOCK_REVISIT'
  | 'LOCK_OVER_CAPACITY'
  | 'LOCK_TOO_MANY_VISITS'
  | 'PLAN_UNKNOWN_PARTICIPANT'
  | 'PLAN_UNKNOWN_TABLE'
  | 'PLAN_BAD_ROW'
  | 'BAD_FIXED_ROUNDS'
  | 'UNKNOWN_LEAVER'
  | 'LOCK_IN_FIXED_ROUND';

/**
 * `structure` problems make the input meaningless (unknown ids, duplicates) and always throw.
 * `capacity` problems make a plan without hard-rule violations impossible; they throw unless
 * the caller passes `allowInfeasible`, in which case the plan comes back with `feasible: false`.
 */
export type ProblemSeverity = 'structure' | 'capacity';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  readonly message: string;
  readonly participantId?: string;
  readonly tableId?: string;
  readonly round?: number;
}

export class RotationInputError extends Error {
  readonly problems: readonly Problem[];
  /** The first problem's code, for a quick `switch`. */
  readonly code: ProblemCode;

  constructor(problems: readonly Problem[]) {
    const first = problems[0];
    if (first === undefined) throw new Error('RotationInputError needs at least one problem');
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${first.code}: ${first.message}${more}`);
    this.name = 'RotationInputError';
    this.problems = problems;
    this.code = first.code;
  }
}

export interface PlanOptions {
  /** Wall-time budget for the whole call, in milliseconds (default 200; no limit when only `iterations` is given). */
  readonly ms?: number;
  /** Search iteration budget. Given without `ms`, the result depends only on `seed` (use this in tests). */
  readonly iterations?: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
  readonly weights?: Partial<Weights>;
  readonly locks?: readonly Lock[];
  /** Return a best-effort plan (with `feasible: false`) instead of throwing on capacity problems. */
  readonly allowInfeasible?: boolean;
  /** Clock in milliseconds; injectable for tests. */
  readonly now?: () => number;
}

export interface PlanResult {
  readonly plan: RotationPlan;
  readonly score: Score;
  /** True when the plan breaks no hard rule (TR = CV = 0). */
  readonly feasible: boolean;
  readonly violations: readonly Violation[];
  /** Capacity problems found in the input (only non-empty with `allowInfeasible`). */
  readonly problems: readonly Problem[];
  readonly iterations: number;
  readonly elapsedMs: number;
}

export interface ReplanChanges {
  /** New participants (late arrivals). An id already in the instance replaces that participant's data. */
  readonly arrivals?: readonly RotationParticipant[];
  /** Ids of participants who left. */
  readonly leavers?: readonly string[];
  /** New manual overrides (e.g. the facilitator moved a person by hand); each counts as one change. */
  readonly locks?: readonly Lock[];
}

export interface ReplanOptions {
  /** Rounds already played or being played (0-based count): rounds < fixedRounds are kept exactly. */
  readonly fixedRounds: number;
  /** Locks that were already in force (kept, not counted as changes). */
  readonly locks?: readonly Lock[];
  readonly weights?: Partial<Weights>;
  readonly seed?: number;
  /** Iterations of the polishing search over the people who moved anyway (default 20000). */
  readonly polishIterations?: number;
  /** Wall-time cap for the polishing search (default 40 ms); `polishIterations` usually ends it first. */
  readonly ms?: number;
  readonly now?: () => number;
}

export interface ReplanResult {
  readonly plan: RotationPlan;
  /** The instance with arrivals added and leavers removed; score and plan refer to it. */
  readonly instance: RotationInstance;
  readonly score: Score;
  readonly feasible: boolean;
  /** Hard-rule violations in rounds ≥ fixedRounds (played rounds are history, not a plan to fix). */
  readonly violations: readonly Violation[];
  /**
   * Already-planned people whose table changed in some round ≥ fixedRounds, not counting the
   * people a change is about (arrivals, leavers, the person a new lock moves).
   */
  readonly moved: number;
  readonly movedIds: readonly string[];
  /** Rounds in which an arrival could not be seated because every table was full. */
  readonly unseated: readonly { readonly participantId: string; readonly round: number }[];
  readonly elapsedMs: number;
}
