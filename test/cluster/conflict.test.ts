import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandAck } from '../../shared/protocol/socket';
import { applyBatch } from '../../shared/rules/apply';
import { view } from '../../shared/rules/view';
import { startServer, type RunningServer } from '../../server/app';
import { RateLimiter } from '../../server/security/rate-limit';
import { actorKey } from '../../server/session/room';
import { audienceOf } from '../../server/socket/audience';
import { openPgStorage } from '../../server/storage/pg-storage';
import { TestClient, type NewCommand } from '../../harness/client';
import { createSession, secretOf } from '../../harness/server';
import { dropSchema, freshSchemaName, testDatabaseUrl } from './support/pg-schema';

const ROUNDS = 200;

/**
 * Two server nodes on one PostgreSQL and nothing else (no Redis): a node learns what the other
 * stored only when its own append meets a version conflict, or when it checks a refusal or a no-op
 * against the database. Both get conflicting commands for one session at the same instant, round
 * after round. Afterwards the log, replayed, is the state both nodes and all their clients hold,
 * every acknowledged command is in it exactly once, and no extension was lost to a stale copy.
 */
describe('two nodes racing on one session', () => {
  const clients: TestClient[] = [];
  const nodes: RunningServer[] = [];
  let schema = '';
  let dataDir = '';
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const n of nodes.splice(0)) await n.close();
    if (schema !== '') await dropSchema(schema);
    if (dataDir !== '') fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function node(): Promise<RunningServer> {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      // Unused with a storage given, but the option is required.
      dataDir,
      clientDir: null,
      storage: await openPgStorage(testDatabaseUrl(), { schema }),
      log: () => undefined,
      // Two hundred rounds in a few seconds is a flood by the usual per-connection limit.
      limits: { commandsPerConnection: () => new RateLimiter(1e6, 1e6) },
    });
    nodes.push(server);
    return server;
  }

  function connect(url: string, credential: ConstructorParameters<typeof TestClient>[1]): TestClient {
    const client = new TestClient(url, credential);
    clients.push(client);
    return client;
  }

  it(`stores ${ROUNDS} rounds of commands sent to both nodes at once in one serial order, each once`, async () => {
    schema = freshSchemaName();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-conflict-'));
    const [a, b] = [await node(), await node()];
    const links = await createSession(a.url);
    const coFacilitator = await fetch(`${a.url}/api/sessions/${links.sessionId}/facilitators`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretOf(links.facilitator)}` },
    });
    const second = ((await coFacilitator.json()) as { facilitator: string }).facilitator;
    const [tableA, tableB] = links.hosts;
    const facilitatorA = connect(a.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const facilitatorB = connect(b.url, { kind: 'facilitator', token: secretOf(second) });
    const hostA = connect(a.url, { kind: 'host', code: tableA!.code });
    const hostB = connect(b.url, { kind: 'host', code: tableB!.code });
    const phoneA = connect(a.url, { kind: 'participant', joinCode: links.joinCode });
    const phoneB = connect(b.url, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all(clients.map((c) => c.ready()));

    await facilitatorA.ok({ type: 'phase.jump', phaseId: 'walk-in' });
    // Node B has not heard of the phase: its refusal of "no timer" is checked against the database.
    await facilitatorB.ok({ type: 'timer.pause' });
    const paused = facilitatorB.state!.timer;
    if (paused?.state !== 'paused') throw new Error('the timer should be paused on node B');

    const acked: { sender: string; id: string; ack: CommandAck }[] = [];
    const send = async (client: TestClient, command: NewCommand) => {
      const id = nanoid();
      const actor = client.welcome?.actor;
      if (actor === undefined) throw new Error('not welcomed yet');
      acked.push({ sender: actorKey(actor), id, ack: await client.send(command, id) });
    };
    for (let round = 0; round < ROUNDS; round++) {
      // Sent without waiting for each other: both nodes decide on the version they hold.
      await Promise.all([
        send(facilitatorA, { type: 'timer.extend', ms: 1000 }),
        send(facilitatorB, { type: 'timer.extend', ms: 1000 }),
        send(hostA, { type: 'card.add', cardId: nanoid(), text: `A ${round}`, tags: [] }),
        send(hostB, { type: 'card.add', cardId: nanoid(), text: `B ${round}`, tags: [] }),
      ]);
    }
    expect(acked.filter((x) => !x.ack.ok)).toEqual([]);

    // A no-op on each node (the timer is paused already) makes it confirm it is current, which
    // catches it up and delivers the other node's last commands to its clients.
    await facilitatorA.ok({ type: 'timer.pause' });
    await facilitatorB.ok({ type: 'timer.pause' });

    const store = await openPgStorage(testDatabaseUrl(), { schema });
    try {
      const stored = await store.loadSession(links.sessionId, applyBatch);
      if (stored === null) throw new Error('the session is not stored');
      // Every acknowledged command once, at the version its client was told; nothing else.
      const versions = acked.map((x) => (x.ack.ok ? x.ack.v : -1));
      expect(new Set(versions).size).toBe(acked.length);
      for (const { sender, id, ack } of acked)
        expect(await store.commandVersion(links.sessionId, sender, id)).toBe(ack.ok ? ack.v : null);
      const log = await store.batchesSince(links.sessionId, 0);
      expect(log).toHaveLength(stored.version);
      // Four commands a round, after the two phones joined, phase.jump and the first timer.pause.
      expect(stored.version).toBe(versions.length + 2 + 2);
      // Serial: every extension counted, none lost to a decision on a stale copy.
      expect(stored.timer).toEqual({ state: 'paused', remainingMs: paused.remainingMs + 2 * ROUNDS * 1000 });
      expect(Object.keys(stored.cards)).toHaveLength(2 * ROUNDS);

      for (const client of clients) {
        await client.atVersion(stored.version);
        expect(client.state).toEqual(view(stored, audienceOf(client.welcome!.actor)));
      }
    } finally {
      await store.close();
    }
  });

  it('lets no node of three starve when all of them flood one session', async () => {
    schema = freshSchemaName();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-conflict-'));
    const three = [await node(), await node(), await node()];
    const links = await createSession(three[0]!.url);
    const facilitator = connect(three[0]!.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    await facilitator.ready();
    await facilitator.ok({ type: 'phase.jump', phaseId: 'walk-in' });
    // Two tablets per table, each table's on another node than the next: every node writes all the time.
    const hosts = links.hosts.flatMap((h, i) =>
      [0, 1].map((k) => connect(three[(i + k) % 3]!.url, { kind: 'host', code: h.code })),
    );
    await Promise.all(hosts.map((h) => h.ready()));

    const acks: CommandAck[] = [];
    await Promise.all(
      hosts.map(async (host, i) => {
        for (let n = 0; n < 50; n++)
          acks.push(await host.send({ type: 'card.add', cardId: nanoid(), text: `${i}/${n}`, tags: [] }));
      }),
    );
    // A node that keeps losing the race would answer CONFLICT ("try again") after its last retry.
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    await facilitator.ok({ type: 'timer.pause' });
    await facilitator.until((s) => Object.keys(s.cards).length === hosts.length * 50, 'every card at the facilitator');
  });
});
