import { afterAll, describe, expect, it } from 'vitest';
import type { Batch } from '../../shared/protocol/events';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

describe('time on the wire', () => {
  const clients: TestClient[] = [];
  afterAll(() => {
    for (const c of clients) c.close();
  });

  // SPEC R8
  it('travels as absolute instants of the server clock, which welcome and ping tell', async () => {
    let clock = Date.UTC(2026, 11, 3, 18, 30);
    const server = await testServer({ now: () => clock });
    const links = await createSession(server.url);
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    clients.push(facilitator);
    await facilitator.ready();
    expect(facilitator.welcome?.serverNow).toBe(clock);
    expect(await facilitator.socket.timeout(10_000).emitWithAck('ping', 1234)).toEqual({
      clientNow: 1234,
      serverNow: clock,
    });

    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    const batches: Batch[] = [];
    facilitator.socket.on('batch', (b) => batches.push(b));
    const started = clock;
    const v = await facilitator.ok({ type: 'timer.start', durationMs: 10 * 60_000 });
    await facilitator.atVersion(v);
    // The end instant, not a duration: a phone that hears it late is not late by its delay.
    expect(batches.find((b) => b.v === v)?.events).toContainEqual({
      type: 'timer.set',
      timer: { state: 'running', endsAt: started + 10 * 60_000 },
    });

    // Two minutes later a phone joins: the same end instant, and the clock it corrects against.
    clock += 2 * 60_000;
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    clients.push(phone);
    await phone.until((s) => s.timer !== null, 'the timer');
    expect(phone.state?.timer).toEqual({ state: 'running', endsAt: started + 10 * 60_000 });
    expect(phone.welcome?.serverNow).toBe(clock);
    for (const c of clients) c.close();
    await server.cleanup();
  });
});
