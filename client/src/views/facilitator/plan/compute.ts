import type { SessionState } from '../../../../../shared/model/session';
import {
  movedPeople,
  sessionPlanning,
  toLocks,
  toPublish,
  withSeats,
  type PlanScope,
  type PublishedPlan,
} from '../../../../../shared/rotation/from-session';
import { planRotation } from '../../../../../shared/rotation/plan';
import { replan } from '../../../../../shared/rotation/replan';
import { score, violations } from '../../../../../shared/rotation/score';
import type {
  RotationInstance,
  RotationParticipant,
  RotationPlan,
  Score,
  Violation,
} from '../../../../../shared/rotation/types';
import { RotationInputError } from '../../../../../shared/rotation/types';

/**
 * What the cockpit's "make a plan" and "re-plan" do, as one pure function the worker runs:
 * - fresh: plan every round still to come from scratch (before round 1, or when many things changed);
 * - replan: keep the published plan and change it as little as the arrivals and leavers need.
 * Both keep the rounds that have begun and the seats set by hand.
 */
export type PlanKind = 'fresh' | 'replan';

export interface PlanRequest {
  readonly kind: PlanKind;
  readonly state: SessionState;
  readonly published: PublishedPlan | null;
  /** Everyone who joined (the default), or only who checked in; the others get no table. */
  readonly scope?: PlanScope;
  /** Budget for a fresh plan (the search stops then); a re-plan needs only a few milliseconds. */
  readonly ms?: number;
  /** Search steps instead of time: the same plan on every machine (for tests). */
  readonly iterations?: number;
  readonly seed?: number;
  /** Programme members here who sat together in an earlier session (GET …/met-before). */
  readonly metBefore?: readonly (readonly [string, string])[];
}

export type PlanOutcome =
  | {
      readonly ok: true;
      readonly kind: PlanKind;
      readonly instance: RotationInstance;
      readonly plan: RotationPlan;
      readonly score: Score;
      /** Broken hard rules in the rounds still to come. */
      readonly violations: readonly Violation[];
      readonly fixedRounds: number;
      /** People of the published plan who get another table in a round still to come. */
      readonly moved: readonly string[];
      /** Seats set by hand that the plan kept. */
      readonly kept: number;
      /** The `plan.publish` payload. */
      readonly payload: Record<string, (string | null)[]>;
      /** State version the plan was made from. */
      readonly version: number;
    }
  | { readonly ok: false; readonly problems: readonly { readonly code: string; readonly message: string }[] };

export function computePlan(request: PlanRequest): PlanOutcome {
  try {
    return request.kind === 'fresh' || (request.state.planPublishedAt ?? null) === null
      ? fresh(request)
      : again(request);
  } catch (e) {
    if (e instanceof RotationInputError)
      return { ok: false, problems: e.problems.map(({ code, message }) => ({ code, message })) };
    throw e;
  }
}

function fresh({ state, published, scope, ms, iterations, seed, metBefore }: PlanRequest): PlanOutcome {
  const p = sessionPlanning(state, published, scope, metBefore);
  const keep = [...p.history, ...p.manual];
  const budget = iterations === undefined ? { ms: ms ?? 300 } : { iterations };
  const result = planRotation(p.instance, { locks: toLocks(keep), ...budget, seed: seed ?? 1, allowInfeasible: true });
  return outcome(
    'fresh',
    state,
    p.instance,
    withSeats(result.plan, keep),
    p.fixedRounds,
    p.current,
    p.planned,
    p.manual.length,
    p.leftOut,
  );
}

/**
 * The re-plan starts from where people sit now (the published plan with the moves since), treats
 * everyone not in the published plan as an arrival (the server may already have given them a
 * free seat; the planner may find a better one) and the people gone as leavers.
 */
function again({ state, published, scope, seed, metBefore }: PlanRequest): PlanOutcome {
  const p = sessionPlanning(state, published, scope, metBefore);
  const byId = new Map(p.instance.participants.map((x) => [x.id, x] as const));
  const stayed = p.planned.map((id) => byId.get(id)!);
  const gone: RotationParticipant[] = p.leavers.map((id) => ({ id }));
  const result = replan(
    { ...p.instance, participants: [...stayed, ...gone] },
    p.previous,
    { arrivals: p.arrivals.map((id) => byId.get(id)!), leavers: p.leavers },
    { fixedRounds: p.fixedRounds, locks: toLocks(p.manual), seed: seed ?? 1 },
  );
  return outcome(
    'replan',
    state,
    p.instance,
    withSeats(result.plan, p.manual),
    p.fixedRounds,
    p.current,
    p.planned,
    p.manual.length,
    p.leftOut,
  );
}

function outcome(
  kind: PlanKind,
  state: SessionState,
  instance: RotationInstance,
  plan: RotationPlan,
  fixedRounds: number,
  current: RotationPlan,
  planned: readonly string[],
  kept: number,
  leftOut: Readonly<Record<string, (string | null)[]>>,
): PlanOutcome {
  return {
    ok: true,
    kind,
    instance,
    plan,
    score: score(instance, plan),
    violations: violations(instance, plan, fixedRounds),
    fixedRounds,
    moved: movedPeople(current, plan, fixedRounds, planned),
    kept,
    payload: { ...toPublish(plan, state), ...leftOut },
    version: state.version,
  };
}
