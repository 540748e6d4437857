import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

export type Service = { url: string; stop(): Promise<void> };

/**
 * A free TCP port on 127.0.0.1 for a program that cannot be told "port 0" and report back
 * (redis-server, PostgreSQL, nginx). The port is free when this returns; another process could
 * take it before the program binds it, which on a test machine is rare enough.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves when `child` prints `ready` on stdout or stderr; rejects when it exits first. */
export function waitForLine(child: ChildProcess, ready: RegExp, name: string): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited with ${code}: ${output.slice(-2000)}`));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ready.exec(output);
      if (found === null) return;
      child.off('exit', onExit);
      resolve(found[0]);
    };
    child.once('exit', onExit);
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

/** Stops a child process with SIGTERM (SIGKILL after 5 s) and waits until it is gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** A throwaway Redis on 127.0.0.1 in a temp directory: nothing saved to disk, gone when stopped. */
export async function startRedis(): Promise<Service> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throwaway PostgreSQL on 127.0.0.1 in a temp directory (harness/cluster/postgres.sh). */
export async function startPostgres(): Promise<Service> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-pg-'));
  // As root the server runs as `postgres`, which must be able to enter the directory.
  fs.chmodSync(dir, 0o755);
  const port = String(await freePort());
  const script = path.join(root, 'harness/cluster/postgres.sh');
  // From `dir`: as root the script runs PostgreSQL's tools as `postgres`, who may not enter ours.
  const { stdout } = await run('bash', [script, 'start', dir, port], { cwd: dir });
  return {
    url: stdout.trim().split('\n').at(-1) ?? '',
    async stop() {
      await run('bash', [script, 'stop', dir, port], { cwd: os.tmpdir() });
    },
  };
}
