import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { startServer } from '../../server/app';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import { connectError, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

const DAY = 86_400_000;

const deleteSession = (url: string, sessionId: string, token?: string) =>
  fetch(`${url}/api/sessions/${sessionId}`, {
    method: 'DELETE',
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });

/** The sessions a data directory holds, read straight from the database. */
async function storedSessions(dataDir: string): Promise<string[]> {
  const storage = openSqliteStorage(dataDir);
  try {
    return [...(await storage.listSessionIds())].sort();
  } finally {
    await storage.close();
  }
}

describe('privacy: deleting sessions', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('the facilitator deletes the whole session: its data, its links and its connections go', async () => {
    const server = await testServer();
    cleanups.push(() => server.cleanup());
    const links = await createSession(server.url);
    const other = await createSession(server.url);
    const token = secretOf(links.facilitator);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    cleanups.push(
      () => facilitator.close(),
      () => phone.close(),
    );
    await Promise.all([facilitator.ready(), phone.ready()]);
    await phone.ok({ type: 'profile.set', name: 'Ann' });

    // Only with this session's facilitator link.
    expect((await deleteSession(server.url, links.sessionId)).status).toBe(401);
    expect((await deleteSession(server.url, links.sessionId, secretOf(other.facilitator))).status).toBe(401);
    expect(await storedSessions(server.dataDir)).toEqual([links.sessionId, other.sessionId].sort());

    const ended = Promise.all(
      [facilitator, phone].map((c) => new Promise((resolve) => c.socket.once('disconnect', resolve))),
    );
    expect((await deleteSession(server.url, links.sessionId, token)).status).toBe(204);
    expect(await ended).toEqual(['io server disconnect', 'io server disconnect']);

    expect(await storedSessions(server.dataDir)).toEqual([other.sessionId]);
    expect(
      (
        await fetch(`${server.url}/api/sessions/${links.sessionId}/links`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(401);
    const refused = await connectError(server.url, {
      protocol: PROTOCOL_VERSION,
      credential: { kind: 'participant', joinCode: links.joinCode },
    });
    expect(refused.code).toBe('UNAUTHORIZED');
    const device = phone.credential;
    expect((await connectError(server.url, { protocol: PROTOCOL_VERSION, credential: device })).code).toBe(
      'UNAUTHORIZED',
    );
    // The other session is untouched.
    const otherFacilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(other.facilitator) });
    cleanups.push(() => otherFacilitator.close());
    await otherFacilitator.ready();
  });

  it(`sessions go ${90} days after they ended (or, never ended, after their last change), when the server starts`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-retention-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let clock = Date.UTC(2026, 2, 1, 19, 0);
    const first = await startServer({ port: 0, host: '127.0.0.1', dataDir, now: () => clock, log: () => undefined });
    const ended = await createSession(first.url);
    const running = await createSession(first.url);
    const facilitator = new TestClient(first.url, { kind: 'facilitator', token: secretOf(ended.facilitator) });
    await facilitator.ready();
    await facilitator.ok({ type: 'phase.advance' });
    await facilitator.ok({ type: 'session.end' });
    facilitator.close();
    clock += 10 * DAY;
    // The other session has a change ten days later, and is never ended.
    const late = new TestClient(first.url, { kind: 'facilitator', token: secretOf(running.facilitator) });
    await late.ready();
    await late.ok({ type: 'session.update', title: 'Nog bezig' });
    late.close();
    await first.close();

    // 90 days after the end, not yet: kept.
    clock += 80 * DAY - 1;
    const second = await startServer({ port: 0, host: '127.0.0.1', dataDir, now: () => clock, log: () => undefined });
    await second.close();
    expect(await storedSessions(dataDir)).toEqual([ended.sessionId, running.sessionId].sort());

    // Just past it: the ended one goes at start-up, the one changed ten days later stays.
    clock += 2;
    const logs: string[] = [];
    const third = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      now: () => clock,
      log: (m) => logs.push(m),
    });
    await third.close();
    expect(await storedSessions(dataDir)).toEqual([running.sessionId]);
    expect(logs.join('\n')).toMatch(/retention: deleted 1 session/);

    // A shorter period, as RETENTION_DAYS sets it, takes the idle one too.
    const fourth = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      now: () => clock,
      log: () => undefined,
      retentionDays: 30,
    });
    await fourth.close();
    expect(await storedSessions(dataDir)).toEqual([]);
  });
});
