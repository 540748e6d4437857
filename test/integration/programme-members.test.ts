import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse, MetBeforeResponse } from '../../shared/protocol/api';
import type { CommandAck } from '../../shared/protocol/socket';
import { TestClient } from '../../harness/client';
import { createNextSession, createSession, secretOf, testServer } from '../../harness/server';

const pidOf = (c: TestClient) => (c.welcome?.actor.role === 'participant' ? c.welcome.actor.participantId : '');
const codeOf = (ack: CommandAck): string => {
  if (!ack.ok || ack.member === undefined || !('code' in ack.member))
    throw new Error(`no code: ${JSON.stringify(ack)}`);
  return ack.member.code;
};

/**
 * A three-session programme through real clients: who agreed in session 1 is recognised in
 * sessions 2 and 3 with one member id, who did not is not; a code of another series is refused;
 * the planner's met-before pairs of session 3 hold who sat together in sessions 1 and 2; erasing
 * (or taking it back) makes a code stop working.
 */
describe('programme members', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  const clients: TestClient[] = [];
  const client = (credential: ConstructorParameters<typeof TestClient>[1]) => {
    const c = new TestClient(server.url, credential);
    clients.push(c);
    return c;
  };
  const phone = async (links: CreateSessionResponse) => {
    const c = client({ kind: 'participant', joinCode: links.joinCode });
    await c.ready();
    await c.until((s) => pidOf(c) in s.participants, 'own participant');
    return c;
  };
  const facilitator = async (links: CreateSessionResponse) => {
    const c = client({ kind: 'facilitator', token: secretOf(links.facilitator) });
    await c.ready();
    return c;
  };
  /** From walk-in to the first table round: walk-in, plenary, break, round 1. */
  const toRound = async (fac: TestClient, round: number) => {
    while (fac.state!.agenda.find((p) => p.id === fac.state!.currentPhaseId)?.round !== round)
      await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
  };
  const metBefore = (links: CreateSessionResponse, token = secretOf(links.facilitator)) =>
    fetch(`${server.url}/api/sessions/${links.sessionId}/met-before`, {
      headers: { authorization: `Bearer ${token}` },
    });
  const pair = (a: string, b: string) => (a < b ? [a, b] : [b, a]);

  let s1: CreateSessionResponse;
  let s2: CreateSessionResponse;
  let s3: CreateSessionResponse;
  let fac1: TestClient;
  const codes: Record<string, string> = {};
  /** The phones by person and session: `bob1` is bob's phone in session 1. */
  const phones: Record<string, TestClient> = {};

  beforeAll(async () => {
    server = await testServer();
    s1 = await createSession(server.url);
    fac1 = await facilitator(s1);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.cleanup();
  });

  // SPEC R18
  it('session 1: ann and bob agree, cas does not; the code goes to the phone, the member id to facilitators only', async () => {
    const [t0, t1, t2] = fac1.state!.tables.map((t) => t.id);
    const ann = await phone(s1);
    const bob = await phone(s1);
    const cas = await phone(s1);
    // Round 1: ann and bob at t0, cas at t1; round 2: ann at t1 with cas, bob at t2.
    await ann.ok({ type: 'tables.pick', picks: [t0!, t1!] });
    await bob.ok({ type: 'tables.pick', picks: [t0!, t2!] });
    await cas.ok({ type: 'tables.pick', picks: [t1!, t0!] });
    const group = fac1.state!.workingGroups[0]!.id;
    await ann.ok({
      type: 'signup.add',
      signupId: 'ann-signup',
      groupId: group,
      contact: { email: 'ann@example.org', phone: null },
      consent: true,
    });
    await toRound(fac1, 1);
    await toRound(fac1, 2);

    codes.ann = codeOf(await ann.send({ type: 'member.remember', on: true }));
    codes.bob = codeOf(await bob.send({ type: 'member.remember', on: true }));
    expect(codes.ann).toMatch(/^[A-Z2-9]{12}$/);
    expect(codes.bob).not.toBe(codes.ann);

    await fac1.until((s) => typeof s.participants[pidOf(bob)]?.memberId === 'string', 'bob is a member');
    const annMember = fac1.state!.participants[pidOf(ann)]!.memberId;
    expect(annMember).toEqual(expect.any(String));
    expect(fac1.state!.participants[pidOf(cas)]!.memberId ?? null).toBeNull();
    // Nobody but facilitators holds member ids, not even the member.
    expect(ann.state!.participants[pidOf(ann)]).toBeDefined();
    expect(ann.state!.participants[pidOf(ann)]!.memberId).toBeUndefined();
    codes.annMember = annMember!;
    codes.bobMember = fac1.state!.participants[pidOf(bob)]!.memberId!;
    phones.bob1 = bob;
  });

  // SPEC R18
  it('session 2: ann and bob are recognised (ann’s sign-up comes along), cas is not; a foreign code is refused', async () => {
    s2 = await createNextSession(server.url, s1, { programmeTitle: 'Leerkring Noord' });
    const fac2 = await facilitator(s2);
    const [t0, t1] = fac2.state!.tables.map((t) => t.id);
    const ann = await phone(s2);
    const bob = await phone(s2);
    const cas = await phone(s2);
    const dan = await phone(s2);

    const ack = await ann.send({ type: 'member.claim', code: codes.ann!.replace(/(.{4})/g, '$1 ').toLowerCase() });
    expect(ack).toMatchObject({ ok: true, member: { recognised: true } });
    expect(await bob.send({ type: 'member.claim', code: codes.bob! })).toMatchObject({ ok: true });
    await fac2.until((s) => s.participants[pidOf(bob)]?.memberId === codes.bobMember, 'bob recognised');
    expect(fac2.state!.participants[pidOf(ann)]!.memberId).toBe(codes.annMember);
    expect(fac2.state!.participants[pidOf(cas)]!.memberId ?? null).toBeNull();
    // Ann's working group came along, with what she agreed to leave; she sees it as her own.
    const carried = Object.values(fac2.state!.signups).filter((s) => s.participantId === pidOf(ann));
    expect(carried).toMatchObject([{ groupId: fac2.state!.workingGroups[0]!.id, consent: true }]);
    await ann.until((s) => Object.keys(s.signups).length === 1, 'ann sees her sign-up');

    // A code of another series, or one nobody has: NOT_FOUND, nothing changes.
    const other = await createSession(server.url);
    const stranger = await phone(other);
    const foreign = codeOf(await stranger.send({ type: 'member.remember', on: true }));
    const before = fac2.state!.version;
    const refused = await cas.send({ type: 'member.claim', code: foreign });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: 'code' } });
    expect(await cas.send({ type: 'member.claim', code: 'ABCDEFGHJKMN' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await cas.send({ type: 'member.claim', code: 'ABC' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // Ann's code on a second phone in the same session: one member is one person here.
    expect(await dan.send({ type: 'member.claim', code: codes.ann! })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const probe = await fac2.ok({ type: 'broadcast.send', text: 'probe' });
    expect(probe).toBe(before + 1);

    // Dan is new in the series and agrees here; in round 1 he sits with bob, ann elsewhere.
    codes.dan = codeOf(await dan.send({ type: 'member.remember', on: true }));
    await bob.ok({ type: 'tables.pick', picks: [t0!] });
    await dan.ok({ type: 'tables.pick', picks: [t0!] });
    await ann.ok({ type: 'tables.pick', picks: [t1!] });
    await cas.ok({ type: 'tables.pick', picks: [t0!] });
    await toRound(fac2, 1);
    await fac2.until((s) => typeof s.participants[pidOf(dan)]?.memberId === 'string', 'dan is a member');
    codes.danMember = fac2.state!.participants[pidOf(dan)]!.memberId!;
    phones.dan2 = dan;
  });

  it('session 3: the session-1 code still works, one member id across the series; met-before holds sessions 1 and 2', async () => {
    s3 = await createNextSession(server.url, s2);
    const fac3 = await facilitator(s3);
    const ann = await phone(s3);
    const bob = await phone(s3);
    const dan = await phone(s3);
    const eve = await phone(s3);
    for (const [who, code] of [
      [ann, codes.ann!],
      [bob, codes.bob!],
      [dan, codes.dan!],
    ] as const)
      expect(await who.send({ type: 'member.claim', code })).toMatchObject({ ok: true });
    await fac3.until((s) => typeof s.participants[pidOf(dan)]?.memberId === 'string', 'dan recognised');
    expect(fac3.state!.participants[pidOf(ann)]!.memberId).toBe(codes.annMember);
    expect(fac3.state!.participants[pidOf(bob)]!.memberId).toBe(codes.bobMember);
    expect(fac3.state!.participants[pidOf(eve)]!.memberId ?? null).toBeNull();

    const res = await metBefore(s3);
    expect(res.status).toBe(200);
    const { pairs } = (await res.json()) as MetBeforeResponse;
    // Ann and bob at t0 in session 1's round 1; bob and dan at t0 in session 2's round 1.
    expect(pairs).toEqual([pair(pidOf(ann), pidOf(bob)), pair(pidOf(bob), pidOf(dan))].sort());

    // Only with this session's facilitator link.
    expect((await metBefore(s3, secretOf(s1.facilitator))).status).toBe(401);
    expect((await fetch(`${server.url}/api/sessions/${s3.sessionId}/met-before`)).status).toBe(401);
    phones.ann3 = ann;
    codes.ann3 = pidOf(ann);
    codes.bob3 = pidOf(bob);
    codes.dan3 = pidOf(dan);
  });

  // SPEC R18
  it('erasing in session 1 makes the code stop working and unlinks session 1; erasing in session 2 unlinks session 2', async () => {
    // Bob erases his data in session 1: his code stops working, and session 1 no longer links him.
    await phones.bob1!.ok({ type: 'participant.erase' });
    const newPhone = await phone(s3);
    expect(await newPhone.send({ type: 'member.claim', code: codes.bob! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const afterBob = (await (await metBefore(s3)).json()) as MetBeforeResponse;
    expect(afterBob.pairs).toEqual([pair(codes.bob3!, codes.dan3!)]);

    // Dan erases in session 2: his code goes, and session 2 no longer links him to bob.
    await phones.dan2!.ok({ type: 'participant.erase' });
    expect(await newPhone.send({ type: 'member.claim', code: codes.dan! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const afterDan = (await (await metBefore(s3)).json()) as MetBeforeResponse;
    expect(afterDan.pairs).toEqual([]);
  });

  it('taking it back in session 3 ends the session-1 code too', async () => {
    const fac3 = await facilitator(s3);
    expect(await phones.ann3!.send({ type: 'member.remember', on: false })).toMatchObject({ ok: true });
    await fac3.until((s) => (s.participants[codes.ann3!]?.memberId ?? null) === null, 'ann no longer a member');
    const newPhone = await phone(s3);
    expect(await newPhone.send({ type: 'member.claim', code: codes.ann! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
