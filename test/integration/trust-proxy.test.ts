import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { RateLimiter } from '../../server/security/rate-limit';
import { createSession, testServer } from '../../harness/server';

/** A handshake as a phone behind a proxy makes it: the proxy names the phone in X-Forwarded-For. */
function handshake(url: string, joinCode: string, forwardedFor: string): Promise<'welcome' | string> {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { 'X-Forwarded-For': forwardedFor },
      auth: { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', joinCode } },
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

describe('client addresses behind a proxy (TRUST_PROXY)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  async function guessUntilThrottled(url: string, from: string): Promise<void> {
    for (let i = 0; i < 10; i++) if ((await handshake(url, 'ZZZZZZ', from)) === 'RATE_LIMITED') return;
    throw new Error('wrong codes were never throttled');
  }

  it('trusting the proxy, one phone guessing codes is throttled and the others still join', async () => {
    const server = await testServer({ trustProxy: 'loopback', limits: { joinFailures: new RateLimiter(3, 0.001) } });
    cleanups.push(() => server.cleanup());
    const { joinCode } = await createSession(server.url);
    await guessUntilThrottled(server.url, '203.0.113.7');
    expect(await handshake(server.url, joinCode, '203.0.113.7')).toBe('RATE_LIMITED');
    expect(await handshake(server.url, joinCode, '198.51.100.20')).toBe('welcome');
  });

  it('trusting nobody, a forwarded address is ignored: a guesser cannot dodge the throttle by naming another', async () => {
    const server = await testServer({ limits: { joinFailures: new RateLimiter(3, 0.001) } });
    cleanups.push(() => server.cleanup());
    const { joinCode } = await createSession(server.url);
    await guessUntilThrottled(server.url, '203.0.113.7');
    expect(await handshake(server.url, joinCode, '198.51.100.20')).toBe('RATE_LIMITED');
  });
});
