import fs from 'node:fs';
import { nanoid } from 'nanoid';
import { afterAll, describe, expect, it } from 'vitest';
import { view } from '../../shared/rules/view';
import { audienceOf } from '../../server/socket/audience';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * A server stopped mid-evening and started again on the same data directory: clients reconnect
 * on their own, nothing acknowledged is missing and nothing is doubled.
 */
describe('restart mid-evening', () => {
  const clients: TestClient[] = [];
  let dataDir = '';
  afterAll(() => {
    for (const c of clients) c.close();
    if (dataDir !== '') fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // SPEC R3, R10
  it('keeps every acknowledged command exactly once', async () => {
    const first = await testServer();
    dataDir = first.dataDir;
    const links = await createSession(first.url);
    const facilitator = new TestClient(first.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const host = new TestClient(first.url, { kind: 'host', code: links.hosts[0]!.code });
    const phones = [0, 1].map(() => new TestClient(first.url, { kind: 'participant', joinCode: links.joinCode }));
    clients.push(facilitator, host, ...phones);
    await Promise.all(clients.map((c) => c.ready()));
    const tableId = links.hosts[0]!.tableId;
    for (const p of phones) await p.ok({ type: 'tables.pick', picks: [tableId] });
    for (const id of ['walk-in', 'plenary-1', 'break-1', 'round-1']) {
      await facilitator.ok({ type: 'phase.advance', expectedPhaseId: facilitator.state!.currentPhaseId });
      await facilitator.until((s) => s.currentPhaseId === id, id);
    }
    const acked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const cardId = nanoid();
      await host.ok({ type: 'card.add', cardId, text: `kaart ${i}`, tags: [] });
      acked.push(cardId);
    }
    const participantIds = phones.map((p) =>
      p.welcome!.actor.role === 'participant' ? p.welcome!.actor.participantId : '',
    );
    const versionBefore = facilitator.state!.version;

    await first.close();
    // While the server is down a card is captured; the client sends it once the server is back.
    const retriedId = nanoid();
    const pending = host.send(
      { type: 'card.add', cardId: 'written-offline', text: 'tijdens de herstart', tags: [] },
      retriedId,
    );

    const second = await testServer({ dataDir, port: first.port });
    const ack = await pending;
    expect(ack).toEqual({ ok: true, v: versionBefore + 1 });
    // The same command id again (a client that never saw its ack): acknowledged, not applied twice.
    expect(
      await host.send(
        { type: 'card.add', cardId: 'written-offline', text: 'tijdens de herstart', tags: [] },
        retriedId,
      ),
    ).toEqual(ack);
    // A device token survives the restart: the phone is the same participant as before.
    await Promise.all(clients.map((c) => c.atVersion(versionBefore + 1)));
    expect(phones.map((p) => (p.welcome!.actor.role === 'participant' ? p.welcome!.actor.participantId : ''))).toEqual(
      participantIds,
    );

    await phones[0]!.ok({ type: 'card.add', cardId: 'after-restart', text: 'na de herstart', tags: [] });
    const end = await facilitator.ok({ type: 'session.end' });
    await Promise.all(clients.map((c) => c.atVersion(end)));

    const fresh = new TestClient(second.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    clients.push(fresh);
    await fresh.until((s) => s.version === end, 'the final state');
    const truth = fresh.state!;
    expect(Object.keys(truth.cards).sort()).toEqual([...acked, 'written-offline', 'after-restart'].sort());
    expect(Object.keys(truth.participants).sort()).toEqual([...participantIds].sort());
    for (const c of clients) expect(c.state).toEqual(view(truth, audienceOf(c.welcome!.actor)));
    for (const c of clients) c.close();
    await second.close();
  });
});
