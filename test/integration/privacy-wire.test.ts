import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Recorder, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * What host tablets and the screen are sent, read off the wire: every snapshot and batch a real
 * socket receives, as the JSON it arrived as.
 */
describe('privacy on the wire: host tablets and the screen', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: Awaited<ReturnType<typeof createSession>>;
  const clients: TestClient[] = [];
  const open = <C extends TestClient>(c: C) => (clients.push(c), c);
  let facilitator: TestClient;
  let hub: Recorder;
  let stem: Recorder;
  let screen: Recorder;
  const ids: Record<string, string> = {};
  const phones: Record<string, TestClient> = {};
  const tables = () => links.hosts.map((h) => h.tableId);

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    const [t0, t1, t2] = tables();
    facilitator = open(new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) }));
    hub = open(new Recorder(server.url, { kind: 'host', code: links.hosts[0]!.code }));
    stem = open(new Recorder(server.url, { kind: 'host', code: links.hosts[1]!.code }));
    screen = open(new Recorder(server.url, { kind: 'screen', token: secretOf(links.screen) }));
    await Promise.all([facilitator.ready(), hub.ready(), stem.ready(), screen.ready()]);
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
      phones[name] = phone;
      await phone.ok({ type: 'profile.set', name, group: 'resident' });
      await phone.ok({ type: 'tables.pick', picks });
    }
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    const v = await facilitator.ok({ type: 'broadcast.send', text: 'Naar je tafel' });
    await Promise.all([hub.atVersion(v), stem.atVersion(v), screen.atVersion(v)]);
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

  it('a phone without a seat cannot post a card to a table it names', async () => {
    const [t0] = tables();
    const dirk = open(new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
    await dirk.ready();
    const refused = await dirk.send({ type: 'card.add', cardId: 'card-dirk', tableId: t0!, text: 'Zomaar ergens' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', path: 'tableId' } });
    // Acknowledged after it was decided: had it been stored, the facilitator would have it now.
    const v = await facilitator.ok({ type: 'broadcast.send', text: 'Nog tien minuten' });
    await Promise.all([facilitator.atVersion(v), hub.atVersion(v)]);
    expect(facilitator.state!.cards['card-dirk']).toBeUndefined();
    expect(hub.heard('Zomaar ergens')).toBe(false);
  });

  it('the screen receives dots and sign-ups as totals, never by participant id', async () => {
    const ann = phones.Annemarie!;
    const bob = phones.Bartholomeus!;
    await ann.ok({ type: 'card.add', cardId: 'card-ann', text: 'Een buurthuis' });
    await facilitator.ok({ type: 'card.highlight', cardId: 'card-ann', on: true });
    await facilitator.ok({ type: 'voting.open', dots: 3 });
    await ann.ok({ type: 'vote.cast', cardId: 'card-ann' });
    await ann.ok({ type: 'vote.cast', cardId: 'card-ann' });
    await bob.ok({ type: 'vote.cast', cardId: 'card-ann' });
    await ann.ok({ type: 'vote.withdraw', cardId: 'card-ann' });
    const group = facilitator.state!.workingGroups[0]!.id;
    await bob.ok({ type: 'signup.add', signupId: 'su-bob', groupId: group, contact: null, consent: false });
    // Ann erases herself: her remaining dot leaves the screen's total with her.
    const v = await ann.ok({ type: 'participant.erase' });
    await Promise.all([screen.atVersion(v), facilitator.atVersion(v)]);
    expect(screen.state!.votes).toEqual({ 'card-ann': ['card-ann'] });
    expect(screen.state!.signups).toEqual({});
    // The facilitator sees the same total, by person (the check can tell them apart).
    expect(facilitator.state!.votes).toEqual({ [ids.Bartholomeus!]: ['card-ann'] });

    const people = Object.values(ids);
    const messages = screen.wire.map((m) => JSON.parse(m) as unknown[]);
    let dotEvents = 0;
    for (const [payload] of messages) {
      const p = payload as { votes?: Record<string, string[]>; signups?: object; events?: { type: string }[] };
      if (p.votes !== undefined) {
        expect(Object.keys(p.votes).filter((k) => people.includes(k))).toEqual([]);
        expect(p.signups).toEqual({});
      }
      for (const e of p.events ?? []) {
        if (e.type.startsWith('signup.')) throw new Error(`the screen was sent ${e.type}`);
        if (e.type.startsWith('vote.')) {
          dotEvents += 1;
          expect(
            people.some((id) => JSON.stringify(e).includes(id)),
            JSON.stringify(e),
          ).toBe(false);
        }
      }
    }
    // Three casts, one withdrawal, and the erased person's remaining dot.
    expect(dotEvents).toBe(5);
  });
});
