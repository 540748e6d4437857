import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import type { CommandAck } from '../../shared/protocol/socket';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

const participantId = (c: TestClient) => (c.welcome?.actor.role === 'participant' ? c.welcome.actor.participantId : '');

/**
 * A command id means something only together with its sender: one phone's retry is recognised,
 * another phone's command that happens to carry the same id is its own command. Before, the ids
 * of a whole session were one pool, so phone B's command was acknowledged and silently dropped
 * when phone A had used its id first.
 */
describe('command ids are scoped by their sender', () => {
  const clients: TestClient[] = [];
  let dataDir = '';
  afterAll(() => {
    for (const c of clients) c.close();
    if (dataDir !== '') fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // SPEC R4
  it("applies another sender's reuse of an id, acknowledges a retry once, also after a restart", async () => {
    const first = await testServer();
    dataDir = first.dataDir;
    const links = await createSession(first.url);
    const facilitator = new TestClient(first.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const [a, b, c] = [0, 1, 2].map(() => new TestClient(first.url, { kind: 'participant', joinCode: links.joinCode }));
    if (a === undefined || b === undefined || c === undefined) throw new Error('three phones');
    clients.push(facilitator, a, b, c);
    await Promise.all(clients.map((client) => client.ready()));
    const id = 'same-id-on-every-phone';

    const fromA = await a.send({ type: 'profile.set', name: 'Anna' }, id);
    expect(fromA).toMatchObject({ ok: true });
    const fromB = await b.send({ type: 'profile.set', name: 'Bram' }, id);
    // B's command is its own: applied at the next version, not answered with A's.
    expect(fromB).toEqual({ ok: true, v: (fromA as { v: number }).v + 1 });
    await facilitator.atVersion((fromB as { v: number }).v);
    expect(facilitator.state?.participants[participantId(b)]?.name).toBe('Bram');

    // A's retry (the ack was lost): the first answer again, and nothing new is stored. Decided
    // again it would be "nothing to do" at the current version, not at A's own.
    expect(await a.send({ type: 'profile.set', name: 'Anna' }, id)).toEqual(fromA);
    const versionBefore = facilitator.state?.version ?? -1;
    await first.close();

    // After a restart the room remembers nothing in memory: the answers come from storage.
    const second = await testServer({ dataDir, port: first.port });
    await Promise.all(clients.map((client) => client.atVersion(versionBefore)));
    const retries: CommandAck[] = [
      await a.send({ type: 'profile.set', name: 'Anna' }, id),
      await b.send({ type: 'profile.set', name: 'Bram' }, id),
    ];
    expect(retries).toEqual([fromA, fromB]);
    const fromC = await c.send({ type: 'profile.set', name: 'Cem' }, id);
    expect(fromC).toEqual({ ok: true, v: versionBefore + 1 });
    await facilitator.atVersion(versionBefore + 1);
    expect(facilitator.state?.participants[participantId(c)]?.name).toBe('Cem');
    await second.close();

    // The log itself: every phone's command stored exactly once.
    const storage = openSqliteStorage(dataDir);
    const sessionId = facilitator.welcome?.sessionId ?? '';
    const batches = (await storage.batchesSince(sessionId, 0)) ?? [];
    await storage.close();
    const named = batches.flatMap((batch) =>
      batch.events.flatMap((e) => (e.type === 'profile.set' ? [`${e.participantId}=${e.name}`] : [])),
    );
    expect(named).toEqual([`${participantId(a)}=Anna`, `${participantId(b)}=Bram`, `${participantId(c)}=Cem`]);
  });
});
