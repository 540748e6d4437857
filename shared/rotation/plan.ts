import { designSeed } from './design-seed';
import { flowSeed } from './flow-seed';
import { greedySeed } from './greedy-seed';
import { compile } from './model';
import { prng } from './prng';
import { denseToPlan, planToDense, resolveWeights, scoreDense, violationsDense } from './score';
import { anneal } from './search';
import { createState } from './search-state';
import type { PlanOptions, PlanResult, PlanRow, RotationInstance } from './types';
import { splitByPlace } from './online-split';
import type { PlacePart } from './online-split';
import { rotationSeed, teamGreedySeed } from './team-greedy-seed';
import { gatherTeams } from './team-seed';
import type { Problem, RotationPlan, Score } from './types';
import { assertValid } from './validate';

const DEFAULT_MS = 200;
// Seeded tries of the block-packing seed (teamGreedySeed) while the seed of an instance with
// teams still breaks a hard rule.
const TEAM_TRIES = 16;

const defaultNow = (): number => performance.now();

/**
 * Plans every round: validates the input (throwing a RotationInputError that names the problem),
 * seeds from a resolvable design when the instance fits one and from the greedy otherwise
 * (whichever scores better), then anneals within the budget. With `iterations` and no `ms` the
 * result depends only on the seed.
 */
export function planRotation(instance: RotationInstance, options: PlanOptions = {}): PlanResult {
  const now = options.now ?? defaultNow;
  const started = now();
  const locks = options.locks ?? [];
  const problems = assertValid(instance, locks, options.allowInfeasible ?? false);
  const parts = splitByPlace(instance, locks);
  if (parts !== null) return planParts(instance, parts, options, problems, started);
  return planWhole(instance, options, problems, started, false);
}

/**
 * The planner proper, on a validated instance. With `revisits` a person may visit more rounds
 * than there are tables (and so sit at one twice) instead of sitting the extra rounds out: the
 * online half of a hybrid session, where two online tables serve three rounds.
 */
