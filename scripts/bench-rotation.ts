// npm run bench:rotation [-- --ms 200 --seed 1 --dir bench/rotation]
// Plans B1…B8 with the README's budget and prints each score next to its target and bound;
// writes bench/results/rotation.json. One process, one thread: the planner uses one core.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRotation } from '../shared/rotation/index';
import type { RotationInstance, Score } from '../shared/rotation/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The README's table: what each instance must reach at 200 ms, and the known bound.
const TARGETS: Record<string, { target: string; bound: string; met: (s: Score) => boolean }> = {
  B1: {
    target: 'Miss 0, Rep 6, Mix 0',
    bound: 'Rep ≥ 6; optimum J = 84',
    met: (s) => s.Miss === 0 && s.Rep <= 6 && s.Mix === 0,
  },
  B2: { target: 'Rep 0', bound: 'Rep 0 exists', met: (s) => s.Rep === 0 },
  B3: { target: 'Rep 0', bound: 'Rep 0 exists', met: (s) => s.Rep === 0 },
  B4: { target: 'Rep 12', bound: 'Rep ≥ 12', met: (s) => s.Rep <= 12 },
  B5: {
    target: 'PrefHit ≥ 0.986, Rep ≤ 6, Mix ≤ 40',
    bound: 'PrefHit ≤ 1.0',
    met: (s) => s.PrefHit >= 0.986 && s.Rep <= 6 && s.Mix <= 40,
  },
  B6: {
    target: 'PrefHit ≥ 0.911, Rep ≤ 6, Mix ≤ 85',
    bound: 'PrefHit ≤ 0.9117',
    met: (s) => s.PrefHit >= 0.911 && s.Rep <= 6 && s.Mix <= 85,
  },
  B7: {
    target: 'PrefHit ≥ 0.859, Rep ≤ 450, Mix ≤ 390',
    bound: 'PrefHit ≤ 0.8598',
    met: (s) => s.PrefHit >= 0.859 && s.Rep <= 450 && s.Mix <= 390,
  },
  B8: { target: 'Rep ≤ 25', bound: 'Rep 0 reachable', met: (s) => s.Rep <= 25 },
};

function flag(args: string[], name: string, fallback: string): string {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] !== undefined ? args[k + 1]! : fallback;
}

const args = process.argv.slice(2);
const ms = Number(flag(args, '--ms', '200'));
const seed = Number(flag(args, '--seed', '1'));
const dir = resolve(root, flag(args, '--dir', 'bench/rotation'));
const names = Object.keys(TARGETS);
const instances = names.map((name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as RotationInstance);

// Warm the JIT once per instance, so the timed runs measure the planner and not V8 compiling it
// (a server plans many times in one warm process). A fixed number of moves rather than a time
// budget: on a busy machine 20 ms may not even get through the seed, leaving the search cold.
for (const instance of instances) planRotation(instance, { iterations: 20_000, seed });

const rows = instances.map((instance, k) => {
  const name = names[k]!;
  const r = planRotation(instance, { ms, seed });
  const s = r.score;
  const t = TARGETS[name]!;
  return {
    instance: name,
    people: instance.participants.length,
    J: s.J,
    TR: s.TR,
    CV: s.CV,
    Miss: s.Miss,
    RankSum: s.RankSum,
    Rep: s.Rep,
    Mix: s.Mix,
    Bal: +s.Bal.toFixed(3),
    PrefHit: +s.PrefHit.toFixed(4),
    NewRate: +s.NewRate.toFixed(4),
    target: t.target,
    met: t.met(s) && s.TR === 0 && s.CV === 0,
    bound: t.bound,
    ms: +r.elapsedMs.toFixed(1),
    iterations: r.iterations,
  };
});

const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  budgetMs: ms,
  seed,
};
console.log(
  `rotation bench: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, budget ${ms} ms, seed ${seed}`,
);
console.table(
  rows.map((r) => ({
    instance: r.instance,
    n: r.people,
    J: +r.J.toFixed(1),
    'TR+CV': r.TR + r.CV,
    Miss: r.Miss,
    Rank: r.RankSum,
    Rep: r.Rep,
    Mix: r.Mix,
    Bal: r.Bal,
    PrefHit: r.PrefHit,
    target: r.target,
    met: r.met ? 'yes' : 'NO',
    bound: r.bound,
    ms: r.ms,
  })),
);
const out = join(root, 'bench/results/rotation.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), machine, rows }, null, 2)}\n`);
console.log(`wrote ${out}`);
