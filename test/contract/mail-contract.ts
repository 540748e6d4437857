import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMail, Storage } from '../../server/storage/storage';
import { applyBatch } from '../../shared/rules/apply';
import { session, type StorageHarness } from './storage-contract';

const T0 = Date.UTC(2025, 4, 20, 17, 0);

function mail(id: string, over: Partial<NewMail> = {}): NewMail {
  return {
    id,
    sessionId: 's1',
    participantId: `p-${id}`,
    kind: 'confirmation',
    to: `${id}@example.org`,
    language: 'nl',
    subject: `Onderwerp ${id}`,
    text: `Tekst ${id} met code ABCDEFGHJKMN`,
    createdAt: T0,
    nextAttemptAt: T0,
    ...over,
  };
}

/** The outbox (docs/registrations.md, "E-mail"), the same on every store. */
export function mailContract(name: string, make: () => Promise<StorageHarness>): void {
  describe(`Storage contract, outbox: ${name}`, () => {
    let h: StorageHarness;
    let storage: Storage;

    beforeEach(async () => {
      h = await make();
      storage = h.storage;
      await storage.createSession(session(), []);
      await storage.createSession(session('s2', 'GHJKMN'), []);
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('queues a message once per person and kind, and keeps it over a restart', async () => {
      expect(
        await storage.queueMail([mail('a'), mail('b'), mail('r', { participantId: 'p-a', kind: 'reminder' })]),
      ).toEqual(['a', 'b', 'r']);
      // The same person's confirmation again (a retried sign-up, a second check): nothing new.
      expect(await storage.queueMail([mail('a2', { participantId: 'p-a' }), mail('c')])).toEqual(['c']);
      // The same person id in another session is someone else.
      expect(await storage.queueMail([mail('a3', { sessionId: 's2', participantId: 'p-a' })])).toEqual(['a3']);
      storage = await h.reopen();
      const stored = await storage.sessionMail('s1');
      expect(stored.map((m) => m.id).sort()).toEqual(['a', 'b', 'c', 'r']);
      expect(stored.find((m) => m.id === 'a')).toEqual({
        ...mail('a'),
        status: 'queued',
        attempts: 0,
        lastError: null,
        sentAt: null,
      });
    });

    it('hands a due message to one claimer until its hold ends', async () => {
      await storage.queueMail([mail('a'), mail('later', { nextAttemptAt: T0 + 60_000 })]);
      expect((await storage.claimDueMail(T0, T0 + 300_000, 10)).map((m) => m.id)).toEqual(['a']);
      // Held: another node's sender gets nothing, until the hold ends (that sender died).
      expect(await storage.claimDueMail(T0 + 1000, T0 + 301_000, 10)).toEqual([]);
      expect((await storage.claimDueMail(T0 + 60_000, T0 + 360_000, 10)).map((m) => m.id)).toEqual(['later']);
      expect((await storage.claimDueMail(T0 + 300_000, T0 + 600_000, 10)).map((m) => m.id)).toEqual(['a']);
      expect(await storage.claimDueMail(T0, T0 + 1, 0)).toEqual([]);
    });

    it('records a sent message without its text, and failed tries until the last', async () => {
      await storage.queueMail([mail('a'), mail('b')]);
      await storage.claimDueMail(T0, T0 + 300_000, 10);
      await storage.mailSent('a', T0 + 5);
      await storage.mailFailed('b', '450 try later', T0 + 60_000);
      let [a, b] = await storage.sessionMail('s1');
      expect(a).toMatchObject({ status: 'sent', attempts: 1, sentAt: T0 + 5, text: '', lastError: null });
      expect(b).toMatchObject({
        status: 'queued',
        attempts: 1,
        lastError: '450 try later',
        nextAttemptAt: T0 + 60_000,
      });
      // Released by the failure: due again at its next try, not before.
      expect(await storage.claimDueMail(T0 + 59_999, T0 + 400_000, 10)).toEqual([]);
      expect((await storage.claimDueMail(T0 + 60_000, T0 + 400_000, 10)).map((m) => m.id)).toEqual(['b']);
      await storage.mailFailed('b', '550 no such user', null);
      [a, b] = await storage.sessionMail('s1');
      expect(b).toMatchObject({ status: 'failed', attempts: 2, lastError: '550 no such user' });
      expect(await storage.claimDueMail(T0 + 10_000_000, T0 + 10_300_000, 10)).toEqual([]);

      // Retried by the facilitator: queued again, due now, its tries counted anew.
      expect(await storage.retryMail('s2', 'b', T0 + 70_000)).toBe(false);
      expect(await storage.retryMail('s1', 'a', T0 + 70_000)).toBe(false);
      expect(await storage.retryMail('s1', 'b', T0 + 70_000)).toBe(true);
      expect((await storage.sessionMail('s1'))[1]).toMatchObject({
        status: 'queued',
        attempts: 0,
        nextAttemptAt: T0 + 70_000,
      });
      expect((await storage.claimDueMail(T0 + 70_000, T0 + 370_000, 10)).map((m) => m.id)).toEqual(['b']);
    });

    it("deletes an erased person's mail, and a session's with the session", async () => {
      await storage.queueMail([
        mail('a'),
        mail('r', { participantId: 'p-a', kind: 'reminder' }),
        mail('b'),
        mail('x', { sessionId: 's2', participantId: 'p-a' }),
      ]);
      await storage.deleteParticipantMail('s1', 'p-a');
      expect((await storage.sessionMail('s1')).map((m) => m.id)).toEqual(['b']);
      expect((await storage.sessionMail('s2')).map((m) => m.id)).toEqual(['x']);
      expect(await storage.deleteSession('s1')).toBe(true);
      expect(await storage.sessionMail('s1')).toEqual([]);
      expect(await storage.loadSession('s1', applyBatch)).toBeNull();
      expect(await storage.claimDueMail(T0, T0 + 1, 10)).toHaveLength(1);
      // Erased again, and a person with no mail: nothing happens.
      await storage.deleteParticipantMail('s1', 'p-a');
      await storage.deleteParticipantMail('s2', 'nobody');
    });
  });
}
