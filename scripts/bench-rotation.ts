// npm run bench:rotation [-- --ms 200 --seed 1 --dir bench/rotation] [--warm-only]
// Plans B1…B12 with the README's budget and prints each score next to its target and bound, warm
// (after a JIT warm-up in this process, as a long-running planner would) and cold (each instance
// planned once in a fresh Node process, as the cockpit's first plan of the evening), plus B10
// without its teams for comparison; writes bench/results/rotation.json. One thread per process:
// the planner uses one core.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRotation } from '../shared/rotation/index';
import type { RotationInstance, Score } from '../shared/rotation/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The README's table: what each instance must reach at 200 ms, and the known bound.
// Every target also needs TR = CV = Split = Place = 0, except where `hard` says otherwise.
const TARGETS: Record<
  string,
  { target: string; bound: string; met: (s: Score) => boolean; hard?: (s: Score) => boolean }
> = {
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
  B9: { target: 'Split 0, TR 0, Rep 0', bound: 'Rep 0 (experts)', met: (s) => s.Split === 0 && s.Rep === 0 },
  B10: {
    target: 'Split 0, PrefHit ≥ 0.95, Rep ≤ 30',
    bound: 'no teams: PrefHit 0.9778, Rep 24',
    met: (s) => s.PrefHit >= 0.95 && s.Rep <= 30,
  },
  B11: {
    target: 'Place 0, CV 0, TR 16, Rep ≤ 140',
    bound: 'TR ≥ 16; Rep ≥ 130 at TR 16',
    met: (s) => s.Place === 0 && s.Rep <= 140,
    hard: (s) => s.TR <= 16 && s.CV === 0 && s.Split === 0 && s.Place === 0,
  },
  B12: { target: 'Rep ≤ 70', bound: 'Rep ≥ 36', met: (s) => s.Rep <= 70 },
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
const load = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as RotationInstance;

// `--cold NAME`: this is a fresh child process; plan NAME once, without warm-up, print the score.
const coldName = flag(args, '--cold', '');
if (coldName !== '') {
  const r = planRotation(load(coldName), { ms, seed });
  process.stdout.write(`${JSON.stringify({ score: r.score, ms: r.elapsedMs })}\n`);
  process.exit(0);
}

const instances = names.map(load);
const hardOk = (name: string, s: Score) =>
  TARGETS[name]!.hard?.(s) ?? (s.TR === 0 && s.CV === 0 && s.Split === 0 && s.Place === 0);

// Warm the JIT once per instance, so the timed runs measure the planner and not V8 compiling it
// (a server plans many times in one warm process). A fixed number of moves rather than a time
// budget: on a busy machine 20 ms may not even get through the seed, leaving the search cold.
for (const instance of instances) planRotation(instance, { iterations: 20_000, seed });

function row(
  name: string,
  people: number,
  s: Score,
  elapsedMs: number,
  iterations: number,
  cold?: { score: Score; ms: number },
) {
  const t = TARGETS[name];
  return {
    instance: name,
    people,
    J: s.J,
    TR: s.TR,
    CV: s.CV,
    Split: s.Split,
    Place: s.Place,
    Miss: s.Miss,
    RankSum: s.RankSum,
    Rep: s.Rep,
    Mix: s.Mix,
    Bal: +s.Bal.toFixed(3),
    PrefHit: +s.PrefHit.toFixed(4),
    NewRate: +s.NewRate.toFixed(4),
    target: t?.target ?? '(comparison)',
    met: t ? t.met(s) && hardOk(name, s) : null,
    bound: t?.bound ?? '',
    ms: +elapsedMs.toFixed(1),
    iterations,
    cold: cold
      ? {
          met: t ? t.met(cold.score) && hardOk(name, cold.score) : null,
          ms: +cold.ms.toFixed(1),
          J: cold.score.J,
          Rep: cold.score.Rep,
          PrefHit: +cold.score.PrefHit.toFixed(4),
        }
      : null,
  };
}

const warm = instances.map((instance, k) => {
  const r = planRotation(instance, { ms, seed });
  return { name: names[k]!, people: instance.participants.length, r };
});
// B10 without its teams: what keeping colleagues together costs.
const b10 = instances[names.indexOf('B10')]!;
const b10Free = planRotation({ ...b10, name: 'B10-no-teams', teams: [] }, { ms, seed });

const warmOnly = args.includes('--warm-only');
const coldOf = (name: string): { score: Score; ms: number } | undefined => {
  if (warmOnly) return undefined;
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--cold',
      name,
      '--ms',
      String(ms),
      '--seed',
      String(seed),
      '--dir',
      dir,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as { score: Score; ms: number };
};
const rows = [
  ...warm.map(({ name, people, r }) => row(name, people, r.score, r.elapsedMs, r.iterations, coldOf(name))),
  row('B10-no-teams', b10.participants.length, b10Free.score, b10Free.elapsedMs, b10Free.iterations),
];

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
    'Split+Place': r.Split + r.Place,
    Miss: r.Miss,
    Rep: r.Rep,
    Mix: r.Mix,
    PrefHit: r.PrefHit,
    target: r.target,
    met: r.met === null ? '' : r.met ? 'yes' : 'NO',
    ms: r.ms,
    'cold met': r.cold === null ? '' : r.cold.met ? 'yes' : 'NO',
    'cold ms': r.cold?.ms ?? '',
    'cold Rep': r.cold?.Rep ?? '',
    'cold PrefHit': r.cold?.PrefHit ?? '',
  })),
);
const out = join(root, 'bench/results/rotation.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), machine, rows }, null, 2)}\n`);
console.log(`wrote ${out}`);
