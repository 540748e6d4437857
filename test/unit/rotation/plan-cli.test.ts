import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { violations } from '../../../shared/rotation/index';
import type { RotationInstance, RotationPlan } from '../../../shared/rotation/index';

const root = join(__dirname, '../../..');
const run = promisify(execFile);

/** Runs `npm run plan` the way npm does (node with tsx), without npm's own start-up. */
async function plan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run plan', () => {
  it('writes only the plan as JSON to stdout and the score to stderr', async () => {
    const file = join(dir, 'small.json');
    const instance: RotationInstance = {
      rounds: 2,
      tables: [
        { id: 'a', capacityMin: 1, capacityMax: 3 },
        { id: 'b', capacityMin: 1, capacityMax: 3 },
      ],
      participants: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, picks: ['a'] })),
    };
    writeFileSync(file, JSON.stringify(instance));
    const { code, stdout, stderr } = await plan(file, '--iterations', '2000', '--seed', '3');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as RotationPlan;
    expect(Object.keys(result)).toEqual(['assignments']);
    expect(Object.keys(result.assignments).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(violations(instance, result)).toEqual([]);
    expect(stderr).toMatch(/J=\d+ TR=0 CV=0 Miss=\d+/);
  });

  it.each([
    [
      'a pick of a table that does not exist',
      'unknown-pick.json',
      JSON.stringify({
        rounds: 1,
        tables: [{ id: 'a', capacityMin: 0, capacityMax: 2 }],
        participants: [{ id: 'p1', picks: ['z'] }],
      }),
      /UNKNOWN_PICK/,
    ],
    ['a file that is not JSON', 'broken.json', '{ rounds: 1', /broken\.json: .*JSON/],
  ])('names the problem on stderr, writes nothing to stdout and exits with 2: %s', async (_, name, text, message) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const { code, stdout, stderr } = await plan(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
