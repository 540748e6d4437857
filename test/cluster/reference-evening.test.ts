import { afterAll, expect, it } from 'vitest';
import type { Health } from '../../shared/protocol/api';
import { startCluster, type Cluster } from '../../harness/cluster/cluster';
import { referenceEvening } from '../integration/support/reference-evening';

let cluster: Cluster | null = null;
afterAll(async () => cluster?.stop());

// The same evening as test/integration/reference-evening.test.ts, every client through nginx,
// which hands each new websocket to the next node: facilitator, hosts, desk, screen and phones
// end up spread over the three nodes, and a phone that drops off comes back on another one.
referenceEvening('the reference evening through nginx on three nodes', async () => {
  cluster = await startCluster();
  // The cluster stops after the check below.
  return { url: cluster.url, cleanup: async () => undefined };
});

it('had clients of the evening on every node', async () => {
  for (const url of cluster!.nodeUrls) {
    const health = (await (await fetch(`${url}/api/health`)).json()) as Health;
    expect(health.sessions, url).toBe(1);
  }
});