function planWhole(
  instance: RotationInstance,
  options: PlanOptions,
  problems: readonly Problem[],
  started: number,
  revisits: boolean,
): PlanResult {
  const now = options.now ?? defaultNow;
  const locks = options.locks ?? [];
  const model = compile(instance, locks, revisits);
  const w = resolveWeights(options.weights);
  const rand = prng(options.seed ?? 1);
  const ms = options.ms ?? (options.iterations !== undefined ? Infinity : DEFAULT_MS);

  // The greedy seed only runs when neither construction applies: the flow seed already wins
  // every pick it can, and the design seed is optimal where it fits. The design ignores picks,
  // so it is not even built when most people picked (it would miss most picks at 50 each).
  const anyPicks = model.hasPicks.some((h) => h === 1);
  const flow = flowSeed(model, rand, w);
  const design = flow && 2 * model.hasPicks.reduce((a, h) => a + h, 0) > model.n ? null : designSeed(model);
  let seed = design ?? flow ?? greedySeed(model, rand);
  if (design && flow && scoreDense(model, flow, w).J < scoreDense(model, design, w).J) seed = flow;
  // Seeds are built without moving teams, then gathered: each team follows one member's row. The
  // design (no picks) competes with the greedy then, since gathering can cost it its edge.
  if (model.teams.some((t) => !t.stays && t.members.length > 1)) {
    gatherTeams(model, seed);
    if (seed === design) {
      const greedy = gatherTeams(model, greedySeed(model, rand));
      if (scoreDense(model, greedy, w).J < scoreDense(model, seed, w).J) seed = greedy;
    }
  }
  // Teams packed as blocks from the start: a few seeded tries, when they beat the seed above.
  if (model.teams.length > 0) {
    const hard = (x: Score) => x.TR + x.CV + x.Split + x.Place;
    let seedScore = scoreDense(model, seed, w);
    const rotation = rotationSeed(model);
    if (rotation !== null) {
      const rotationScore = scoreDense(model, rotation, w);
      if (rotationScore.J < seedScore.J) {
        seed = rotation;
        seedScore = rotationScore;
      }
    }
    for (let k = 0; k < TEAM_TRIES && hard(seedScore) > 0; k++) {
      const packed = teamGreedySeed(model, rand);
      if (packed === null) break;
      const packedScore = scoreDense(model, packed, w);
      if (packedScore.J < seedScore.J) {
        seed = packed;
        seedScore = packedScore;
      }
    }
  }
  const scoring = now();
  // The search counts two members of a team meeting again as a repeat (they always do while the
  // team is together, so it is a constant there); its costs are on that footing.
  const seedScore = scoreDense(model, seed, w, model.teams.length > 0);
  // The search stops early enough to score and write out its plan within the budget; that
  // takes about twice as long as scoring the seed.
  const tail = 2 * (now() - scoring);
  const seedCost = seedScore.J;
  // The flow seed wins every pick the seats allow; the search keeps it that way (picks come
  // first, as the issue orders the goals) and only then trades for repeats, mix and balance.
  const missCap = seed === flow && w.miss > 0 ? seedScore.Miss : Infinity;

  const free = new Uint8Array(model.R * model.n);
  for (let k = 0; k < free.length; k++) free[k] = model.lockTable[k]! < 0 ? 1 : 0;

  // Without picks only the meeting pattern matters and a run often ends one repeat above the
  // optimum (B4: about half the runs at 250k moves). Short restarts from the seed, keeping the
  // best, reach it far more reliably. With picks a run keeps going: restarts would lose progress.
  const epoch = anyPicks ? Infinity : Math.max(20_000, 250 * free.reduce((a, b) => a + b, 0));
  const total = options.iterations ?? Infinity;
  const deadline = started + ms - tail;
  let best = seed;
  let bestCost = seedCost;
  let iterations = 0;
  while (iterations < total && now() < deadline && bestCost > 0) {
    const state = createState(model, seed.slice(), w);
    const run = anneal(state, {
      free,
      rand,
      iterations: Math.min(epoch, total - iterations),
      deadline,
      now,
      startCost: seedCost,
      missCap,
    });
    iterations += run.iterations;
    if (run.bestCost < bestCost - 1e-9) {
      best = run.best;
      bestCost = run.bestCost;
    }
    if (run.iterations === 0) break;
  }
  const result = { best, iterations };

  const score = scoreDense(model, result.best, w);
  const violations = violationsDense(model, result.best);
  return {
    plan: denseToPlan(model, result.best),
    score,
    feasible: violations.length === 0,
    violations,
    problems,
    iterations: result.iterations,
    elapsedMs: now() - started,
  };
}

/**
 * Plans the room and the online half apart (see splitByPlace) and scores them as one session.
 * Each half gets a share of the budget by its number of people.
 */
function planParts(
  instance: RotationInstance,
  parts: readonly PlacePart[],
  options: PlanOptions,
  problems: readonly Problem[],
  started: number,
): PlanResult {
  const now = options.now ?? defaultNow;
  const total = instance.participants.length;
  const ms = options.ms ?? (options.iterations !== undefined ? undefined : DEFAULT_MS);
  const assignments: Record<string, PlanRow> = {};
  let iterations = 0;
  let people = 0;
  for (const part of parts) {
    const size = part.instance.participants.length;
    if (size === 0) continue;
    // The last half gets what the first left of the budget.
    const left = ms === undefined ? undefined : Math.max(1, started + ms - now());
    const share = total - people > 0 ? size / (total - people) : 1;
    people += size;
    const r = planWhole(
      part.instance,
      {
        ...options,
        locks: part.locks,
        ms: left === undefined ? undefined : left * share,
        iterations: options.iterations === undefined ? undefined : Math.ceil((options.iterations * size) / total),
      },
      [],
      now(),
      part.revisits,
    );
    Object.assign(assignments, r.plan.assignments);
    iterations += r.iterations;
  }
  const model = compile(instance, options.locks ?? []);
  const plan: RotationPlan = { assignments };
  const dense = planToDense(model, plan);
  const violations = violationsDense(model, dense);
  return {
    plan,
    score: scoreDense(model, dense, resolveWeights(options.weights)),
    feasible: violations.length === 0,
    violations,
    problems,
    iterations,
    elapsedMs: now() - started,
  };
}
