import fs from 'node:fs';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/protocol/limits';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { connectError, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * New participants from one address, and the facilitator's door. The server runs with its real
 * limits on a clock that stands still, so the new-participant bucket (250 at once, one back every
 * 10 s) gives exactly its burst and no more: what a script gets at most in its first rush.
 */
describe('the door to new participants', () => {
  const clock = { t: Date.parse('2026-12-03T19:00:00Z') };
  let server: Awaited<ReturnType<typeof testServer>>;
  const clients: TestClient[] = [];
  const make = (credential: ConstructorParameters<typeof TestClient>[1]) => {
    const client = new TestClient(server.url, credential);
    clients.push(client);
    return client;
  };
  const closeAll = () => {
    for (const c of clients.splice(0)) c.close();
  };

  beforeAll(async () => {
    server = await testServer({ now: () => clock.t });
  });
  afterAll(async () => {
    closeAll();
    await server?.cleanup();
  });

  /** A join as a script makes it: connect, and hang up once the server answered. */
  function joinOnce(url: string, joinCode: string): Promise<{ participantId: string } | { code: string }> {
    return new Promise((resolve) => {
      const c = new TestClient(url, { kind: 'participant', joinCode }, { autoConnect: false });
      c.socket.io.opts.reconnection = false;
      c.socket.on('welcome', (w) => {
        c.close();
        resolve({ participantId: w.actor.role === 'participant' ? w.actor.participantId : '' });
      });
      c.socket.on('connect_error', (error: Error & { data?: { code: string } }) => {
        c.close();
        resolve({ code: error.data?.code ?? error.message });
      });
      c.socket.connect();
    });
  }

  it('200 phones from one address in one rush all get in', async () => {
    const links = await createSession(server.url);
    const facilitator = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
    await facilitator.ready();
    const phones = Array.from({ length: 200 }, () => make({ kind: 'participant', joinCode: links.joinCode }));
    await Promise.all(phones.map((p) => p.ready()));
    const ids = new Set(
      phones.map((p) => (p.welcome!.actor.role === 'participant' ? p.welcome!.actor.participantId : '')),
    );
    expect(ids.size).toBe(200);
    await facilitator.until((s) => Object.keys(s.participants).length === 200, '200 participants');
    expect(new Set(Object.keys(facilitator.state!.participants))).toEqual(ids);
    closeAll();
  });

  it('a script joining from one address is stopped far below the limit; every acknowledged join and card stays', async () => {
    const links = await createSession(server.url);
    const facilitator = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = make({ kind: 'host', code: links.hosts[0]!.code });
    await Promise.all([facilitator.ready(), host.ready()]);
    await facilitator.ok({ type: 'phase.advance' });

    const answers: ({ participantId: string } | { code: string })[] = [];
    const cards: string[] = [];
    const script = async () => {
      while (answers.length < 600) answers.push(await joinOnce(server.url, links.joinCode));
    };
    const writer = async () => {
      for (let i = 0; i < 20; i++) {
        const cardId = nanoid();
        const ack = await host.send({ type: 'card.add', cardId, text: `kaart ${i}`, tags: [] });
        if (ack.ok) cards.push(cardId);
      }
    };
    await Promise.all([...Array.from({ length: 20 }, script), writer()]);

    const joined = answers.flatMap((a) => ('participantId' in a ? [a.participantId] : []));
    const refused = answers.flatMap((a) => ('code' in a ? [a.code] : []));
    expect(joined).toHaveLength(250);
    expect(joined.length).toBeLessThan(LIMITS.participants / 10);
    expect(new Set(refused)).toEqual(new Set(['RATE_LIMITED']));
    expect(cards).toHaveLength(20);

    // What a fresh connection sees: every acknowledged join and card, nothing more.
    const fresh = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
    await fresh.ready();
    await fresh.until((s) => s.version >= facilitator.state!.version, 'the latest version');
    expect(new Set(Object.keys(fresh.state!.participants))).toEqual(new Set(joined));
    expect(new Set(Object.keys(fresh.state!.cards))).toEqual(new Set(cards));

    // The same address still gets into another session, and a phone that joined reconnects.
    const other = await createSession(server.url);
    expect('participantId' in (await joinOnce(server.url, other.joinCode))).toBe(true);
    closeAll();
  });

  it('closed: a new phone is refused DOOR_CLOSED, a phone that joined before reconnects; open: joins again', async () => {
    const links = await createSession(server.url);
    const facilitator = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = make({ kind: 'participant', joinCode: links.joinCode });
    await Promise.all([facilitator.ready(), phone.ready()]);
    const me = phone.welcome!.actor;

    await facilitator.ok({ type: 'door.set', open: false });
    const guess = { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', joinCode: links.joinCode } };
    expect((await connectError(server.url, guess)).code).toBe('DOOR_CLOSED');

    phone.welcome = null;
    phone.socket.disconnect();
    phone.socket.connect();
    await phone.ready();
    expect(phone.welcome!.actor).toEqual(me);
    expect(await phone.ok({ type: 'profile.set', name: 'Ann' })).toBeGreaterThan(0);

    await facilitator.ok({ type: 'door.set', open: true });
    const late = make({ kind: 'participant', joinCode: links.joinCode });
    await late.ready();
    await facilitator.until((s) => Object.keys(s.participants).length === 2, 'the late arrival');
    closeAll();
  });

  it('remove who did nothing: exactly the inactive ones go, from the state and from disk', async () => {
    const links = await createSession(server.url);
    const facilitator = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = make({ kind: 'host', code: links.hosts[0]!.code });
    const [picker, writer, asker, signer, voter, idle, named] = Array.from({ length: 7 }, () =>
      make({ kind: 'participant', joinCode: links.joinCode }),
    );
    const phones = [picker!, writer!, asker!, signer!, voter!, idle!, named!];
    await Promise.all([facilitator, host, ...phones].map((c) => c.ready()));
    const idOf = (c: TestClient) => (c.welcome!.actor.role === 'participant' ? c.welcome!.actor.participantId : '');
    const tableId = links.hosts[0]!.tableId;

    await picker!.ok({ type: 'tables.pick', picks: [tableId] });
    await asker!.ok({ type: 'question.ask', questionId: nanoid(), categoryId: 'bylaw', text: 'Wie beslist?' });
    await signer!.ok({ type: 'signup.add', signupId: nanoid(), groupId: 'wg-wijkhub', consent: false });
    await named!.ok({ type: 'profile.set', name: 'Naam-die-weg-moet' });
    await named!.ok({ type: 'checkin' });
    // The writer and the voter sit at a table in round 1; the seat was the facilitator's doing.
    await facilitator.ok({ type: 'assignment.set', participantId: idOf(writer!), round: 1, tableId });
    await facilitator.ok({ type: 'assignment.set', participantId: idOf(voter!), round: 1, tableId });
    for (let i = 0; i < 4; i++)
      await facilitator.ok({ type: 'phase.advance', expectedPhaseId: facilitator.state!.currentPhaseId });
    await writer!.ok({ type: 'card.add', cardId: 'c-writer', text: 'Een buurthuis', tags: [] });
    await host.ok({ type: 'card.add', cardId: 'c-host', text: 'Een bankje', tags: [] });
    await host.ok({ type: 'card.highlight', cardId: 'c-host', on: true });
    await facilitator.ok({ type: 'voting.open' });
    await voter!.ok({ type: 'vote.cast', cardId: 'c-host' });

    const inactive = [idOf(idle!), idOf(named!)];
    const kept = [picker!, writer!, asker!, signer!, voter!].map(idOf);
    const gone = Promise.all([idle!, named!].map((c) => new Promise((r) => c.socket.once('disconnect', r))));
    const v = await facilitator.ok({ type: 'participants.removeInactive' });
    await facilitator.atVersion(v);
    expect(Object.keys(facilitator.state!.participants).sort()).toEqual([...kept].sort());
    // Their connections end with their data; nobody else's does.
    await gone;
    for (const c of [picker!, writer!, asker!, signer!, voter!]) expect(c.socket.connected).toBe(true);

    // Gone from disk too: the history restarted without them (checked like "wis mijn gegevens").
    const onDisk = fs
      .readdirSync(server.dataDir, { recursive: true })
      .map((f) => path.join(server.dataDir, String(f)))
      .filter((f) => fs.statSync(f).isFile())
      .filter((f) => fs.readFileSync(f).includes('Naam-die-weg-moet'));
    expect(onDisk).toEqual([]);

    // A removed phone coming back is a stranger: it joins as someone new.
    idle!.welcome = null;
    idle!.socket.connect();
    await idle!.ready();
    expect(inactive).not.toContain(idOf(idle!));
    closeAll();
  });
});
