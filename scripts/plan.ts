// npm run --silent plan -- <instance.json> [--ms 200 | --budget 200] [--seed N] [--iterations N]
// Writes the plan as JSON (the README's format) to stdout and its score terms to stderr.
import { readFileSync } from 'node:fs';
import { planRotation, RotationInputError, summarize } from '../shared/rotation/index';
import type { RotationInstance } from '../shared/rotation/index';

function flag(args: string[], ...names: string[]): number | undefined {
  for (const name of names) {
    const k = args.indexOf(name);
    if (k >= 0) {
      const v = Number(args[k + 1]);
      if (!Number.isFinite(v)) throw new Error(`${name} needs a number`);
      return v;
    }
  }
  return undefined;
}

function main(args: string[]): number {
  const file = args.find((a, k) => !a.startsWith('--') && (k === 0 || !args[k - 1]!.startsWith('--')));
  if (!file) {
    process.stderr.write('usage: npm run --silent plan -- <instance.json> [--ms 200] [--seed N] [--iterations N]\n');
    return 2;
  }
  // A bad flag, a missing file or broken JSON: one line that says so, not a stack trace.
  let ms: number | undefined;
  let seed: number | undefined;
  let iterations: number | undefined;
  try {
    ms = flag(args, '--ms', '--budget');
    seed = flag(args, '--seed');
    iterations = flag(args, '--iterations');
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  let instance: RotationInstance;
  try {
    instance = JSON.parse(readFileSync(file, 'utf8')) as RotationInstance;
  } catch (e) {
    process.stderr.write(`${file}: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const result = planRotation(instance, { ms, seed, iterations });
    const s = result.score;
    process.stdout.write(`${JSON.stringify(result.plan)}\n`);
    const terms = `J=${s.J} TR=${s.TR} CV=${s.CV} Miss=${s.Miss} RankSum=${s.RankSum} Rep=${s.Rep} Mix=${s.Mix} Bal=${+s.Bal.toFixed(3)}${
      instance.teams?.length || instance.tables.some((t) => t.online) ? ` Split=${s.Split} Place=${s.Place}` : ''
    }`;
    process.stderr.write(
      `${instance.name ?? file}: ${terms} PrefHit=${s.PrefHit.toFixed(4)} NewRate=${s.NewRate.toFixed(4)}\n`,
    );
    process.stderr.write(`${result.iterations} iterations in ${result.elapsedMs.toFixed(0)} ms\n`);
    for (const line of summarize(s)) process.stderr.write(`  ${line}\n`);
    if (!result.feasible) {
      process.stderr.write(`WARNING: the plan breaks ${result.violations.length} hard rule(s)\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof RotationInputError) {
      for (const p of e.problems) process.stderr.write(`${p.code}: ${p.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
