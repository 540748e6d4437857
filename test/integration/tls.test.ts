import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';
import type { CreateSessionResponse, PublicAddress } from '../../shared/protocol/api';
import { makeTestCertificate, type TestCertificate } from './support/certificate';
import { TestClient } from '../../harness/client';
import { ServerProcess } from '../../harness/server-process';

/** An https request that trusts only the test CA, as a phone that installed it. */
function request(
  url: string,
  ca: string | undefined,
  options: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = https.request(
      url,
      {
        ...(ca === undefined ? {} : { ca }),
        method: options.method ?? 'GET',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The server started as `npm start` does, expected to stop at once: its exit code and what it said. */
function startAndExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-tls-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A server that did start would print its Local: line; kill it so the test fails, not hangs.
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Local:')) child.kill('SIGKILL');
    });
    child.on('close', (code) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, stderr });
    });
  });
}

describe('https and wss with TLS_CERT/TLS_KEY (no proxy, a venue laptop)', () => {
  let cert: TestCertificate;
  let server: ServerProcess;
  let clientDir: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    cert = await makeTestCertificate();
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-client-'));
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Tafelronde</title>');
    server = new ServerProcess({ TLS_CERT: cert.certFile, TLS_KEY: cert.keyFile, CLIENT_DIR: clientDir });
    await server.start();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
    cert?.remove();
    if (clientDir) fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('says https on its start-up line and in GET /api/address', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const { status, body } = await request(`${server.url}/api/address`, cert.ca);
    expect(status).toBe(200);
    expect((JSON.parse(body) as PublicAddress).url).toBe(server.url);
  });

  it('serves the app over https to a client that trusts the CA', async () => {
    const { status, body } = await request(`${server.url}/`, cert.ca);
    expect(status).toBe(200);
    expect(body).toContain('<title>Tafelronde</title>');
  });

  it('is refused by a client that does not trust the CA', async () => {
    await expect(request(`${server.url}/`, undefined)).rejects.toThrow(/certificate/i);
  });

  it('a participant joins over wss and gets the ack of a command', async () => {
    const created = await request(`${server.url}/api/sessions`, cert.ca, {
      method: 'POST',
      body: { template: 'world-cafe-evening', language: 'nl' },
    });
    expect(created.status).toBe(201);
    const links = JSON.parse(created.body) as CreateSessionResponse;
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }, { ca: cert.ca });
    clients.push(phone);
    await phone.ready();
    expect(phone.socket.io.engine.transport.name).toBe('websocket');
    const ack = await phone.send({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
    expect(ack.ok).toBe(true);
  });

  it('plain http to the https port gets no answer: nothing travels unencrypted', async () => {
    const outcome = await new Promise<string>((resolve) => {
      http
        .get(`http://127.0.0.1:${server.port}/api/address`, (res) => {
          res.resume();
          resolve(`answered ${res.statusCode}`);
        })
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    expect(outcome).toBe('ECONNRESET');
  });
});

describe('TLS settings that cannot work stop the server at start, naming the variable', () => {
  let cert: TestCertificate;
  beforeAll(async () => {
    cert = await makeTestCertificate();
  });
  afterAll(() => cert?.remove());

  it('TLS_CERT without TLS_KEY: exit code 1 and one line that names both', async () => {
    const { code, stderr } = await startAndExit({ TLS_CERT: cert.certFile, TLS_KEY: '' });
    expect(code).toBe(1);
    expect(stderr).toContain('Tafelronde cannot start: TLS_CERT is set but TLS_KEY is not');
  });

  // The rest through configFromEnv itself, which main.ts turns into the same line and exit code.
  it('TLS_KEY without TLS_CERT', () => {
    expect(() => configFromEnv({ TLS_KEY: cert.keyFile })).toThrow('TLS_KEY is set but TLS_CERT is not');
  });

  it('a file that cannot be read', () => {
    const missing = path.join(cert.dir, 'no-such.pem');
    expect(() => configFromEnv({ TLS_CERT: missing, TLS_KEY: cert.keyFile })).toThrow(
      `TLS_CERT names a file that cannot be read: ${missing} (ENOENT)`,
    );
  });

  it('a key that is not the certificate’s', () => {
    const other = path.join(cert.dir, 'ca.key');
    expect(() => configFromEnv({ TLS_CERT: cert.certFile, TLS_KEY: other })).toThrow(
      /TLS_CERT \(.*\) and TLS_KEY \(.*\) do not make a certificate with its key/,
    );
  });

  it('a certificate file that is not PEM', () => {
    expect(() => configFromEnv({ TLS_CERT: path.join(cert.dir, 'server.ext'), TLS_KEY: cert.keyFile })).toThrow(
      /TLS_CERT \(.*\) and TLS_KEY \(.*\) do not make a certificate with its key/,
    );
  });

  it('both set and readable: the files, read', () => {
    expect(configFromEnv({ TLS_CERT: cert.certFile, TLS_KEY: cert.keyFile }).tls).toEqual({
      cert: fs.readFileSync(cert.certFile),
      key: fs.readFileSync(cert.keyFile),
    });
    expect(configFromEnv({}).tls).toBeNull();
  });
});
