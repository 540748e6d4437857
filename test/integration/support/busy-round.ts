import { nanoid } from 'nanoid';
import { expect } from 'vitest';
import type { SessionState } from '../../../shared/model/session';
import { view } from '../../../shared/rules/view';
import { audienceOf } from '../../../server/socket/audience';
import { TestClient } from '../../../harness/client';
import { createSession, secretOf } from '../../../harness/server';

export type BusyRoundOptions = {
  /** Where the clients connect (one server, or nginx in front of several nodes). */
  url: string;
  participants: number;
  /** After this many acknowledged cards `interrupt` runs, while everyone keeps writing. */
  interruptAfter: number;
  interrupt: () => Promise<void>;
  /** Every client made, as soon as it is made, to close them after the test. */
  made: (client: TestClient) => void;
};

/**
 * The crash tests' busy table round: a facilitator, three hosts and `participants` phones pick
 * tables, the rounds begin, and everyone writes cards at once (20 per host, 3 per phone) while
 * `interrupt` happens. Then the session ends, and every acknowledged card must be there exactly
 * once, nothing else, and every client must hold exactly its view. Returns the final state.
 */
export async function busyRound(options: BusyRoundOptions): Promise<SessionState> {
  const { url } = options;
  const make = (credential: ConstructorParameters<typeof TestClient>[1]) => {
    const client = new TestClient(url, credential);
    options.made(client);
    return client;
  };
  const links = await createSession(url);
  const facilitator = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
  const hosts = links.hosts.map((h) => make({ kind: 'host', code: h.code }));
  const people = Array.from({ length: options.participants }, () =>
    make({ kind: 'participant', joinCode: links.joinCode }),
  );
  const clients = [facilitator, ...hosts, ...people];
  await Promise.all(clients.map((c) => c.ready()));
  const tables = links.hosts.map((h) => h.tableId);
  await Promise.all(people.map((p, i) => p.ok({ type: 'tables.pick', picks: [tables[i % 3]!, tables[(i + 1) % 3]!] })));
  for (let i = 0; i < 4; i++)
    await facilitator.ok({ type: 'phase.advance', expectedPhaseId: facilitator.state!.currentPhaseId });

  const acked = new Set<string>();
  let interrupted: Promise<void> | null = null;
  const write = async (client: TestClient, count: number) => {
    for (let i = 0; i < count; i++) {
      const cardId = nanoid();
      const ack = await client.send({ type: 'card.add', cardId, text: `kaart ${i}`, tags: [] });
      if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
      acked.add(cardId);
      if (acked.size === options.interruptAfter) interrupted = options.interrupt();
    }
  };
  await Promise.all([...hosts.map((h) => write(h, 20)), ...people.map((p) => write(p, 3))]);
  expect(interrupted).not.toBeNull();
  await interrupted;

  const end = await facilitator.ok({ type: 'session.end' });
  await Promise.all(clients.map((c) => c.atVersion(end)));
  const fresh = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
  await fresh.until((s) => s.version === end, 'the final state');
  const truth = fresh.state!;

  expect(acked.size).toBe(hosts.length * 20 + options.participants * 3);
  expect(new Set(Object.keys(truth.cards))).toEqual(acked);
  expect(Object.keys(truth.participants)).toHaveLength(options.participants);
  for (const c of clients) expect(c.state).toEqual(view(truth, audienceOf(c.welcome!.actor)));
  return truth;
}
