import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../harness/client';
import { presenceOf } from './support/presence';
import { createSession, secretOf, testServer } from '../../harness/server';

describe('host presence', () => {
  let clock = 1_000_000;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({ now: () => clock });
  });
  afterAll(async () => server.cleanup());

  it('tells facilitators which tablets are online and since when one is offline; nobody else hears it', async () => {
    const links = await createSession(server.url);
    const other = await createSession(server.url);
    const [first, second] = links.hosts;
    if (first === undefined || second === undefined) throw new Error('the template has tables');

    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const fac = presenceOf(facilitator);
    await facilitator.ready();
    // On connect: nothing is online yet.
    expect(await fac.until(() => true)).toEqual({ hosts: {} });

    const otherFacilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(other.facilitator) });
    const otherFac = presenceOf(otherFacilitator);
    const screen = new TestClient(server.url, { kind: 'screen', token: secretOf(links.screen) });
    const desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    const bystanders = [screen, desk, phone].map((c) => ({ client: c, presence: presenceOf(c) }));
    await Promise.all([otherFacilitator.ready(), screen.ready(), desk.ready(), phone.ready()]);

    // Two tablets at the first table (a spare, or a reload overlapping the old socket).
    const tabletA = new TestClient(server.url, { kind: 'host', code: first.code });
    const tabletHost = presenceOf(tabletA);
    await fac.until((p) => p.hosts[first.tableId]?.online === 1);
    const tabletB = new TestClient(server.url, { kind: 'host', code: first.code });
    await fac.until((p) => p.hosts[first.tableId]?.online === 2);
    const tabletC = new TestClient(server.url, { kind: 'host', code: second.code });
    await fac.until((p) => p.hosts[second.tableId]?.online === 1);

    // One of the two goes: the table is still online.
    clock += 60_000;
    tabletA.close();
    expect(await fac.until((p) => p.hosts[first.tableId]?.online === 1)).toMatchObject({
      hosts: { [first.tableId]: { online: 1, offlineSince: null } },
    });
    // The last one goes: offline since now.
    clock += 30_000;
    const wentAt = clock;
    tabletB.close();
    const after = await fac.until((p) => p.hosts[first.tableId]?.online === 0);
    expect(after.hosts[first.tableId]).toEqual({ online: 0, offlineSince: wentAt });
    expect(after.hosts[second.tableId]).toEqual({ online: 1, offlineSince: null });

    // A facilitator who connects later gets the whole picture at once.
    const late = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const latePresence = presenceOf(late);
    expect(await latePresence.until(() => true)).toEqual(after);

    // Back online: the offline time is gone.
    const tabletD = new TestClient(server.url, { kind: 'host', code: first.code });
    expect(
      (await fac.until((p) => p.hosts[first.tableId]?.online === 1)).hosts[first.tableId]?.offlineSince,
    ).toBeNull();

    // Only facilitators of this session hear any of it: a round trip on each bystander first, so
    // a presence message sent to them would have arrived.
    for (const b of bystanders) await b.client.send({ type: 'broadcast.clear' });
    for (const b of bystanders) expect(b.presence.seen).toEqual([]);
    expect(tabletHost.seen).toEqual([]);
    expect(otherFac.seen).toEqual([{ hosts: {} }]);

    for (const c of [facilitator, otherFacilitator, screen, desk, phone, tabletC, tabletD, late]) c.close();
  });
});
