import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Issue 17, point 19: a host merges duplicates of their own table (and only those) and undoes a
 * merge; the facilitator undoes one too. Through a real server with the tablets and a phone at
 * the table, each holding the card as its view allows.
 */
describe('merging cards and undoing a merge', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: CreateSessionResponse;
  let fac: TestClient;
  let host: TestClient;
  let otherHost: TestClient;
  let phone: TestClient;

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    otherHost = new TestClient(server.url, { kind: 'host', code: links.hosts[1]!.code });
    phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([fac, host, otherHost, phone].map((c) => c.ready()));
    await phone.ok({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
    while (fac.state!.agenda.find((p) => p.id === fac.state!.currentPhaseId)?.round !== 1)
      await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    await host.ok({ type: 'card.add', cardId: 'hall', text: 'Een buurthuis' });
    await host.ok({ type: 'card.add', cardId: 'hall2', text: 'Een buurthuis!' });
    await otherHost.ok({ type: 'card.add', cardId: 'elsewhere', text: 'Een buurthuis graag' });
    await phone.until((s) => s.cards.hall2 !== undefined, 'the duplicate on the phone');
  });
  afterAll(async () => {
    for (const c of [fac, host, otherHost, phone]) c.close();
    await server.cleanup();
  });

  it("refuses a host another table's card, either way round, and a facilitator a merge across tables", async () => {
    // The host's own view lacks the other table's card: NOT_FOUND would hide the rule, so it is FORBIDDEN by table.
    expect((await host.refused({ type: 'card.merge', id: 'm1', cardId: 'elsewhere', intoCardId: 'hall' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await host.refused({ type: 'card.merge', id: 'm2', cardId: 'hall2', intoCardId: 'elsewhere' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await fac.refused({ type: 'card.merge', id: 'm3', cardId: 'elsewhere', intoCardId: 'hall' })).code).toBe(
      'CONFLICT',
    );
    expect(fac.state!.cards.elsewhere?.mergedInto).toBeNull();
  });

  it('a host merges a duplicate of their table and undoes it; the phone loses and gets back the card', async () => {
    await host.ok({ type: 'card.merge', cardId: 'hall2', intoCardId: 'hall' });
    await fac.until((s) => s.cards.hall2?.mergedInto === 'hall', 'the merge at the facilitator');
    await phone.until((s) => s.cards.hall2 === undefined, 'the merged card gone from the phone');
    // The host still holds it, merged, so the tablet can offer the undo.
    expect(host.state!.cards.hall2?.mergedInto).toBe('hall');
    // Another table's host may not undo it.
    expect((await otherHost.refused({ type: 'card.unmerge', id: 'u1', cardId: 'hall2' })).code).toBe('FORBIDDEN');

    await host.ok({ type: 'card.unmerge', cardId: 'hall2' });
    await fac.until((s) => s.cards.hall2?.mergedInto === null, 'the undo at the facilitator');
    await phone.until((s) => s.cards.hall2?.text === 'Een buurthuis!', 'the card back on the phone');
    expect(host.state!.cards.hall2?.mergedInto).toBeNull();
  });

  it('the facilitator undoes a merge too, also after the end; the host then may not', async () => {
    await host.ok({ type: 'card.merge', cardId: 'hall2', intoCardId: 'hall' });
    await fac.ok({ type: 'session.end' });
    expect((await host.refused({ type: 'card.unmerge', id: 'u2', cardId: 'hall2' })).code).toBe('WRONG_PHASE');
    await fac.ok({ type: 'card.unmerge', cardId: 'hall2' });
    await host.until((s) => s.cards.hall2?.mergedInto === null, 'the undo on the tablet');
  });
});
