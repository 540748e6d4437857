import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import type { CreateSessionResponse, SessionLinks } from '../../shared/protocol/api';
import { worldCafeEvening } from '../../shared/templates/world-cafe-evening';
import { BenchClient } from './bench-client';
import { type LoadOptions, merge, secretOf, share } from './evening';
import { cpuSeconds, memoryMb, now, paced, spawnServer } from './proc';
import { type Summary, summarize } from './stats';
import { Workers } from './workers';

export type SessionsOptions = LoadOptions & {
  sessions: number;
  participantsPerSession: number;
};

export type SessionsResult = {
  sessions: number;
  participantsPerSession: number;
  clients: number;
  joinSeconds: number;
  card: { perSecond: number; cards: number; completion: Summary; hostAck: Summary; missing: number };
  ack: Summary & { perSecond: number; errors: Record<string, number> };
  server: { cpuSeconds: number; peakRssMb: number };
  disconnects: number;
  gaps: number;
};

type Staff = { joinCode: string; facilitator: BenchClient; hosts: Map<string, BenchClient> };

/**
 * Many small evenings on one server at once (issue 8: 100 sessions of 30): each session is the
 * reference evening's template with its own facilitator and a host per table, its phones spread
 * over the load workers. Cards and durable commands run at the same overall rates as the single
 * big evening, spread over every session, so the figures compare with it.
 */
