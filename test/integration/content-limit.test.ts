import { nanoid } from 'nanoid';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/security/rate-limit';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/** A participant cannot flood a table with cards, but a retry of a stored card is never refused. */
describe('new cards per participant', () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof testServer>> | null = null;
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  it('are limited per person, over all their connections, and retries do not count', async () => {
    // No refill: exactly five new cards or questions, then RATE_LIMITED.
    server = await testServer({ limits: { contentPerParticipant: new RateLimiter(5, 0) } });
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    clients.push(facilitator, phone);
    await Promise.all(clients.map((c) => c.ready()));
    await phone.ok({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });

    const card = () => ({ type: 'card.add' as const, cardId: nanoid(), text: 'nog een idee', tags: [] });
    const first = card();
    const firstId = nanoid();
    const answers = [(await phone.send(first, firstId)).ok];
    for (let i = 0; i < 3; i++) answers.push((await phone.send(card())).ok);
    // A second tab of the same phone shares the allowance.
    const secondTab = new TestClient(server.url, {
      kind: 'participant',
      joinCode: links.joinCode,
      ...(phone.credential.kind === 'participant' && phone.credential.deviceToken
        ? { deviceToken: phone.credential.deviceToken }
        : {}),
    });
    clients.push(secondTab);
    await secondTab.ready();
    answers.push((await secondTab.send(card())).ok);
    const over = await secondTab.send(card());
    expect(answers).toEqual([true, true, true, true, true]);
    expect(over.ok ? 'ok' : over.error.code).toBe('RATE_LIMITED');
    // The first card's command again (its ack was lost, say): acknowledged, not limited.
    expect((await phone.send(first, firstId)).ok).toBe(true);
    // Hosts capture for the whole table and are not limited this way.
    const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
    clients.push(host);
    await host.ready();
    for (let i = 0; i < 8; i++) await host.ok(card());
  });
});
