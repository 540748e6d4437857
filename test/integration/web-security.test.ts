import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import type { Credential } from '../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { openSqliteStorage } from '../../server/storage/sqlite-storage';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * The web side of issue 9 through a real server: helmet's headers and the CSP on every kind of
 * page, no CORS, and pages of other sites refused for REST writes and live connections.
 */
describe('web security', () => {
  const EVIL = 'http://evil.example';
  const PROXIED = 'https://cafe.example.org'; // as if in ALLOWED_ORIGINS behind a proxy that rewrites Host
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-client-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-test-'));
  // Opened here so the tests can count the sessions that were really stored.
  const storage = openSqliteStorage(dataDir);
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  const participant = (): Credential => ({ kind: 'participant', joinCode: links.joinCode });

  beforeAll(async () => {
    fs.writeFileSync(
      path.join(clientDir, 'index.html'),
      '<!doctype html><title>Tafelronde</title><div id="root"></div>',
    );
    server = await testServer({ clientDir, dataDir, storage, allowedOrigins: [PROXIED] });
    links = await createSession(server.url);
  });
  afterAll(async () => {
    await server.cleanup();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  /** "default-src 'self'; img-src 'self' data:" → { 'default-src': ["'self'"], 'img-src': [...] } */
  function policy(header: string | null): Record<string, string[]> {
    expect(header, 'a Content-Security-Policy header').not.toBeNull();
    return Object.fromEntries(
      header!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== '')
        .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
    );
  }
  const scriptSources = (p: Record<string, string[]>) => p['script-src'] ?? p['default-src'] ?? [];

  const pages = {
    'the start page': () => ({ path: '/', type: /^text\/html/ }),
    'a host tablet route': () => ({ path: `/host/${secretOf(links.hosts[0]!.link)}`, type: /^text\/html/ }),
    'the health check': () => ({ path: '/api/health', type: /^application\/json/ }),
  };

  it.each(Object.keys(pages) as (keyof typeof pages)[])('the app policy and headers on %s', async (name) => {
    const page = pages[name]();
    const res = await fetch(`${server.url}${page.path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(page.type);
    const csp = policy(res.headers.get('content-security-policy'));
    expect(csp).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expectCommonHeaders(res.headers, name);
  });

  it('the printable report keeps its own stricter policy (no scripts at all) and the other headers', async () => {
    const res = await fetch(`${server.url}/api/sessions/${links.sessionId}/report.html`, {
      headers: { authorization: `Bearer ${secretOf(links.facilitator)}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = policy(res.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toBeUndefined();
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expectCommonHeaders(res.headers, 'report.html');

    // The cockpit opens this page as a blob: URL, which inherits the app's policy instead: the
    // app policy allows the report's one <style>, by its hash, and nothing else inline.
    const style = /<style>([\s\S]*?)<\/style>/.exec(await res.text())?.[1];
    expect(style).toBeDefined();
    const hash = `'sha256-${createHash('sha256').update(style!).digest('base64')}'`;
    const app = policy((await fetch(`${server.url}/`)).headers.get('content-security-policy'));
    expect(app['style-src']).toEqual(["'self'", hash]);
  });

  function expectCommonHeaders(headers: Headers, what: string): void {
    const csp = policy(headers.get('content-security-policy'));
    for (const bad of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      'blob:',
      '*',
      'http:',
      'https:',
      'data:',
    ]) {
      expect(scriptSources(csp), `${what}: scripts from ${bad}`).not.toContain(bad);
    }
    expect(csp, `${what}: http stays http on a venue LAN`).not.toHaveProperty('upgrade-insecure-requests');
    expect(headers.get('strict-transport-security'), what).toBeNull();
    expect(headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(headers.get('referrer-policy'), what).toBe('no-referrer');
    expect(headers.get('x-frame-options'), what).toBe('DENY');
    expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
    expect(headers.get('cross-origin-resource-policy'), what).toBe('same-origin');
    expect(headers.get('cross-origin-embedder-policy'), what).toBeNull();
    expect(headers.get('x-powered-by'), what).toBeNull();
    expect(headers.get('access-control-allow-origin'), what).toBeNull();
  }

  describe('REST: no CORS, and no writes from pages of other sites', () => {
    const stored = async () => (await storage.listSessionIds()).length;
    const create = (headers: Record<string, string>, body = JSON.stringify({ template: 'world-cafe-evening' })) =>
      fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    it('a preflight from another site gets no Access-Control-Allow-* at all', async () => {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'OPTIONS',
        headers: {
          origin: EVIL,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(res.status).toBeLessThan(500);
      for (const name of res.headers.keys()) expect(name).not.toMatch(/^access-control-/);
    });

    it('a read from another site is answered without CORS headers, so its page cannot read it', async () => {
      const res = await fetch(`${server.url}/api/health`, { headers: { origin: EVIL } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });

    it.each([
      ['a JSON POST', { 'content-type': 'application/json' }],
      ['a "simple" text/plain POST that skips the preflight', { 'content-type': 'text/plain' }],
    ])('%s from another site is refused with 403 and creates nothing', async (_name, type) => {
      const before = await stored();
      const res = await create({ origin: EVIL, ...type });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.stringMatching(/other sites/) } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(await stored()).toBe(before);
    });

    it('a facilitator write with a valid token from another site is refused too', async () => {
      const res = await fetch(`${server.url}/api/sessions/${links.sessionId}/facilitators`, {
        method: 'POST',
        headers: { origin: EVIL, authorization: `Bearer ${secretOf(links.facilitator)}` },
      });
      expect(res.status).toBe(403);
    });

    it.each([
      ['our own page', () => ({ origin: server.url })],
      ['no Origin (curl, a script)', () => ({})],
      ['a page listed in ALLOWED_ORIGINS', () => ({ origin: PROXIED })],
    ])('%s may create a session', async (_name, headers) => {
      const before = await stored();
      const res = await create(headers());
      expect(res.status).toBe(201);
      expect(await stored()).toBe(before + 1);
    });
  });

  describe('Socket.IO: the handshake checks the Origin', () => {
    /** A participant's live connection as a page of `origin` would open it (undefined: no browser). */
    function connect(origin: string | undefined, transport: 'websocket' | 'polling') {
      const socket = io(server.url, {
        transports: [transport],
        reconnection: false,
        extraHeaders: origin === undefined ? {} : { origin },
        auth: { protocol: PROTOCOL_VERSION, credential: participant(), lastVersion: null },
      });
      return new Promise<'welcome' | 'refused'>((resolve) => {
        socket.on('welcome', () => (socket.close(), resolve('welcome')));
        socket.on('connect_error', () => (socket.close(), resolve('refused')));
      });
    }

    it.each(['websocket', 'polling'] as const)(
      'over %s: a page of another site is refused, our own page and no Origin are welcome',
      async (transport) => {
        expect(await connect(EVIL, transport)).toBe('refused');
        expect(await connect(server.url, transport)).toBe('welcome');
        expect(await connect(undefined, transport)).toBe('welcome');
        expect(await connect(PROXIED, transport)).toBe('welcome');
        expect(await connect('null', transport)).toBe('refused');
      },
    );

    it('the refusal says why, and the log names the page', async () => {
      const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: EVIL } });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        code: 4,
        message: expect.stringMatching(/pages of other sites.*ALLOWED_ORIGINS/),
      });
      expect(server.logs.some((line) => line.includes('refused a live connection') && line.includes(EVIL))).toBe(true);
      // Our own page gets the ordinary Engine.IO handshake.
      const own = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: server.url } });
      expect(own.status).toBe(200);
      expect(await own.text()).toMatch(/^0\{"sid"/);
    });
  });
});
