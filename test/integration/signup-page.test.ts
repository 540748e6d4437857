import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';
import type { Event } from '../../shared/protocol/events';
import type { CreateSessionResponse, SignupInfo, SignupResponse } from '../../shared/protocol/api';
import type { Registered } from '../../server/session/registrations';
import { memoryLimiters } from '../../server/security/rate-limit';

/**
 * The public sign-up page through a real server: the REST routes, the personal code at the
 * handshake, cancelling by code, and the calendar files. The clock stands still on a winter
 * evening's afternoon before; the sessions are dated in the week after.
 */
describe('the public sign-up page', () => {
  const clock = { t: Date.parse('2027-01-08T12:00:00Z') };
  let server: Awaited<ReturnType<typeof testServer>>;
  const clients: TestClient[] = [];
  const told: { sessionId: string; registered: Registered[] }[] = [];

  beforeAll(async () => {
    server = await testServer({
      now: () => clock.t,
      // Many sign-ups from the test's one address; the default limit is tested below by its own server.
      limits: { signupsPerAddress: memoryLimiters(() => clock.t)('signups', 1000, 1) },
      onRegistered: (sessionId, registered) => told.push({ sessionId, registered }),
    });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  const connect = async (credential: ConstructorParameters<typeof TestClient>[1]) => {
    const c = new TestClient(server.url, credential);
    clients.push(c);
    await c.ready();
    return c;
  };

  /** A dated session with its sign-up page as `page` says, and its facilitator connected. */
  async function session(page: { open?: boolean; capacity?: number | null; closesAt?: number | null } = {}) {
    const links = await createSession(server.url);
    const facilitator = await connect({ kind: 'facilitator', token: secretOf(links.facilitator) });
    await facilitator.ok({ type: 'session.update', date: '2027-01-15', venue: 'Buurthuis De Linde' });
    await facilitator.ok({
      type: 'signupPage.set',
      open: page.open ?? true,
      capacity: page.capacity ?? null,
      closesAt: page.closesAt ?? null,
      askSandwich: true,
    });
    return { links, facilitator };
  }

  const signUp = (links: CreateSessionResponse, body: Record<string, unknown>) =>
    fetch(`${server.url}/api/signup/${links.joinCode}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: nanoid(), ...body }),
    });

  it('GET tells the page what it needs; a sign-up is registered, with its code, links and the hook told', async () => {
    const { links, facilitator } = await session({ capacity: 2 });
    const info = (await (await fetch(`${server.url}/api/signup/${links.joinCode}`)).json()) as SignupInfo;
    expect(info).toMatchObject({
      joinCode: links.joinCode,
      date: '2027-01-15',
      venue: 'Buurthuis De Linde',
      open: true,
      placesLeft: 2,
      closesAt: null,
      askSandwich: true,
      startsAt: Date.parse('2027-01-15T17:30:00Z'),
      endsAt: Date.parse('2027-01-15T21:00:00Z'),
      calendar: `/api/signup/${links.joinCode}/calendar.ics`,
      programmeCalendar: null,
    });
    expect(info.tables.map((t) => t.title)).toEqual(links.hosts.map((h) => h.title));

    const res = await signUp(links, { name: 'Anna de Vries', email: 'anna@example.org', picks: [info.tables[1]!.id] });
    expect(res.status).toBe(201);
    const body = (await res.json()) as SignupResponse;
    expect(body.status).toBe('registered');
    expect(body.code).toMatch(/^[A-Z2-9]{12}$/);
    expect(body.personalLink).toBe(`/p#${body.code}`);
    expect(body.calendar).toBe(info.calendar);
    await facilitator.until((s) => Object.keys(s.registrations ?? {}).length === 1, 'the registration');
    const r = Object.values(facilitator.state!.registrations!)[0]!;
    expect(r).toMatchObject({ name: 'Anna de Vries', source: 'form', status: 'registered' });
    expect(told.at(-1)).toEqual({
      sessionId: links.sessionId,
      registered: [{ registrationId: r.id, participantId: r.participantId, code: body.code }],
    });
    const after = (await (await fetch(`${server.url}/api/signup/${links.joinCode}`)).json()) as SignupInfo;
    expect(after.placesLeft).toBe(1);
  });

  it('full: the next one waits; a validation error names its field', async () => {
    const { links } = await session({ capacity: 1 });
    expect(((await (await signUp(links, { name: 'Een' })).json()) as SignupResponse).status).toBe('registered');
    const second = await signUp(links, { name: 'Twee' });
    expect(second.status).toBe(201);
    expect(((await second.json()) as SignupResponse).status).toBe('waiting');
    const bad = await signUp(links, { name: 'Drie', email: 'not an address' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; path: string } }).error).toMatchObject({
      code: 'VALIDATION',
      path: 'email',
    });
    const unknownTable = await signUp(links, { name: 'Vier', picks: ['no-such-table'] });
    expect(unknownTable.status).toBe(400);
    expect(((await unknownTable.json()) as { error: { path: string } }).error.path).toBe('picks.0');
  });

  it('closed, or past its closing moment: refused with WRONG_PHASE and nothing changes', async () => {
    for (const page of [{ open: false }, { closesAt: clock.t - 1 }]) {
      const { links, facilitator } = await session(page);
      const version = facilitator.state!.version;
      const info = (await (await fetch(`${server.url}/api/signup/${links.joinCode}`)).json()) as SignupInfo;
      expect(info.open).toBe(false);
      const res = await signUp(links, { name: 'Te laat' });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('WRONG_PHASE');
      // A command after it is the next version: the refused sign-up stored nothing in between.
      const v = await facilitator.ok({ type: 'session.update', venue: 'Elders' });
      expect(v).toBe(version + 1);
      expect(facilitator.state!.registrations ?? {}).toEqual({});
    }
  });

  it('the same e-mail twice (any case): CONFLICT on the e-mail field', async () => {
    const { links } = await session();
    expect((await signUp(links, { name: 'Bea', email: 'bea@example.org' })).status).toBe(201);
    const again = await signUp(links, { name: 'Bea B.', email: 'BEA@Example.org' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string; path: string } }).error).toMatchObject({
      code: 'CONFLICT',
      path: 'email',
    });
  });

  it('an unknown join code is 404 and counts as a wrong code', async () => {
    const res = await fetch(`${server.url}/api/signup/ZZZZZZ`);
    expect(res.status).toBe(404);
    expect((await signUp({ joinCode: 'ZZZZZZ' } as CreateSessionResponse, { name: 'X' })).status).toBe(404);
  });

  it('the personal code at the handshake is that participant, name filled in; a reconnect stays them', async () => {
    const { links, facilitator } = await session();
    const body = (await (await signUp(links, { name: 'Cor Jansen', sandwich: true })).json()) as SignupResponse;
    const phone = await connect({ kind: 'personal', code: body.code });
    const actor = phone.welcome!.actor;
    expect(actor.role).toBe('participant');
    const r = Object.values(facilitator.state!.registrations!)[0]!;
    expect(actor.role === 'participant' && actor.participantId).toBe(r.participantId);
    await phone.until((s) => s.participants[r.participantId] !== undefined, 'the phone is the participant');
    expect(phone.state!.participants[r.participantId]).toMatchObject({
      name: 'Cor Jansen',
      sandwich: true,
      registrationId: r.id,
    });
    // Typed with spaces, as it is shown: the same person, not a second participant.
    const again = await connect({ kind: 'personal', code: `${body.code.slice(0, 4)} ${body.code.slice(4)}` });
    expect(again.welcome!.actor).toEqual(actor);
    expect(Object.keys(facilitator.state!.participants)).toEqual([r.participantId]);
  });

  it('cancel by personal code: cancelled, the first waiting moves up; the facilitator hears both', async () => {
    const { links, facilitator } = await session({ capacity: 1 });
    const heard: Event[] = [];
    facilitator.socket.on('batch', (b) => heard.push(...b.events));
    const first = (await (await signUp(links, { name: 'Eerste' })).json()) as SignupResponse;
    // The waiting list is first come, first served by the registration's time: the clock moves.
    clock.t += 1000;
    await signUp(links, { name: 'Wachter' });
    clock.t += 1000;
    await signUp(links, { name: 'Tweede wachter' });
    await facilitator.until((s) => Object.keys(s.registrations ?? {}).length === 3, 'three registrations');
    const byName = (name: string) => Object.values(facilitator.state!.registrations!).find((r) => r.name === name)!;

    const res = await fetch(`${server.url}/api/signup/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: first.code.toLowerCase() }),
    });
    expect(res.status).toBe(200);
    await facilitator.until((s) => s.registrations![byName('Wachter').id]!.status === 'registered', 'promoted');
    expect(byName('Eerste').status).toBe('cancelled');
    expect(byName('Tweede wachter').status).toBe('waiting');
    expect(heard.filter((e) => e.type.startsWith('registration.'))).toEqual([
      { type: 'registration.cancelled', registrationId: byName('Eerste').id },
      { type: 'registration.promoted', registrationId: byName('Wachter').id },
    ]);

    const wrong = await fetch(`${server.url}/api/signup/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ABCDEFGHJKMN' }),
    });
    expect(wrong.status).toBe(404);
  });

  it('calendar.ics: text/calendar, a file name, the evening in UTC; programme.ics holds every known session', async () => {
    const { links } = await session();
    const res = await fetch(`${server.url}/api/signup/${links.joinCode}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+-2027-01-15\.ics"$/);
    const ics = await res.text();
    expect(ics).toContain('DTSTART:20270115T173000Z\r\n');
    expect(ics).toContain('DTEND:20270115T210000Z\r\n');
    expect(ics).toContain(`/join/${links.joinCode}\r\n`);
    expect(ics).toContain('LOCATION:Buurthuis De Linde\r\n');
    expect((await fetch(`${server.url}/api/signup/${links.joinCode}/programme.ics`)).status).toBe(404);

    const next = await fetch(`${server.url}/api/sessions/${links.sessionId}/next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secretOf(links.facilitator)}` },
      body: JSON.stringify({ programmeTitle: 'Wijkreeks' }),
    });
    const second = (await next.json()) as CreateSessionResponse;
    const f2 = await connect({ kind: 'facilitator', token: secretOf(second.facilitator) });
    await f2.ok({ type: 'session.update', date: '2027-07-10' });
    const info = (await (await fetch(`${server.url}/api/signup/${second.joinCode}`)).json()) as SignupInfo;
    expect(info.programmeTitle).toBe('Wijkreeks');
    const programme = await (await fetch(`${server.url}${info.programmeCalendar}`)).text();
    expect(programme.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(programme).toContain('DTSTART:20270115T173000Z\r\n');
    expect(programme).toContain('DTSTART:20270710T163000Z\r\n');
    expect(programme).toContain('X-WR-CALNAME:Wijkreeks\r\n');
  });
});

describe('sign-ups per address', () => {
  it('the default allows 30 an hour from one address, then RATE_LIMITED', async () => {
    const clock = { t: Date.parse('2027-01-08T12:00:00Z') };
    const server = await testServer({ now: () => clock.t });
    try {
      const links = await createSession(server.url);
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const res = await fetch(`${server.url}/api/signup/${links.joinCode}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: nanoid(), name: `P${i}` }),
        });
        statuses.push(res.status);
      }
      // The page was never opened: every allowed one is refused by the rules, the 31st by the limit.
      expect(statuses.slice(0, 30).every((s) => s === 409)).toBe(true);
      expect(statuses[30]).toBe(429);
    } finally {
      await server.cleanup();
    }
  });
});
