import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../shared/protocol/commands';
import { ERROR_CODES } from '../../shared/protocol/errors';
import { LIMITS } from '../../shared/protocol/limits';
import { RateLimiter } from '../../server/security/rate-limit';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Hostile input through the real server: random and malformed commands from every role. The
 * server never crashes, answers each with an ack or a typed error, and the session's invariants
 * hold afterwards.
 */
const IDS = ['wijkhub', 'wijkstem', 'round-1', 'walk-in', 'other', 'bylaw', 'wg-wijkhub', 'c0', 'c1', 'q0', 's0', 'x'];
const FIELDS = [
  'cardId',
  'tableId',
  'text',
  'phaseId',
  'questionId',
  'categoryId',
  'groupId',
  'signupId',
  'participantId',
  'round',
  'on',
  'hidden',
  'dots',
  'ms',
  'picks',
  'name',
  'group',
  'sandwich',
  'status',
  'answer',
  'intoCardId',
  'contact',
  'consent',
  'tags',
  'kind',
  'expectedPhaseId',
  'durationMs',
  'title',
];
const value = fc.oneof(
  fc.constantFrom(...IDS),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 10 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom(...IDS), { maxLength: 4 }),
  fc.constantFrom('resident', 'idea', 'answered', 'x'.repeat(LIMITS.cardText + 1)),
  fc.anything(),
);
const command = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[^A-Za-z0-9]/g, 'a')),
        type: fc.constantFrom(...COMMAND_TYPES, 'participant.join', 'bogus'),
        fields: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 5 }),
      })
      .map(({ id, type, fields }) => ({ ...fields, id, type })),
  },
  { weight: 1, arbitrary: fc.anything() },
);

describe('fuzzing the command protocol through the server', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let clients: TestClient[] = [];
  let facilitator: TestClient;
  /** Phones that were erased and could not join again; `left(c)` resolves once that is known. */
  const gone = new Set<TestClient>();
  const leaving = new Map<TestClient, { promise: Promise<void>; resolve: () => void }>();
  const left = (c: TestClient) => {
    let found = leaving.get(c);
    if (found === undefined) {
      let resolve = () => {};
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      found = { promise, resolve };
      leaving.set(c, found);
    }
    return found;
  };
  beforeAll(async () => {
    server = await testServer({
      limits: {
        commandsPerConnection: () => new RateLimiter(1e6, 1e6),
        contentPerParticipant: new RateLimiter(1e6, 1e6),
      },
    });
    const links = await createSession(server.url);
    facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    clients = [
      facilitator,
      ...links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code })),
      new TestClient(server.url, { kind: 'desk', code: links.desk.code }),
      new TestClient(server.url, { kind: 'screen', token: secretOf(links.screen) }),
      new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
      new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
    ];
    await Promise.all(clients.map((c) => c.ready()));
    // A fuzzed participant.erase ends that phone's connection; like a real phone, it joins again as
    // someone new. After a fuzzed session.end (or door.set) it cannot: then it leaves the run.
    for (const c of clients) {
      c.socket.on('connect_error', (e) => {
        const code = (e as { data?: { code?: string } }).data?.code;
        if (code !== 'WRONG_PHASE' && code !== 'DOOR_CLOSED') return;
        gone.add(c);
        left(c).resolve();
      });
      c.socket.on('disconnect', (reason) => {
        if (reason !== 'io server disconnect' || c.credential.kind !== 'participant') return;
        c.credential = { kind: 'participant', joinCode: c.credential.joinCode };
        c.state = null;
        c.socket.connect();
      });
    }
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.cleanup();
  });

  // SPEC R12, R14
  it('answers everything with an ack or a typed error, and keeps its invariants', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), command), { minLength: 1, maxLength: 25 }), async (sends) => {
        for (const [who, payload] of sends) {
          const active = clients.filter((c) => !gone.has(c));
          const client = active[who % active.length]!;
          const ack = (await client.socket.timeout(5000).emitWithAck('command', payload)) as unknown;
          if (typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true) accepted++;
          expect(ack).toSatisfy(
            (a: unknown) =>
              typeof a === 'object' &&
              a !== null &&
              (('ok' in a && a.ok === true && 'v' in a) ||
                ('error' in a && ERROR_CODES.includes((a.error as { code: never }).code))),
          );
        }
        const v = facilitator.state!.version;
        // A phone still joining again may yet find it cannot: then it stops counting.
        await Promise.all(clients.map((c) => Promise.race([c.atVersion(v), left(c).promise])));
        const s = facilitator.state!;
        const tables = new Set(s.tables.map((t) => t.id));
        for (const card of Object.values(s.cards)) expect(tables.has(card.tableId)).toBe(true);
        for (const dots of Object.values(s.votes)) expect(dots.length).toBeLessThanOrEqual(s.voting.dots);
        for (const t of tables)
          expect(Object.values(s.cards).filter((c) => c.tableId === t && c.highlighted).length).toBeLessThanOrEqual(5);
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
      }),
      { seed: 7, numRuns: 150 },
    );
    // The generator reaches past the schema: some commands were accepted and changed the session.
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
