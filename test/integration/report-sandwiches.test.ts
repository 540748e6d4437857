import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { parseCsv } from '../../shared/report';
import { docxParagraphs } from '../unit/report/docx-text';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * The sandwiches through a real server: phones tick "a sandwich" before the evening; every
 * internal download names the count and who, the public downloads and the follow-up hold neither.
 */
describe('the sandwiches in the report downloads', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let fac: TestClient;
  let people: TestClient[];
  const get = (path: string, token: string | null = secretOf(links.facilitator)) =>
    fetch(`${server.url}${path}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  const base = () => `/api/sessions/${links.sessionId}`;
  const textOf = async (res: Response, format: string) =>
    format === 'docx'
      ? docxParagraphs(new Uint8Array(await res.arrayBuffer()))
          .map((p) => p.text)
          .join('\n')
      : res.text();

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    people = Array.from(
      { length: 4 },
      () => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
    );
    await Promise.all([fac, ...people].map((c) => c.ready()));
    await people[0]!.ok({ type: 'profile.set', name: 'Wim Broodjeseter', sandwich: true });
    await people[1]!.ok({ type: 'profile.set', name: 'Ada Broodjeseter', sandwich: true });
    await people[2]!.ok({ type: 'profile.set', sandwich: true });
    await people[3]!.ok({ type: 'profile.set', name: 'Kees Zonderbrood', sandwich: false });
    await fac.until((s) => Object.values(s.participants).filter((p) => p.sandwich).length === 3, 'three sandwiches');
    await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    await fac.ok({ type: 'session.end' });
    await fac.ok({ type: 'followup.publish', published: true });
  });

  afterAll(async () => {
    for (const c of [fac, ...(people ?? [])]) c?.close();
    await server?.cleanup();
  });

  it.each(['md', 'html', 'docx'] as const)(
    'internal %s: the count, the names, those without a name',
    async (format) => {
      const res = await get(`${base()}/report.${format}?version=internal`);
      expect(res.status).toBe(200);
      const text = await textOf(res, format);
      expect(text).toContain('Aantal broodjes: 3');
      expect(text).toContain('Broodje voor: Ada Broodjeseter, Wim Broodjeseter');
      expect(text).toContain('Zonder naam: 1');
      expect(text).not.toContain('Kees Zonderbrood');
    },
  );

  it('internal CSV and JSON: the count and who', async () => {
    const rows = parseCsv(await (await get(`${base()}/report/attendance.csv?version=internal`)).text()).slice(1);
    expect(rows.filter((r) => r[0] === 'broodjes').map((r) => r[3])).toEqual(['3']);
    expect(rows.filter((r) => r[0] === 'broodje voor').map((r) => [r[1], r[3]])).toEqual([
      ['Ada Broodjeseter', '1'],
      ['Wim Broodjeseter', '1'],
      ['zonder naam', '1'],
    ]);
    const archive = (await (await get(`${base()}/report.json?version=internal`)).json()) as {
      session: { participants: Record<string, { name: string | null; sandwich: boolean }> };
    };
    const ticked = Object.values(archive.session.participants).filter((p) => p.sandwich);
    expect(ticked.map((p) => p.name ?? '').sort()).toEqual(['', 'Ada Broodjeseter', 'Wim Broodjeseter']);
  });

  it('public downloads and the follow-up: no sandwich count and no name', async () => {
    const outs: [string, string][] = [];
    for (const format of ['md', 'html', 'docx', 'json'] as const)
      outs.push([format, await textOf(await get(`${base()}/report.${format}?version=public`), format)]);
    for (const file of ['attendance', 'signups'])
      outs.push([file, await (await get(`${base()}/report/${file}.csv?version=public`)).text()]);
    // The follow-up's JSON carries the report's labels for the page; the data is what counts.
    const { texts: _labels, ...followup } = (await (await get(`/api/followup/${links.joinCode}`, null)).json()) as {
      texts: unknown;
      sandwiches?: unknown;
    };
    expect(followup.sandwiches ?? null).toBeNull();
    outs.push(['follow-up', JSON.stringify(followup)]);
    outs.push(['follow-up page', await (await get(`/api/followup/${links.joinCode}/report.html`, null)).text()]);
    for (const [what, text] of outs) {
      expect(text.length, what).toBeGreaterThan(50);
      for (const never of ['Broodjeseter', 'Aantal broodjes', 'Broodje voor', 'Zonder naam', 'broodje voor'])
        expect(text, `${what}: ${never}`).not.toContain(never);
      expect(text, what).not.toMatch(/^\uFEFF?broodjes;/m);
    }
  });
});
