import { type ChildProcess, spawn } from 'node:child_process';
import { stopChild } from '../../harness/cluster/services';
import fs from 'node:fs';
import os from 'node:os';

/** One clock for every process of the run (all on one machine): epoch milliseconds with sub-ms precision. */
export const now = (): number => performance.timeOrigin + performance.now();

export type Spawned = { url: string; pid: number; child: ChildProcess; stop(): Promise<void> };

/**
 * Starts a server script (`node --import tsx <script>`) in its own process and waits for the
 * "open http://…" line it prints. The process id is the server's own, so /proc reads are its figures.
 */
export async function spawnServer(script: string, env: Record<string, string>): Promise<Spawned> {
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each server process there (open it in Chrome's
  // DevTools): the way to see where a figure's time goes.
  const profile = process.env['BENCH_PROFILE'];
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
    if (errors.length > 20_000) errors = errors.slice(-10_000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${errors}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /(?:open|Local:)\s+(http:\/\/\S+)/.exec(chunk.toString());
      if (found?.[1] !== undefined) resolve(found[1]);
    });
  });
  return {
    url,
    pid: child.pid!,
    child,
    async stop() {
      await stopChild(child);
      if (errors.trim() !== '') console.error(`[${script} stderr]\n${errors.trim().slice(-2000)}`);
    },
  };
}

/** User + system CPU seconds a process has used so far (/proc/<pid>/stat, fields 14 and 15). */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after it start behind the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / CLOCK_TICKS;
}
/** Linux's USER_HZ; 100 on every common distribution. */
const CLOCK_TICKS = 100;

/** Peak and current resident memory in MB (/proc/<pid>/status VmHWM and VmRSS). */
export function memoryMb(pid: number): { peak: number; current: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { peak: kb('VmHWM') / 1024, current: kb('VmRSS') / 1024 };
}

export function machine(): { cores: number; cpu: string; memoryGiB: number; node: string; os: string } {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
  };
}

/**
 * Open loop at a steady rate: calls `send(k)` for k = 0 … count − 1 at `startAt + k / perSecond`,
 * whatever the answers do, as independent people would; resolves when the last one has left.
 */
export function paced(count: number, perSecond: number, startAt: number, send: (k: number) => void): Promise<void> {
  const interval = 1000 / perSecond;
  return new Promise<void>((resolve) => {
    let k = 0;
    const pump = () => {
      for (; k < count && now() >= startAt + k * interval; k++) send(k);
      if (k >= count) return resolve();
      setTimeout(pump, Math.max(0, startAt + k * interval - now()));
    };
    pump();
  });
}
