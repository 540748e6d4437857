import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Batch } from '../../shared/protocol/events';
import { ManualClock } from '../support/manual-clock';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/** Every batch a client receives, in order. */
function batchesOf(client: TestClient): Batch[] {
  const seen: Batch[] = [];
  client.socket.on('batch', (b) => seen.push(b));
  return seen;
}

describe('version heartbeat', () => {
  // The heartbeat waits a second: on this clock the test moves that second on itself.
  const clock = new ManualClock();
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({ clock });
  });
  afterAll(async () => server.cleanup());

  // SPEC R2
  it('a phone that was sent nothing of a command still hears the version it is at, as an empty batch', async () => {
    const links = await createSession(server.url);
    const host = links.hosts[0];
    if (host === undefined) throw new Error('the template has tables');
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const tablet = new TestClient(server.url, { kind: 'host', code: host.code });
    const ann = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    const bob = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([facilitator, tablet, ann, bob].map((c) => c.ready()));
    const toBob = batchesOf(bob);
    const toTablet = batchesOf(tablet);

    // Ann's sandwich order is hers and the staff's: Bob and the tablet receive no event of it.
    const v = await ann.ok({ type: 'profile.set', sandwich: true });
    // Decided and delivered before the ack: the heartbeat is set, and nobody has heard it yet.
    expect(toBob.some((b) => b.v === v)).toBe(false);
    expect(clock.pending).toBeGreaterThan(0);
    clock.advance(1000);
    await Promise.all([bob.atVersion(v), tablet.atVersion(v), facilitator.atVersion(v)]);
    expect(toBob.filter((b) => b.v === v)).toEqual([{ v, events: [] }]);
    expect(toTablet.filter((b) => b.v === v)).toEqual([{ v, events: [] }]);

    // A phase change goes to everyone with its events.
    const w = await facilitator.ok({ type: 'phase.advance', expectedPhaseId: facilitator.state!.currentPhaseId });
    await Promise.all([ann.atVersion(w), bob.atVersion(w), tablet.atVersion(w)]);
    expect(toBob.find((b) => b.v === w)?.events.length).toBeGreaterThan(0);
    for (const c of [ann, bob, tablet, facilitator]) c.close();
  });
});
