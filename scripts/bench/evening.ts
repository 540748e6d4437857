import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { io } from 'socket.io-client';
import type { Table } from '../../shared/model/session';
import type { CreateSessionResponse, SessionLinks } from '../../shared/protocol/api';
import { worldCafeEvening } from '../../shared/templates/world-cafe-evening';
import { BenchClient, type ByteCounts } from './bench-client';
import { now, paced, spawnServer } from './proc';
import { startTarget } from './target';
import { Workers } from './workers';
import { type Summary, summarize } from './stats';

/** The load every run plays, whatever the shape of the room. */
export type LoadOptions = {
  /** The production build the server serves. */
  clientDir: string;
  workers: number;
  /** Idea cards per second from the hosts, and for how long (per table round). */
  cardsPerSecond: number;
  cardSeconds: number;
  /** Durable participant commands per second (sign-ups, dots, profile changes), and for how long. */
  commandsPerSecond: number;
  commandSeconds: number;
  log: (line: string) => void;
};

export type EveningOptions = LoadOptions & {
  participants: number;
  /** Server nodes: 1 is the single server on SQLite; more run behind nginx on PostgreSQL and Redis. */
  nodes: number;
  tables: number;
};

export type EveningResult = {
  participants: number;
  nodes: number;
  clients: number;
  join: { seconds: number; perSecond: number; failed: number };
  phaseChange: Summary & { changes: number; missing: number };
  bare: Summary & { bytes: number; missing: number };
  card: { perSecond: number; cards: number; completion: Summary; delivery: Summary; hostAck: Summary; missing: number };
  ack: Summary & { perSecond: number; errors: Record<string, number> };
  setupAcks: Summary & { errors: Record<string, number> };
  server: { cpuSeconds: number; cpuByStage: Record<string, number>; peakRssMb: number; rssAtEndMb: number };
  /** Wall seconds per stage, and the load workers' CPU seconds in it (all workers together). */
  wallByStage: Record<string, number>;
  workerCpuByStage: Record<string, number>;
  bytes: ByteCounts | null;
  disconnects: number;
  gaps: number;
};

/** How many of `total` the i-th of `parts` gets, so the shares add up exactly. */
export const share = (total: number, parts: number, i: number) =>
  Math.floor((total * (i + 1)) / parts) - Math.floor((total * i) / parts);
export const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
export const merge = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};

/** The reference evening's tables plus as many more as asked, with room for everyone. */
function benchTables(count: number, participants: number): Table[] {
  const base = worldCafeEvening('nl').tables;
  const capacity = Math.min(500, Math.max(40, Math.ceil((participants / count) * 2) + 10));
  const extra = Array.from({ length: Math.max(0, count - base.length) }, (_, i) => ({
    id: `tafel-${i + base.length + 1}`,
    title: `Tafel ${i + base.length + 1}`,
    keyQuestion: 'Wat heeft de wijk nodig?',
    prompts: ['Wie doet wat?', 'Waar kunnen we samenkomen?'],
    capacity,
    host: '',
  }));
  return [...base.slice(0, count).map((t) => ({ ...t, capacity })), ...extra];
}

/**
 * One run of the reference evening at scale against the real server in its own process, then the
 * bare Socket.IO floor with the same number of clients. Staff (facilitator, screen, hosts) live in
 * this process; the phones live in the workers.
 */
