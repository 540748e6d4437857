import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastShows } from '../../shared/rules/broadcast';
import { ManualClock } from '../support/manual-clock';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

const MINUTE = 60_000;

/**
 * Issue 17, point 10, the "for N minutes" path: time passes on the server's clock only when the
 * test moves it, so five minutes take no time. A device hides a timed broadcast by the server's
 * clock (its offset comes from the welcome and the ping), and a phase change after the end
 * clears it from the state; one before the end leaves it standing.
 */
describe('a broadcast sent for some minutes', () => {
  const clock = new ManualClock(Date.UTC(2026, 11, 3, 18, 30));
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({ clock });
  });
  afterAll(async () => server.cleanup());

  /** The server's time as a device learns it: the ping the client measures its clock offset with. */
  const serverNow = async (client: TestClient) =>
    (await client.socket.timeout(5000).emitWithAck('ping', Date.now())).serverNow;

  it('shows until its minutes are up, through a phase change, and is gone at the next one after', async () => {
    const links = await createSession(server.url);
    const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    const clients = [fac, phone];
    try {
      await Promise.all(clients.map((c) => c.ready()));
      const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
      await phone.atVersion(await advance());

      const sent = clock.now();
      const v = await fac.ok({ type: 'broadcast.send', text: 'Soep bij de bar', until: { minutes: 5 } });
      await phone.atVersion(v);
      expect(phone.state?.broadcast).toEqual({ text: 'Soep bij de bar', at: sent, endsAt: sent + 5 * MINUTE });

      // Four minutes on, the next phase: the broadcast stays, and still shows.
      clock.advance(4 * MINUTE);
      await phone.atVersion(await advance());
      expect(phone.state?.broadcast?.text).toBe('Soep bij de bar');
      expect(broadcastShows(phone.state?.broadcast ?? null, await serverNow(phone))).toBe(true);

      // At five minutes it shows nowhere, also on a phone that comes in only now.
      clock.advance(MINUTE);
      expect(broadcastShows(phone.state?.broadcast ?? null, await serverNow(phone))).toBe(false);
      const late = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
      clients.push(late);
      await late.ready();
      expect(late.state?.broadcast?.endsAt).toBe(sent + 5 * MINUTE);
      expect(broadcastShows(late.state?.broadcast ?? null, late.welcome?.serverNow ?? 0)).toBe(false);

      // The next phase change clears it from the state of every device.
      const w = await advance();
      await Promise.all([phone.atVersion(w), late.atVersion(w)]);
      expect(phone.state?.broadcast).toBeNull();
      expect(late.state?.broadcast).toBeNull();
      expect(fac.state?.broadcast).toBeNull();
    } finally {
      for (const c of clients) c.close();
    }
  });
});
