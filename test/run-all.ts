/**
 * `npm test`: every test in the repo, in the order they depend on each other.
 *
 *   0. typecheck, lint     — `tsc --noEmit` and `biome ci` (format + lint); each counts as one
 *                            check, passed or failed, so a type or lint error fails CI
 *   1. vite build          — the e2e tests serve the built client (dist/client)
 *   2. vitest run          — unit and integration tests
 *   3. playwright test     — end-to-end in a real Chromium
 *   4. vitest (cluster)    — several nodes on PostgreSQL and Redis behind nginx; only when
 *                            TAFELRONDE_CLUSTER_TESTS=1 (.ci/run sets it after starting those),
 *                            so a plain `npm test` needs none of them
 *
 * Each runner's output streams through; each writes a JSON report that we read afterwards. The
 * LAST line printed is always exactly `N passed, N failed`, summed over every runner. A step that
 * crashed, exited non-zero without a failing test, or left no report counts as at least one
 * failure, so CI can never be green by accident. Exit code 1 when anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Tally = { passed: number; failed: number };

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  console.log(`\n$ ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal === null ? 1 : 128)));
  });
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Vitest's JSON reporter (Jest's format). A file that failed to load has no failing test but a failed status. */
function tallyVitest(report: unknown): Tally | null {
  if (typeof report !== 'object' || report === null) return null;
  const r = report as { numPassedTests?: unknown; numFailedTests?: unknown; testResults?: unknown };
  let failed = num(r.numFailedTests);
  if (Array.isArray(r.testResults)) {
    for (const file of r.testResults as { status?: unknown; assertionResults?: { status?: unknown }[] }[]) {
      const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
      if (file.status === 'failed' && failedTests === 0) failed += 1;
    }
  }
  return { passed: num(r.numPassedTests), failed };
}

/** Playwright's JSON reporter: `stats` per outcome; top-level `errors` are failures outside any test. */
function tallyPlaywright(report: unknown): Tally | null {
  if (typeof report !== 'object' || report === null) return null;
  const r = report as { stats?: { expected?: unknown; unexpected?: unknown; flaky?: unknown }; errors?: unknown };
  if (r.stats === undefined) return null;
  const errors = Array.isArray(r.errors) ? r.errors.length : 0;
  return { passed: num(r.stats.expected) + num(r.stats.flaky), failed: num(r.stats.unexpected) + errors };
}

/** A runner's tally, made honest: a non-zero exit or a missing report is at least one failure. */
function settle(name: string, exitCode: number, tally: Tally | null): Tally {
  if (tally === null) {
    console.error(`${name}: no report (exit code ${exitCode}); counted as 1 failed`);
    return { passed: 0, failed: 1 };
  }
  if (exitCode !== 0 && tally.failed === 0) {
    console.error(`${name}: exit code ${exitCode} without a failing test; counted as 1 failed`);
    return { ...tally, failed: 1 };
  }
  return tally;
}

async function main(): Promise<number> {
  const reports = await mkdtemp(join(tmpdir(), 'tafelronde-reports-'));
  const total: Tally = { passed: 0, failed: 0 };
  const add = (t: Tally) => {
    total.passed += t.passed;
    total.failed += t.failed;
  };

  try {
    for (const [name, command, args] of [
      ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
      ['lint', bin('biome'), ['ci', '--colors=off', '.']],
    ] as const) {
      const code = await run(command, [...args]);
      if (code !== 0) console.error(`${name} failed (exit code ${code}); counted as 1 failed`);
      add(code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
    }

    const buildCode = await run(bin('vite'), ['build']);
    if (buildCode !== 0) {
      console.error(`vite build failed (exit code ${buildCode}); counted as 1 failed`);
      total.failed += 1;
    }

    const vitestJson = join(reports, 'vitest.json');
    const vitestCode = await run(bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJson}`,
    ]);
    add(settle('vitest', vitestCode, tallyVitest(await readJson(vitestJson))));

    if (buildCode === 0 && existsSync(join(root, 'dist', 'client', 'index.html'))) {
      const playwrightJson = join(reports, 'playwright.json');
      const playwrightCode = await run(bin('playwright'), ['test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
      });
      add(settle('playwright', playwrightCode, tallyPlaywright(await readJson(playwrightJson))));
    } else {
      console.error('playwright: skipped because the client did not build; counted as 1 failed');
      total.failed += 1;
    }

    if (process.env['TAFELRONDE_CLUSTER_TESTS'] === '1') {
      const clusterJson = join(reports, 'cluster.json');
      const clusterCode = await run(bin('vitest'), [
        'run',
        '--config',
        'vitest.cluster.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${clusterJson}`,
      ]);
      add(settle('vitest (cluster)', clusterCode, tallyVitest(await readJson(clusterJson))));
    } else {
      console.log(
        '\ncluster tests: skipped (TAFELRONDE_CLUSTER_TESTS is not 1; `npm run test:cluster` runs them with PostgreSQL, Redis and nginx)',
      );
    }
  } catch (error) {
    console.error(`run-all crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    total.failed += 1;
  } finally {
    await rm(reports, { recursive: true, force: true });
  }

  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
