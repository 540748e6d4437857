import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { CSV_FILES } from '../../shared/report/csv';
import { docxParagraphs } from '../unit/report/docx-text';
import { TestClient } from '../../harness/client';
import { createNextSession, createSession, secretOf, testServer } from '../../harness/server';

/**
 * The programme report (the "gereedschapskist") through a real server: three sessions of one
 * series, each played over sockets (cards, a highlight, a theme, an answered question, a sign-up
 * with a contact), then the third session's facilitator downloads the series in every format.
 */
describe('GET /api/sessions/:id/programme-report', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  const sessions: CreateSessionResponse[] = [];
  const clients: TestClient[] = [];
  const NAMES: string[] = [];
  const EMAILS: string[] = [];
  /** What each session said, to be found in the programme report. */
  const said: string[][] = [];

  async function play(links: CreateSessionResponse, n: number): Promise<void> {
    const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
    const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    const people = [0, 1].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
    clients.push(fac, desk, host, ...people);
    await Promise.all([fac, desk, host, ...people].map((c) => c.ready()));
    const table = links.hosts[0]!.tableId;
    for (const [i, p] of people.entries()) {
      const name = `Persoon${n}x${i} Achternaam`;
      NAMES.push(name);
      await p.ok({ type: 'profile.set', name, group: 'resident' });
      await p.ok({ type: 'tables.pick', picks: [table] });
    }
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    const texts = {
      host: `Kaartje van de host in bijeenkomst ${n}`,
      person: `Idee van een bewoner in bijeenkomst ${n}`,
      theme: `Thema van bijeenkomst ${n}`,
      question: `Vraag gesteld in bijeenkomst ${n}?`,
      answer: `Antwoord in bijeenkomst ${n}.`,
    };
    said.push(Object.values(texts));
    await host.ok({ type: 'card.add', cardId: `h${n}`, text: texts.host, tags: [] });
    await people[0]!.ok({ type: 'card.add', cardId: `p${n}`, text: texts.person, tags: [] });
    await host.ok({ type: 'card.highlight', cardId: `h${n}`, on: true });
    await fac.ok({ type: 'theme.create', themeId: `t${n}`, label: texts.theme, cardIds: [`h${n}`, `p${n}`] });
    const category = fac.state!.infoCategories[0]!.id;
    await people[1]!.ok({ type: 'question.ask', questionId: `q${n}`, categoryId: category, text: texts.question });
    await desk.ok({ type: 'question.answer', questionId: `q${n}`, answer: texts.answer, status: 'answered' });
    const group = fac.state!.workingGroups[0]!.id;
    const email = `persoon${n}@voorbeeld.nl`;
    EMAILS.push(email);
    await people[0]!.ok({
      type: 'signup.add',
      signupId: `s${n}`,
      groupId: group,
      contact: { email, phone: null },
      consent: true,
    });
    await fac.ok({ type: 'session.end' });
  }

  const get = (id: string, query: string, token: string | null) =>
    fetch(
      `${server.url}/api/sessions/${id}/programme-report?${query}`,
      token === null ? {} : { headers: { authorization: `Bearer ${token}` } },
    );
  const last = () => sessions[2]!;
  const body = async (res: Response, format: string) =>
    format === 'docx'
      ? docxParagraphs(new Uint8Array(await res.arrayBuffer()))
          .map((p) => p.text)
          .join('\n')
      : res.text();

  beforeAll(async () => {
    server = await testServer();
    sessions.push(await createSession(server.url));
    await play(sessions[0]!, 1);
    sessions.push(
      await createNextSession(server.url, sessions[0]!, {
        programmeTitle: 'Leerkring Noord',
        carry: { tables: 'themes' },
      }),
    );
    await play(sessions[1]!, 2);
    sessions.push(await createNextSession(server.url, sessions[1]!, { carry: { tables: 'same' } }));
    await play(sessions[2]!, 3);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  const FORMATS = ['md', 'html', 'docx', 'json', ...CSV_FILES.map((f) => `csv&file=${f}`)];

  it.each(['public', 'internal'] as const)(
    'the %s version in every format holds all three sessions',
    async (version) => {
      const token = secretOf(last().facilitator);
      const all: string[] = [];
      for (const format of FORMATS) {
        const res = await get(last().sessionId, `format=${format}&version=${version}`, token);
        expect(res.status, format).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-store');
        const text = await body(res, format.split('&')[0]!);
        if (!format.startsWith('csv')) {
          expect(text, format).toContain('Leerkring Noord');
          for (const s of said) for (const x of s) expect(text, `${format}: ${x}`).toContain(x);
        }
        all.push(text);
      }
      // The CSVs together hold every card, theme, question and answer of the three.
      const csv = all.slice(4).join('\n');
      for (const s of said) for (const x of s) expect(csv, x).toContain(x);
      const named = [...NAMES, ...EMAILS].filter((x) => all.some((text) => text.includes(x)));
      if (version === 'public') expect(named).toEqual([]);
      // Internally, the contacts who agreed to share them: as in the session report.
      else expect(EMAILS.every((e) => named.includes(e))).toBe(true);
    },
  );

  it('names the file after the series, and the Word file is a Word file', async () => {
    const res = await get(last().sessionId, 'format=docx&version=public', secretOf(last().facilitator));
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="verslag-leerkring-noord-reeks-openbaar.docx"',
    );
  });

  it('needs a facilitator link of this session: another session’s, an earlier one’s or none gets 401', async () => {
    const other = await createSession(server.url);
    for (const token of [null, secretOf(other.facilitator), secretOf(sessions[0]!.facilitator), 'x'.repeat(20)]) {
      const res = await get(last().sessionId, 'format=md', token);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('refuses a session outside a programme, an unknown format and a CSV without its file', async () => {
    const first = sessions[0]!;
    const alone = await get(first.sessionId, 'format=md', secretOf(first.facilitator));
    expect(alone.status).toBe(404);
    expect((await alone.json()).error.code).toBe('NOT_IN_PROGRAMME');
    const token = secretOf(last().facilitator);
    expect((await get(last().sessionId, 'format=pdf', token)).status).toBe(404);
    const csv = await get(last().sessionId, 'format=csv', token);
    expect(csv.status).toBe(400);
    expect((await csv.json()).error.code).toBe('VALIDATION');
    expect((await get(last().sessionId, 'format=md&version=everything', token)).status).toBe(400);
  });

  it('lists a deleted session as no longer kept, with nothing of it', async () => {
    const first = sessions[0]!;
    const deleted = await fetch(`${server.url}/api/sessions/${first.sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${secretOf(first.facilitator)}` },
    });
    expect(deleted.status).toBe(204);
    const res = await get(last().sessionId, 'format=md&version=internal', secretOf(last().facilitator));
    const md = await res.text();
    expect(md).toMatch(/^## Bijeenkomst 1$/m);
    expect(md).toContain('niet meer bewaard');
    // Session 1's theme lives on as session 2's table; its cards and answers are gone with it.
    for (const x of said[0]!.filter((x) => !x.startsWith('Thema'))) expect(md).not.toContain(x);
    for (const x of [...said[1]!, ...said[2]!]) expect(md).toContain(x);
  });
});
