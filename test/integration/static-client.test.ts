import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testServer } from '../../harness/server';

/** The built client: every app path gets index.html, compressed for phones on venue Wi-Fi. */
describe('serving the client', () => {
  const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-client-'));
  let server: Awaited<ReturnType<typeof testServer>> | null = null;
  afterAll(async () => {
    await server?.cleanup();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('answers a scanned /join link with the app, gzipped, and never caches index.html', async () => {
    fs.writeFileSync(
      path.join(clientDir, 'index.html'),
      `<!doctype html><title>Tafelronde</title>${'<p>tafel</p>'.repeat(400)}`,
    );
    server = await testServer({ clientDir });
    const res = await fetch(`${server.url}/join/ABC234`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Tafelronde</title>');
  });
});
