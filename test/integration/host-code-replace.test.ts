import { afterAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import type { SessionLinks } from '../../shared/protocol/api';
import { SECRET_CODE_LENGTH } from '../../shared/protocol/ids';
import { connectError, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Issue 17, point 7: a host code that leaked is replaced from the cockpit. The old code stops
 * working at once, also for a tablet that is connected with it; other tables keep theirs.
 */
describe('replacing a host code', () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof testServer>> | null = null;
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  it('refuses the old code, disconnects its tablet, and lets the new code in', async () => {
    server = await testServer();
    const links = await createSession(server.url);
    const [first, second] = links.hosts;
    if (first === undefined || second === undefined) throw new Error('the template has two tables');
    const connect = (credential: ConstructorParameters<typeof TestClient>[1]) => {
      const c = new TestClient(server!.url, credential);
      clients.push(c);
      return c;
    };
    const oldTablet = connect({ kind: 'host', code: first.code });
    const otherTable = connect({ kind: 'host', code: second.code });
    await Promise.all([oldTablet.ready(), otherTable.ready()]);
    oldTablet.socket.io.opts.reconnection = false;
    const dropped = new Promise<string>((resolve) => oldTablet.socket.once('disconnect', resolve));

    const url = `${server.url}/api/sessions/${links.sessionId}/hosts/${first.tableId}/code`;
    const bearer = { Authorization: `Bearer ${secretOf(links.facilitator)}` };
    // Only the facilitator may, and only for a table of the session.
    expect((await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${first.code}` } })).status).toBe(401);
    const noTable = `${server.url}/api/sessions/${links.sessionId}/hosts/no-such-table/code`;
    expect((await fetch(noTable, { method: 'POST', headers: bearer })).status).toBe(404);

    const response = await fetch(url, { method: 'POST', headers: bearer });
    expect(response.status).toBe(201);
    const after = (await response.json()) as SessionLinks;
    const fresh = after.hosts.find((h) => h.tableId === first.tableId);
    expect(fresh?.code).toHaveLength(SECRET_CODE_LENGTH);
    expect(fresh?.code).not.toBe(first.code);
    expect(fresh?.link).toBe(`/host#${fresh?.code}`);
    expect(after.hosts.find((h) => h.tableId === second.tableId)?.code).toBe(second.code);

    expect(await dropped).toBe('io server disconnect');
    const refused = await connectError(server.url, {
      protocol: PROTOCOL_VERSION,
      credential: { kind: 'host', code: first.code },
      lastVersion: null,
    });
    expect(refused.code).toBe('UNAUTHORIZED');

    const newTablet = connect({ kind: 'host', code: fresh?.code ?? '' });
    await newTablet.ready();
    expect(newTablet.welcome?.actor).toEqual({ role: 'host', tableId: first.tableId });
    // The other table was not touched.
    expect(otherTable.socket.connected).toBe(true);
    // And the links page shows the new code from now on.
    const links2 = (await (
      await fetch(`${server.url}/api/sessions/${links.sessionId}/links`, { headers: bearer })
    ).json()) as SessionLinks;
    expect(links2.hosts.find((h) => h.tableId === first.tableId)?.code).toBe(fresh?.code);
  });
});
