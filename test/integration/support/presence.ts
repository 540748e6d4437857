import type { Presence } from '../../../shared/protocol/socket';
import type { TestClient } from '../../../harness/client';

/** Collects the presence messages a client receives and waits for the one a test expects. */
export function presenceOf(client: TestClient) {
  const seen: Presence[] = [];
  const waiters: { check: (p: Presence) => boolean; resolve: (p: Presence) => void }[] = [];
  client.socket.on('presence', (p) => {
    seen.push(p);
    for (const w of waiters.splice(0)) w.check(p) ? w.resolve(p) : waiters.push(w);
  });
  return {
    seen,
    until(check: (p: Presence) => boolean): Promise<Presence> {
      const last = seen.at(-1);
      if (last !== undefined && check(last)) return Promise.resolve(last);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for presence')), 10_000);
        waiters.push({ check, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
  };
}
