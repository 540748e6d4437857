/**
 * A load worker: one process holding a share of the phones (forked by the conductor, driven over
 * IPC, see messages.ts). Several workers spread the clients' own CPU cost over processes, as
 * separate phones would; the server runs in yet another process.
 */
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import { BenchClient } from './bench-client';
import type { Reply, Request, Tick } from './messages';
import { picksFor } from './messages';
import { now } from './proc';

const WAIT_MS = 300_000;

let clients: BenchClient[] = [];
let bare: { socket: Socket; ticks: Map<number, number> }[] = [];
let waiters: (() => boolean)[] = [];

function reply(message: Reply): void {
  process.send!(message);
}

/** Runs `fn` over all items with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Waits until `done` holds for every client that is still connected, or the deadline passes. */
async function everyone(done: (c: BenchClient) => boolean): Promise<number> {
  const deadline = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WAIT_MS).unref());
  await Promise.all(clients.map((c) => Promise.race([c.until(() => done(c)), deadline])));
  return clients.filter((c) => !done(c)).length;
}

function tally(errors: Record<string, number>, code: string): void {
  errors[code] = (errors[code] ?? 0) + 1;
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case 'connect': {
      const startedAt = now();
      if (request.joinCode === null) {
        await pool(
          Array.from({ length: request.count }, (_, i) => i),
          request.concurrency,
          async () => {
            const socket = io(request.url, { transports: ['websocket'], forceNew: true, reconnection: false });
            const ticks = new Map<number, number>();
            socket.on('tick', (tick: Tick) => {
              ticks.set(tick.seq, now() - tick.t0);
              waiters = waiters.filter((w) => !w());
            });
            bare.push({ socket, ticks });
            await new Promise<void>((resolve) => {
              socket.once('connect', () => resolve());
              socket.once('connect_error', () => resolve());
            });
          },
        );
        return reply({
          type: 'connect',
          startedAt,
          readyTimes: bare.map(() => now()),
          failed: bare.filter((b) => !b.socket.connected).length,
        });
      }
      const joinCode = request.joinCode;
      await pool(
        Array.from({ length: request.count }, (_, i) => i),
        request.concurrency,
        async (i) => {
          const client = new BenchClient(
            request.url,
            { kind: 'participant', joinCode },
            { probe: request.probe && i === 0 },
          );
          client.picks = picksFor(request.firstIndex + i, request.tableIds);
          if (request.session !== undefined) client.session = request.session;
          clients.push(client);
          await client.ready();
        },
      );
      return reply({
        type: 'connect',
        startedAt,
        readyTimes: clients.filter((c) => !Number.isNaN(c.readyAt)).map((c) => c.readyAt),
        failed: clients.filter((c) => Number.isNaN(c.readyAt)).length,
      });
    }
    case 'setup': {
      const errors: Record<string, number> = {};
      const latencies: number[] = [];
      await pool(clients, 25, async (c) => {
        const command = request.step === 'pick' ? { type: 'tables.pick', picks: c.picks } : { type: 'checkin' };
        const { ack, ms } = await c.send({ id: nanoid(), ...command }).catch(() => ({ ack: null, ms: Number.NaN }));
        if (ack?.ok === true) latencies.push(ms);
        else tally(errors, ack === null ? 'NO_ACK' : ack.error.code);
      });
      return reply({ type: 'setup', latencies, errors });
    }
    case 'phase': {
      const missing = await everyone((c) => c.phases.has(request.phaseId));
      const times = clients.map((c) => c.phases.get(request.phaseId)).filter((t) => t !== undefined);
      return reply({ type: 'phase', times, missing });
    }
    case 'cards': {
      const byTable = new Map<string, string[]>();
      const key = (session: string | undefined, tableId: string) => `${session ?? ''}/${tableId}`;
      for (const card of request.cards)
        byTable.set(key(card.session, card.tableId), [
          ...(byTable.get(key(card.session, card.tableId)) ?? []),
          card.id,
        ]);
      const mine = (c: BenchClient) => byTable.get(key(c.session, c.picks[request.round - 1] ?? '')) ?? [];
      const missing = await everyone((c) => mine(c).every((id) => c.cards.has(id)));
      const receipts: [string, number][] = [];
      for (const c of clients)
        for (const id of mine(c)) {
          const at = c.cards.get(id);
          if (at !== undefined) receipts.push([id, at]);
        }
      return reply({ type: 'cards', receipts, missing });
    }
    case 'load': {
      // Open loop: the k-th command leaves at startAt + k / rate, whatever the acks do, like phones would.
      const errors: Record<string, number> = {};
      const latencies: number[] = [];
      const sent = new Map<BenchClient, number>();
      const pending: Promise<void>[] = [];
      if (clients.length === 0) return reply({ type: 'load', latencies, errors });
      const interval = 1000 / request.perSecond;
      let k = 0;
      await new Promise<void>((resolve) => {
        const pump = () => {
          const due = Math.min(request.count, Math.floor((now() - request.startAt) / interval) + 1);
          for (; k < due; k++) {
            const c = clients[k % clients.length]!;
            const n = sent.get(c) ?? 0;
            sent.set(c, n + 1);
            const command =
              n === 0
                ? {
                    type: 'signup.add',
                    signupId: nanoid(),
                    groupId: request.groups[k % request.groups.length]!,
                    consent: false,
                  }
                : n <= 3 && request.highlights.length > 0
                  ? { type: 'vote.cast', cardId: request.highlights[(k + n) % request.highlights.length]! }
                  : { type: 'profile.set', name: `Deelnemer ${k}` };
            pending.push(
              c.send({ id: nanoid(), ...command }).then(
                ({ ack, ms }) => (ack.ok ? void latencies.push(ms) : tally(errors, ack.error.code)),
                () => tally(errors, 'NO_ACK'),
              ),
            );
          }
          if (k >= request.count) return resolve();
          setTimeout(pump, Math.max(0, request.startAt + k * interval - now()));
        };
        setTimeout(pump, Math.max(0, request.startAt - now()));
      });
      await Promise.all(pending);
      return reply({ type: 'load', latencies, errors });
    }
    case 'tick': {
      const deadline = now() + WAIT_MS;
      await new Promise<void>((resolve) => {
        const done = () => bare.every((b) => b.ticks.has(request.seq) || !b.socket.connected) || now() > deadline;
        if (done()) return resolve();
        const timer = setTimeout(() => resolve(), WAIT_MS);
        waiters.push(() => (done() ? (clearTimeout(timer), resolve(), true) : false));
      });
      const latencies = bare.map((b) => b.ticks.get(request.seq)).filter((t) => t !== undefined);
      return reply({ type: 'tick', latencies, missing: bare.length - latencies.length });
    }
    case 'report':
      return reply({
        type: 'report',
        clients: clients.length + bare.length,
        disconnects: clients.reduce((s, c) => s + c.disconnects, 0) + bare.filter((b) => !b.socket.connected).length,
        gaps: clients.reduce((s, c) => s + c.gaps, 0),
        bytes: clients.find((c) => c.bytes !== null)?.bytes ?? null,
      });
    case 'close':
      for (const c of clients) c.close();
      for (const b of bare) b.socket.close();
      clients = [];
      bare = [];
      reply({ type: 'close' });
      return process.disconnect();
  }
}

// Requests are handled one at a time, in order.
let chain = Promise.resolve();
process.on('message', (request: Request) => {
  chain = chain
    .then(() => handle(request))
    .catch((error: unknown) => {
      console.error(`bench worker: ${String(error)}`);
      process.exit(1);
    });
});
