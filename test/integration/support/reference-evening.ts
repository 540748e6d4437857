import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState, StakeholderGroup } from '../../../shared/model/session';
import type { CreateSessionResponse } from '../../../shared/protocol/api';
import { tableFor } from '../../../shared/rules/phase';
import { view } from '../../../shared/rules/view';
import { audienceOf } from '../../../server/socket/audience';
import { TestClient } from '../../../harness/client';
import { createSession, secretOf } from '../../../harness/server';

/** Where the evening runs: one server, or several nodes behind nginx (test/cluster). */
export type EveningServer = { url: string; cleanup(): Promise<void> };

/**
 * The reference evening from walk-in to the end, through a real server: a facilitator, three
 * hosts, the desk, the screen and twelve participants, all real socket.io clients. At the end
 * every client must hold exactly the view the server computes for its role.
 */
export function referenceEvening(title: string, start: () => Promise<EveningServer>): void {
  describe(title, () => {
    let server: EveningServer;
    let links: CreateSessionResponse;
    let facilitator: TestClient;
    let hosts: Record<string, TestClient>;
    let desk: TestClient;
    let screen: TestClient;
    let people: TestClient[];
    const groups: StakeholderGroup[] = ['resident', 'entrepreneur', 'professional', 'municipality'];

    beforeAll(async () => {
      server = await start();
      links = await createSession(server.url);
      facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
      hosts = Object.fromEntries(
        links.hosts.map((h) => [h.tableId, new TestClient(server.url, { kind: 'host', code: h.code })]),
      );
      desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
      screen = new TestClient(server.url, { kind: 'screen', token: secretOf(links.screen) });
      // Ten arrive before the start; two come late, during the first round.
      people = Array.from(
        { length: 10 },
        () => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
      );
      await Promise.all([facilitator, desk, screen, ...Object.values(hosts), ...people].map((c) => c.ready()));
    });

    afterAll(async () => {
      for (const c of [facilitator, desk, screen, ...Object.values(hosts), ...people]) c?.close();
      await server?.cleanup();
    });

    const tableIds = () => facilitator.state!.tables.map((t) => t.id);
    const pid = (c: TestClient) => (c.welcome!.actor.role === 'participant' ? c.welcome!.actor.participantId : '');
    const advance = () => facilitator.ok({ type: 'phase.advance', expectedPhaseId: facilitator.state!.currentPhaseId });
    const everyone = () => [facilitator, desk, screen, ...Object.values(hosts), ...people];
    const allAt = (v: number) => Promise.all(everyone().map((c) => c.atVersion(v)));

    it('runs the evening', async () => {
      const tables = tableIds();
      expect(tables).toEqual(['wijkhub', 'wijksamenwerking', 'wijkstem']);

      // Before the evening: profiles, sandwiches, picks ("choose 2 of 3").
      for (const [i, p] of people.entries()) {
        await p.ok({
          type: 'profile.set',
          name: i % 3 === 0 ? null : `Persoon ${i}`,
          group: groups[i % 4]!,
          sandwich: i % 2 === 0,
        });
        await p.ok({ type: 'tables.pick', picks: [tables[i % 3]!, tables[(i + 1) % 3]!] });
      }

      // Walk-in: the session starts, people check in.
      await advance();
      expect(facilitator.state!.status).toBe('live');
      for (const p of people) await p.ok({ type: 'checkin' });
      await advance(); // plenary part 1
      await advance(); // break: spread over the tables
      const v = await advance(); // round 1
      await allAt(v);
      expect(screen.state!.currentPhaseId).toBe('round-1');

      // Two latecomers join during round 1 and pick tables.
      const late = [0, 1].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
      people.push(...late);
      await Promise.all(late.map((c) => c.ready()));
      for (const p of late) await p.ok({ type: 'tables.pick', picks: [tables[2]!, tables[0]!] });

      // Round 1: hosts capture, participants add to their own table.
      for (const [tableId, host] of Object.entries(hosts)) {
        await host.ok({
          type: 'card.add',
          cardId: nanoid(),
          text: `Eerste idee aan ${tableId}`,
          kind: 'idea',
          tags: [],
        });
        await host.ok({
          type: 'card.add',
          cardId: nanoid(),
          text: `Zorg over ${tableId}`,
          kind: 'concern',
          tags: ['zorg'],
        });
      }
      for (const p of people) await p.ok({ type: 'card.add', cardId: nanoid(), text: `Idee van ${pid(p)}`, tags: [] });

      // The info point: a participant asks, the desk triages and answers.
      const questionId = nanoid();
      await people[1]!.ok({
        type: 'question.ask',
        questionId,
        categoryId: 'funding',
        text: 'Hoe krijgt het wijkplatform geld?',
      });
      await desk.ok({ type: 'question.triage', questionId, status: 'follow-up' });
      await desk.ok({
        type: 'question.answer',
        questionId,
        answer: 'Via de subsidieregeling; we sturen de details na.',
      });

      // A phone drops off the Wi-Fi and comes back; it catches up on what it missed.
      const dropped = people[4]!;
      dropped.socket.disconnect();
      await hosts['wijkhub']!.ok({
        type: 'card.add',
        cardId: nanoid(),
        text: 'Gezegd terwijl iemand offline was',
        tags: [],
      });
      dropped.socket.connect();

      await advance(); // round 2: everyone moves to their second table
      for (const p of people)
        await p.ok({ type: 'card.add', cardId: nanoid(), text: `Ronde 2 van ${pid(p)}`, tags: [] });
      const hostCards = (tableId: string) =>
        Object.values(facilitator.state!.cards).filter((c) => c.tableId === tableId && c.authorRole === 'host');
      const wijkhubHost = hostCards('wijkhub');
      await hosts['wijkhub']!.ok({
        type: 'card.edit',
        cardId: wijkhubHost[0]!.id,
        text: 'Eerste idee, scherper gezegd',
      });
      await hosts['wijkhub']!.ok({ type: 'card.withdraw', cardId: wijkhubHost[1]!.id });
      const someoneElses = Object.values(facilitator.state!.cards).find((c) => c.authorRole === 'participant')!;
      await facilitator.ok({ type: 'card.hide', cardId: someoneElses.id, hidden: true });

      await advance(); // break
      await advance(); // wrap-up: the harvest and the dot-vote
      for (const [tableId, host] of Object.entries(hosts)) {
        // A tablet also holds its table's hidden cards (as stubs) and merged ones: not for the harvest.
        const visible = Object.values(host.state!.cards).filter(
          (c) => c.tableId === tableId && !c.hidden && c.mergedInto === null,
        );
        for (const card of visible.slice(0, 2)) await host.ok({ type: 'card.highlight', cardId: card.id, on: true });
        await host.ok({ type: 'summary.set', tableId, text: `Aan ${tableId} ging het vooral over samenwerken.` });
      }
      await facilitator.ok({ type: 'voting.open', dots: 3 });
      const highlights = () => Object.values(people[0]!.state!.cards).filter((c) => c.highlighted);
      await people[0]!.until(() => highlights().length === 6, 'six highlights');
      for (const [i, p] of people.entries()) {
        for (let d = 0; d < 3; d++) await p.ok({ type: 'vote.cast', cardId: highlights()[(i + d) % 6]!.id });
      }
      await people[0]!.ok({ type: 'vote.withdraw', cardId: highlights()[0]!.id });
      const closed = await facilitator.ok({ type: 'voting.close' });
      // Every phone gets the results at closing, without having received anyone else's dots.
      await people[5]!.atVersion(closed);
      const results = people[5]!.state!.voting.results ?? {};
      expect(Object.values(results).reduce((a, b) => a + b, 0)).toBe(people.length * 3 - 1);
      expect(Object.keys(people[5]!.state!.votes)).toEqual([pid(people[5]!)]);

      await advance(); // drinks: working groups
      for (const [i, p] of people.entries()) {
        if (i % 2 === 1) continue;
        await p.ok({
          type: 'signup.add',
          signupId: nanoid(),
          groupId: facilitator.state!.workingGroups[i % 3]!.id,
          contact: { email: `persoon${i}@example.nl`, phone: null },
          consent: true,
        });
      }
      // One person erases their data; their connection ends with it.
      const leaving = people.pop()!;
      await leaving.ok({ type: 'participant.erase' });
      leaving.close();

      const end = await facilitator.ok({ type: 'session.end' });
      await Promise.all(everyone().map((c) => c.atVersion(end)));

      // The server's own state: a fresh facilitator connection gets it as a snapshot.
      const fresh = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
      await fresh.until((s) => s.version === end, 'the final state');
      const truth: SessionState = fresh.state!;
      fresh.close();

      expect(truth.status).toBe('ended');
      expect(Object.keys(truth.participants)).toHaveLength(11);
      expect(truth.phaseLog.map((r) => r.phaseId)).toEqual(truth.agenda.map((p) => p.id));
      expect(Object.values(truth.votes).flat()).toHaveLength(11 * 3 - 1);
      expect(truth.questions[questionId]?.status).toBe('answered');
      // Each participant sat at their picks' tables, in order.
      for (const p of people)
        expect([1, 2].map((r) => tableFor(truth, pid(p), r))).toEqual(truth.participants[pid(p)]!.picks);

      for (const client of everyone()) {
        expect(client.state, `${client.welcome!.actor.role} holds exactly its view`).toEqual(
          view(truth, audienceOf(client.welcome!.actor)),
        );
      }
      // What participants must never hold: others' contacts, names or questions, hidden cards.
      for (const p of people) {
        const s = p.state!;
        expect(Object.keys(s.participants)).toEqual([pid(p)]);
        expect(Object.values(s.signups).every((x) => x.participantId === pid(p))).toBe(true);
        expect(Object.values(s.cards).some((c) => c.hidden)).toBe(false);
        expect(Object.values(s.questions).every((q) => q.authorId === pid(p))).toBe(true);
      }
      expect(Object.values(screen.state!.signups).every((s) => s.contact === null)).toBe(true);
      expect(dropped.state!.version).toBe(end);
    });
  });
}
