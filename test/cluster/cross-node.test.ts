import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { view } from '../../shared/rules/view';
import { startCluster, type Cluster } from '../../harness/cluster/cluster';
import { audienceOf } from '../../server/socket/audience';
import { connectError, TestClient } from '../../harness/client';
import { presenceOf } from '../integration/support/presence';
import { createSession, secretOf } from '../../harness/server';

/**
 * Clients connected straight to different nodes (not through nginx), so what one node accepts
 * can only reach another through Redis and PostgreSQL.
 */
describe('three nodes, clients on different nodes', () => {
  let cluster: Cluster;
  const clients: TestClient[] = [];
  const connect = (node: number, credential: ConstructorParameters<typeof TestClient>[1]) => {
    const client = new TestClient(cluster.nodeUrls[node]!, credential);
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await cluster?.stop();
  });

  it('a card added through node A reaches the facilitator on node B and the phone on node C, each as its view', async () => {
    const links = await createSession(cluster.nodeUrls[0]!);
    const table = links.hosts[0]!;
    const host = connect(0, { kind: 'host', code: table.code });
    const facilitator = connect(1, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = connect(2, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([host, facilitator, phone].map((c) => c.ready()));
    await phone.ok({ type: 'tables.pick', picks: [table.tableId] });
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    await host.until((s) => s.currentPhaseId === 'round-1', 'round 1 on the host');

    const cardId = nanoid();
    const v = await host.ok({ type: 'card.add', cardId, text: 'Een idee van tafel één', tags: [] });
    await facilitator.until((s) => s.cards[cardId] !== undefined, 'the card at the facilitator');
    await phone.until((s) => s.cards[cardId] !== undefined, 'the card on the phone');

    // A card the facilitator hides on node B leaves the phone on node C and stays with the facilitator.
    const hidden = await facilitator.ok({ type: 'card.hide', cardId, hidden: true });
    expect(hidden).toBeGreaterThan(v);
    await Promise.all([host, facilitator, phone].map((c) => c.atVersion(hidden)));
    expect(phone.state!.cards[cardId]).toBeUndefined();
    expect(facilitator.state!.cards[cardId]?.hidden).toBe(true);
    const truth = facilitator.state!;
    for (const c of [host, phone]) expect(c.state).toEqual(view(truth, audienceOf(c.welcome!.actor)));
  });

  it('the facilitator on one node sees host tablets come and go on the others', async () => {
    const links = await createSession(cluster.nodeUrls[1]!);
    const [first, second] = links.hosts;
    const facilitator = connect(1, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const seen = presenceOf(facilitator);
    await facilitator.ready();
    expect(await seen.until(() => true)).toEqual({ hosts: {} });

    const tabletOnA = connect(0, { kind: 'host', code: first!.code });
    const spareOnC = connect(2, { kind: 'host', code: first!.code });
    const otherOnC = connect(2, { kind: 'host', code: second!.code });
    await seen.until((p) => p.hosts[first!.tableId]?.online === 2 && p.hosts[second!.tableId]?.online === 1);

    tabletOnA.close();
    await seen.until((p) => p.hosts[first!.tableId]?.online === 1);
    const leftAt = Date.now();
    spareOnC.close();
    // A count started before the last change may arrive first; the one after it follows.
    const after = await seen.until(
      (p) => p.hosts[first!.tableId]?.online === 0 && (p.hosts[first!.tableId]?.offlineSince ?? 0) >= leftAt,
    );
    expect(after.hosts[first!.tableId]!.offlineSince).toBeLessThanOrEqual(Date.now());
    expect(after.hosts[second!.tableId]).toEqual({ online: 1, offlineSince: null });

    // A facilitator who connects to the third node gets the same picture at once.
    const late = connect(0, { kind: 'facilitator', token: secretOf(links.facilitator) });
    expect(await presenceOf(late).until(() => true)).toEqual(after);
  });

  it('shares the limit on new cards per participant over every node', async () => {
    const links = await createSession(cluster.nodeUrls[2]!);
    const facilitator = connect(2, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const phone = connect(0, { kind: 'participant', joinCode: links.joinCode });
    await Promise.all([facilitator.ready(), phone.ready()]);
    await phone.ok({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
    await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
    // The same phone on a second node, as a second tab would be.
    const token = phone.credential.kind === 'participant' ? phone.credential.deviceToken : undefined;
    const secondTab = connect(1, {
      kind: 'participant',
      joinCode: links.joinCode,
      ...(token === undefined ? {} : { deviceToken: token }),
    });
    await secondTab.ready();

    // 20 at once, then one every 3 s (server/socket/gateway.ts). With a bucket per node the two
    // tabs would get 40 between them; a shared bucket refuses after 20 and what refilled meanwhile.
    const started = Date.now();
    let accepted = 0;
    for (;;) {
      const tab = accepted % 2 === 0 ? phone : secondTab;
      const ack = await tab.send({ type: 'card.add', cardId: nanoid(), text: `kaart ${accepted}`, tags: [] });
      if (!ack.ok) {
        expect(ack.error.code).toBe('RATE_LIMITED');
        break;
      }
      accepted += 1;
      if (accepted > 40) break;
    }
    const refilled = Math.ceil((Date.now() - started) / 3000);
    expect(accepted).toBeGreaterThanOrEqual(20);
    expect(accepted).toBeLessThanOrEqual(20 + refilled);
  });

  // Last in this file: it leaves 127.0.0.1 unable to join this cluster for a while.
  it('shares the throttle on wrong join codes over every node', async () => {
    // 30 wrong codes at once, then one every 2 s. Per node that would be 90 over three nodes.
    const started = Date.now();
    let wrong = 0;
    for (;;) {
      const node = cluster.nodeUrls[wrong % 3]!;
      const refused = await connectError(node, {
        protocol: PROTOCOL_VERSION,
        credential: { kind: 'participant', joinCode: 'ZZZZZZ' },
      });
      if (refused.code === 'RATE_LIMITED') break;
      expect(refused.code).toBe('UNAUTHORIZED');
      wrong += 1;
      if (wrong > 90) break;
    }
    const refilled = Math.ceil((Date.now() - started) / 2000);
    expect(wrong).toBeGreaterThanOrEqual(30);
    expect(wrong).toBeLessThanOrEqual(30 + refilled);
  });
});
