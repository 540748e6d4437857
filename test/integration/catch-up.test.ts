import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/model/session';
import type { Batch } from '../../shared/protocol/events';
import type { ClientToServer, Credential, ServerToClient } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { applyBatch } from '../../shared/rules/apply';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

type Heard = { snapshot: SessionState | null; batches: Batch[] };

/**
 * Connects once with `lastVersion` and returns what the server sent before answering a ping:
 * delivery on a connection is ordered, so by then the whole catch-up has arrived.
 */
async function reconnect(url: string, credential: Credential, lastVersion: number | null): Promise<Heard> {
  const socket: Socket<ServerToClient, ClientToServer> = io(url, {
    transports: ['websocket'],
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION, credential, lastVersion },
  });
  const heard: Heard = { snapshot: null, batches: [] };
  socket.on('snapshot', (s) => {
    heard.snapshot = s;
  });
  socket.on('batch', (b) => heard.batches.push(b));
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('welcome', () => resolve());
      socket.once('connect_error', reject);
    });
    await socket.timeout(10_000).emitWithAck('ping', 0);
    return heard;
  } finally {
    socket.close();
  }
}

describe('catch-up at the handshake', () => {
  const clients: TestClient[] = [];
  afterAll(() => {
    for (const c of clients) c.close();
  });

  // SPEC R7
  it('sends the missed batches while they are in memory, otherwise a snapshot', async () => {
    const first = await testServer();
    const links = await createSession(first.url);
    const credential: Credential = { kind: 'facilitator', token: secretOf(links.facilitator) };
    const facilitator = new TestClient(first.url, credential);
    clients.push(facilitator);
    await facilitator.ready();
    await facilitator.ok({ type: 'phase.advance' });
    const away = structuredClone(facilitator.state);
    if (away === null) throw new Error('no state');
    await facilitator.ok({ type: 'broadcast.send', text: 'Welkom' });
    const v = await facilitator.ok({ type: 'broadcast.send', text: 'Koffie staat klaar' });
    await facilitator.atVersion(v);

    // Two versions behind: exactly those two batches, no snapshot, ending where the server is.
    const behind = await reconnect(first.url, credential, away.version);
    expect(behind.snapshot).toBeNull();
    expect(behind.batches.filter((b) => b.events.length > 0).map((b) => b.v)).toEqual([v - 1, v]);
    expect(behind.batches.reduce(applyBatch, away)).toEqual(facilitator.state);

    // Up to date: nothing at all.
    expect(await reconnect(first.url, credential, v)).toEqual({ snapshot: null, batches: [] });

    // No version, or one this server never had: the whole view, and no batches.
    for (const lastVersion of [null, v + 5]) {
      const fresh = await reconnect(first.url, credential, lastVersion);
      expect(fresh).toEqual({ snapshot: facilitator.state, batches: [] });
    }

    // After a restart the recent batches are no longer in memory: a snapshot, however close.
    await first.close();
    const second = await testServer({ dataDir: first.dataDir, port: first.port });
    const restarted = await reconnect(second.url, credential, v - 1);
    expect(restarted).toEqual({ snapshot: facilitator.state, batches: [] });
    facilitator.close();
    await second.cleanup();
  });
});
