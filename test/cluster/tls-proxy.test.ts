import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { Service } from '../../harness/cluster/services';
import { startCaddy } from '../../harness/cluster/caddy';
import { startTlsNginx } from '../../harness/cluster/nginx';
import { makeTestCertificate, type TestCertificate } from '../integration/support/certificate';
import { TestClient } from '../../harness/client';
import { ServerProcess } from '../../harness/server-process';
import { createSession } from '../../harness/server';

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A request from a given loopback address (127.0.0.2, …): the proxy sees each as another client,
 * as it sees two phones, and names it in X-Forwarded-For. `forwardedFor` is what a client may claim.
 */
function request(
  url: string,
  options: { ca?: string; from?: string; method?: string; body?: unknown; forwardedFor?: string } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: http.OutgoingHttpHeaders = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.forwardedFor !== undefined) headers['x-forwarded-for'] = options.forwardedFor;
  const get = url.startsWith('https:') ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        method: options.method ?? 'GET',
        headers,
        ...(options.ca === undefined ? {} : { ca: options.ca }),
        ...(options.from === undefined ? {} : { localAddress: options.from }),
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A phone's join over wss through the proxy, from a given loopback address: welcome or the error code. */
function handshake(url: string, ca: string, from: string, joinCode: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      ca,
      localAddress: from,
      extraHeaders: { 'X-Forwarded-For': '198.51.100.1' },
      auth: { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', joinCode } },
    } as Parameters<typeof io>[1]);
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

type Proxy = { httpUrl: string } & Service;
type ProxySample = {
  name: string;
  start(options: { upstreamPort: number; certFile: string; keyFile: string }): Promise<Proxy>;
  /** The status of its plain-http redirect. */
  redirect: number;
};

/** The two samples, each run as it stands with only its ports, certificate and upstream put in. */
const samples: ProxySample[] = [
  { name: 'deploy/nginx-tls.conf (nginx)', start: startTlsNginx, redirect: 301 },
  { name: 'deploy/Caddyfile (Caddy)', start: startCaddy, redirect: 308 },
];

/** TLS ends at the proxy; the server behind it trusts that proxy alone (TRUST_PROXY=127.0.0.1). */
describe.each(samples)('the TLS sample $name in front of one server', (sample) => {
  let cert: TestCertificate;
  let server: ServerProcess;
  let proxy: Proxy;
  let clientDir: string;
  // Made once, straight at the server: SESSIONS_PER_HOUR=1 allows one per address.
  let links: CreateSessionResponse;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    cert = await makeTestCertificate();
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-client-'));
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Tafelronde</title>');
    server = new ServerProcess({ TRUST_PROXY: '127.0.0.1', SESSIONS_PER_HOUR: '1', CLIENT_DIR: clientDir });
    await server.start();
    links = await createSession(server.url);
    proxy = await sample.start({ upstreamPort: server.port, certFile: cert.certFile, keyFile: cert.keyFile });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await proxy?.stop();
    await server?.cleanup();
    cert?.remove();
    if (clientDir) fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('serves the app over https with HSTS and the app’s own headers', async () => {
    const page = await request(`${proxy.url}/`, { ca: cert.ca });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Tafelronde</title>');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('sends plain http on to https', async () => {
    const answer = await request(`${proxy.httpUrl}/join/ABC234`);
    expect(answer.status).toBe(sample.redirect);
    expect(answer.headers.location).toBe('https://127.0.0.1/join/ABC234');
  });

  it('a participant joins over wss through the proxy and gets the ack of a command', async () => {
    const phone = new TestClient(proxy.url, { kind: 'participant', joinCode: links.joinCode }, { ca: cert.ca });
    clients.push(phone);
    await phone.ready();
    expect(phone.socket.io.engine.transport.name).toBe('websocket');
    const ack = await phone.send({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
    expect(ack.ok).toBe(true);
  });

  it('REST: the server counts each client by the address the proxy names, not its own or a claimed one', async () => {
    // One new session per address per hour (SESSIONS_PER_HOUR=1).
    const create = (from: string, forwardedFor: string) =>
      request(`${proxy.url}/api/sessions`, {
        ca: cert.ca,
        from,
        forwardedFor,
        method: 'POST',
        body: { template: 'world-cafe-evening', language: 'nl' },
      });
    expect((await create('127.0.0.2', '203.0.113.1')).status).toBe(201);
    // Claiming another address does not give the same client a new allowance…
    expect((await create('127.0.0.2', '203.0.113.2')).status).toBe(429);
    // …and another client is not held back by the first: the server did not see the proxy's address.
    const other = await create('127.0.0.3', '203.0.113.1');
    expect(other.status).toBe(201);
    expect((JSON.parse(other.body) as CreateSessionResponse).joinCode).toMatch(/^[A-Z0-9]{6}$/);
  });

  it('wss: wrong join codes from one phone throttle that phone only', async () => {
    const { joinCode } = links;
    let answer = '';
    for (let i = 0; i < 100 && answer !== 'RATE_LIMITED'; i++)
      answer = await handshake(proxy.url, cert.ca, '127.0.0.4', 'ZZZZZZ');
    expect(answer).toBe('RATE_LIMITED');
    expect(await handshake(proxy.url, cert.ca, '127.0.0.4', joinCode)).toBe('RATE_LIMITED');
    expect(await handshake(proxy.url, cert.ca, '127.0.0.5', joinCode)).toBe('welcome');
  });
});
