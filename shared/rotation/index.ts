// Public API of the rotation planner: pure functions, no I/O. The server calls planRotation
// before the first round and replan when people arrive or leave or the facilitator locks
// someone; each returned plan maps participant id → one table id (or null) per round, which is
// what a round's assignment needs.
export type {
  Lock,
  PlanOptions,
  PlanResult,
  PlanRow,
  Problem,
  ProblemCode,
  ProblemSeverity,
  ReplanChanges,
  ReplanOptions,
  ReplanResult,
  RotationInstance,
  RotationParticipant,
  RotationPlan,
  RotationTable,
  Score,
  Violation,
  Weights,
} from './types';
export { DEFAULT_WEIGHTS, RotationInputError } from './types';
export { planRotation } from './plan';
export { replan } from './replan';
export { score, violations } from './score';
export { assertValid, validateInstance } from './validate';
export type { PersonRound, QualityFact, RoundSeats } from './describe';
export { describePerson, explainPerson, factText, qualityFacts, roundSeats, summarize, wholePercent } from './describe';
export type { KeptSeat, PublishedPlan, SessionPlanning } from './from-session';
export { capacityMin, movedPeople, sessionPlanning, toLocks, toPublish, withSeats } from './from-session';

import type { RotationPlan } from './types';

/** The tables of one round as participant id → table id, skipping people who sit it out. */
export function roundAssignment(plan: RotationPlan, round: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, row] of Object.entries(plan.assignments)) {
    const t = row[round];
    if (t !== null && t !== undefined) out[id] = t;
  }
  return out;
}
