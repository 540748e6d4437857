import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StakeholderGroup } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { importArchive, parseCsv, publicReportOf, type Report } from '../../shared/report';
import { docxParagraphs } from '../unit/report/docx-text';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * The harvest's themes through a real server: hosts write cards, one host proposes a theme that
 * nobody accepts, the facilitator makes themes and opens a vote on them, phones vote, the evening
 * ends and the follow-up is published. Every download holds the themes; the public ones show no
 * group of fewer than three voters apart (here: two professionals) and nobody's name.
 */
describe('the themes in the report downloads and the follow-up', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let fac: TestClient;
  let hosts: TestClient[];
  let people: TestClient[];
  const get = (path: string, token: string | null = secretOf(links.facilitator)) =>
    fetch(`${server.url}${path}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  const base = () => `/api/sessions/${links.sessionId}`;
  const textOf = async (res: Response, format: string) =>
    format === 'docx'
      ? docxParagraphs(new Uint8Array(await res.arrayBuffer()))
          .map((p) => p.text)
          .join('\n')
      : format === 'html'
        ? // What a reader of the page sees: the text without tags.
          (await res.text()).replace(/<[^>]+>/g, '').replace(/&#39;/g, "'")
        : res.text();
  const VOTERS: { group: StakeholderGroup | null; dots: string[] }[] = [
    ...Array.from({ length: 3 }, () => ({ group: 'resident' as const, dots: ['t-plek', 't-plek'] })),
    ...Array.from({ length: 3 }, () => ({ group: 'municipality' as const, dots: ['t-geld', 't-geld', 't-plek'] })),
    ...Array.from({ length: 2 }, () => ({ group: 'professional' as const, dots: ['t-jong', 't-jong', 't-jong'] })),
    { group: null, dots: ['t-geld'] },
  ];
  const name = (i: number) => `Stemmer${i} Achternaam`;

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
    people = VOTERS.map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
    await Promise.all([fac, ...hosts, ...people].map((c) => c.ready()));
    for (const [i, p] of people.entries()) {
      const group = VOTERS[i]!.group;
      await p.ok({ type: 'profile.set', name: name(i), ...(group === null ? {} : { group }) });
    }
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    const [h0, h1, h2] = hosts as [TestClient, TestClient, TestClient];
    await h0.ok({ type: 'card.add', cardId: 'c-plek', text: 'Een huiskamer voor de wijk', tags: [] });
    await h1.ok({ type: 'card.add', cardId: 'c-plek2', text: 'Koffie op het plein', tags: [] });
    await h1.ok({ type: 'card.add', cardId: 'c-geld', text: 'Een eigen budget', tags: [] });
    await h2.ok({ type: 'card.add', cardId: 'c-jong', text: 'Jongeren aan tafel', tags: [] });
    await h0.ok({ type: 'card.add', cardId: 'c-voorstel', text: 'Alleen in een voorstel', tags: [] });
    await h0.ok({
      type: 'theme.create',
      themeId: 't-voorstel',
      label: 'Voorstel van tafel 1',
      cardIds: ['c-voorstel'],
    });
    await fac.ok({ type: 'theme.create', themeId: 't-plek', label: 'Een plek', cardIds: ['c-plek', 'c-plek2'] });
    await fac.ok({ type: 'theme.create', themeId: 't-geld', label: 'Geld', cardIds: ['c-geld'] });
    await fac.ok({ type: 'theme.create', themeId: 't-jong', label: 'Jongeren', cardIds: ['c-jong'] });
    await fac.ok({ type: 'voting.open', dots: 3, on: 'themes' });
    for (const [i, p] of people.entries()) {
      await p.until((s) => s.voting.open && s.voting.on === 'themes', 'the vote on themes');
      for (const themeId of VOTERS[i]!.dots) await p.ok({ type: 'vote.cast', themeId });
    }
    await fac.ok({ type: 'voting.close' });
    await fac.ok({ type: 'session.end' });
    await fac.ok({ type: 'followup.publish', published: true });
  });

  afterAll(async () => {
    for (const c of [fac, ...(hosts ?? []), ...(people ?? [])]) c?.close();
    await server?.cleanup();
  });

  const everyDownload = ['md', 'html', 'docx'].flatMap((format) =>
    (['public', 'internal'] as const).map((version) => [format, version] as const),
  );

  it.each(everyDownload)('%s (%s): the themes with their dots and the groups shown apart', async (format, version) => {
    const res = await get(`${base()}/report.${format}?version=${version}`);
    expect(res.status).toBe(200);
    const text = await textOf(res, format);
    const themes = text.slice(text.search(/Thema's van de avond/), text.search(/Stemronde met stippen/));
    expect(themes).toContain('Een plek — 9 stippen');
    expect(themes).toContain('Jongeren — 6 stippen');
    expect(themes).toContain('Een huiskamer voor de wijk');
    expect(themes).toContain('Koffie op het plein');
    expect(themes).toMatch(/bewoners 3, gemeente 3/);
    // Two professionals: counted in "Jongeren"'s 6, never shown apart.
    expect(themes).not.toContain('professionals');
    expect(themes).not.toContain('Voorstel van tafel 1');
    if (version === 'public') for (let i = 0; i < people.length; i++) expect(text).not.toContain(name(i));
  });

  it('the themes CSV: a row per theme, per group shown and per card', async () => {
    const rows = parseCsv(await (await get(`${base()}/report/themes.csv?version=public&lang=en`)).text());
    expect(rows[0]).toEqual([
      'theme_id',
      'theme',
      'what',
      'table_or_group',
      'card_id',
      'text',
      'dots',
      'share_percent',
      'groups_differ',
    ]);
    const body = rows.slice(1);
    expect(body.filter((r) => r[2] === 'theme').map((r) => [r[0], r[6]])).toEqual([
      ['t-plek', '9'],
      ['t-geld', '7'],
      ['t-jong', '6'],
    ]);
    expect([...new Set(body.filter((r) => r[2] === 'group').map((r) => r[3]))]).toEqual(['resident', 'municipality']);
  });

  it('the public archive and the follow-up hold the themes, no names, no small group apart', async () => {
    const json = await (await get(`${base()}/report.json?version=public`)).text();
    const imported = importArchive(json);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const archived = publicReportOf(imported.archive).themes;
    expect(archived.list.map((t) => t.label)).toEqual(['Een plek', 'Geld', 'Jongeren']);
    const followup = (await (await get(`/api/followup/${links.joinCode}`, null)).json()) as Report;
    expect(followup.themes).toEqual(archived);
    for (const out of [json, JSON.stringify(followup)])
      for (let i = 0; i < people.length; i++) expect(out).not.toContain(name(i));
    // The attendance counts the two professionals; the themes never show them apart.
    expect(archived.list.flatMap((t) => t.byGroup.map((g) => g.group))).not.toContain('professional');
    expect(archived.groups.map((g) => g.group)).toEqual(['resident', 'municipality']);
    const page = await (await get(`/api/followup/${links.joinCode}/report.html`, null)).text();
    expect(page).toContain('Een huiskamer voor de wijk');
    expect(page).toContain('Hier verschillen de groepen het meest');
    expect(page).not.toContain('professionals</th>');
  });
});
