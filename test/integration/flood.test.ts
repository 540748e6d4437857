import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandError } from '../../shared/protocol/errors';
import { INBOUND, STRIKES } from '../../server/socket/inbound-limits';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * One phone with the public join code must not be able to freeze the server: every inbound
 * message kind is limited per connection, and a connection that keeps flooding is cut off with
 * a reason, while the host's cards go on being stored.
 */
describe('a flooding connection', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let links: Awaited<ReturnType<typeof createSession>>;
  let facilitator: TestClient;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await testServer();
    links = await createSession(server.url);
    facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    clients.push(facilitator);
    await Promise.all(clients.map((c) => c.ready()));
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.cleanup();
  });

  /** Sends `count` messages of one kind as fast as the socket takes them, without waiting for answers. */
  function flood(phone: TestClient, event: string, count: number): void {
    const emit = phone.socket.emit.bind(phone.socket) as (event: string, ...args: unknown[]) => void;
    for (let i = 0; i < count; i++) {
      if (event === 'command') emit('command', { id: nanoid(), type: 'ping-me' }, () => undefined);
      else if (event === 'sync') emit('sync', 0, () => undefined);
      else if (event === 'ping') emit('ping', Date.now(), () => undefined);
      else emit(event, 'x'.repeat(100));
    }
  }

  function cutOff(phone: TestClient): Promise<{ reason: CommandError; disconnect: string }> {
    return new Promise((resolve) => {
      phone.socket.once('cut-off', (reason) => {
        phone.socket.once('disconnect', (disconnect) => resolve({ reason, disconnect }));
      });
    });
  }

  for (const kind of ['sync', 'ping', 'command', 'junk-event']) {
    // SPEC R13
    it(`sending '${kind}' nonstop is cut off with a reason, and no host card is lost`, async () => {
      const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
      // A tablet of its own per test: its command allowance is per connection.
      const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
      clients.push(phone, host);
      await Promise.all([phone.ready(), host.ready()]);
      const ended = cutOff(phone);
      flood(phone, kind, 3000);
      const cards = Array.from({ length: 20 }, () => nanoid());
      const acks = await Promise.all(
        cards.map((cardId) => host.send({ type: 'card.add', cardId, text: `kaart ${cardId}`, tags: [] })),
      );
      const { reason, disconnect } = await ended;
      expect(reason.code).toBe('RATE_LIMITED');
      expect(disconnect).toBe('io server disconnect');
      expect(acks.every((a) => a.ok)).toBe(true);
      await facilitator.until((s) => cards.every((id) => s.cards[id] !== undefined), 'all host cards');
    });
  }

  // SPEC R13
  it('a phone that stays within its allowance is never cut off', async () => {
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    clients.push(phone);
    await phone.ready();
    let cut = false;
    phone.socket.on('cut-off', () => {
      cut = true;
    });
    // What the app does at a connect: its clock pings, then a catch-up or two.
    for (let i = 0; i < 5; i++) await phone.socket.timeout(5000).emitWithAck('ping', Date.now());
    for (let i = 0; i < 2; i++) await phone.socket.timeout(5000).emitWithAck('sync', 0);
    // Over the sync allowance: answered RATE_LIMITED, but far from a cut-off.
    const over = INBOUND.sync.burst;
    const answers = await Promise.all(
      Array.from({ length: over }, () => phone.socket.timeout(5000).emitWithAck('sync', 0)),
    );
    expect(answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    expect(over).toBeLessThan(STRIKES.burst);
    // Still connected and served.
    const pong = await phone.socket.timeout(5000).emitWithAck('ping', 1);
    expect(pong.clientNow).toBe(1);
    expect(cut).toBe(false);
    expect(phone.socket.connected).toBe(true);
  });
});
