import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Recorder, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Keep-together teams through a real server: the facilitator sets them, only facilitators are
 * sent them (read off the wire of every other role), and erasing takes a person out of theirs.
 */
describe('keep-together teams through the server', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: Awaited<ReturnType<typeof createSession>>;
  const clients: TestClient[] = [];
  const open = <C extends TestClient>(c: C) => (clients.push(c), c);
  let facilitator: TestClient;
  let host: Recorder;
  let screen: Recorder;
  let desk: Recorder;
  /** Ann, Bob and Cas are the team; Dan is not in it. */
  const phones: Record<string, Recorder> = {};
  const ids: Record<string, string> = {};
  const LABEL = 'Werkplaats Noordoost';

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    facilitator = open(new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) }));
    host = open(new Recorder(server.url, { kind: 'host', code: links.hosts[0]!.code }));
    screen = open(new Recorder(server.url, { kind: 'screen', token: secretOf(links.screen) }));
    desk = open(new Recorder(server.url, { kind: 'desk', code: links.desk.code }));
    await Promise.all([facilitator.ready(), host.ready(), screen.ready(), desk.ready()]);
    const table = links.hosts[0]!.tableId;
    for (const name of ['Ann', 'Bob', 'Cas', 'Dan']) {
      const phone = open(new Recorder(server.url, { kind: 'participant', joinCode: links.joinCode }));
      await phone.ready();
      const actor = phone.welcome!.actor;
      if (actor.role !== 'participant') throw new Error('not a participant');
      ids[name] = actor.participantId;
      phones[name] = phone;
      // At the host's table, so the host tablet holds all four (and would hear of their team).
      await phone.ok({ type: 'tables.pick', picks: [table] });
    }
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.cleanup();
  });

  const others = () => [host, screen, desk, ...Object.values(phones)];
  const everyoneAt = (v: number) => Promise.all([facilitator, ...others()].map((c) => c.atVersion(v)));

  // SPEC R10
  it('the facilitator sets a team of three; nobody else is sent its members or its name', async () => {
    const v = await facilitator.ok({
      type: 'team.set',
      teamId: 'team-1',
      label: LABEL,
      memberIds: [ids.Ann!, ids.Bob!, ids.Cas!],
      stays: true,
    });
    // Every connection hears the version (an empty batch), so it has all it will get of it.
    await everyoneAt(v);
    expect(facilitator.state!.teams).toEqual({
      'team-1': { id: 'team-1', label: LABEL, memberIds: [ids.Ann, ids.Bob, ids.Cas], stays: true },
    });
    // A snapshot too: a facilitator connecting now holds the team from the start.
    const late = open(new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) }));
    await late.ready();
    expect(late.state!.teams?.['team-1']?.memberIds).toHaveLength(3);

    for (const c of others()) {
      expect(c.state!.teams, 'a view without teams').toBeUndefined();
      expect(c.heard(LABEL), 'the label').toBe(false);
      expect(c.heard('team-1'), 'the team id').toBe(false);
      expect(c.heard('"teams"'), 'a teams field').toBe(false);
    }
    // Ann's phone holds her own id, never the ids of her team-mates.
    for (const [name, phone] of Object.entries(phones))
      for (const [other, id] of Object.entries(ids))
        if (other !== name) expect(phone.heard(id), `${name}'s phone heard ${other}'s id`).toBe(false);
    // The check can pass: the host tablet does hold the four (they sit at its table).
    expect(Object.keys(host.state!.participants).sort()).toEqual(Object.values(ids).sort());
  });

  it('refuses a team with someone who is not in the session, and a participant’s team.set', async () => {
    const unknown = await facilitator.refused({
      id: 'cmd-unknown',
      type: 'team.set',
      teamId: 'team-2',
      label: 'X',
      memberIds: [ids.Dan, 'zzzzzzzz'],
    });
    expect([unknown.code, unknown.path]).toEqual(['NOT_FOUND', 'memberIds.1']);
    const byPhone = await phones.Dan!.refused({
      id: 'cmd-phone',
      type: 'team.set',
      teamId: 'team-2',
      label: 'X',
      memberIds: [ids.Dan, ids.Ann],
    });
    expect(byPhone.code).toBe('FORBIDDEN');
    expect(Object.keys(facilitator.state!.teams ?? {})).toEqual(['team-1']);
  });

  it('an erased member leaves the team; when a pair is left and one more goes, the team goes', async () => {
    const cas = phones.Cas!;
    const erased = await cas.ok({ type: 'participant.erase' });
    await facilitator.atVersion(erased);
    expect(facilitator.state!.teams?.['team-1']?.memberIds).toEqual([ids.Ann, ids.Bob]);

    const v = await phones.Bob!.ok({ type: 'participant.erase' });
    await facilitator.atVersion(v);
    expect(facilitator.state!.teams).toEqual({});
    // Ann's phone never heard of the team, not even when it went.
    await phones.Ann!.atVersion(v);
    expect(phones.Ann!.heard(LABEL) || phones.Ann!.heard('team-1')).toBe(false);
  });
});
