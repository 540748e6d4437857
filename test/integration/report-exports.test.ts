import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/protocol/api';
import { docxParagraphs } from '../unit/report/docx-text';
import { createSession, secretOf, testServer } from '../../harness/server';
import { ServerProcess } from '../../harness/server-process';

/**
 * The export workers through a real server: the files still come out right when rendered off the
 * event loop, a worker that dies fails only its own export with a typed 500 (the next export gets
 * a fresh worker), and a full queue refuses with a typed 503 instead of piling up.
 */
describe('report exports in worker threads', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function evening(url: string) {
    const links = await createSession(url);
    const token = secretOf(links.facilitator);
    const get = (path: string) =>
      fetch(`${url}/api/sessions/${links.sessionId}/${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { links, get };
  }
  const docxText = async (res: Response) =>
    docxParagraphs(new Uint8Array(await res.arrayBuffer()))
      .map((p) => p.text)
      .join('\n');
  const codeOf = async (res: Response) => ((await res.json()) as ApiError).error.code;

  it('a worker that dies gives 500 EXPORT_FAILED; the next export gets a new worker', async () => {
    const worker = new URL('./support/faulty-export-worker.mjs', import.meta.url);
    const server = await testServer({ exports: { threads: 1, worker } });
    cleanups.push(() => server.cleanup());
    const { get } = await evening(server.url);

    const crashed = await get('report.docx?version=internal');
    expect(crashed.status).toBe(500);
    expect(await codeOf(crashed)).toBe('EXPORT_FAILED');
    expect(server.logs.some((l) => /export docx failed: .*exited with code: 70/.test(l))).toBe(true);

    const next = await get('report.docx?version=public');
    expect(next.status).toBe(200);
    expect(await docxText(next)).toContain('Programma');
    // Again: each death is answered, each time a fresh worker follows.
    expect((await get('report.docx?version=internal')).status).toBe(500);
    const md = await get('report.md?version=internal');
    expect(md.status).toBe(200);
    expect(await md.text()).toMatch(/^# /);
  });

  it('a full queue refuses with 503 EXPORT_BUSY and Retry-After; the accepted ones and the next are whole', async () => {
    const server = await testServer({ exports: { threads: 1, maxQueue: 1 } });
    cleanups.push(() => server.cleanup());
    const { get } = await evening(server.url);

    // Eight at once on one worker with room for one waiting: the worker is still starting or
    // rendering when the later ones arrive.
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('report.docx?version=internal')));
    const refused = answers.filter((r) => r.status === 503);
    const accepted = answers.filter((r) => r.status === 200);
    expect(refused.length + accepted.length).toBe(answers.length);
    expect(refused.length).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.headers.get('retry-after')).toBe('2');
      expect(await codeOf(r)).toBe('EXPORT_BUSY');
    }
    for (const r of accepted) expect(await docxText(r)).toContain('Programma');

    const after = await get('report.docx?version=internal');
    expect(after.status).toBe(200);
    expect(await docxText(after)).toContain('Programma');
  });

  it('the worker loads its TypeScript in the server as `npm start` runs it (node --import tsx)', async () => {
    const server = new ServerProcess();
    cleanups.push(() => server.cleanup());
    await server.start();
    const { get } = await evening(server.url);
    for (const path of ['report.docx', 'report.html', 'report.md', 'report/cards.csv']) {
      const res = await get(`${path}?version=public`);
      expect(res.status, path).toBe(200);
    }
    expect(await docxText(await get('report.docx?version=public'))).toContain('Programma');
    // A server process of its own to start, then a cold worker: more than the default on a loaded machine.
  }, 90_000);
});
