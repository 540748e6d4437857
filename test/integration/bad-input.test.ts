import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { LIMITS } from '../../shared/protocol/limits';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { RateLimiter } from '../../server/security/rate-limit';
import { connectError, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Bad input at the door: each row is answered with its error code, and the session's state is
 * exactly what it was before.
 */
describe('bad input', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let facilitator: TestClient;
  let host: TestClient;
  let phone: TestClient;
  let screen: TestClient;

  beforeAll(async () => {
    // The table of bad commands sends one harmless command after each row from the facilitator:
    // room for all of them at once; the flood test below still finds the limit.
    server = await testServer({
      limits: { joinFailures: new RateLimiter(5, 5 / 60), commandsPerConnection: () => new RateLimiter(60, 20) },
    });
    links = await createSession(server.url);
    facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    screen = new TestClient(server.url, { kind: 'screen', token: secretOf(links.screen) });
    await Promise.all([facilitator, host, phone, screen].map((c) => c.ready()));
    await facilitator.ok({ type: 'phase.advance' }); // walk-in: live, not yet a table round
    await host.ok({ type: 'card.add', cardId: 'card-1', text: 'een kaart', tags: [] });
    await phone.atVersion(facilitator.state!.version);
  });
  afterAll(async () => {
    for (const c of [facilitator, host, phone, screen]) c?.close();
    await server?.cleanup();
  });

  const long = (n: number) => 'x'.repeat(n + 1);
  const rows: [string, () => TestClient, unknown, string, string?][] = [
    ['not an object', () => facilitator, 'phase.advance', 'VALIDATION'],
    ['no id', () => facilitator, { type: 'phase.advance' }, 'VALIDATION', 'id'],
    ['unknown type', () => facilitator, { id: 'a1', type: 'session.destroy' }, 'VALIDATION', 'type'],
    ['extra field', () => facilitator, { id: 'a2', type: 'checkin', admin: true }, 'VALIDATION'],
    [
      'card over 500 characters',
      () => host,
      { id: 'a3', type: 'card.add', cardId: 'c9', text: long(LIMITS.cardText) },
      'VALIDATION',
      'text',
    ],
    ['empty card', () => host, { id: 'a4', type: 'card.add', cardId: 'c9', text: '   ' }, 'VALIDATION', 'text'],
    [
      'card of only zero-width characters',
      () => host,
      { id: 'a4z', type: 'card.add', cardId: 'c9', text: '\u200B\u200D\uFEFF\u00AD' },
      'VALIDATION',
      'text',
    ],
    [
      'question over 1000 characters',
      () => phone,
      { id: 'a5', type: 'question.ask', questionId: 'q1', categoryId: 'other', text: long(LIMITS.questionText) },
      'VALIDATION',
      'text',
    ],
    [
      'name over 60 characters',
      () => phone,
      { id: 'a6', type: 'profile.set', name: long(LIMITS.name) },
      'VALIDATION',
      'name',
    ],
    [
      'id with odd characters',
      () => host,
      { id: 'a7', type: 'card.add', cardId: '../etc', text: 'x' },
      'VALIDATION',
      'cardId',
    ],
    [
      'card id named like an inherited property',
      () => host,
      { id: 'a7p', type: 'card.add', cardId: '__proto__', text: 'x' },
      'VALIDATION',
      'cardId',
    ],
    [
      'seating plan keyed by constructor',
      () => facilitator,
      { id: 'a7q', type: 'plan.publish', plan: { constructor: ['wijkhub'] } },
      'VALIDATION',
      'plan.constructor',
    ],
    ['unknown card', () => host, { id: 'a8', type: 'card.edit', cardId: 'nope', text: 'x' }, 'NOT_FOUND', 'cardId'],
    ['unknown phase', () => facilitator, { id: 'a9', type: 'phase.jump', phaseId: 'nope' }, 'NOT_FOUND', 'phaseId'],
    [
      'unknown category',
      () => phone,
      { id: 'b1', type: 'question.ask', questionId: 'q1', categoryId: 'nope', text: 'x' },
      'NOT_FOUND',
      'categoryId',
    ],
    ['vote before voting opens', () => phone, { id: 'b2', type: 'vote.cast', cardId: 'card-1' }, 'WRONG_PHASE'],
    [
      'participant card outside a round',
      () => phone,
      { id: 'b3', type: 'card.add', cardId: 'c9', text: 'x' },
      'WRONG_PHASE',
    ],
    [
      'stale "next"',
      () => facilitator,
      { id: 'b4', type: 'phase.advance', expectedPhaseId: 'break-1' },
      'CONFLICT',
      'expectedPhaseId',
    ],
    ['participant advances the phase', () => phone, { id: 'b5', type: 'phase.advance' }, 'FORBIDDEN'],
    ['host hides a card', () => host, { id: 'b6', type: 'card.hide', cardId: 'card-1', hidden: true }, 'FORBIDDEN'],
    ['screen sends anything', () => screen, { id: 'b7', type: 'broadcast.send', text: 'hallo' }, 'FORBIDDEN'],
    [
      'participant edits the host card',
      () => phone,
      { id: 'b8', type: 'card.edit', cardId: 'card-1', text: 'mijn tekst' },
      'FORBIDDEN',
    ],
    [
      'host writes to another table',
      () => host,
      () => ({ id: 'b9', type: 'card.add', cardId: 'c9', tableId: links.hosts[1]!.tableId, text: 'x' }),
      'FORBIDDEN',
      'tableId',
    ],
    [
      'a participant joins by command',
      () => phone,
      { id: 'c1', type: 'participant.join', participantId: 'someone' },
      'VALIDATION',
      'type',
    ],
    [
      'contact without consent',
      () => phone,
      {
        id: 'c2',
        type: 'signup.add',
        signupId: 's1',
        groupId: 'wg-wijkhub',
        contact: { email: 'a@b.nl', phone: null },
        consent: false,
      },
      'VALIDATION',
      'consent',
    ],
  ];

  // SPEC R12
  it.each(rows)('%s', async (_name, who, command, code, path) => {
    const before: SessionState = structuredClone(facilitator.state!);
    const error = await who().refused(typeof command === 'function' ? command() : command);
    expect(error.code).toBe(code);
    if (path !== undefined) expect(error.path).toBe(path);
    // Nothing changed: a harmless command still lands on the very next version.
    const v = await facilitator.ok({ type: 'broadcast.send', text: `na ${_name}`.slice(0, 200) });
    expect(v).toBe(before.version + 1);
    const { broadcast: _b, version: _v, ...rest } = facilitator.state!;
    const { broadcast: _b2, version: _v2, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  // SPEC R6
  it('refuses handshakes it cannot trust', async () => {
    expect(
      (
        await connectError(server.url, {
          protocol: PROTOCOL_VERSION + 1,
          credential: { kind: 'facilitator', token: secretOf(links.facilitator) },
        })
      ).code,
    ).toBe('PROTOCOL_MISMATCH');
    expect(
      (await connectError(server.url, { protocol: PROTOCOL_VERSION, credential: { kind: 'host', code: 'ABCDEFGHJK' } }))
        .code,
    ).toBe('UNAUTHORIZED');
    expect(
      (
        await connectError(server.url, {
          protocol: PROTOCOL_VERSION,
          credential: { kind: 'facilitator', role: 'facilitator' },
        })
      ).code,
    ).toBe('UNAUTHORIZED');
    expect((await connectError(server.url, { nonsense: true })).code).toBe('UNAUTHORIZED');
  });

  // SPEC R13
  it('slows down a client that floods, and keeps serving the others', async () => {
    const flood = await Promise.all(
      Array.from({ length: 120 }, (_, i) => phone.send({ type: 'profile.set', name: `naam ${i}` })),
    );
    expect(flood.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    expect(await facilitator.ok({ type: 'broadcast.clear' })).toBeGreaterThan(0);
  });

  it('drops a connection that sends a message over the size limit, and stays up', async () => {
    const big = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    await big.ready();
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', (reason) => resolve(reason)));
    big.socket.io.opts.reconnection = false;
    big.socket.emit(
      'command',
      { id: 'big', type: 'profile.set', name: 'x'.repeat(LIMITS.messageBytes + 10) },
      () => undefined,
    );
    expect(await closed).toBe('transport close');
    big.close();
    expect(await facilitator.ok({ type: 'broadcast.send', text: 'nog steeds hier' })).toBeGreaterThan(0);
  });
  // Last: it uses up this address's allowance of wrong codes.
  it('throttles join-code guessing per address', async () => {
    const guess = { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', joinCode: 'ZZZZZZ' } };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) codes.push((await connectError(server.url, guess)).code);
    expect(codes.slice(0, 2)).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED']);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});
