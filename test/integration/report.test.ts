import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { importArchive, parseCsv, publicReportOf, type Report, type ReportQuestion } from '../../shared/report';
import { docxParagraphs } from '../unit/report/docx-text';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * The report and the follow-up through a real server: an evening over sockets (hosts, desk,
 * participants), then every export over REST with the facilitator's token, and the public
 * follow-up once published.
 */
describe('report exports and the follow-up page over REST', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let fac: TestClient;
  let desk: TestClient;
  let hosts: TestClient[];
  let people: TestClient[];
  const cardTexts: string[] = [];
  const HIDDEN = 'Een kaartje dat verborgen wordt';
  const get = (path: string, token: string | null = secretOf(links.facilitator)) =>
    fetch(`${server.url}${path}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  const base = () => `/api/sessions/${links.sessionId}`;
  const pid = (c: TestClient) => (c.welcome!.actor.role === 'participant' ? c.welcome!.actor.participantId : '');
  const deviceToken = (c: TestClient) => (c.credential.kind === 'participant' ? c.credential.deviceToken! : '');

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
    hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
    people = Array.from(
      { length: 6 },
      () => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
    );
    await Promise.all([fac, desk, ...hosts, ...people].map((c) => c.ready()));

    const tables = links.hosts.map((h) => h.tableId);
    for (const [i, p] of people.entries()) {
      await p.ok({ type: 'profile.set', name: `Deelnemer${i} Naam`, group: i % 2 === 0 ? 'resident' : 'professional' });
      await p.ok({ type: 'tables.pick', picks: [tables[i % 3]!, tables[(i + 1) % 3]!] });
    }
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId }); // round 1
    for (const [i, h] of hosts.entries()) {
      const text = `Hostkaartje ${i}: een plek voor iedereen`;
      cardTexts.push(text);
      await h.ok({ type: 'card.add', cardId: `h${i}`, text, tags: [] });
    }
    for (const [i, p] of people.entries()) {
      const text = `Idee ${i} van een bewoner`;
      cardTexts.push(text);
      await p.ok({ type: 'card.add', cardId: `p${i}`, text, tags: [] });
    }
    await hosts[0]!.ok({ type: 'card.add', cardId: 'bad', text: HIDDEN, tags: [] });
    await fac.ok({ type: 'card.hide', cardId: 'bad', hidden: true });
    await hosts[0]!.ok({ type: 'card.highlight', cardId: 'h0', on: true });
    await fac.ok({ type: 'voting.open', dots: 3 });
    for (const p of people) await p.ok({ type: 'vote.cast', cardId: 'h0' });
    await fac.ok({ type: 'voting.close' });

    // The info point: a question on a phone, its duplicate merged by the desk, one asked in person.
    await people[0]!.ok({
      type: 'question.ask',
      questionId: 'q-phone',
      categoryId: 'bylaw',
      text: 'Wie beslist over het budget?',
    });
    await people[1]!.ok({
      type: 'question.ask',
      questionId: 'q-dup',
      categoryId: 'bylaw',
      text: 'Wie gaat over het geld?',
    });
    await desk.ok({ type: 'question.merge', questionId: 'q-dup', intoQuestionId: 'q-phone' });
    await desk.ok({
      type: 'question.ask',
      questionId: 'q-desk',
      categoryId: 'funding',
      text: 'Is er geld voor koffie?',
    });
    await desk.ok({
      type: 'question.answer',
      questionId: 'q-desk',
      answer: 'Ja, uit het wijkbudget.',
      status: 'answered-on-spot',
    });
    await desk.ok({ type: 'question.triage', questionId: 'q-phone', status: 'follow-up' });
    // The author of the duplicate sees it merged on their phone.
    await people[1]!.until((s) => s.questions['q-dup']?.mergedInto === 'q-phone', 'the merge on the phone');

    await people[0]!.ok({
      type: 'signup.add',
      signupId: 's0',
      groupId: 'wg-wijkhub',
      contact: { email: 'deelnemer0@voorbeeld.nl', phone: null },
      consent: true,
    });
    await people[2]!.ok({ type: 'signup.add', signupId: 's2', groupId: 'wg-wijkhub', contact: null, consent: false });
    await fac.ok({ type: 'session.end' });
  });

  afterAll(async () => {
    for (const c of [fac, desk, ...(hosts ?? []), ...(people ?? [])]) c?.close();
    await server?.cleanup();
  });

  it("needs this session's facilitator token", async () => {
    const other = await createSession(server.url);
    expect((await get(`${base()}/report.md`, null)).status).toBe(401);
    expect((await get(`${base()}/report.md`, secretOf(other.facilitator))).status).toBe(401);
    expect((await get(`${base()}/report.md`, 'x'.repeat(30))).status).toBe(401);
    expect((await get(`${base()}/report.pdf`)).status).toBe(404);
    expect((await get(`${base()}/report/votes.csv`)).status).toBe(404);
    expect((await get(`${base()}/report.md?version=secret`)).status).toBe(400);
  });

  it('exports every format; every visible card once; the public version without names or contacts', async () => {
    const timings: string[] = [];
    for (const version of ['public', 'internal'] as const) {
      for (const format of ['md', 'html', 'docx', 'json'] as const) {
        const started = performance.now();
        const res = await get(`${base()}/report.${format}?version=${version}`);
        const body = format === 'docx' ? new Uint8Array(await res.arrayBuffer()) : await res.text();
        timings.push(`${format}/${version} ${(performance.now() - started).toFixed(1)} ms`);
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('content-disposition')).toMatch(
          version === 'public' ? /verslag-.*-openbaar\./ : /verslag-.*-intern\./,
        );
        const text =
          typeof body === 'string'
            ? body
            : docxParagraphs(body)
                .map((p) => p.text)
                .join('\n');
        for (const t of cardTexts) expect(text, `${format} ${version}: ${t}`).toContain(t);
        expect(text).not.toContain(HIDDEN);
        if (format !== 'json') {
          // In the listings each card is once (a highlight also shows with its dots, in the key points and vote).
          for (const t of cardTexts.filter((x) => !x.startsWith('Hostkaartje 0')))
            expect(text.split(t).length - 1, `${format}: ${t}`).toBe(1);
        }
        // Internal: only the one who consented to share contacts is named (the archive is the whole session).
        for (let i = version === 'public' ? 0 : 1; i < people.length; i++) {
          if (version === 'public' || format !== 'json')
            expect(text, `${format} ${version}`).not.toContain(`Deelnemer${i} Naam`);
        }
        if (version === 'public') expect(text).not.toContain('deelnemer0@voorbeeld.nl');
        else if (format !== 'json') expect(text).toContain('Deelnemer0 Naam: deelnemer0@voorbeeld.nl');
      }
    }
    console.log(`report exports of a small evening over HTTP: ${timings.join(', ')}`);
    const html = await get(`${base()}/report.html`);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.headers.get('content-disposition')).toMatch(/^inline/);
  });

  it('the JSON archive re-imports into the same session', async () => {
    const imported = importArchive(await (await get(`${base()}/report.json?version=internal`)).text());
    expect(imported.ok && imported.archive.version).toBe('internal');
    if (!imported.ok || imported.archive.version !== 'internal') return;
    const { bad: _hidden, ...cards } = fac.state!.cards;
    expect(imported.archive.session).toEqual({ ...fac.state!, cards });
  });

  it('the public JSON archive holds no per-person row and no join code', async () => {
    const text = await (await get(`${base()}/report.json?version=public`)).text();
    // Counts under these names are fine; a record of people, seats, dots or sign-ups is not.
    JSON.parse(text, (key, value: unknown) => {
      if (['participants', 'signups'].includes(key)) expect(typeof value, key).toBe('number');
      if (['votes', 'assignments', 'joinCode', 'joinedAt', 'checkedInAt', 'participantId'].includes(key))
        throw new Error(`the public archive holds ${key}`);
      return value;
    });
    expect(text).not.toContain(fac.state!.joinCode);
    for (const id of Object.keys(fac.state!.participants)) expect(text).not.toContain(id);
    // What it does hold: the counts and the cards of the evening.
    const imported = importArchive(text);
    expect(imported.ok && publicReportOf(imported.archive).attendance.participants).toBe(
      Object.keys(fac.state!.participants).length,
    );
  });

  it('CSV files parse back to the same counts', async () => {
    const csv = async (file: string, version = 'public') =>
      parseCsv(await (await get(`${base()}/report/${file}.csv?version=${version}&lang=en`)).text());
    expect((await csv('cards')).length - 1).toBe(cardTexts.length);
    const questions = await csv('questions');
    expect(questions.slice(1).map((r) => [r[0], r[5]])).toEqual([
      ['q-phone', '2'],
      ['q-desk', '1'],
    ]);
    expect(
      (await csv('signups')).slice(1).find((r) => r[0] === 'Wijkhub' || r[0]?.startsWith('Werkgroep')),
    ).toBeDefined();
    const signups = (await csv('signups')).slice(1).reduce((n, r) => n + Number(r[1]), 0);
    expect(signups).toBe(2);
    expect((await csv('signups', 'internal')).slice(1).filter((r) => r[3] === 'deelnemer0@voorbeeld.nl')).toHaveLength(
      1,
    );
    expect((await csv('attendance')).slice(1).find((r) => r[0] === 'participants')?.[3]).toBe(String(people.length));
    // Without ?lang the session's language: Dutch, for a Dutch Excel.
    const dutch = await get(`${base()}/report/attendance.csv?version=public`);
    expect(dutch.headers.get('content-disposition')).toContain('verslag-');
    // Response.text() drops a byte-order mark: read the bytes.
    const bytes = new Uint8Array(await dutch.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
    expect(text.startsWith('wat;groep of tafel;ronde;mensen\r\n')).toBe(true);
    expect(parseCsv(text).find((r) => r[0] === 'deelnemers')?.[3]).toBe(String(people.length));
    const bad = await get(`${base()}/report/attendance.csv?lang=fr`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
  });

  it("the follow-up: not published yet, then public, with a participant's own questions marked", async () => {
    const followup = (token: string | null = null) => get(`/api/followup/${links.joinCode}`, token);
    // To a stranger, unpublished looks exactly like unknown; a phone that joined is told "not yet".
    const before = await followup();
    const unknown = await get('/api/followup/ZZZZZZ', null);
    expect([before.status, unknown.status]).toEqual([404, 404]);
    expect(await before.json()).toEqual(await unknown.json());
    const phoneBefore = await followup(deviceToken(people[0]!));
    expect(((await phoneBefore.json()) as { error: { code: string } }).error.code).toBe('NOT_PUBLISHED');
    // Only the facilitator publishes; the desk may not.
    expect((await desk.send({ type: 'followup.publish', published: true })).ok).toBe(false);

    await fac.ok({
      type: 'question.answer',
      questionId: 'q-phone',
      answer: 'De gemeenteraad, op advies van het wijkplatform.',
    });
    await fac.ok({ type: 'followup.publish', published: true });

    const anonymous = (await (await followup()).json()) as Report & { publishedAt: number };
    expect(anonymous.publishedAt).toBeGreaterThan(0);
    expect(anonymous.version).toBe('public');
    const all = (r: Report) => r.questions.flatMap((c) => c.questions as ReportQuestion[]);
    expect(all(anonymous).map((q) => [q.id, q.answer, q.mine])).toEqual([
      ['q-phone', 'De gemeenteraad, op advies van het wijkplatform.', false],
      ['q-desk', 'Ja, uit het wijkbudget.', false],
    ]);
    const body = JSON.stringify(anonymous);
    for (let i = 0; i < people.length; i++) expect(body).not.toContain(`Deelnemer${i}`);
    expect(body).not.toContain('voorbeeld.nl');
    expect(body).not.toContain(pid(people[0]!));

    // The asker of the question and the asker of its duplicate both see it as theirs; others do not.
    for (const [i, mine] of [
      [0, true],
      [1, true],
      [2, false],
    ] as const) {
      const r = (await (await followup(deviceToken(people[i]!))).json()) as Report;
      expect(all(r).find((q) => q.id === 'q-phone')?.mine, `person ${i}`).toBe(mine);
    }
    const page = await get(`/api/followup/${links.joinCode.toLowerCase()}/report.html`, null);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('De gemeenteraad, op advies van het wijkplatform.');

    await fac.ok({ type: 'followup.publish', published: false });
    expect((await followup()).status).toBe(404);
  });

  it("the desk's merge reaches the desk and the facilitator live", async () => {
    await fac.until((s) => s.questions['q-dup']?.mergedInto === 'q-phone', 'merge at the facilitator');
    await desk.until((s) => s.questions['q-dup']?.mergedInto === 'q-phone', 'merge at the desk');
    const v = await desk.ok({ type: 'question.merge', questionId: 'q-dup', intoQuestionId: null });
    await people[1]!.atVersion(v);
    expect(people[1]!.state!.questions['q-dup']?.mergedInto).toBeNull();
  });
});
