import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import type { CommandError } from '../../shared/protocol/errors';
import type { SuggestReply } from '../../shared/protocol/socket';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

type Suggested = Extract<SuggestReply, { ok: true }>;

async function ask(client: TestClient, request: unknown = {}): Promise<SuggestReply> {
  return client.socket.timeout(10_000).emitWithAck('suggest', request);
}
async function suggestions(client: TestClient): Promise<Suggested> {
  const reply = await ask(client);
  if (!reply.ok) throw new Error(`suggest refused: ${reply.error.code} ${reply.error.message}`);
  return reply;
}
async function refusal(client: TestClient, request: unknown = {}): Promise<CommandError> {
  const reply = await ask(client, request);
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}
const suggestedIds = (reply: Suggested) => reply.themes.flatMap((t) => t.cardIds);

/**
 * Issue 18: theme suggestions through a real server and its worker thread, asked by the cockpit
 * over the socket like any other message, answered from the session's cards and themes.
 */
describe('theme suggestions', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let fac: TestClient;
  let coFac: TestClient;
  let host: TestClient;
  let phone: TestClient;
  const cards: [string, number, string][] = [
    ['hall1', 0, 'Een buurthuis waar iedereen binnen kan lopen'],
    ['hall2', 1, 'Het buurthuis moet vaker open zijn'],
    ['hall3', 2, 'Meer activiteiten in het buurthuis voor ouderen'],
    ['park1', 0, 'Te weinig parkeerplekken in de straat'],
    ['park2', 1, 'Parkeerplekken voor bewoners, niet voor bezoekers'],
    ['park3', 2, 'Betaald parkeren in de hele wijk, minder parkeerplekken'],
    ['tree1', 0, 'Meer groen en bomen in de wijk'],
    ['tree2', 1, 'Bomen planten op het plein, meer groen'],
  ];

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([fac, host, phone].map((c) => c.ready()));
    const co = await fetch(`${server.url}/api/sessions/${links.sessionId}/facilitators`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretOf(links.facilitator)}`, 'content-type': 'application/json' },
      body: '{}',
    });
    if (!co.ok) throw new Error(`co-facilitator link: ${co.status} ${await co.text()}`);
    const { facilitator } = (await co.json()) as { facilitator: string };
    coFac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(facilitator) });
    await coFac.ready();
    await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    for (const [cardId, table, text] of cards)
      await fac.ok({ type: 'card.add', cardId, tableId: links.hosts[table]!.tableId, text });
  });
  afterAll(async () => {
    for (const c of [fac, coFac, host, phone]) c?.close();
    await server.cleanup();
  });

  it('gives the facilitator suggestions for the cards, with a label, key words and cards', async () => {
    const reply = await suggestions(fac);
    expect(reply.v).toBe(fac.state!.version);
    expect(reply.themes.length).toBeGreaterThan(0);
    const known = new Set(cards.map(([id]) => id));
    for (const theme of reply.themes) {
      expect(theme.label.length).toBeGreaterThan(0);
      expect(theme.intoThemeId).toBeNull();
      for (const id of theme.cardIds) expect(known.has(id)).toBe(true);
    }
    // The three cards about the community centre, written at three tables, end up together.
    const hall = reply.themes.find((t) => t.cardIds.includes('hall1'));
    expect(hall?.cardIds).toEqual(expect.arrayContaining(['hall2', 'hall3']));
    expect(hall?.keywords).toContain('buurthuis');
    // Asked again with nothing changed: the same answer.
    expect(await suggestions(fac)).toEqual(reply);
  });

  it('gives a co-facilitator the same, and refuses a host, a phone, the desk and the screen', async () => {
    expect((await suggestions(coFac)).themes).toEqual((await suggestions(fac)).themes);
    expect((await refusal(host)).code).toBe('FORBIDDEN');
    expect((await refusal(phone)).code).toBe('FORBIDDEN');
    const desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
    const screen = new TestClient(server.url, { kind: 'screen', token: secretOf(links.screen) });
    try {
      await Promise.all([desk.ready(), screen.ready()]);
      expect((await refusal(desk)).code).toBe('FORBIDDEN');
      expect((await refusal(screen)).code).toBe('FORBIDDEN');
    } finally {
      desk.close();
      screen.close();
    }
  });

  it('refuses a payload that is not an empty object with VALIDATION', async () => {
    for (const bad of [null, 'all', 42, [], { language: 'en' }])
      expect((await refusal(fac, bad)).code).toBe('VALIDATION');
  });

  it('leaves hidden and merged cards out', async () => {
    expect(suggestedIds(await suggestions(fac))).toContain('park3');
    await fac.ok({ type: 'card.hide', cardId: 'park3', hidden: true });
    await fac.ok({ type: 'card.add', cardId: 'tree3', tableId: links.hosts[0]!.tableId, text: 'Meer groen, bomen!' });
    expect(suggestedIds(await suggestions(fac))).toContain('tree3');
    await fac.ok({ type: 'card.merge', cardId: 'tree3', intoCardId: 'tree1' });
    const ids = suggestedIds(await suggestions(fac));
    expect(ids).not.toContain('park3');
    expect(ids).not.toContain('tree3');
    await fac.ok({ type: 'card.hide', cardId: 'park3', hidden: false });
    expect(suggestedIds(await suggestions(fac))).toContain('park3');
  });

  it('never suggests a card placed in a theme by hand elsewhere; loose ones may go into that theme', async () => {
    await fac.ok({ type: 'theme.create', themeId: 'th-hall', label: 'Buurthuis', cardIds: ['hall1', 'hall2'] });
    const reply = await suggestions(fac);
    for (const theme of reply.themes) {
      expect(theme.cardIds).not.toContain('hall1');
      expect(theme.cardIds).not.toContain('hall2');
    }
    // The third card about the community centre is suggested into the theme, under its own name.
    const into = reply.themes.find((t) => t.intoThemeId === 'th-hall');
    expect(into?.label).toBe('Buurthuis');
    expect(into?.cardIds).toContain('hall3');
    await fac.ok({ type: 'theme.place', themeId: 'th-hall', cardIds: into!.cardIds });
    const placed = await suggestions(fac);
    expect(placed.themes.some((t) => t.cardIds.includes('hall3'))).toBe(false);
    await fac.ok({ type: 'theme.delete', themeId: 'th-hall' });
  });

  it("counts a host's proposal as no theme yet: its cards are still suggested", async () => {
    await host.ok({ type: 'theme.create', themeId: 'th-proposal', label: 'Voorstel', cardIds: ['hall1', 'park1'] });
    await fac.until((s) => s.themes?.['th-proposal'] !== undefined, 'the proposal');
    const ids = suggestedIds(await suggestions(fac));
    expect(ids).toContain('hall1');
    await fac.ok({ type: 'theme.delete', themeId: 'th-proposal' });
  });

  it('accepting a suggestion with theme.create makes the theme, and its cards are suggested no more', async () => {
    const first = (await suggestions(fac)).themes.find((t) => t.intoThemeId === null);
    if (first === undefined) throw new Error('no suggestion for a new theme');
    await fac.ok({ type: 'theme.create', themeId: 'th-accepted', label: 'Ons thema', cardIds: first.cardIds });
    const theme = fac.state!.themes?.['th-accepted'];
    expect(theme?.label).toBe('Ons thema');
    expect(theme?.proposedBy).toBeNull();
    expect(theme?.cardIds).toEqual(first.cardIds);
    const after = await suggestions(fac);
    expect(after.v).toBe(fac.state!.version);
    expect(after.themes.some((t) => t.key === first.key)).toBe(false);
    for (const t of after.themes)
      if (t.intoThemeId !== 'th-accepted') for (const id of first.cardIds) expect(t.cardIds).not.toContain(id);
  });
});
