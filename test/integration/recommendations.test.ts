import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { parseCsv } from '../../shared/report';
import { docxParagraphs } from '../unit/report/docx-text';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Issue 19, recommendations through a real server: a host adds one with an owner and a date, the
 * phone at the table holds it as the host wrote it, the facilitator changes who and when (also
 * after the end), and every report download lists it in a section of its own, before the tables.
 */
describe('a recommendation with an owner and a date', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let fac: TestClient;
  let host: TestClient;
  let phone: TestClient;
  const get = (path: string, token: string | null = secretOf(links.facilitator)) =>
    fetch(`${server.url}${path}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  const base = () => `/api/sessions/${links.sessionId}`;
  const TEXT = 'Een vast spreekuur van de wijkagent in het buurthuis';

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([fac, host, phone].map((c) => c.ready()));
    await phone.ok({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
    while (fac.state!.agenda.find((p) => p.id === fac.state!.currentPhaseId)?.round !== 1)
      await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
  });
  afterAll(async () => {
    for (const c of [fac, host, phone]) c?.close();
    await server?.cleanup();
  });

  // SPEC R15
  it('the host adds it; an owner on an idea and a date not in the calendar are refused', async () => {
    const idea = await host.refused({
      type: 'card.add',
      id: 'x1',
      cardId: 'idea1',
      text: 'Bankjes',
      owner: 'Wijkteam',
    });
    expect([idea.code, idea.path]).toEqual(['VALIDATION', 'owner']);
    const feb30 = await host.refused({
      type: 'card.add',
      id: 'x2',
      cardId: 'rec0',
      kind: 'recommendation',
      text: 'x',
      due: '2026-02-30',
    });
    expect([feb30.code, feb30.path]).toEqual(['VALIDATION', 'due']);

    await host.ok({
      type: 'card.add',
      cardId: 'rec1',
      kind: 'recommendation',
      text: TEXT,
      owner: 'Wijkteam Noord',
      due: '2026-06-30',
    });
    await phone.until((s) => s.cards.rec1?.owner === 'Wijkteam Noord', 'the recommendation on the phone');
    expect(phone.state!.cards.rec1?.due).toBe('2026-06-30');
    expect(phone.state!.cards.idea1).toBeUndefined();
  });

  // SPEC R15
  it('the facilitator changes who takes it on and by when; the tablet and the phone follow', async () => {
    await fac.ok({ type: 'card.edit', cardId: 'rec1', owner: 'Gemeente, afdeling Veiligheid', due: '2026-03-01' });
    await host.until((s) => s.cards.rec1?.due === '2026-03-01', 'the new date on the tablet');
    await phone.until((s) => s.cards.rec1?.owner === 'Gemeente, afdeling Veiligheid', 'the new owner on the phone');
    // The words stay the host's.
    expect((await fac.refused({ type: 'card.edit', id: 'x3', cardId: 'rec1', text: 'Anders' })).code).toBe('FORBIDDEN');
    await fac.ok({ type: 'session.end' });
    await fac.ok({ type: 'card.edit', cardId: 'rec1', due: '2026-04-15' });
    await host.until((s) => s.cards.rec1?.due === '2026-04-15', 'the date changed after the end');
    await fac.ok({ type: 'followup.publish', published: true });
  });

  // SPEC R15
  it.each(['md', 'html', 'docx'] as const)(
    '%s, public and internal: its own section before the tables',
    async (format) => {
      for (const version of ['public', 'internal']) {
        const res = await get(`${base()}/report.${format}?version=${version}`);
        expect(res.status).toBe(200);
        const text =
          format === 'docx'
            ? docxParagraphs(new Uint8Array(await res.arrayBuffer()))
                .map((p) => p.text)
                .join('\n')
            : (await res.text()).replace(/<[^>]+>/g, ' ');
        const section = text.indexOf('Aanbevelingen');
        const tables = text.indexOf(format === 'md' ? '## Thematafels' : 'Tafel: ');
        expect(section, `${format} ${version}`).toBeGreaterThan(-1);
        expect(tables, `${format} ${version}`).toBeGreaterThan(section);
        const own = text.slice(section, tables);
        for (const part of [TEXT, 'Gemeente, afdeling Veiligheid', '15 april 2026'])
          expect(own, `${format} ${version}`).toContain(part);
        expect(text.indexOf(TEXT, tables), `${format} ${version}: not again under its table`).toBe(-1);
      }
    },
  );

  it('the cards CSV has it with owner and due; the public follow-up carries it without an author', async () => {
    const rows = parseCsv(await (await get(`${base()}/report/cards.csv?version=public`)).text(), ';');
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === 'rec1')!;
    expect([row[header.indexOf('wie pakt het op')], row[header.indexOf('klaar op')]]).toEqual([
      'Gemeente, afdeling Veiligheid',
      '2026-04-15',
    ]);
    const followup = (await (await get(`/api/followup/${links.joinCode}`, null)).json()) as {
      recommendations: { card: Record<string, unknown>; dueText: string }[];
    };
    expect(followup.recommendations.map((r) => [r.card.text, r.card.owner, r.dueText])).toEqual([
      [TEXT, 'Gemeente, afdeling Veiligheid', '15 april 2026'],
    ]);
    expect(JSON.stringify(followup)).not.toContain('host:');
    const page = await (await get(`/api/followup/${links.joinCode}/report.html`, null)).text();
    expect(page).toContain('<time datetime="2026-04-15">15 april 2026</time>');
  });
});
