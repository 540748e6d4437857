/**
 * Soak: a bounded evening on loopback with 300 clients for 30 minutes (default), sampling the
 * server's memory every 10 s. Each second a few phones write and withdraw a card and a host
 * captures one. Cards come and go, dots are cast and withdrawn, rounds change and
 * phones reconnect, so the session's size stays about the same: the server's memory should too.
 *
 *   npm run soak [-- --minutes 30 --clients 300]
 *
 * `--sessions-end` soaks something else: many small sessions that end and are left, and whether
 * the server's heap returns once their rooms are unloaded (scripts/soak/sessions-end.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
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
const minutes = arg('minutes', 30);
const total = arg('clients', 300);

const rssOf = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

const server = new ServerProcess();
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
  const samples: { minute: number; rssMb: number; version: number }[] = [];
  const started = Date.now();
  const until = started + minutes * 60_000;
  let commands = 0;
  let round = 1;
  let nextSample = started;
  while (Date.now() < until) {
    const tick = Date.now();
    // One second of evening: a few phones write a card and withdraw an older one, a host captures.
    const writers = Array.from({ length: 5 }, () => phones[Math.floor(Math.random() * phones.length)]!);
    await Promise.all(
      writers.map(async (p) => {
        const cardId = nanoid();
        await p.ok({ type: 'card.add', cardId, text: 'een idee tijdens de soak', tags: [] });
        await p.ok({ type: 'card.withdraw', cardId });
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
      samples.push({ minute: (Date.now() - started) / 60_000, rssMb: rssOf(pid), version: facilitator.state!.version });
      nextSample += 10_000;
    }
  }
  for (const c of clients) c.close();

  const warm = samples.filter((s) => s.minute >= Math.min(2, minutes / 3));
  const first = warm[0];
  const last = warm.at(-1);
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}`;
  console.log(`soak: ${total} clients, ${minutes} min, ${commands} commands — ${machine}`);
  for (const s of samples)
    console.log(`  ${s.minute.toFixed(1).padStart(5)} min  RSS ${s.rssMb.toFixed(1).padStart(6)} MB  v${s.version}`);
  if (first && last)
    console.log(
      `after warm-up: ${first.rssMb.toFixed(1)} MB → ${last.rssMb.toFixed(1)} MB (${(last.rssMb - first.rssMb).toFixed(1)} MB)`,
    );
  // RSS climbs between V8's major collections and drops at each: a saw-tooth. A leak shows as a
  // rising floor, so each 5-minute window's lowest and highest sample are what to compare.
  const windows = new Map<number, number[]>();
  for (const s of warm)
    windows.set(Math.floor(s.minute / 5), [...(windows.get(Math.floor(s.minute / 5)) ?? []), s.rssMb]);
  for (const [w, rss] of windows)
    console.log(
      `  minutes ${w * 5}–${w * 5 + 5}: RSS low ${Math.min(...rss).toFixed(1)} MB, high ${Math.max(...rss).toFixed(1)} MB`,
    );
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/soak.json', JSON.stringify({ machine, total, minutes, commands, samples }, null, 2));
} finally {
  await server.cleanup();
}
process.exit(0);
