/**
 * Soak: a bounded evening on loopback with 300 clients for 30 minutes (default), sampling the
 * server's memory every 10 s. Each second a few phones write and withdraw a card and a host
 * captures one. Cards come and go, dots are cast and withdrawn, rounds change and
 * phones reconnect, so the session's size stays about the same: the server's memory should too.
 *
 *   npm run soak [-- --minutes 30 --clients 300 --malloc glibc|arena2|jemalloc --label NAME]
 *
 * `--malloc` picks the server's allocator: glibc's default, glibc with MALLOC_ARENA_MAX=2, or
 * jemalloc (LD_PRELOAD of Debian's libjemalloc2). Each sample holds the RSS, its anonymous part
 * (/proc smaps_rollup) and the server's own heap, external and array-buffer figures, so a rise
 * can be placed: the JS heap, buffers, or native memory outside both.
 *
 * `--sessions-end` soaks something else: many small sessions that end and are left, and whether
 * the server's heap returns once their rooms are unloaded (scripts/soak/sessions-end.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { TestClient } from '../harness/client';
import { createSession, secretOf } from '../harness/server';
import { ServerProcess } from '../harness/server-process';

if (process.argv.includes('--sessions-end')) {
  const { soakSessionsEnd } = await import('./soak/sessions-end');
  await soakSessionsEnd();
  process.exit(0);
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const text = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
};
const minutes = arg('minutes', 30);
const total = arg('clients', 300);
const malloc = text('malloc', 'glibc');
const JEMALLOC = '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2';
const allocators: Record<string, NodeJS.ProcessEnv> = {
  glibc: {},
  arena2: { MALLOC_ARENA_MAX: '2' },
  jemalloc: { LD_PRELOAD: JEMALLOC },
};
const allocatorEnv = allocators[malloc];
if (allocatorEnv === undefined) throw new Error(`--malloc is one of ${Object.keys(allocators).join(', ')}`);
if (malloc === 'jemalloc' && !fs.existsSync(JEMALLOC))
  throw new Error(`${JEMALLOC} is missing: apt-get install libjemalloc2`);
const label = text('label', malloc);

const mb = (kb: string | undefined) => Number(kb ?? 0) / 1024;
/** Resident memory and its anonymous part (heap, stacks, malloc) in MB, as the kernel counts them. */
const residentOf = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  // The brk heap is glibc's main arena; other threads' arenas are anonymous mappings of their own.
  const brk = /\[heap\]\n(?:.*\n)*?Rss:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/smaps`, 'utf8'))?.[1];
  return {
    rssMb: mb(/VmRSS:\s+(\d+)/.exec(status)?.[1]),
    anonMb: mb(/Anonymous:\s+(\d+)/.exec(rollup)?.[1]),
    brkMb: mb(brk),
  };
};
const memoryFile = path.join(os.tmpdir(), `tafelronde-soak-${process.pid}.json`);
const ownView = () => {
  try {
    const m = JSON.parse(fs.readFileSync(memoryFile, 'utf8')) as NodeJS.MemoryUsage;
    return { heapUsedMb: m.heapUsed / 2 ** 20, heapTotalMb: m.heapTotal / 2 ** 20, externalMb: m.external / 2 ** 20 };
  } catch {
    return { heapUsedMb: Number.NaN, heapTotalMb: Number.NaN, externalMb: Number.NaN };
  }
};

const server = new ServerProcess({
  ...allocatorEnv,
  NODE_OPTIONS: `--import=${path.resolve('scripts/soak/memory-probe.mjs')}`,
  SOAK_MEMORY_FILE: memoryFile,
});
await server.start();
try {
  const links = await createSession(server.url);
  const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
  const phones = Array.from(
    { length: total - 1 - hosts.length },
    () => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
  );
  const clients = [facilitator, ...hosts, ...phones];
  await Promise.all(clients.map((c) => c.ready()));
  const tables = links.hosts.map((h) => h.tableId);
  await Promise.all(phones.map((p, i) => p.ok({ type: 'tables.pick', picks: [tables[i % 3]!, tables[(i + 1) % 3]!] })));
  await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });

  const pid = server.pid;
  type Sample = {
    minute: number;
    rssMb: number;
    anonMb: number;
    brkMb: number;
    heapUsedMb: number;
    heapTotalMb: number;
    externalMb: number;
    version: number;
  };
  const samples: Sample[] = [];
  const started = Date.now();
  const until = started + minutes * 60_000;
  let commands = 0;
  // A phone whose connection was just dropped may miss an ack: on a loaded machine its reconnect
  // can outlast the 10 s ack timeout. Counted, not fatal: the soak is about memory.
  let timedOut = 0;
  const tolerant = (send: () => Promise<unknown>) =>
    send().catch((error: unknown) => {
      if (!String(error).includes('timed out')) throw error;
      timedOut++;
    });
  let round = 1;
  let nextSample = started;
  while (Date.now() < until) {
    const tick = Date.now();
    // One second of evening: a few phones write a card and withdraw an older one, a host captures.
    const writers = Array.from({ length: 5 }, () => phones[Math.floor(Math.random() * phones.length)]!);
    await Promise.all(
      writers.map(async (p) => {
        const cardId = nanoid();
        await tolerant(async () => {
          await p.ok({ type: 'card.add', cardId, text: 'een idee tijdens de soak', tags: [] });
          await p.ok({ type: 'card.withdraw', cardId });
        });
        commands += 2;
      }),
    );
    const host = hosts[Math.floor(Math.random() * hosts.length)]!;
    const cardId = nanoid();
    await host.ok({ type: 'card.add', cardId, text: 'de host schrijft mee', tags: [] });
    await host.ok({ type: 'card.withdraw', cardId });
    commands += 2;
    if (Math.random() < 0.05) {
      round = 3 - round;
      await facilitator.ok({ type: 'phase.jump', phaseId: `round-${round}` });
      commands++;
    }
    if (Math.random() < 0.1) phones[Math.floor(Math.random() * phones.length)]!.socket.io.engine.close();
    // A steady pace, like a real evening (and light enough to share the machine).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, tick + 1000 - Date.now())));
    if (Date.now() >= nextSample) {
      samples.push({
        minute: (Date.now() - started) / 60_000,
        ...residentOf(pid),
        ...ownView(),
        version: facilitator.state!.version,
      });
      nextSample += 10_000;
    }
  }
  for (const c of clients) c.close();

  const warm = samples.filter((s) => s.minute >= Math.min(2, minutes / 3));
  const first = warm[0];
  const last = warm.at(-1);
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`;
  const f = (x: number) => x.toFixed(1).padStart(6);
  console.log(
    `soak ${label}: ${total} clients, ${minutes} min, ${commands} commands (${timedOut} timed out), malloc ${malloc} — ${machine}`,
  );
  for (const s of samples)
    console.log(
      `  ${s.minute.toFixed(1).padStart(5)} min  RSS ${f(s.rssMb)}  anon ${f(s.anonMb)}  brk ${f(s.brkMb)}  heap ${f(s.heapUsedMb)} of ${f(s.heapTotalMb)}  external ${f(s.externalMb)} MB  v${s.version}`,
    );
  if (first && last)
    console.log(
      `after warm-up: ${first.rssMb.toFixed(1)} MB → ${last.rssMb.toFixed(1)} MB (${(last.rssMb - first.rssMb).toFixed(1)} MB)`,
    );
  // RSS climbs between V8's major collections and drops at each: a saw-tooth. A leak shows as a
  // rising floor, so each 5-minute window's lowest and highest sample are what to compare.
  const windowMinutes = minutes >= 15 ? 5 : 2;
  const windows = new Map<number, Sample[]>();
  for (const s of warm) {
    const w = Math.floor(s.minute / windowMinutes);
    windows.set(w, [...(windows.get(w) ?? []), s]);
  }
  const low = (xs: Sample[], key: keyof Sample) => Math.min(...xs.map((s) => s[key])).toFixed(1);
  for (const [w, xs] of windows)
    console.log(
      `  minutes ${w * windowMinutes}–${(w + 1) * windowMinutes}: RSS low ${low(xs, 'rssMb')} high ${Math.max(...xs.map((s) => s.rssMb)).toFixed(1)}, anon low ${low(xs, 'anonMb')}, brk low ${low(xs, 'brkMb')}, heap low ${low(xs, 'heapUsedMb')} of ${low(xs, 'heapTotalMb')}, external low ${low(xs, 'externalMb')} MB`,
    );
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(
    `bench/results/soak${label === 'glibc' ? '' : `-${label}`}.json`,
    JSON.stringify({ machine, label, malloc, total, minutes, commands, samples }, null, 2),
  );
} finally {
  await server.cleanup();
  fs.rmSync(memoryFile, { force: true });
}
process.exit(0);
