import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../server/app';

/** A real server on 127.0.0.1, port 0, with its own data directory. */
export async function testServer(
  options: Partial<ServerOptions> = {},
): Promise<RunningServer & { dataDir: string; logs: string[]; cleanup(): Promise<void> }> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-test-'));
  const logs: string[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    clientDir: null,
    log: (m) => logs.push(m),
    ...options,
  });
  return {
    ...server,
    dataDir,
    logs,
    async cleanup() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createSession(url: string, template = 'world-cafe-evening', language = 'nl') {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template, language }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as import('../shared/protocol/api').CreateSessionResponse;
}

/** The secret after the # of a link. */
export const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);

/** The next session of a programme from `from` (POST /api/sessions/:id/next with its facilitator token). */
export async function createNextSession(
  url: string,
  from: import('../shared/protocol/api').CreateSessionResponse,
  body: import('../shared/protocol/api').NextSessionRequest | Record<string, unknown> = {},
) {
  const res = await fetch(`${url}/api/sessions/${from.sessionId}/next`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secretOf(from.facilitator)}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`next failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as import('../shared/protocol/api').CreateSessionResponse;
}
