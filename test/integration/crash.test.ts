import { afterEach, describe, expect, it } from 'vitest';
import { applyBatch } from '../../shared/rules/apply';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import { busyRound } from './support/busy-round';
import type { TestClient } from '../../harness/client';
import { seededRandom } from './support/random';
import { ServerProcess } from '../../harness/server-process';

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

  // SPEC R1, R3
  it.each([1, 2, 3])(
    'seed %i: every acknowledged command survives exactly once',
    async (seed) => {
      const random = seededRandom(seed);
      const restarted = new ServerProcess();
      server = restarted;
      await restarted.start();
      // The kill comes after a seeded number of acknowledged cards, while everyone keeps writing.
      const truth = await busyRound({
        url: restarted.url,
        participants: PARTICIPANTS,
        interruptAfter: 50 + Math.floor(random() * 400),
        interrupt: async () => {
          await restarted.kill('SIGKILL');
          await restarted.start();
        },
        made: (client) => clients.push(client),
      });
      const end = truth.version;

      // The log itself: versions 1..end with no gap, and replaying it gives the same state.
      await restarted.kill('SIGTERM');
      const storage = openSqliteStorage(restarted.dataDir);
      const replayed = await storage.loadSession(truth.id, applyBatch);
      const batches = await storage.batchesSince(truth.id, 0);
      await storage.close();
      expect(replayed).toEqual(truth);
      expect(batches?.map((b) => b.v)).toEqual(Array.from({ length: end }, (_, i) => i + 1));
    },
    120_000,
  );
});
