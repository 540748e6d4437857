import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../../shared/model/session';
import { Recorder, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * An online table's video link through a real server and real sockets, read off the wire: who
 * receives it when a round starts, who loses it when the next round seats them elsewhere, and
 * who never receives it in any snapshot or batch.
 */
const LINK = 'https://meet.jit.si/Tafelronde-wijkhub-7Qx2';

describe('online tables: the video link on the wire', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: Awaited<ReturnType<typeof createSession>>;
  const clients: TestClient[] = [];
  const open = <C extends TestClient>(c: C) => (clients.push(c), c);
  let facilitator: TestClient;
  let hub: Recorder;
  let stem: Recorder;
  let screen: Recorder;
  let desk: Recorder;
  const phones: Record<string, Recorder> = {};
  let hubId = '';
  /** The link of the hub table as a client holds it now (undefined: not in its view). */
  const linkOf = (c: TestClient) => c.state!.tables.find((t) => t.id === hubId)?.videoUrl;
  const hubOnline = (videoUrl: string): Table[] =>
    facilitator.state!.tables.map((t) => (t.id === hubId ? { ...t, online: true, videoUrl } : t));

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    const [t0, t1, t2] = links.hosts.map((h) => h.tableId);
    hubId = t0!;
    facilitator = open(new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) }));
    hub = open(new Recorder(server.url, { kind: 'host', code: links.hosts[0]!.code }));
    stem = open(new Recorder(server.url, { kind: 'host', code: links.hosts[1]!.code }));
    screen = open(new Recorder(server.url, { kind: 'screen', token: secretOf(links.screen) }));
    desk = open(new Recorder(server.url, { kind: 'desk', code: links.desk.code }));
    await Promise.all([facilitator.ready(), hub.ready(), stem.ready(), screen.ready(), desk.ready()]);
    // Ann sits at the online table in round 1 and at table 1 in round 2; Bob the other way
    // round; Cas never sits at it.
    const people: [string, string[]][] = [
      ['ann', [t0!, t1!]],
      ['bob', [t1!, t0!]],
      ['cas', [t2!, t1!]],
    ];
    for (const [name, picks] of people) {
      const phone = open(new Recorder(server.url, { kind: 'participant', joinCode: links.joinCode }));
      await phone.ready();
      phones[name] = phone;
      await phone.ok({ type: 'tables.pick', picks });
    }
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.cleanup();
  });

  // SPEC R16
  it('a bad link is refused with VALIDATION naming the field, and changes nothing', async () => {
    const before = facilitator.state!.version;
    for (const bad of ['javascript:alert(1)', 'http://meet.jit.si/x', 'data:text/html,hi', 'https://meet.jit.si/a b']) {
      const error = await facilitator.refused({ id: `bad-${bad.length}`, type: 'tables.set', tables: hubOnline(bad) });
      expect(error).toEqual({
        code: 'VALIDATION',
        message: 'a video link must be an https:// address without spaces',
        path: 'tables.0.videoUrl',
      });
    }
    // A good command after them is the next version: the refused ones changed nothing.
    const v = await facilitator.ok({ type: 'session.update', title: 'Online avond' });
    expect(v).toBe(before + 1);
    expect(facilitator.state!.tables.every((t) => t.online === undefined && t.videoUrl === undefined)).toBe(true);
  });

  it('the host of the table has the link at once; the phones, the desk and the screen see only that it is online', async () => {
    const v = await facilitator.ok({ type: 'tables.set', tables: hubOnline(LINK) });
    await Promise.all([hub, stem, screen, desk, ...Object.values(phones)].map((c) => c.atVersion(v)));
    expect(linkOf(hub)).toBe(LINK);
    for (const c of [stem, screen, desk, ...Object.values(phones)]) {
      expect(linkOf(c)).toBeUndefined();
      expect(c.state!.tables.find((t) => t.id === hubId)?.online).toBe(true);
    }
  });

  it('in the break before round 1 the people of round 1 get the link, without a reload', async () => {
    await facilitator.ok({ type: 'phase.jump', phaseId: 'break-1' });
    await phones.ann!.until((s) => s.tables.some((t) => t.videoUrl === LINK), 'the link at the break');
    const v = await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    await Promise.all(Object.values(phones).map((c) => c.atVersion(v)));
    expect(linkOf(phones.ann!)).toBe(LINK);
    expect(linkOf(phones.bob!)).toBeUndefined();
  });

  // SPEC R16
  it('when round 2 seats Ann elsewhere her link goes and Bob, now at the table, gets it', async () => {
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-2' });
    await phones.ann!.until((s) => s.tables.every((t) => t.videoUrl === undefined), 'the link gone');
    await phones.bob!.until((s) => s.tables.some((t) => t.videoUrl === LINK), 'the link for bob');
    // A phone that connects again now gets its table's link in the snapshot, and only then.
    const again = open(new Recorder(server.url, phones.bob!.credential));
    await again.ready();
    await again.until(() => again.state !== null, 'a snapshot');
    expect(linkOf(again)).toBe(LINK);
    const annAgain = open(new Recorder(server.url, phones.ann!.credential));
    await annAgain.until(() => annAgain.state !== null, 'a snapshot');
    expect(linkOf(annAgain)).toBeUndefined();
    expect(annAgain.heard(LINK)).toBe(false);
  });

  // SPEC R16
  it('nobody else ever received the link in any snapshot or batch', async () => {
    const v = await facilitator.ok({ type: 'session.end' });
    await Promise.all([hub, stem, screen, desk, ...Object.values(phones)].map((c) => c.atVersion(v)));
    for (const [who, c] of Object.entries({ cas: phones.cas!, stem, screen, desk })) {
      expect(c.wire.length, who).toBeGreaterThan(3);
      expect(c.heard(LINK), who).toBe(false);
      expect(c.heard('videoUrl'), who).toBe(false);
    }
    // Bob sat elsewhere in round 1: the link first reached him in the batch that began round 2.
    const first = phones.bob!.wire.find((m) => m.includes(LINK)) ?? '';
    expect(first).toContain('"type":"phase.entered","phaseId":"round-2"');
    // After the evening the phones hold no link any more; the host and the facilitator keep theirs.
    expect(linkOf(phones.bob!)).toBeUndefined();
    expect(linkOf(hub)).toBe(LINK);
    expect(linkOf(facilitator)).toBe(LINK);
    // The check can fail: the people who were entitled did hear it.
    expect(hub.heard(LINK) && phones.ann!.heard(LINK) && phones.bob!.heard(LINK)).toBe(true);
  });

  it('the public follow-up page holds no link', async () => {
    await facilitator.ok({ type: 'followup.publish', published: true });
    for (const path of ['', '/report.html']) {
      const res = await fetch(`${server.url}/api/followup/${links.joinCode}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain(LINK);
    }
  });
});
