// Public API of the rotation planner: pure functions, no I/O. It runs in the facilitator's
// browser, in the cockpit's web worker (client/src/views/facilitator/plan/planner.worker.ts), and
// in the planner CLI and benchmarks; the server never plans. Each returned plan maps participant
// id → one table id (or null) per round; the cockpit publishes it as the rounds' seats.
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
  RotationTeam,
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