export async function runEvening(options: EveningOptions): Promise<EveningResult> {
  const { log } = options;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-bench-'));
  const server = await startTarget({ nodes: options.nodes, dataDir, clientDir: options.clientDir });
  const workers = new Workers(options.workers);
  const cpuByStage: Record<string, number> = {};
  const wallByStage: Record<string, number> = {};
  const workerCpuByStage: Record<string, number> = {};
  let last = { cpu: server.cpuSeconds(), wall: now(), workers: workers.cpuSeconds() };
  // Where the time goes: server CPU, wall time and load-generator CPU per stage of the evening.
  const stage = (name: string) => {
    const next = { cpu: server.cpuSeconds(), wall: now(), workers: workers.cpuSeconds() };
    cpuByStage[name] = (cpuByStage[name] ?? 0) + next.cpu - last.cpu;
    wallByStage[name] = (wallByStage[name] ?? 0) + (next.wall - last.wall) / 1000;
    workerCpuByStage[name] = (workerCpuByStage[name] ?? 0) + next.workers - last.workers;
    last = next;
  };
  const staff: BenchClient[] = [];
  try {
    // The session: the reference evening with 40 tables; new tables get host codes on their own.
    const created = (await (
      await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"template":"world-cafe-evening"}',
      })
    ).json()) as CreateSessionResponse;
    const token = secretOf(created.facilitator);
    const facilitator = new BenchClient(server.url, { kind: 'facilitator', token });
    staff.push(facilitator);
    if (!(await facilitator.ready())) throw new Error('the facilitator could not connect');
    const must = async (command: Record<string, unknown>, from = facilitator) => {
      const { ack, ms } = await from.send({ id: nanoid(), ...command });
      if (!ack.ok) throw new Error(`${String(command['type'])} refused: ${ack.error.code} ${ack.error.message}`);
      return ms;
    };
    const tables = benchTables(options.tables, options.participants);
    await must({ type: 'tables.set', tables });
    const links = (await (
      await fetch(`${server.url}/api/sessions/${created.sessionId}/links`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as SessionLinks;
    const screen = new BenchClient(server.url, { kind: 'screen', token: secretOf(links.screen) });
    const hosts = links.hosts.map((h) => {
      const host = new BenchClient(server.url, { kind: 'host', code: h.code });
      host.picks = [h.tableId];
      return host;
    });
    staff.push(screen, ...hosts);
    if (!(await Promise.all(staff.map((c) => c.ready()))).every(Boolean)) throw new Error('staff could not connect');
    const tableIds = tables.map((t) => t.id);
    const hostOf = new Map(hosts.map((h) => [h.picks[0]!, h]));
    stage('setup');

    // Everyone joins at once (each worker keeps 25 handshakes in flight).
    log(`  ${options.participants} participants joining`);
    const joined = await workers.all((i) => ({
      type: 'connect',
      url: server.url,
      count: share(options.participants, workers.size, i),
      joinCode: created.joinCode,
      firstIndex: Array.from({ length: i }, (_, j) => share(options.participants, workers.size, j)).reduce(
        (a, b) => a + b,
        0,
      ),
      tableIds,
      probe: i === 0,
      concurrency: 25,
    }));
    const joinStart = Math.min(...joined.map((j) => j.startedAt));
    const joinEnd = Math.max(...joined.flatMap((j) => j.readyTimes));
    const joinSeconds = (joinEnd - joinStart) / 1000;
    const failed = joined.reduce((s, j) => s + j.failed, 0);
    log(`  joined in ${joinSeconds.toFixed(1)} s, ${failed} could not join or dropped`);
    stage('join');

    const setupLatencies: number[] = [];
    const setupErrors: Record<string, number> = {};
    const setup = async (step: 'pick' | 'checkin') => {
      for (const r of await workers.all(() => ({ type: 'setup', step }))) {
        setupLatencies.push(...r.latencies);
        merge(setupErrors, r.errors);
      }
    };
    await setup('pick');
    stage('pick');

    // Phase changes: from just before the facilitator sends "next" until every client has the phase.
    const phaseLatencies: number[] = [];
    let phaseMissing = 0;
    let current: string | null = null;
    const agenda = worldCafeEvening('nl').agenda.map((p) => p.id);
    const advance = async () => {
      const next = agenda[current === null ? 0 : agenda.indexOf(current) + 1]!;
      const t0 = now();
      await must({ type: 'phase.advance', expectedPhaseId: current });
      const [fromWorkers, fromStaff] = await Promise.all([
        workers.all(() => ({ type: 'phase', phaseId: next })),
        Promise.all(staff.map((c) => c.until(() => c.phases.has(next)))),
      ]);
      const times = [
        ...fromWorkers.flatMap((r) => r.times),
        ...staff.map((c) => c.phases.get(next)).filter((t) => t !== undefined),
      ];
      phaseMissing += fromWorkers.reduce((s, r) => s + r.missing, 0) + fromStaff.filter((ok) => !ok).length;
      phaseLatencies.push(...times.map((t) => t - t0));
      current = next;
      log(`  phase ${next}: p99 ${summarize(times.map((t) => t - t0)).p99.toFixed(1)} ms`);
      stage('phases');
    };

    // Idea cards from the hosts at a steady rate, each table in turn (open loop).
    const cardT0 = new Map<string, number>();
    const completion: number[] = [];
    const delivery: number[] = [];
    const hostAcks: number[] = [];
    let cardMissing = 0;
    const cardsOfRound = new Map<number, { id: string; tableId: string }[]>();
    const cards = async (round: number) => {
      const count = Math.round(options.cardsPerSecond * options.cardSeconds);
      const sent: { id: string; tableId: string }[] = [];
      const acks: Promise<void>[] = [];
      await paced(count, options.cardsPerSecond, now() + 50, (k) => {
        const tableId = tableIds[k % tableIds.length]!;
        const id = nanoid();
        sent.push({ id, tableId });
        cardT0.set(id, now());
        acks.push(
          must(
            {
              type: 'card.add',
              cardId: id,
              text: `Idee ${k} uit ronde ${round}: een buurthuis met een open keuken`,
              tags: ['ronde'],
            },
            hostOf.get(tableId),
          ).then((ms) => void hostAcks.push(ms)),
        );
      });
      await Promise.all(acks);
      cardsOfRound.set(round, sent);
      const fromWorkers = await workers.all(() => ({ type: 'cards', round, cards: sent }));
      const seenBy = (c: BenchClient, id: string) => c.cards.get(id);
      await Promise.all([facilitator, screen].map((c) => c.until(() => sent.every((s) => c.cards.has(s.id)))));
      const last = new Map<string, number>();
      const note = (id: string, at: number | undefined) => {
        if (at === undefined) return void cardMissing++;
        delivery.push(at - cardT0.get(id)!);
        last.set(id, Math.max(last.get(id) ?? 0, at));
      };
      for (const r of fromWorkers) {
        cardMissing += r.missing;
        for (const [id, at] of r.receipts) note(id, at);
      }
      for (const s of sent) {
        note(s.id, seenBy(facilitator, s.id));
        note(s.id, seenBy(screen, s.id));
      }
      for (const s of sent) completion.push(last.get(s.id)! - cardT0.get(s.id)!);
      log(`  round ${round}: ${count} cards, completion p99 ${summarize(completion.slice(-count)).p99.toFixed(1)} ms`);
      stage('cards');
    };

    await advance(); // walk-in
    await setup('checkin');
    stage('checkin');
    await advance(); // plenary
    await advance(); // break
    await advance(); // round 1
    await cards(1);
    await advance(); // round 2
    await cards(2);
    await advance(); // break

    // Each host marks two of its round-1 cards as highlights; voting opens on them.
    const highlights: string[] = [];
    await Promise.all(
      hosts.map(async (host) => {
        for (const card of (cardsOfRound.get(1) ?? []).filter((c) => c.tableId === host.picks[0]).slice(0, 2)) {
          await must({ type: 'card.highlight', cardId: card.id, on: true }, host);
          highlights.push(card.id);
        }
      }),
    );
    stage('highlights');
    await advance(); // wrap-up
    await must({ type: 'voting.open', dots: 3 });

    // Durable commands at a steady rate: sign-ups, dots and profile changes from the phones.
    log(`  ${options.commandsPerSecond} commands/s for ${options.commandSeconds} s`);
    const total = Math.round(options.commandsPerSecond * options.commandSeconds);
    const startAt = now() + 200;
    const loads = await workers.all((i) => ({
      type: 'load',
      startAt,
      perSecond: options.commandsPerSecond / workers.size,
      count: share(total, workers.size, i),
      highlights,
      groups: worldCafeEvening('nl').workingGroups.map((g) => g.id),
    }));
    const ackErrors: Record<string, number> = {};
    for (const l of loads) merge(ackErrors, l.errors);
    stage('commands');
    await must({ type: 'voting.close' });
    await advance(); // drinks

    const reports = await workers.all(() => ({ type: 'report' }));
    stage('end');
    const memory = server.memoryMb();
    const cpuTotal = server.cpuSeconds();
    const disconnects = reports.reduce((s, r) => s + r.disconnects, 0) + staff.reduce((s, c) => s + c.disconnects, 0);
    const gaps = reports.reduce((s, r) => s + r.gaps, 0) + staff.reduce((s, c) => s + c.gaps, 0);
    const bytes = reports.find((r) => r.bytes !== null)?.bytes ?? null;
    for (const c of staff) c.close();
    await workers.close();
    await server.stop();

    // The floor: the same number of connections on a bare Socket.IO server, a payload the size of
    // the phase-change frame a phone received, broadcast 20 times.
    const phaseFrame =
      bytes !== null && bytes.phase.frames > 0 ? Math.round(bytes.phase.bytes / bytes.phase.frames) : 200;
    const clients = options.participants + staff.length;
    const bare = await runBare(clients, options.workers, phaseFrame, 20, log);

    return {
      participants: options.participants,
      nodes: options.nodes,
      clients,
      join: { seconds: joinSeconds, perSecond: (options.participants - failed) / joinSeconds, failed },
      phaseChange: { ...summarize(phaseLatencies), changes: agenda.length, missing: phaseMissing },
      bare: { ...bare.summary, bytes: phaseFrame, missing: bare.missing },
      card: {
        perSecond: options.cardsPerSecond,
        cards: completion.length,
        completion: summarize(completion),
        delivery: summarize(delivery),
        hostAck: summarize(hostAcks),
        missing: cardMissing,
      },
      ack: { ...summarize(loads.flatMap((l) => l.latencies)), perSecond: options.commandsPerSecond, errors: ackErrors },
      setupAcks: { ...summarize(setupLatencies), errors: setupErrors },
      server: { cpuSeconds: cpuTotal, cpuByStage, peakRssMb: memory.peak, rssAtEndMb: memory.current },
      wallByStage,
      workerCpuByStage,
      bytes,
      disconnects,
      gaps,
    };
  } finally {
    for (const c of staff) c.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runBare(
  clients: number,
  workerCount: number,
  bytes: number,
  ticks: number,
  log: (line: string) => void,
) {
  const bare = await spawnServer('scripts/bench/bare-server.ts', { PORT: '0', HOST: '127.0.0.1' });
  const workers = new Workers(workerCount);
  try {
    await workers.all((i) => ({
      type: 'connect',
      url: bare.url,
      count: share(clients, workerCount, i),
      joinCode: null,
      firstIndex: 0,
      tableIds: [],
      probe: false,
      concurrency: 25,
    }));
    const driver = io(bare.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise((resolve) => driver.once('connect', () => resolve(undefined)));
    const latencies: number[] = [];
    let missing = 0;
    // The app's server is warm when its phases change (JIT, buffers); five unmeasured ticks warm the bare one too.
    const warmUp = 5;
    for (let seq = 1; seq <= warmUp + ticks; seq++) {
      const waiting = workers.all(() => ({ type: 'tick', seq }));
      driver.emit('go', { seq, t0: now(), bytes });
      for (const r of await waiting) {
        if (seq <= warmUp) continue;
        latencies.push(...r.latencies);
        missing += r.missing;
      }
    }
    driver.close();
    const summary = summarize(latencies);
    log(`  bare broadcast of ${bytes} B to ${clients}: p99 ${summary.p99.toFixed(1)} ms`);
    return { summary, missing };
  } finally {
    await workers.close();
    await bare.stop();
  }
}
