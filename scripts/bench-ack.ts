/**
 * What an acknowledged command costs: 1000 sequential idea cards from one host, each sent after
 * the previous ack, against a real server in its own process on a fresh data directory. The
 * same run measures a bare round trip on the same connection as the floor: a command the server
 * refuses at the door (zod), which stores nothing. (`ping` no longer serves: the server answers
 * only a few pings a second per connection, see server/socket/inbound-limits.ts.)
 *
 *   npm run bench:ack [-- --cards 1000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { io } from 'socket.io-client';
import type { CreateSessionResponse } from '../shared/protocol/api';
import type { ClientToServer, ServerToClient } from '../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../shared/protocol/version';
import { spawnServer } from './bench/proc';

const count = Number(process.argv[process.argv.indexOf('--cards') + 1] || 1000) || 1000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-bench-'));
// Sequential commands from one client go faster than a person types: lift the flood limit.
const server = await spawnServer('server/main.ts', {
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  COMMANDS_PER_SECOND: '100000',
});
const { url } = server;
process.on('exit', () => server.child.kill('SIGKILL'));

const links = (await (
  await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"template":"world-cafe-evening"}',
  })
).json()) as CreateSessionResponse;
const connect = (credential: object) =>
  io(url, { transports: ['websocket'], auth: { protocol: PROTOCOL_VERSION, credential } }) as ReturnType<typeof io> &
    import('socket.io-client').Socket<ServerToClient, ClientToServer>;
const facilitator = connect({
  kind: 'facilitator',
  token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
});
const host = connect({ kind: 'host', code: links.hosts[0]!.code });
await Promise.all([facilitator, host].map((s) => new Promise((resolve) => s.once('welcome', resolve))));
const started = await facilitator.emitWithAck('command', { id: nanoid(), type: 'phase.advance' });
if (!started.ok) throw new Error(started.error.message);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function measure(label: string, once: (i: number) => Promise<void>) {
  for (let i = 0; i < 50; i++) await once(-1 - i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    await once(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, n: count, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! };
}

const rows = [
  await measure('bare round trip (refused at the door, nothing stored)', async () => {
    const ack = await host.emitWithAck('command', { id: nanoid(), type: 'no.such.command' } as never);
    if (ack.ok) throw new Error('a command that does not exist was accepted');
  }),
  await measure('card.add, acknowledged after commit', async (i) => {
    const ack = await host.emitWithAck('command', {
      id: nanoid(),
      type: 'card.add',
      cardId: nanoid(),
      text: `Idee ${i}`,
      tags: [],
    });
    if (!ack.ok) throw new Error(ack.error.message);
  }),
];

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
console.log(`\nAck latency, ${count} sequential commands from one client — ${machine}`);
console.table(
  rows.map((r) => ({
    what: r.label,
    n: r.n,
    'p50 ms': r.p50.toFixed(2),
    'p99 ms': r.p99.toFixed(2),
    'max ms': r.max.toFixed(2),
  })),
);
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/ack.json', JSON.stringify({ machine, at: new Date().toISOString(), rows }, null, 2));

facilitator.close();
host.close();
await server.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
