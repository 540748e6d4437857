import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './support/client';
import { createSession, secretOf, testServer } from './support/server';

/**
 * What host tablets and the screen are sent, read off the wire: every snapshot and batch a real
 * socket receives, as the JSON it arrived as.
 */
class Recorder extends TestClient {
  readonly wire: string[] = [];
  constructor(...args: ConstructorParameters<typeof TestClient>) {
    super(...args);
    this.socket.onAny((_event: string, ...payload: unknown[]) => this.wire.push(JSON.stringify(payload)));
  }
  /** Whether any message so far contained `text`. */
  heard(text: string): boolean {
    return this.wire.some((m) => m.includes(text));
  }
}

describe('privacy on the wire: host tablets and the screen', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: Awaited<ReturnType<typeof createSession>>;
  const clients: TestClient[] = [];
  const open = <C extends TestClient>(c: C) => (clients.push(c), c);
  let facilitator: TestClient;
  let hub: Recorder;
  let stem: Recorder;
  const ids: Record<string, string> = {};
  const tables = () => links.hosts.map((h) => h.tableId);

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    const [t0, t1, t2] = tables();
    facilitator = open(new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) }));
    hub = open(new Recorder(server.url, { kind: 'host', code: links.hosts[0]!.code }));
    stem = open(new Recorder(server.url, { kind: 'host', code: links.hosts[1]!.code }));
    await Promise.all([facilitator.ready(), hub.ready(), stem.ready()]);
    // Ann sits at table 0 in round 1 and table 1 in round 2; Bob at 1 then 2; Cas at 2 then 1.
    const people: [string, string[]][] = [
      ['Annemarie', [t0!, t1!]],
      ['Bartholomeus', [t1!, t2!]],
      ['Cornelia', [t2!, t1!]],
    ];
    for (const [name, picks] of people) {
      const phone = open(new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
      await phone.ready();
      const actor = phone.welcome!.actor;
      if (actor.role !== 'participant') throw new Error('not a participant');
      ids[name] = actor.participantId;
      await phone.ok({ type: 'profile.set', name, group: 'resident' });
      await phone.ok({ type: 'tables.pick', picks });
    }
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    const v = await facilitator.ok({ type: 'broadcast.send', text: 'Naar je tafel' });
    await Promise.all([hub.atVersion(v), stem.atVersion(v)]);
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.cleanup();
  });

  it('a host tablet never receives the name or id of someone who does not sit at its table', async () => {
    expect(Object.values(hub.state!.participants).map((p) => p.name)).toEqual(['Annemarie']);
    for (const name of ['Bartholomeus', 'Cornelia']) {
      expect(hub.heard(name), name).toBe(false);
      expect(hub.heard(ids[name]!), `${name}'s id`).toBe(false);
    }
    // The tablet of table 1 sees all three: Bob now, Ann and Cas in round 2 (the check can pass).
    expect(
      Object.values(stem.state!.participants)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Annemarie', 'Bartholomeus', 'Cornelia']);
  });

  it('someone moved to a table arrives on its tablet with their seats, and leaves the one they left', async () => {
    const [t0, , t2] = tables();
    const cas = ids.Cornelia!;
    await facilitator.ok({ type: 'assignment.set', participantId: cas, round: 2, tableId: t0! });
    await hub.until((s) => s.participants[cas]?.name === 'Cornelia', 'Cornelia at table 0');
    expect(hub.state!.assignments[cas]).toEqual({ '2': t0 });
    const bob = ids.Bartholomeus!;
    await facilitator.ok({ type: 'assignment.set', participantId: cas, round: 2, tableId: t2! });
    await hub.until((s) => !(cas in s.participants), 'Cornelia gone from table 0');
    expect(hub.state!.assignments).toEqual({});
    expect(hub.heard('Bartholomeus') || hub.heard(bob)).toBe(false);
  });
});
