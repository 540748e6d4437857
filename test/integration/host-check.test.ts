import http from 'node:http';
import os from 'node:os';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../../harness/server';

/** DNS rebinding (issue 15): a Host naming a foreign domain is refused; configured and local names pass. */
describe('host check', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({ publicUrl: 'https://cafe.gemeente.nl', allowedOrigins: ['https://extra.example.org'] });
  });
  afterAll(() => server.cleanup());

  /** GET with a given Host header (fetch does not let a caller set Host). */
  const get = (path: string, host: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });

  const cases: { host: string; ok: boolean }[] = [
    { host: 'evil.example', ok: false },
    { host: `evil.example:${'3000'}`, ok: false },
    { host: 'cafe.gemeente.nl.evil.example', ok: false },
    { host: 'a@cafe.gemeente.nl', ok: false },
    { host: 'cafe.gemeente.nl', ok: true },
    { host: 'CAFE.gemeente.nl.', ok: true },
    { host: 'extra.example.org', ok: true },
    { host: 'localhost:3000', ok: true },
    { host: '127.0.0.1:3000', ok: true },
    { host: '[::1]:3000', ok: true },
    { host: '192.168.1.23:3000', ok: true },
    { host: `${os.hostname()}:3000`, ok: true },
    { host: `${os.hostname()}.local`, ok: true },
  ];
  it.each(cases)('Host $host → ok: $ok', async ({ host, ok }) => {
    expect(await get('/api/health', host)).toBe(ok ? 200 : 403);
  });

  it('refuses a live connection for a foreign Host, even when Origin matches it', async () => {
    const socket = io(server.url, {
      transports: ['websocket'],
      extraHeaders: { host: 'evil.example', origin: 'http://evil.example' },
      reconnection: false,
    });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(error).toBeInstanceOf(Error);
    expect(server.logs.some((l) => l.includes('evil.example'))).toBe(true);
  });

  it('serves its chosen address at /api/address', async () => {
    const res = await fetch(`${server.url}/api/address`);
    expect(await res.json()).toEqual({ url: 'https://cafe.gemeente.nl', reachable: true, source: 'public-url' });
  });
});
