import { afterAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/security/rate-limit';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { connectError, TestClient } from '../../harness/client';
import { createSession, testServer } from '../../harness/server';

/**
 * The follow-up page is no way around the handshake's limit on wrong codes: an unknown code and a
 * live but unpublished one get the same answer, and both count as a failure for the address.
 */
describe('GET /api/followup/:joinCode', () => {
  let server: Awaited<ReturnType<typeof testServer>> | null = null;
  const clients: TestClient[] = [];
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  it('answers unknown and unpublished alike, and counts both against the same limit', async () => {
    // No refill: three failures in all, shared by the follow-up page and the handshake.
    server = await testServer({ limits: { joinFailures: new RateLimiter(3, 0) } });
    const links = await createSession(server.url);
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    clients.push(phone);
    await phone.ready();
    const url = server.url;
    const get = (code: string, token?: string) =>
      fetch(
        `${url}/api/followup/${code}`,
        token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } },
      );

    const unpublished = await get(links.joinCode);
    const unknown = await get(links.joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ');
    expect([unpublished.status, unknown.status]).toEqual([404, 404]);
    expect(await unpublished.json()).toEqual(await unknown.json());

    // The third failure is the handshake's; after it the address has none left, for both doors.
    const guess = await connectError(url, {
      protocol: PROTOCOL_VERSION,
      credential: { kind: 'participant', joinCode: 'ZZZZZZ' },
    });
    expect(guess.code).toBe('UNAUTHORIZED');
    expect((await get(links.joinCode)).status).toBe(429);

    // A phone that joined is a valid credential: never limited, told "not yet".
    const token = phone.credential.kind === 'participant' ? phone.credential.deviceToken : undefined;
    const mine = await get(links.joinCode, token);
    expect(mine.status).toBe(404);
    expect(((await mine.json()) as { error: { code: string } }).error.code).toBe('NOT_PUBLISHED');
  });
});
