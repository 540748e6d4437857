import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Health } from '../../shared/protocol/api';
import type { RoomChange } from '../../server/session/sessions';
import { ManualClock } from '../support/manual-clock';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

const IDLE_MS = 500;

describe('room lifecycle: load, idle, dispose', () => {
  // Idle time passes on this clock only when the test moves it; shorter than the heartbeat's
  // second, so a heartbeat is still pending when the room goes.
  const clock = new ManualClock();
  const changes: RoomChange[] = [];
  const waiters: { check: (c: RoomChange) => boolean; resolve: () => void }[] = [];
  /** Resolves at the first change from now on that matches. */
  const next = (type: RoomChange['type'], sessionId: string) =>
    new Promise<void>((resolve) =>
      waiters.push({ check: (c) => c.type === type && c.sessionId === sessionId, resolve }),
    );
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({
      clock,
      roomIdleMs: IDLE_MS,
      onRoomChange: (change) => {
        changes.push(change);
        for (const w of waiters.splice(0)) {
          if (w.check(change)) w.resolve();
          else waiters.push(w);
        }
      },
    });
  });
  afterAll(async () => server.cleanup());

  const loadedRooms = async () => ((await (await fetch(`${server.url}/api/health`)).json()) as Health).sessions;

  it('a session nobody is connected to leaves memory, its timers with it, and comes back exactly as it was', async () => {
    const links = await createSession(server.url);
    const table = links.hosts[0];
    if (table === undefined) throw new Error('the template has tables');
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = new TestClient(server.url, { kind: 'host', code: table.code });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([facilitator, host, phone].map((c) => c.ready()));
    const tables = links.hosts.map((h) => h.tableId);
    await phone.ok({ type: 'tables.pick', picks: [tables[0]!, tables[1]!] });
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    await facilitator.ok({ type: 'timer.start', durationMs: 45 * 60_000 });
    const cardId = nanoid();
    const addId = nanoid();
    const added = await phone.send({ type: 'card.add', cardId, text: 'een bankje bij de speeltuin', tags: [] }, addId);
    if (!added.ok) throw new Error(added.error.message);
    await host.ok({ type: 'card.add', cardId: nanoid(), text: 'de host schrijft mee', tags: [] });
    // Nothing of this for the host: a version heartbeat is pending when everyone leaves.
    const last = await phone.ok({ type: 'profile.set', sandwich: true });
    await Promise.all([facilitator, phone].map((c) => c.atVersion(last)));
    const before = { facilitator: facilitator.state, phone: phone.state };
    expect(before.facilitator?.timer).toMatchObject({ state: 'running' });
    expect(clock.pending).toBeGreaterThan(0);

    const idle = next('idle', links.sessionId);
    for (const c of [facilitator, host, phone]) c.close();
    await idle;
    expect(await loadedRooms()).toBe(1);
    const disposed = next('disposed', links.sessionId);
    clock.advance(IDLE_MS);
    await disposed;
    expect(await loadedRooms()).toBe(0);
    // The idle countdown ran and the heartbeat was cancelled with the room: nothing is left to fire.
    expect(clock.pending).toBe(0);

    // The same phone comes back with a fresh page: everything it saw is there, the timer's end
    // instant included.
    const loaded = next('loaded', links.sessionId);
    const again = new TestClient(server.url, phone.credential);
    await again.ready();
    await loaded;
    await again.atVersion(last);
    expect(again.state).toEqual(before.phone);
    const staff = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    await staff.atVersion(last);
    expect(staff.state).toEqual(before.facilitator);
    expect(await loadedRooms()).toBe(1);

    // A retry of a command acknowledged before the room left is recognised, not applied again.
    expect(
      await again.send({ type: 'card.add', cardId, text: 'een bankje bij de speeltuin', tags: [] }, addId),
    ).toEqual(added);
    // And new commands apply, with the next version.
    const v = await again.ok({ type: 'card.add', cardId: nanoid(), text: 'meer groen', tags: [] });
    expect(v).toBe(last + 1);
    await staff.atVersion(v);
    expect(Object.keys(staff.state?.cards ?? {})).toHaveLength(3);
    for (const c of [again, staff]) c.close();
  });

  it('a room loaded by a request alone leaves again; one with a connection stays', async () => {
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    await facilitator.ready();
    await facilitator.atVersion(0);
    // The report loads the second session's room; nobody connects to it.
    const other = await createSession(server.url);
    const loaded = next('idle', other.sessionId);
    const res = await fetch(`${server.url}/api/sessions/${other.sessionId}/links`, {
      headers: { authorization: `Bearer ${secretOf(other.facilitator)}` },
    });
    expect(res.status).toBe(200);
    await loaded;
    const disposed = next('disposed', other.sessionId);
    clock.advance(IDLE_MS);
    await disposed;
    // Long after, the connected session is still loaded and answers at once.
    clock.advance(10 * IDLE_MS);
    expect(changes.filter((c) => c.type === 'disposed' && c.sessionId === links.sessionId)).toEqual([]);
    expect(await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' })).toBeGreaterThan(0);
    facilitator.close();
  });
});
