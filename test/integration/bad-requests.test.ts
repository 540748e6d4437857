import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, Health } from '../../shared/protocol/api';
import { LIMITS } from '../../shared/protocol/limits';
import { testServer } from '../../harness/server';

/**
 * Issue 15: malformed paths and bodies are the client's mistake, answered 400/404/413/415 with the
 * typed error body, never 500, and the log they cause stays a few lines however many there are.
 */
describe('bad requests', () => {
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-client-'));
  let server: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Tafelronde</title>');
    fs.mkdirSync(path.join(clientDir, 'assets'));
    fs.writeFileSync(path.join(clientDir, 'assets', 'app.js'), 'export {};');
    server = await testServer({ clientDir });
  });
  afterAll(async () => {
    await server.cleanup();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  const json = (body: string, type = 'application/json'): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  const rows: [name: string, path: string, init: RequestInit, status: number, code: string][] = [
    ['bad %-encoding in a page path', '/%E0%A4%A', {}, 400, 'VALIDATION'],
    ['bad %-encoding in an asset path', '/assets/%E0%A4%A', {}, 400, 'VALIDATION'],
    ['bad %-encoding in an API parameter', '/api/sessions/%E0%A4%A/links', {}, 400, 'VALIDATION'],
    ['bad %-encoding in a follow-up code', '/api/followup/%E0%A4%A', {}, 400, 'VALIDATION'],
    ['a path climbing out of the assets', '/assets/..%2f..%2fetc%2fpasswd', {}, 403, 'FORBIDDEN'],
    ['a NUL in an asset path', '/assets/a%00b', {}, 400, 'VALIDATION'],
    ['a missing asset', '/assets/nope.js', {}, 404, 'NOT_FOUND'],
    ['a hidden file among the assets', '/assets/.hidden', {}, 404, 'NOT_FOUND'],
    ['an unknown API path', '/api/nope', {}, 404, 'NOT_FOUND'],
    ['an unknown API path with a body', '/api/nope', json('{"a":1}'), 404, 'NOT_FOUND'],
    ['another method on a page path', '/join/ABC234', { method: 'DELETE' }, 404, 'NOT_FOUND'],
    ['a POST to a page path', '/start', json('x', 'text/plain'), 404, 'NOT_FOUND'],
    ['malformed JSON', '/api/sessions', json('{"template":'), 400, 'VALIDATION'],
    ['JSON that is not an object', '/api/sessions', json('"blank"'), 400, 'VALIDATION'],
    [
      'a body over the size limit',
      '/api/sessions',
      json(JSON.stringify({ template: 'blank', pad: 'x'.repeat(LIMITS.messageBytes) })),
      413,
      'VALIDATION',
    ],
    ['a text body', '/api/sessions', json('{"template":"blank"}', 'text/plain'), 415, 'VALIDATION'],
    ['a form body', '/api/sessions', json('template=blank', 'application/x-www-form-urlencoded'), 415, 'VALIDATION'],
    [
      'an unknown charset',
      '/api/sessions',
      json('{"template":"blank"}', 'application/json; charset=latin9'),
      415,
      'VALIDATION',
    ],
    [
      'an unknown content encoding',
      '/api/sessions',
      { ...json('{"template":"blank"}'), headers: { 'content-type': 'application/json', 'content-encoding': 'br-x' } },
      415,
      'VALIDATION',
    ],
  ];

  it.each(rows)('%s (%s)', async (_name, p, init, status, code) => {
    const sessions = async () => ((await (await fetch(`${server.url}/api/health`)).json()) as Health).sessions;
    const before = await sessions();
    const res = await fetch(`${server.url}${p}`, init);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as ApiError;
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(await sessions(), 'no session was made').toBe(before);
  });

  it('a good request still works next to them', async () => {
    const res = await fetch(`${server.url}/api/sessions`, json('{"template":"blank"}'));
    expect(res.status).toBe(201);
  });

  it('1000 bad requests log a few lines and count the rest', async () => {
    const logs: string[] = [];
    const s = await testServer({ log: (m) => logs.push(m) });
    const kinds = [
      () => fetch(`${s.url}/%E0%A4%A`),
      () => fetch(`${s.url}/api/sessions`, json('{"template":')),
      () => fetch(`${s.url}/api/sessions/%E0%A4%A/links`),
      () => fetch(`${s.url}/x/%E0%A4%A`, { method: 'POST' }),
    ];
    const statuses: number[] = [];
    for (let round = 0; round < 1000 / 50; round++)
      statuses.push(
        ...(await Promise.all(Array.from({ length: 50 }, (_, i) => kinds[i % kinds.length]!()))).map((r) => r.status),
      );
    expect(statuses).toHaveLength(1000);
    expect(new Set(statuses)).toEqual(new Set([400]));
    const whileRunning = logs.length;
    await s.cleanup(); // the count of what was held back is told when the server stops, at the latest

    expect(whileRunning).toBeLessThanOrEqual(10);
    const refused = logs.filter((l) => l.startsWith('refused '));
    const suppressed = logs
      .map((l) => /^(\d+) more like this suppressed/.exec(l)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(refused.length + suppressed.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(logs.every((l) => l.length <= 310)).toBe(true);
  });
});
