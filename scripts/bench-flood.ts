/**
 * What one flooding phone does to everyone else: a host adds idea cards at a steady pace (one
 * every 150 ms, within the default allowance) while, phase by phase, a participant socket floods
 * the server with one message kind as fast as it can. When the server cuts the flooder off, the
 * script joins again as a new participant and goes on, as an attacker would. The quiet phase is
 * the baseline of the same run. A real server in its own process with its default limits.
 *
 *   npm run bench:flood [-- --cards 100]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { CreateSessionResponse } from '../shared/protocol/api';
import type { ClientToServer, ServerToClient } from '../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../shared/protocol/version';
import { memoryMb, spawnServer } from './bench/proc';

type Client = Socket<ServerToClient, ClientToServer>;
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]) || fallback;
};
const cards = arg('--cards', 100);
const PACE_MS = 150;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-flood-'));
// Each phase's flooder comes from its own address (X-Forwarded-For from a trusted loopback), so
// one phase's spent allowances do not blunt the next one.
const server = await spawnServer('server/main.ts', {
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  TRUST_PROXY: 'loopback',
});
const links = (await (
  await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"template":"world-cafe-evening"}',
  })
).json()) as CreateSessionResponse;
const connect = (credential: object, from?: string): Client =>
  io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION, credential },
    ...(from === undefined ? {} : { extraHeaders: { 'x-forwarded-for': from } }),
  }) as Client;
const welcomed = (s: Client) =>
  new Promise<void>((resolve, reject) => {
    s.once('welcome', () => resolve());
    s.once('connect_error', reject);
  });
const facilitator = connect({
  kind: 'facilitator',
  token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
});
const host = connect({ kind: 'host', code: links.hosts[0]!.code });
await Promise.all([welcomed(facilitator), welcomed(host)]);
for (let i = 0; i < 4; i++) await facilitator.emitWithAck('command', { id: nanoid(), type: 'phase.advance' }); // round 1

type Kind = 'quiet' | 'sync' | 'ping' | 'unknown name' | 'command';
const send: Record<Exclude<Kind, 'quiet'>, (s: Client) => void> = {
  sync: (s) => s.emit('sync', 0, () => undefined),
  ping: (s) => (s as unknown as { emit(e: string, v: number): void }).emit('ping', Date.now()),
  'unknown name': (s) => (s as unknown as { emit(e: string, v: string): void }).emit('junk', 'x'.repeat(64)),
  command: (s) =>
    s.emit('command', { id: nanoid(), type: 'card.add', cardId: nanoid(), text: 'spam', tags: [] }, () => undefined),
};

/** Floods until stopped; joins again as someone new each time it is cut off. */
function flood(kind: Exclude<Kind, 'quiet'>, from: string) {
  let stopped = false;
  let cutOffs = 0;
  let sent = 0;
  let refusedJoins = 0;
  let current: Client | null = null;
  const run = async () => {
    while (!stopped) {
      const s = connect({ kind: 'participant', joinCode: links.joinCode }, from);
      current = s;
      try {
        await welcomed(s);
      } catch {
        refusedJoins++;
        s.close();
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      await new Promise<void>((done) => {
        s.once('cut-off', () => cutOffs++);
        s.once('disconnect', () => done());
        const burst = () => {
          if (stopped || !s.connected) return;
          for (let i = 0; i < 200; i++) send[kind](s);
          sent += 200;
          setImmediate(burst);
        };
        burst();
      });
      s.close();
    }
  };
  const running = run();
  return {
    async stop() {
      stopped = true;
      current?.close();
      await running;
      return { cutOffs, sent, refusedJoins };
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function phase(kind: Kind, n: number) {
  const flooder = kind === 'quiet' ? null : flood(kind, `10.66.0.${n}`);
  const times: number[] = [];
  let lost = 0;
  for (let i = 0; i < cards; i++) {
    const t0 = performance.now();
    const ack = await host.emitWithAck('command', {
      id: nanoid(),
      type: 'card.add',
      cardId: nanoid(),
      text: `${kind} ${i}`,
      tags: [],
    });
    times.push(performance.now() - t0);
    if (!ack.ok) lost++;
    await new Promise((r) => setTimeout(r, PACE_MS));
  }
  const f = (await flooder?.stop()) ?? { cutOffs: 0, sent: 0, refusedJoins: 0 };
  times.sort((a, b) => a - b);
  return {
    flood: kind,
    'host acks': cards - lost,
    'p50 ms': percentile(times, 50).toFixed(1),
    'p99 ms': percentile(times, 99).toFixed(1),
    'max ms': times.at(-1)!.toFixed(1),
    'flood msgs': f.sent,
    'cut off': f.cutOffs,
    'joins refused': f.refusedJoins,
    'server RSS MB': memoryMb(server.pid).current,
  };
}

const rows = [];
for (const [n, kind] of (['quiet', 'sync', 'ping', 'unknown name', 'command'] as const).entries())
  rows.push(await phase(kind, n));
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`;
console.log(`\nHost card acks while one phone floods, ${cards} cards every ${PACE_MS} ms per phase — ${machine}`);
console.table(rows);
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/flood.json', JSON.stringify({ machine, at: new Date().toISOString(), rows }, null, 2));
facilitator.close();
host.close();
await server.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
