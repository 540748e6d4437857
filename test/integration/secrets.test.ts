import { nanoid } from 'nanoid';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Secrets (facilitator and screen tokens, host and desk codes, device tokens) never travel over a
 * socket — a new phone receives its own device token once, and nobody receives anyone else's —
 * and never reach the server's log, even when things go wrong.
 */
describe('secrets', () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof testServer>> | null = null;
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  // SPEC R10
  it('are never sent to another connection and never logged', async () => {
    server = await testServer();
    const links = await createSession(server.url);
    const received = new Map<TestClient, string[]>();
    const connect = (credential: ConstructorParameters<typeof TestClient>[1]) => {
      const client = new TestClient(server!.url, credential);
      const log: string[] = [];
      client.socket.onAny((event: string, ...args: unknown[]) => log.push(JSON.stringify([event, ...args])));
      received.set(client, log);
      clients.push(client);
      return client;
    };
    const facilitator = connect({ kind: 'facilitator', token: secretOf(links.facilitator) });
    const hosts = links.hosts.map((h) => connect({ kind: 'host', code: h.code }));
    const desk = connect({ kind: 'desk', code: links.desk.code });
    const screen = connect({ kind: 'screen', token: secretOf(links.screen) });
    const phones = [0, 1, 2].map(() => connect({ kind: 'participant', joinCode: links.joinCode }));
    await Promise.all(clients.map((c) => c.ready()));

    // Some evening traffic and a reconnect with a device token.
    await facilitator.ok({ type: 'phase.advance' });
    for (const p of phones) await p.ok({ type: 'checkin' });
    await hosts[0]!.ok({ type: 'card.add', cardId: nanoid(), text: 'een idee', tags: [] });
    await desk.ok({ type: 'question.ask', questionId: nanoid(), categoryId: 'other', text: 'een vraag' });
    phones[0]!.socket.disconnect().connect();
    await phones[0]!.until(() => phones[0]!.socket.connected, 'reconnect');
    const end = await facilitator.ok({ type: 'broadcast.send', text: 'klaar' });
    await Promise.all(clients.map((c) => c.atVersion(end)));

    const deviceTokens = phones.map((p) =>
      p.credential.kind === 'participant' ? (p.credential.deviceToken ?? '') : '',
    );
    expect(deviceTokens.every((t) => t.length >= 16)).toBe(true);
    const secretsOf = new Map<TestClient, string[]>([
      [facilitator, [secretOf(links.facilitator)]],
      ...hosts.map((h, i): [TestClient, string[]] => [h, [links.hosts[i]!.code]]),
      [desk, [links.desk.code]],
      [screen, [secretOf(links.screen)]],
      ...phones.map((p, i): [TestClient, string[]] => [p, [deviceTokens[i]!]]),
    ]);
    const all = [...secretsOf.values()].flat();
    for (const [client, messages] of received) {
      const own = secretsOf.get(client) ?? [];
      const text = messages.join('\n');
      for (const secret of all) {
        if (own.includes(secret)) continue;
        expect(text.includes(secret), `${client.welcome!.actor.role} received someone else's secret`).toBe(false);
      }
    }
    // A phone gets its device token once, in its first welcome, and never again.
    const tokenMessages = received.get(phones[0]!)!.filter((m) => m.includes(deviceTokens[0]!));
    expect(tokenMessages).toHaveLength(1);

    expect(server.logs.join('\n')).not.toMatch(new RegExp(all.map((s) => s.replace(/[-_]/g, '\\$&')).join('|')));
  });
});
