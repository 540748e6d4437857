/**
 * Soak, `--sessions-end` mode: evening after evening, many small sessions run, end and are left;
 * the server's heap after a full collection is read before, while the sessions are live, and
 * after everyone has gone. Played twice in the same run on fresh servers: with rooms unloaded
 * after `--idle-seconds` (the lifecycle) and with rooms kept (ROOM_IDLE_MINUTES very large, how
 * the server behaved before), so the baseline comes from the same machine at the same moment.
 *
 *   npm run soak -- --sessions-end [--cycles 5 --sessions 8 --clients 20 --idle-seconds 3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import type { Health } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { createSession, secretOf } from '../../harness/server';
import { ServerProcess } from '../../harness/server-process';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const cycles = arg('cycles', 5);
const perCycle = arg('sessions', 8);
const clientsPerSession = arg('clients', 20);
const idleSeconds = arg('idle-seconds', 3);

type Heap = { heapUsed: number; rss: number; collected: boolean };
type Sample = { cycle: number; liveMb: number; afterMb: number; loadedAfter: number };
const mb = (bytes: number) => bytes / 1024 / 1024;

async function loadedRooms(url: string): Promise<number> {
  return ((await (await fetch(`${url}/api/health`)).json()) as Health).sessions;
}

/** One small evening: everyone joins, writes, the facilitator runs two rounds and ends it. */
async function evening(url: string): Promise<TestClient[]> {
  const links = await createSession(url);
  const facilitator = new TestClient(url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const hosts = links.hosts.map((h) => new TestClient(url, { kind: 'host', code: h.code }));
  const phones = Array.from(
    { length: Math.max(1, clientsPerSession - 1 - hosts.length) },
    () => new TestClient(url, { kind: 'participant', joinCode: links.joinCode }),
  );
  const clients = [facilitator, ...hosts, ...phones];
  await Promise.all(clients.map((c) => c.ready()));
  const tables = links.hosts.map((h) => h.tableId);
  await Promise.all(
    phones.map((p, i) =>
      p.ok({ type: 'tables.pick', picks: [tables[i % tables.length]!, tables[(i + 1) % tables.length]!] }),
    ),
  );
  for (const round of [1, 2]) {
    await facilitator.ok({ type: 'phase.jump', phaseId: `round-${round}` });
    await facilitator.ok({ type: 'timer.start', durationMs: 45 * 60_000 });
    await Promise.all(
      phones.map((p) => p.ok({ type: 'card.add', cardId: nanoid(), text: `een idee uit ronde ${round}`, tags: [] })),
    );
    await Promise.all(
      hosts.map((h) => h.ok({ type: 'card.add', cardId: nanoid(), text: 'de host schrijft mee', tags: [] })),
    );
  }
  await facilitator.ok({ type: 'session.end' });
  return clients;
}

/** Resolves once the server holds no room, asking its health every 250 ms (a script, not a test). */
async function allUnloaded(url: string, giveUpMs: number): Promise<void> {
  const until = Date.now() + giveUpMs;
  while ((await loadedRooms(url)) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
}

async function play(unload: boolean): Promise<{ baselineMb: number; samples: Sample[] }> {
  const server = new ServerProcess(
    {
      // Kept: a year in minutes, the server of before.
      ROOM_IDLE_MINUTES: String(unload ? idleSeconds / 60 : 525_600),
      SESSIONS_PER_HOUR: '100000',
    },
    { nodeArgs: ['--expose-gc', '--import', path.resolve('scripts/soak/heap-probe.ts')], ipc: true },
  );
  await server.start();
  try {
    // The code paths warm up with a first evening that is not counted.
    for (const c of await evening(server.url)) c.close();
    await allUnloaded(server.url, unload ? idleSeconds * 1000 + 10_000 : 0);
    const baseline = await server.ask<Heap>('heap');
    if (!baseline.collected) throw new Error('the heap probe ran without --expose-gc');
    const samples: Sample[] = [];
    for (let cycle = 1; cycle <= cycles; cycle++) {
      // One evening after the other: the load generator shares the cores with the server.
      const clients: TestClient[] = [];
      for (let i = 0; i < perCycle; i++) clients.push(...(await evening(server.url)));
      const live = await server.ask<Heap>('heap');
      for (const c of clients) c.close();
      // With rooms kept nothing is waited for but the same pause, so both runs last alike.
      if (unload) await allUnloaded(server.url, idleSeconds * 1000 + 30_000);
      else await new Promise((r) => setTimeout(r, idleSeconds * 1000 + 1000));
      const after = await server.ask<Heap>('heap');
      samples.push({
        cycle,
        liveMb: mb(live.heapUsed),
        afterMb: mb(after.heapUsed),
        loadedAfter: await loadedRooms(server.url),
      });
    }
    return { baselineMb: mb(baseline.heapUsed), samples };
  } finally {
    await server.cleanup();
  }
}

export async function soakSessionsEnd(): Promise<void> {
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`;
  const results = { unloaded: await play(true), kept: await play(false) };
  console.log(
    `soak --sessions-end: ${cycles} cycles × ${perCycle} sessions × ${clientsPerSession} clients, idle ${idleSeconds} s — ${machine}`,
  );
  for (const [name, r] of Object.entries(results)) {
    console.log(`rooms ${name}: heap after GC at start ${r.baselineMb.toFixed(1)} MB`);
    for (const s of r.samples)
      console.log(
        `  cycle ${s.cycle}: live ${s.liveMb.toFixed(1).padStart(6)} MB, after all left ${s.afterMb.toFixed(1).padStart(6)} MB, rooms in memory ${s.loadedAfter}`,
      );
    const last = r.samples.at(-1);
    if (last) console.log(`  after the last cycle: ${(last.afterMb - r.baselineMb).toFixed(1)} MB above the start`);
  }
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(
    'bench/results/soak-sessions-end.json',
    JSON.stringify({ machine, cycles, perCycle, clientsPerSession, idleSeconds, ...results }, null, 2),
  );
}
