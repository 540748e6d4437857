import net from 'node:net';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Presence } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { graceOver } from '../../server/socket/connection-cap';
import { connectError, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Issue 15: one address cannot hold the server's sockets. A small cap and short timeouts are
 * configured so they can be seen acting; the defaults and why are in docs/web-security.md.
 */
describe('connections per address and HTTP timeouts', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  async function server(options: Parameters<typeof testServer>[0]) {
    const s = await testServer(options);
    cleanups.push(() => s.cleanup());
    return s;
  }
  function client(...args: ConstructorParameters<typeof TestClient>) {
    const c = new TestClient(...args);
    cleanups.push(() => c.close());
    return c;
  }

  it('over the cap a connection is refused with a typed reason, and closing one lets a new one in', async () => {
    const s = await server({ connectionsPerAddress: 2 });
    const links = await createSession(s.url);
    const facilitator = client(s.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = client(s.url, { kind: 'host', code: links.hosts[0]!.code });
    await Promise.all([facilitator.ready(), host.ready()]);

    const refused = await connectError(s.url, {
      protocol: PROTOCOL_VERSION,
      credential: { kind: 'participant', joinCode: links.joinCode },
    });
    expect(refused).toEqual({
      code: 'RATE_LIMITED',
      message: 'too many live connections from your address (2 at once); close a few tabs or wait a minute',
    });

    // The facilitator hears the tablet go: by then the server has let go of its place.
    const tableId = links.hosts[0]!.tableId;
    const gone = new Promise<void>((resolve) => {
      const seen = (p: Presence) => {
        if (p.hosts[tableId]?.online !== 0) return;
        facilitator.socket.off('presence', seen);
        resolve();
      };
      facilitator.socket.on('presence', seen);
    });
    host.close();
    await gone;
    const phone = client(s.url, { kind: 'participant', joinCode: links.joinCode });
    await phone.ready();
    expect(phone.welcome?.actor.role).toBe('participant');
  });

  it('behind a trusted proxy the cap counts each phone by its forwarded address', async () => {
    const s = await server({ connectionsPerAddress: 1, trustProxy: 'loopback' });
    const { joinCode } = await createSession(s.url);
    const phone = (forwardedFor: string) =>
      new Promise<string>((resolve) => {
        const socket = io(s.url, {
          transports: ['websocket'],
          reconnection: false,
          extraHeaders: { 'X-Forwarded-For': forwardedFor },
          auth: { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', joinCode } },
        });
        cleanups.push(() => socket.close());
        socket.on('welcome', () => resolve('welcome'));
        socket.on('connect_error', (e: Error & { data?: { code: string } }) => resolve(e.data?.code ?? e.message));
      });
    expect(await phone('203.0.113.7')).toBe('welcome');
    expect(await phone('203.0.113.7')).toBe('RATE_LIMITED');
    expect(await phone('198.51.100.20')).toBe('welcome');
  });

  it('transports that never ask to join are refused past the cap and its grace', async () => {
    const cap = 2;
    const s = await server({ connectionsPerAddress: cap });
    // Engine.IO's polling handshake opens a transport and sends no Socket.IO CONNECT.
    const open = () => fetch(`${s.url}/socket.io/?EIO=4&transport=polling`);
    for (let i = 0; i < cap + graceOver(cap); i++) expect((await open()).status).toBe(200);
    const refused = await open();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining('too many live connections') });
  });

  /** A raw TCP connection to the server; resolves with what the server sent when it closes the connection. */
  function rawConnection(port: number, send: string): Promise<{ received: string; closedAt: number }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(send));
      cleanups.push(() => socket.destroy());
      let received = '';
      socket.on('data', (d) => (received += String(d)));
      socket.on('error', reject);
      socket.on('close', () => resolve({ received, closedAt: Date.now() }));
    });
  }
  const timeouts = { headersMs: 300, requestMs: 600, idleMs: 300, checkEveryMs: 50 };

  it('a connection that never finishes its request headers is closed by the server', async () => {
    const s = await server({ timeouts });
    const openedAt = Date.now();
    const { received, closedAt } = await rawConnection(s.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAt - openedAt).toBeGreaterThanOrEqual(timeouts.headersMs - 50);
  });

  it('a connection that sends nothing at all is closed by the server', async () => {
    const s = await server({ timeouts });
    const { received } = await rawConnection(s.port, '');
    expect(received).toMatch(/^(HTTP\/1\.1 408 |$)/);
  });

  it('an idle kept-alive connection is closed after the idle timeout', async () => {
    const s = await server({ timeouts });
    let answeredAt = 0;
    const socket = net.connect(s.port, '127.0.0.1', () =>
      socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n'),
    );
    cleanups.push(() => socket.destroy());
    let received = '';
    socket.on('data', (d) => {
      received += String(d);
      if (answeredAt === 0 && received.includes('"ok"')) answeredAt = Date.now();
    });
    await new Promise((resolve) => socket.on('close', resolve));
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    // Node waits a second past the idle timeout: 1.3 s configured here, 6 s by Node's default.
    // Closing well before the default is what shows the configured one acts.
    expect(Date.now() - answeredAt).toBeLessThan(3000);
  });
});
