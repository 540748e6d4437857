import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { view } from '../../shared/rules/view';
import { audienceOf } from '../../server/socket/audience';
import { TestClient } from '../../harness/client';
import { seededRandom } from './support/random';
import { createSession, secretOf } from '../../harness/server';
import { ServerProcess } from '../../harness/server-process';

describe('reconnects', () => {
  let server: ServerProcess | null = null;
  let clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients) c.close();
    clients = [];
    await server?.cleanup();
  });

  it('a storm of 500 phones reconnecting after a restart is served, and the facilitator keeps working', async () => {
    server = new ServerProcess();
    await server.start();
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phones = Array.from(
      { length: 500 },
      () => new TestClient(server!.url, { kind: 'participant', joinCode: links.joinCode }),
    );
    clients = [facilitator, ...phones];
    await Promise.all(clients.map((c) => c.ready()));
    await facilitator.ok({ type: 'phase.advance' });

    await server.kill('SIGKILL');
    await server.start();
    // Every client retries within a few hundred milliseconds: they all come back at once.
    const t0 = performance.now();
    const v = await facilitator.ok({ type: 'broadcast.send', text: 'Iedereen weer terug?' });
    const ackMs = performance.now() - t0;
    await Promise.all(phones.map((p) => p.atVersion(v)));
    const allBackMs = performance.now() - t0;
    console.log(
      `reconnect storm: facilitator ack ${ackMs.toFixed(0)} ms after restart, all 500 phones current after ${allBackMs.toFixed(0)} ms`,
    );

    const ids = new Set(
      phones.map((p) => (p.welcome!.actor.role === 'participant' ? p.welcome!.actor.participantId : '')),
    );
    expect(ids.size).toBe(500);
    expect(Object.keys(facilitator.state!.participants)).toHaveLength(500);
    expect(phones.every((p) => p.state!.broadcast?.text === 'Iedereen weer terug?')).toBe(true);
  }, 120_000);

  // SPEC R5
  it('flapping Wi-Fi: hosts and phones that keep dropping while adding cards deliver every card exactly once', async () => {
    const random = seededRandom(11);
    server = new ServerProcess();
    await server.start();
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const hosts = links.hosts.map((h) => new TestClient(server!.url, { kind: 'host', code: h.code }));
    const phones = Array.from(
      { length: 9 },
      () => new TestClient(server!.url, { kind: 'participant', joinCode: links.joinCode }),
    );
    clients = [facilitator, ...hosts, ...phones];
    await Promise.all(clients.map((c) => c.ready()));
    const tables = links.hosts.map((h) => h.tableId);
    await Promise.all(phones.map((p, i) => p.ok({ type: 'tables.pick', picks: [tables[i % 3]!] })));
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });

    const sent = new Set<string>();
    let drops = 0;
    const capture = async (client: TestClient) => {
      for (let i = 0; i < 15; i++) {
        const cardId = nanoid();
        const pending = client.send({ type: 'card.add', cardId, text: `kaart ${i}`, tags: [] });
        // Now and then the Wi-Fi drops while a card is on its way (the transport closes under it).
        if (random() < 0.4) {
          drops++;
          client.socket.io.engine.close();
        }
        const ack = await pending;
        if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
        sent.add(cardId);
      }
    };
    await Promise.all([...hosts, ...phones].map(capture));
    expect(drops).toBeGreaterThan(20);

    const end = await facilitator.ok({ type: 'broadcast.send', text: 'klaar' });
    await Promise.all(clients.map((c) => c.atVersion(end)));
    expect(new Set(Object.keys(facilitator.state!.cards))).toEqual(sent);
    for (const c of clients) expect(c.state).toEqual(view(facilitator.state!, audienceOf(c.welcome!.actor)));
  }, 120_000);
});