export async function runSessions(options: SessionsOptions): Promise<SessionsResult> {
  const { log } = options;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-bench-'));
  const server = await spawnServer('server/main.ts', {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CLIENT_DIR: options.clientDir,
    COMMANDS_PER_SECOND: '100000',
    JOINS_PER_ADDRESS: '100000',
    // One address creates every session here: lift the per-address limit on new sessions.
    SESSIONS_PER_HOUR: '100000',
  });
  const workers = new Workers(options.workers);
  const cpu0 = cpuSeconds(server.pid);
  const staff: Staff[] = [];
  const everyStaff = () => staff.flatMap((s) => [s.facilitator, ...s.hosts.values()]);
  try {
    const tableIds = worldCafeEvening('nl').tables.map((t) => t.id);
    log(`  creating ${options.sessions} sessions`);
    for (let s = 0; s < options.sessions; s++) {
      const response = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"template":"world-cafe-evening"}',
      });
      if (!response.ok)
        throw new Error(`creating session ${s + 1} failed: ${response.status} ${await response.text()}`);
      const created = (await response.json()) as CreateSessionResponse;
      const token = secretOf(created.facilitator);
      const links = (await (
        await fetch(`${server.url}/api/sessions/${created.sessionId}/links`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as SessionLinks;
      const facilitator = new BenchClient(server.url, { kind: 'facilitator', token });
      const hosts = new Map(
        links.hosts.map((h) => [h.tableId, new BenchClient(server.url, { kind: 'host', code: h.code })]),
      );
      staff.push({ joinCode: created.joinCode, facilitator, hosts });
    }
    if (!(await Promise.all(everyStaff().map((c) => c.ready()))).every(Boolean))
      throw new Error('staff could not connect');

    log(`  ${options.sessions * options.participantsPerSession} participants joining`);
    const joinStart = now();
    // Each session's phones in one worker, sessions dealt round-robin: the worker queues them.
    await Promise.all(
      staff.map((s, k) =>
        workers.ask(k % workers.size, {
          type: 'connect',
          url: server.url,
          count: options.participantsPerSession,
          joinCode: s.joinCode,
          firstIndex: 0,
          tableIds,
          probe: false,
          concurrency: 10,
          session: s.joinCode,
        }),
      ),
    );
    const joinSeconds = (now() - joinStart) / 1000;
    for (const r of await workers.all(() => ({ type: 'setup', step: 'pick' }))) {
      if (Object.keys(r.errors).length > 0) throw new Error(`picks refused: ${JSON.stringify(r.errors)}`);
    }

    // Every session walks in, has its plenary and break, and starts round 1.
    const agenda = worldCafeEvening('nl').agenda.map((p) => p.id);
    const roundOne = agenda[3]!;
    await Promise.all(
      staff.map(async ({ facilitator }) => {
        let current: string | null = null;
        for (const next of agenda.slice(0, 4)) {
          const { ack } = await facilitator.send({ id: nanoid(), type: 'phase.advance', expectedPhaseId: current });
          if (!ack.ok) throw new Error(`phase.advance refused: ${ack.error.code}`);
          current = next;
        }
      }),
    );
    const unseated = (await workers.all(() => ({ type: 'phase', phaseId: roundOne }))).reduce(
      (s, r) => s + r.missing,
      0,
    );
    if (unseated > 0) throw new Error(`${unseated} phones never saw round 1`);

    log(`  cards at ${options.cardsPerSecond}/s over all sessions for ${options.cardSeconds} s`);
    const count = Math.round(options.cardsPerSecond * options.cardSeconds);
    const sent: { id: string; tableId: string; session: string; t0: number; facilitator: BenchClient }[] = [];
    const hostAcks: number[] = [];
    const acks: Promise<void>[] = [];
    await paced(count, options.cardsPerSecond, now() + 50, (k) => {
      const session = staff[k % staff.length]!;
      const tableId = tableIds[Math.floor(k / staff.length) % tableIds.length]!;
      const id = nanoid();
      sent.push({ id, tableId, session: session.joinCode, t0: now(), facilitator: session.facilitator });
      const host = session.hosts.get(tableId)!;
      acks.push(
        host
          .send({
            id: nanoid(),
            type: 'card.add',
            cardId: id,
            text: `Idee ${k}: een buurthuis met een open keuken`,
            tags: [],
          })
          .then(({ ack, ms }) => {
            if (!ack.ok) throw new Error(`card.add refused: ${ack.error.code}`);
            hostAcks.push(ms);
          }),
      );
    });
    await Promise.all(acks);
    await Promise.all(sent.map((c) => c.facilitator.until(() => c.facilitator.cards.has(c.id))));
    const fromWorkers = await workers.all(() => ({
      type: 'cards',
      round: 1,
      cards: sent.map(({ id, tableId, session }) => ({ id, tableId, session })),
    }));
    const last = new Map(sent.map((c) => [c.id, c.facilitator.cards.get(c.id) ?? Number.NaN]));
    let missing = 0;
    for (const r of fromWorkers) {
      missing += r.missing;
      for (const [id, at] of r.receipts) last.set(id, Math.max(last.get(id) ?? 0, at));
    }
    const completion = sent.map((c) => last.get(c.id)! - c.t0);

    log(`  ${options.commandsPerSecond} commands/s over all sessions for ${options.commandSeconds} s`);
    const total = Math.round(options.commandsPerSecond * options.commandSeconds);
    const startAt = now() + 200;
    const loads = await workers.all((i) => ({
      type: 'load',
      startAt,
      perSecond: options.commandsPerSecond / workers.size,
      count: share(total, workers.size, i),
      highlights: [],
      groups: worldCafeEvening('nl').workingGroups.map((g) => g.id),
    }));
    const errors: Record<string, number> = {};
    for (const l of loads) merge(errors, l.errors);

    const reports = await workers.all(() => ({ type: 'report' }));
    const memory = memoryMb(server.pid);
    const cpu = cpuSeconds(server.pid) - cpu0;
    const disconnects =
      reports.reduce((s, r) => s + r.disconnects, 0) + everyStaff().reduce((s, c) => s + c.disconnects, 0);
    const gaps = reports.reduce((s, r) => s + r.gaps, 0) + everyStaff().reduce((s, c) => s + c.gaps, 0);
    return {
      sessions: options.sessions,
      participantsPerSession: options.participantsPerSession,
      clients: reports.reduce((s, r) => s + r.clients, 0) + everyStaff().length,
      joinSeconds,
      card: {
        perSecond: options.cardsPerSecond,
        cards: count,
        completion: summarize(completion),
        hostAck: summarize(hostAcks),
        missing,
      },
      ack: { ...summarize(loads.flatMap((l) => l.latencies)), perSecond: options.commandsPerSecond, errors },
      server: { cpuSeconds: cpu, peakRssMb: memory.peak },
      disconnects,
      gaps,
    };
  } finally {
    for (const c of everyStaff()) c.close();
    await workers.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
