import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * "Erased is gone from disk", checked on the bytes: every file in the data directory (database,
 * WAL, shared memory), while the server runs and after a restart on the same directory.
 */

/** Unique ASCII markers, so a hit can only be this test's data. */
function markers() {
  const tag = randomBytes(6).toString('hex');
  return { name: `Naam${tag}`, email: `mail${tag}@voorbeeld.nl`, card: `Kaartje${tag} over de wijk` };
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The markers found in some file under `dir`, with the file. */
function foundOnDisk(dir: string, wanted: Record<string, string>): string[] {
  const files = filesUnder(dir);
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((file) => {
    const bytes = fs.readFileSync(file);
    return Object.entries(wanted)
      .filter(([, marker]) => bytes.includes(marker))
      .map(([what]) => `${what} in ${path.basename(file)}`);
  });
}

describe('erased personal data is gone from the files in DATA_DIR', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** A participant with a name, a card and a consented e-mail, all carrying markers. */
  async function evening(url: string, m: ReturnType<typeof markers>) {
    const links = await createSession(url);
    const fac = new TestClient(url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = new TestClient(url, { kind: 'participant', joinCode: links.joinCode });
    cleanups.push(
      () => fac.close(),
      () => phone.close(),
    );
    await Promise.all([fac.ready(), phone.ready()]);
    const tables = links.hosts.map((h) => h.tableId);
    await phone.ok({ type: 'profile.set', name: m.name, group: 'resident' });
    await phone.ok({ type: 'tables.pick', picks: [tables[0]!, tables[1]!] });
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId }); // round 1
    // Cards outlive their author's erase (anonymous, for the harvest); a withdrawn one must not.
    await phone.ok({ type: 'card.add', cardId: 'c-marker', text: m.card, tags: [] });
    await phone.ok({ type: 'card.withdraw', cardId: 'c-marker' });
    await phone.ok({
      type: 'signup.add',
      signupId: 's-marker',
      groupId: 'wg-wijkhub',
      contact: { email: m.email, phone: null },
      consent: true,
    });
    await fac.until((s) => Object.values(s.signups).some((x) => x.contact?.email === m.email), 'the sign-up');
    return { links, fac, phone };
  }

  it('after "wis mijn gegevens": not in the database, its WAL, or after a restart', async () => {
    const m = markers();
    const server = await testServer();
    cleanups.push(() => fs.rmSync(server.dataDir, { recursive: true, force: true }));
    let running = true;
    cleanups.push(() => (running ? server.close() : undefined));
    const { fac, phone } = await evening(server.url, m);
    // The check can fail: before the erase, the data is on disk.
    expect(foundOnDisk(server.dataDir, m)).not.toEqual([]);

    await phone.ok({ type: 'participant.erase' });
    await fac.until((s) => !Object.values(s.participants).some((p) => p.name === m.name), 'the erase');
    expect(foundOnDisk(server.dataDir, m)).toEqual([]);

    await server.close();
    running = false;
    const again = await testServer({ dataDir: server.dataDir });
    cleanups.push(() => again.close());
    expect(foundOnDisk(server.dataDir, m)).toEqual([]);
  });

  it('after the facilitator deletes the session: not in the database, its WAL, or after a restart', async () => {
    const m = markers();
    const server = await testServer();
    cleanups.push(() => fs.rmSync(server.dataDir, { recursive: true, force: true }));
    let running = true;
    cleanups.push(() => (running ? server.close() : undefined));
    const { links } = await evening(server.url, m);
    // Another session stays: the delete must not simply empty the database.
    const other = await createSession(server.url);
    expect(foundOnDisk(server.dataDir, m)).not.toEqual([]);

    const res = await fetch(`${server.url}/api/sessions/${links.sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${secretOf(links.facilitator)}` },
    });
    expect(res.status).toBe(204);
    expect(foundOnDisk(server.dataDir, m)).toEqual([]);

    await server.close();
    running = false;
    const again = await testServer({ dataDir: server.dataDir });
    cleanups.push(() => again.close());
    expect(foundOnDisk(server.dataDir, m)).toEqual([]);
    const kept = await fetch(`${again.url}/api/sessions/${other.sessionId}/links`, {
      headers: { authorization: `Bearer ${secretOf(other.facilitator)}` },
    });
    expect(kept.status).toBe(200);
  });
});
