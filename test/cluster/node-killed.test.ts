import { afterEach, describe, expect, it } from 'vitest';
import { applyBatch } from '../../shared/rules/apply';
import { startCluster, type Cluster } from '../../harness/cluster/cluster';
import { openPgStorage } from '../../server/storage/pg-storage';
import { busyRound } from '../integration/support/busy-round';
import type { TestClient } from '../../harness/client';
import { seededRandom } from '../integration/support/random';

const PARTICIPANTS = 96; // + a facilitator and 3 hosts = 100 clients, a third of them on each node

/**
 * One of three nodes is killed with SIGKILL at a seeded moment of a busy table round, and not
 * started again. Its clients reconnect through nginx to the two others and re-send what was not
 * yet acknowledged. Afterwards every acknowledged card is there exactly once, nothing is there
 * that was not acknowledged, and every client holds exactly its view.
 */
describe('a node killed mid-evening', () => {
  let cluster: Cluster | null = null;
  let clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients) c.close();
    clients = [];
    await cluster?.stop();
  });

  it.each([1])(
    'seed %i: its clients finish on the other nodes, every acknowledged command there exactly once',
    async (seed) => {
      const random = seededRandom(seed);
      const running = await startCluster();
      cluster = running;
      const victim = Math.floor(random() * 3);
      const truth = await busyRound({
        url: running.url,
        participants: PARTICIPANTS,
        interruptAfter: 30 + Math.floor(random() * 200),
        interrupt: () => running.kill(victim),
        made: (client) => clients.push(client),
      });
      expect(running.nodes[victim]!.pid).toBe(-1);

      // The log in PostgreSQL: versions 1..end with no gap, and replaying it gives the same state.
      const storage = await openPgStorage(process.env['TEST_DATABASE_URL']!);
      try {
        const replayed = await storage.loadSession(truth.id, applyBatch);
        const batches = await storage.batchesSince(truth.id, 0);
        expect(replayed).toEqual(truth);
        expect(batches?.map((b) => b.v)).toEqual(Array.from({ length: truth.version }, (_, i) => i + 1));
      } finally {
        await storage.close();
      }
    },
  );
});
