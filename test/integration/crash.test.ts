import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBatch } from '../../shared/rules/apply';
import { view } from '../../shared/rules/view';
import { audienceOf } from '../../server/socket/audience';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import { TestClient } from './support/client';
import { seededRandom } from './support/random';
import { createSession, secretOf } from './support/server';
import { ServerProcess } from './support/server-process';

const PARTICIPANTS = 196; // + a facilitator and 3 hosts = 200 clients

/**
 * The server is killed with SIGKILL at a random moment of a busy table round and started again
 * on the same data directory. Every client reconnects by itself and re-sends what was not yet
 * acknowledged. Afterwards every acknowledged card is there exactly once, and nothing is there
 * that was not acknowledged.
 */
describe('crash: SIGKILL mid-evening', () => {
  let server: ServerProcess | null = null;
  let clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients) c.close();
    clients = [];
    await server?.cleanup();
  });

  it.each([1, 2, 3])('seed %i: every acknowledged command survives exactly once', async (seed) => {
    const random = seededRandom(seed);
    server = new ServerProcess();
    await server.start();
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const hosts = links.hosts.map((h) => new TestClient(server!.url, { kind: 'host', code: h.code }));
    const people: TestClient[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) people.push(new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
    clients = [facilitator, ...hosts, ...people];
    await Promise.all(clients.map((c) => c.ready()));
    const tables = links.hosts.map((h) => h.tableId);
    await Promise.all(people.map((p, i) => p.ok({ type: 'tables.pick', picks: [tables[i % 3]!, tables[(i + 1) % 3]!] })));
    for (let i = 0; i < 4; i++) await facilitator.ok({ type: 'phase.advance', expectedPhaseId: facilitator.state!.currentPhaseId });

    // The kill comes after a seeded number of acknowledged cards, while everyone keeps writing.
    const killAfter = 50 + Math.floor(random() * 400);
    const acked = new Set<string>();
    let crash: Promise<void> | null = null;
    const write = async (client: TestClient, count: number) => {
      for (let i = 0; i < count; i++) {
        const cardId = nanoid();
        const ack = await client.send({ type: 'card.add', cardId, text: `kaart ${i}`, tags: [] });
        if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
        acked.add(cardId);
        if (acked.size === killAfter) {
          crash = (async () => {
            await server!.kill('SIGKILL');
            await server!.start();
          })();
        }
      }
    };
    await Promise.all([...hosts.map((h) => write(h, 20)), ...people.map((p) => write(p, 3))]);
    await crash;
    expect(crash).not.toBeNull();

    const end = await facilitator.ok({ type: 'session.end' });
    await Promise.all(clients.map((c) => c.atVersion(end)));
    const fresh = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    clients.push(fresh);
    await fresh.until((s) => s.version === end, 'the final state');
    const truth = fresh.state!;

    expect(acked.size).toBe(hosts.length * 20 + PARTICIPANTS * 3);
    expect(new Set(Object.keys(truth.cards))).toEqual(acked);
    expect(Object.keys(truth.participants)).toHaveLength(PARTICIPANTS);
    for (const c of [facilitator, ...hosts, ...people]) expect(c.state).toEqual(view(truth, audienceOf(c.welcome!.actor)));

    // The log itself: versions 1..end with no gap, and replaying it gives the same state.
    await server.kill('SIGTERM');
    const storage = openSqliteStorage(server.dataDir);
    const replayed = await storage.loadSession(truth.id, applyBatch);
    const batches = await storage.batchesSince(truth.id, 0);
    await storage.close();
    expect(replayed).toEqual(truth);
    expect(batches?.map((b) => b.v)).toEqual(Array.from({ length: end }, (_, i) => i + 1));
  }, 120_000);
});
