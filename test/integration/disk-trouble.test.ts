import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/security/rate-limit';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * When the database cannot be written, a command is refused with UNAVAILABLE rather than
 * acknowledged and lost, and the facilitator is warned. What was acknowledged before is intact.
 */
describe('disk trouble', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  // SPEC R3
  it('a full disk refuses commands, warns the facilitator and keeps everything acknowledged', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-full-'));
    // A database capped at a few hundred pages fills up after some hundreds of cards.
    const server = await testServer({
      dataDir,
      storage: openSqliteStorage(dataDir, { maxPageCount: 120 }),
      limits: { commandsPerConnection: () => new RateLimiter(1e6, 1e6) },
    });
    cleanups.push(() => server.cleanup());
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    cleanups.push(
      () => facilitator.close(),
      () => host.close(),
    );
    await Promise.all([facilitator.ready(), host.ready()]);
    const warned = new Promise<boolean>((resolve) => facilitator.socket.on('health', (h) => resolve(h.writable)));
    await facilitator.ok({ type: 'phase.advance' });

    const acked: string[] = [];
    let refusal: string | null = null;
    for (let i = 0; i < 5000 && refusal === null; i++) {
      const cardId = nanoid();
      const ack = await host.send({
        type: 'card.add',
        cardId,
        text: `Een idee dat ruimte kost, nummer ${i} `.repeat(10),
        tags: [],
      });
      if (ack.ok) acked.push(cardId);
      else refusal = ack.error.code;
    }
    expect(refusal).toBe('UNAVAILABLE');
    expect(await warned).toBe(false);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { writable: boolean }).writable).toBe(false);

    // Nothing of the refused command reached anyone, and everything acknowledged is there.
    await host.atVersion(facilitator.state!.version);
    expect(new Set(Object.keys(facilitator.state!.cards))).toEqual(new Set(acked));
    const fresh = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    cleanups.push(() => fresh.close());
    await fresh.until((s) => s.version === facilitator.state!.version, 'the stored state');
    expect(new Set(Object.keys(fresh.state!.cards))).toEqual(new Set(acked));
  });

  it('a read-only database refuses a new session with a clear error', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-ro-'));
    await openSqliteStorage(dataDir).close();
    const server = await testServer({ dataDir, storage: openSqliteStorage(dataDir, { readonly: true }) });
    cleanups.push(() => server.cleanup());
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'blank' }),
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
  });

  it('a database file deleted while the server runs: commands are refused, not acknowledged into a file that is gone', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-gone-'));
    const server = await testServer({ dataDir });
    cleanups.push(() => server.cleanup());
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    cleanups.push(
      () => facilitator.close(),
      () => host.close(),
    );
    await Promise.all([facilitator.ready(), host.ready()]);
    await facilitator.ok({ type: 'phase.advance' });
    const before = await host.ok({ type: 'card.add', cardId: nanoid(), text: 'voor het opruimen', tags: [] });
    const warned = new Promise<boolean>((resolve) => facilitator.socket.on('health', (h) => resolve(h.writable)));

    // A clean-up script removes the database (SQLite itself would go on writing into the unlinked file).
    for (const name of fs.readdirSync(dataDir)) fs.rmSync(path.join(dataDir, name));
    const ack = await host.send({ type: 'card.add', cardId: nanoid(), text: 'na het opruimen', tags: [] });
    expect(ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await warned).toBe(false);
    expect(facilitator.state!.version).toBe(before);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
  });
});
