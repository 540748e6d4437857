import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import type { Credential } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * One prankster typing wrong codes at a venue must not lock the room out: only failures count,
 * and a valid credential gets in at once while the address is throttled. Guessing stays as slow
 * as before: a wrong code is still refused, and a short code of a session the address never
 * proved is refused unread. The server runs with its real limits (30 wrong codes, then one every
 * two seconds) on a clock that stands still, so no token comes back unless the test moves it.
 */

/** One handshake, from `from` (named to the server in X-Forwarded-For) or from 127.0.0.1. */
function handshake(url: string, credential: Credential, from?: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      ...(from === undefined ? {} : { extraHeaders: { 'X-Forwarded-For': from } }),
      auth: { protocol: PROTOCOL_VERSION, credential },
    });
    socket.on('welcome', () => {
      socket.close();
      resolve('welcome');
    });
    socket.on('connect_error', (error: Error & { data?: { code: string } }) => {
      socket.close();
      resolve(error.data?.code ?? error.message);
    });
  });
}

const wrongCode = (n: number): Credential => ({
  kind: 'participant',
  joinCode: `ZZZ${'ABCDEFGHJK'[Math.floor(n / 100) % 10]}${'ABCDEFGHJK'[Math.floor(n / 10) % 10]}${'ABCDEFGHJK'[n % 10]}`,
});

/** Wrong codes until the address is throttled; returns how many were checked (answered UNAUTHORIZED). */
async function guessUntilThrottled(url: string, from?: string, start = 0): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const answer = await handshake(url, wrongCode(start + i), from);
    if (answer === 'RATE_LIMITED') return i;
    expect(answer).toBe('UNAUTHORIZED');
  }
  throw new Error('wrong codes were never throttled');
}

describe('a venue behind one address, with a prankster typing wrong codes', () => {
  const clock = { t: Date.parse('2026-12-03T19:00:00Z') };
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let other: CreateSessionResponse;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    // Behind a proxy on loopback, so the prankster of the second test can come from elsewhere.
    server = await testServer({ now: () => clock.t, trustProxy: 'loopback' });
    links = await createSession(server.url);
    other = await createSession(server.url);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  it('after 30+ wrong codes, a facilitator link, a host code and a reconnecting phone get in at once', async () => {
    // The evening is running: the facilitator's laptop and a phone are connected from the venue.
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    clients.push(facilitator, phone);
    await Promise.all([facilitator.ready(), phone.ready()]);
    const me = phone.welcome!.actor;

    expect(await guessUntilThrottled(server.url)).toBeGreaterThanOrEqual(30);

    // Everyone with a valid credential still gets in, on the same address, without waiting.
    expect(await handshake(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) })).toBe('welcome');
    expect(await handshake(server.url, { kind: 'host', code: links.hosts[0]!.code })).toBe('welcome');
    expect(await handshake(server.url, { kind: 'desk', code: links.desk.code })).toBe('welcome');
    expect(await handshake(server.url, { kind: 'screen', token: secretOf(links.screen) })).toBe('welcome');
    phone.welcome = null;
    phone.socket.disconnect();
    phone.socket.connect();
    await phone.ready();
    expect(phone.welcome!.actor).toEqual(me);
    // A newcomer scanning the QR code on the wall, too.
    expect(await handshake(server.url, { kind: 'participant', joinCode: links.joinCode })).toBe('welcome');

    // None of that gave the prankster a try back.
    expect(await handshake(server.url, wrongCode(500))).toBe('RATE_LIMITED');
    expect(await handshake(server.url, { kind: 'host', code: 'ZZZZZZZZZZ' })).toBe('RATE_LIMITED');
  });

  it('a prankster who knows the join code on the wall still cannot try other codes', async () => {
    const prankster = '203.0.113.7';
    expect(await handshake(server.url, { kind: 'participant', joinCode: links.joinCode }, prankster)).toBe('welcome');
    await guessUntilThrottled(server.url, prankster);
    // Right codes he had no way of knowing are refused unread, exactly like wrong ones: no oracle.
    expect(await handshake(server.url, { kind: 'host', code: links.hosts[0]!.code }, prankster)).toBe('RATE_LIMITED');
    expect(await handshake(server.url, { kind: 'participant', joinCode: other.joinCode }, prankster)).toBe(
      'RATE_LIMITED',
    );
    // The code he knows still works: it tells him nothing new.
    expect(await handshake(server.url, { kind: 'participant', joinCode: links.joinCode }, prankster)).toBe('welcome');
    // Another address is not affected at all.
    expect(await handshake(server.url, { kind: 'participant', joinCode: other.joinCode }, '198.51.100.20')).toBe(
      'welcome',
    );
  });

  it('an address gets 30 wrong codes at once, then one every two seconds: 1800 an hour', async () => {
    const guesser = '198.51.100.99';
    expect(await guessUntilThrottled(server.url, guesser)).toBe(30);
    clock.t += 60_000;
    expect(await guessUntilThrottled(server.url, guesser, 100)).toBe(30);
  });
});
