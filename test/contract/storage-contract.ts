import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/storage/hash';
import type { LogEntry, Storage, StoredCredential } from '../../server/storage/storage';
import {
  newSessionState,
  type Card,
  type Participant,
  type SessionState,
  type Setup,
} from '../../shared/model/session';
import type { Batch, Event } from '../../shared/protocol/events';
import { applyBatch } from '../../shared/rules/apply';
import { mailContract } from './mail-contract';

/**
 * What every Storage implementation must do, written once: SQLite runs it now, PostgreSQL will
 * run the same blocks. Each test gets a fresh, empty store from `make`.
 */
export type StorageHarness = {
  storage: Storage;
  /** Closes the store last handed out and opens the same data again: a simulated restart. */
  reopen: () => Promise<Storage>;
  /** Closes whatever is open and removes the data. */
  cleanup: () => Promise<void>;
};

const T0 = Date.UTC(2025, 4, 20, 17, 0);

export const SETUP: Setup = {
  title: 'Wijkavond Oost',
  date: '2025-05-20',
  venue: 'Buurthuis',
  language: 'nl',
  goals: ['Ideeën voor het park'],
  agenda: [
    {
      id: 'p1',
      kind: 'table-round',
      title: 'Ronde 1',
      plannedStart: '19:30',
      durationMin: 20,
      instruction: '',
      round: 1,
    },
  ],
  tables: [{ id: 't1', title: 'Groen', keyQuestion: 'Wat mist er?', prompts: [], capacity: 8, host: 'Ans' }],
  rounds: { count: 1, lengthMin: 20, tablesPerParticipant: 1 },
  infoCategories: [],
  workingGroups: [],
};

export function session(id = 's1', joinCode = 'ABCDEF'): SessionState {
  return newSessionState({ id, joinCode, setup: SETUP, now: T0 });
}

export function participant(id: string): Participant {
  return { id, name: `Naam ${id}`, group: 'resident', picks: ['t1'], sandwich: false, joinedAt: T0, checkedInAt: null };
}

export function card(id: string, authorId: string, text = `Kaart ${id}`): Card {
  return {
    id,
    tableId: 't1',
    round: 1,
    kind: 'idea',
    text,
    tags: [],
    authorRole: 'participant',
    authorId,
    createdAt: T0,
    editedAt: null,
    hidden: false,
    highlighted: false,
    mergedInto: null,
  };
}

/** The sender of `entry`'s commands unless a test names another. */
export const SENDER = 'facilitator:f1';

export function entry(version: number, events: Event[], commandId = `c${version}`, actorKey = SENDER): LogEntry {
  return { commandId, actorKey, version, at: T0 + version * 1000, events };
}

export function credential(sessionId: string, secret: string, over: Partial<StoredCredential> = {}): StoredCredential {
  return {
    sessionId,
    kind: 'device',
    secretHash: hashSecret(secret),
    tableId: null,
    participantId: null,
    facilitatorId: null,
    revealable: null,
    createdAt: T0,
    ...over,
  };
}

/** What the room does in memory; the store must give back the same. */
export function fold(initial: SessionState, entries: LogEntry[]): SessionState {
  return entries.reduce((state, e) => applyBatch(state, toBatch(e)), initial);
}

export function toBatch(e: LogEntry): Batch {
  return { v: e.version, events: e.events };
}

/** Appends entries that must all be accepted. */
export async function appendAll(storage: Storage, sessionId: string, entries: LogEntry[]): Promise<void> {
  for (const e of entries) expect(await storage.append(sessionId, e)).toEqual({ ok: true });
}

/** A joining participant and a card of theirs per version: enough events to see order matter. */
function someEntries(from: number, to: number): LogEntry[] {
  const out: LogEntry[] = [];
  for (let v = from; v <= to; v++) {
    out.push(
      entry(v, [
        { type: 'participant.joined', participant: participant(`p${v}`) },
        { type: 'card.added', card: card(`k${v}`, `p${v}`) },
      ]),
    );
  }
  return out;
}

export function storageContract(name: string, make: () => Promise<StorageHarness>): void {
  mailContract(name, make);
  describe(`Storage contract: ${name}`, () => {
    let h: StorageHarness;
    let storage: Storage;
    const initial = session();

    beforeEach(async () => {
      h = await make();
      storage = h.storage;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    async function reopen(): Promise<Storage> {
      storage = await h.reopen();
      return storage;
    }

    it('creates a session and loads it at version 0', async () => {
      await storage.createSession(initial, [
        credential('s1', 'facilitator-secret', { kind: 'facilitator', facilitatorId: 'f1' }),
      ]);
      expect(await storage.loadSession('s1', applyBatch)).toEqual(initial);
      expect(await storage.loadSession('nope', applyBatch)).toBeNull();
      expect(await storage.batchesSince('s1', 0)).toEqual([]);
      expect(await storage.commandVersion('s1', SENDER, 'c1')).toBeNull();
    });

    it('loads versions 1..n the same as applying them in memory', async () => {
      await storage.createSession(initial, []);
      const entries = someEntries(1, 6);
      await appendAll(storage, 's1', entries);

      const loaded = await storage.loadSession('s1', applyBatch);
      expect(loaded).toEqual(fold(initial, entries));
      expect(loaded?.version).toBe(6);
      expect(await storage.batchesSince('s1', 0)).toEqual(entries.map(toBatch));
      expect(await storage.batchesSince('s1', 4)).toEqual(entries.slice(4).map(toBatch));
      expect(await storage.batchesSince('s1', 6)).toEqual([]);
      expect(await storage.commandVersion('s1', SENDER, 'c3')).toBe(3);
    });

    it('answers a repeated command id with its original version and stores nothing', async () => {
      await storage.createSession(initial, []);
      const entries = someEntries(1, 3);
      await appendAll(storage, 's1', entries);

      // The retry carries the next free version, so only the command id tells it apart.
      const retry = entry(4, [{ type: 'card.added', card: card('again', 'p2') }], 'c2');
      const result = await storage.append('s1', retry, { credentials: [credential('s1', 'retry-token')] });
      expect(result).toEqual({ ok: false, reason: 'duplicate', version: 2 });

      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, entries));
      expect(await storage.batchesSince('s1', 0)).toEqual(entries.map(toBatch));
      expect(await storage.credentialByHash(hashSecret('retry-token'))).toBeNull();
    });

    // SPEC R4
    it("keeps command ids per sender: another sender's command with the same id is stored", async () => {
      await storage.createSession(initial, []);
      await appendAll(storage, 's1', [entry(1, [], 'same', 'participant:p1')]);
      expect(await storage.append('s1', entry(2, [], 'same', 'participant:p2'))).toEqual({ ok: true });
      expect(await storage.append('s1', entry(3, [], 'same', 'participant:p1'))).toEqual({
        ok: false,
        reason: 'duplicate',
        version: 1,
      });
      await reopen();
      expect(await storage.commandVersion('s1', 'participant:p1', 'same')).toBe(1);
      expect(await storage.commandVersion('s1', 'participant:p2', 'same')).toBe(2);
      expect(await storage.commandVersion('s1', 'participant:p3', 'same')).toBeNull();
      expect(await storage.append('s1', entry(3, [], 'same', 'participant:p2'))).toEqual({
        ok: false,
        reason: 'duplicate',
        version: 2,
      });
      expect((await storage.loadSession('s1', applyBatch))?.version).toBe(2);
    });

    it('refuses a version that is not the next one and stores nothing', async () => {
      await storage.createSession(initial, []);
      const entries = someEntries(1, 2);
      await appendAll(storage, 's1', entries);

      for (const version of [1, 2, 4, 10]) {
        const late = entry(version, [{ type: 'card.added', card: card(`x${version}`, 'p1') }], `other-${version}`);
        expect(await storage.append('s1', late)).toEqual({ ok: false, reason: 'version-conflict' });
      }
      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, entries));
      expect(await storage.commandVersion('s1', SENDER, 'other-4')).toBeNull();
      // The refused command ids stay free: the room decides again and may store them later.
      await appendAll(storage, 's1', [entry(3, [], 'other-4')]);
      expect(await storage.commandVersion('s1', SENDER, 'other-4')).toBe(3);
    });

    it('stores credentials with the session and with an append, and rolls them back with a refused append', async () => {
      const facilitator = credential('s1', 'fac', { kind: 'facilitator', facilitatorId: 'f1' });
      const host = credential('s1', 'HOSTCODE01', { kind: 'host', tableId: 't1', revealable: 'HOSTCODE01' });
      await storage.createSession(initial, [facilitator, host]);
      expect(await storage.credentialByHash(hashSecret('fac'))).toEqual(facilitator);
      expect(await storage.credentialByHash(hashSecret('HOSTCODE01'))).toEqual(host);
      expect(await storage.credentialByHash(hashSecret('unknown'))).toBeNull();

      const device = credential('s1', 'device-p1', { participantId: 'p1', createdAt: T0 + 1 });
      const join = entry(1, [{ type: 'participant.joined', participant: participant('p1') }]);
      expect(await storage.append('s1', join, { credentials: [device] })).toEqual({ ok: true });
      expect(await storage.credentialByHash(device.secretHash)).toEqual(device);

      const lost = credential('s1', 'device-p2', { participantId: 'p2', createdAt: T0 + 2 });
      const stale = entry(1, [{ type: 'participant.joined', participant: participant('p2') }], 'join-p2');
      expect(await storage.append('s1', stale, { credentials: [lost] })).toEqual({
        ok: false,
        reason: 'version-conflict',
      });
      expect(await storage.credentialByHash(lost.secretHash)).toBeNull();

      const screen = credential('s1', 'screen', { kind: 'screen', createdAt: T0 + 3 });
      await storage.addCredential(screen);
      const all = await storage.credentials('s1');
      expect(all).toHaveLength(4);
      expect(all).toEqual(expect.arrayContaining([facilitator, host, device, screen]));
      expect(await storage.credentials('other')).toEqual([]);
    });

    it('rolls back a whole createSession that fails', async () => {
      await storage.createSession(initial, []);
      // Same join code: the second session must not exist at all, credentials included.
      const clash = session('s2', 'ABCDEF');
      await expect(
        storage.createSession(clash, [credential('s2', 'fac-2', { kind: 'facilitator' })]),
      ).rejects.toThrow();
      expect(await storage.loadSession('s2', applyBatch)).toBeNull();
      expect(await storage.credentialByHash(hashSecret('fac-2'))).toBeNull();
      expect(await storage.listSessionIds()).toEqual(['s1']);
    });

    it('rejects an append to a session that does not exist', async () => {
      await expect(storage.append('ghost', entry(1, []))).rejects.toThrow();
      expect(await storage.loadSession('ghost', applyBatch)).toBeNull();
    });

    it('gives everything back after a restart', async () => {
      const facilitator = credential('s1', 'fac', { kind: 'facilitator', facilitatorId: 'f1' });
      await storage.createSession(initial, [facilitator]);
      const entries = someEntries(1, 4);
      await appendAll(storage, 's1', entries.slice(0, 2));
      await storage.append('s1', entries[2]!, { snapshot: fold(initial, entries.slice(0, 3)) });
      await appendAll(storage, 's1', entries.slice(3));

      await reopen();
      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, entries));
      expect(await storage.batchesSince('s1', 1)).toEqual(entries.slice(1).map(toBatch));
      expect(await storage.commandVersion('s1', SENDER, 'c2')).toBe(2);
      expect(await storage.credentialByHash(facilitator.secretHash)).toEqual(facilitator);
      expect(await storage.sessionIdByJoinCode('ABCDEF')).toBe('s1');
      expect(await storage.listSessionIds()).toEqual(['s1']);
      // And it keeps going where it stopped.
      expect(await storage.append('s1', entry(4, [], 'c4'))).toEqual({ ok: false, reason: 'duplicate', version: 4 });
      await appendAll(storage, 's1', [entry(5, [])]);
    });

    it('loads from a snapshot plus the entries after it', async () => {
      await storage.createSession(initial, []);
      const entries = someEntries(1, 5);
      await appendAll(storage, 's1', entries.slice(0, 1));
      await storage.append('s1', entries[1]!, { snapshot: fold(initial, entries.slice(0, 2)) });
      await appendAll(storage, 's1', entries.slice(2, 3));
      await storage.append('s1', entries[3]!, { snapshot: fold(initial, entries.slice(0, 4)) });
      await appendAll(storage, 's1', entries.slice(4));

      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, entries));
      await reopen();
      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, entries));
      // The log is still whole: snapshots do not purge.
      expect(await storage.batchesSince('s1', 0)).toEqual(entries.map(toBatch));
    });

    it('forgets earlier events after purgeHistory but still loads and recognises retries', async () => {
      await storage.createSession(initial, []);
      const secret = 'Mijn adres is Dorpsstraat 1';
      const before = [
        entry(1, [{ type: 'participant.joined', participant: participant('p1') }]),
        entry(2, [{ type: 'card.added', card: card('k1', 'p1', secret) }]),
        entry(3, [{ type: 'participant.joined', participant: participant('p2') }]),
      ];
      await appendAll(storage, 's1', before);
      const erase = entry(4, [{ type: 'participant.erased', participantId: 'p1' }]);
      const afterErase = fold(initial, [...before, erase]);
      expect(await storage.append('s1', erase, { snapshot: afterErase, purgeHistory: true })).toEqual({ ok: true });
      const later = entry(5, [{ type: 'card.added', card: card('k2', 'p2') }]);
      await appendAll(storage, 's1', [later]);

      for (const after of [0, 1, 2]) expect(await storage.batchesSince('s1', after)).toBeNull();
      expect(await storage.batchesSince('s1', 3)).toEqual([toBatch(erase), toBatch(later)]);
      expect(await storage.batchesSince('s1', 4)).toEqual([toBatch(later)]);
      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, [...before, erase, later]));
      expect(await storage.append('s1', entry(6, [], 'c1'))).toEqual({ ok: false, reason: 'duplicate', version: 1 });

      await reopen();
      expect(await storage.loadSession('s1', applyBatch)).toEqual(fold(initial, [...before, erase, later]));
      expect(await storage.batchesSince('s1', 0)).toBeNull();
      expect(await storage.commandVersion('s1', SENDER, 'c2')).toBe(2);
    });

    it('answers null to a version it never reached', async () => {
      await storage.createSession(initial, []);
      await appendAll(storage, 's1', someEntries(1, 2));
      expect(await storage.batchesSince('s1', 3)).toBeNull();
      expect(await storage.batchesSince('s1', -1)).toBeNull();
    });

    it('finds a session by its join code', async () => {
      await storage.createSession(initial, []);
      await storage.createSession(session('s2', 'GHJKMN'), []);
      expect(await storage.sessionIdByJoinCode('ABCDEF')).toBe('s1');
      expect(await storage.sessionIdByJoinCode('GHJKMN')).toBe('s2');
      expect(await storage.sessionIdByJoinCode('PQRSTU')).toBeNull();
    });

    it('deletes only the erased participant’s credentials', async () => {
      const host = credential('s1', 'HOSTCODE01', { kind: 'host', tableId: 't1', revealable: 'HOSTCODE01' });
      await storage.createSession(initial, [host]);
      await storage.createSession(session('s2', 'GHJKMN'), []);
      const p1a = credential('s1', 'p1-phone', { participantId: 'p1' });
      const p1b = credential('s1', 'p1-laptop', { participantId: 'p1' });
      const p2 = credential('s1', 'p2-phone', { participantId: 'p2' });
      const otherSession = credential('s2', 'p1-elsewhere', { participantId: 'p1' });
      for (const c of [p1a, p1b, p2, otherSession]) await storage.addCredential(c);

      await storage.deleteParticipantCredentials('s1', 'p1');
      expect(await storage.credentialByHash(p1a.secretHash)).toBeNull();
      expect(await storage.credentialByHash(p1b.secretHash)).toBeNull();
      expect(await storage.credentialByHash(p2.secretHash)).toEqual(p2);
      expect(await storage.credentialByHash(otherSession.secretHash)).toEqual(otherSession);
      expect(await storage.credentialByHash(host.secretHash)).toEqual(host);
    });

    it('keeps member codes as their own kind: replaced, deleted, and erased with the participant', async () => {
      await storage.createSession(initial, []);
      await storage.createSession(session('s2', 'GHJKMN'), []);
      const member = (sessionId: string, code: string, participantId: string) =>
        credential(sessionId, code, { kind: 'member', participantId });
      const device = credential('s1', 'p1-phone', { participantId: 'p1' });
      const first = member('s1', 'MEMBERCODE01', 'p1');
      const bob = member('s1', 'MEMBERCODE02', 'p2');
      const elsewhere = member('s2', 'MEMBERCODE03', 'p1');
      for (const c of [device, first, bob, elsewhere]) await storage.addCredential(c);
      expect(await storage.credentialByHash(first.secretHash)).toEqual(first);

      // Agreeing again: a new code, the old one gone at once, nobody else's touched.
      const again = member('s1', 'MEMBERCODE04', 'p1');
      await storage.replaceMemberCredential(again);
      expect(await storage.credentialByHash(first.secretHash)).toBeNull();
      expect(await storage.credentialByHash(again.secretHash)).toEqual(again);
      expect(await storage.credentialByHash(bob.secretHash)).toEqual(bob);
      expect(await storage.credentialByHash(elsewhere.secretHash)).toEqual(elsewhere);

      // Off: the member code goes, the device token stays.
      await storage.deleteMemberCredentials('s1', 'p1');
      expect(await storage.credentialByHash(again.secretHash)).toBeNull();
      expect(await storage.credentialByHash(device.secretHash)).toEqual(device);

      // Erased: every credential of the participant in that session, member codes included.
      await storage.deleteParticipantCredentials('s1', 'p2');
      expect(await storage.credentialByHash(bob.secretHash)).toBeNull();
      expect(await storage.credentialByHash(elsewhere.secretHash)).toEqual(elsewhere);
    });

    it('replaces a table’s host code: the old one is gone, other tables and sessions keep theirs', async () => {
      const host = (session: string, code: string, tableId: string) =>
        credential(session, code, { kind: 'host', tableId, revealable: code });
      const t1 = host('s1', 'HOSTCODE01', 't1');
      const t1second = host('s1', 'HOSTCODE02', 't1');
      const t2 = host('s1', 'HOSTCODE03', 't2');
      const elsewhere = host('s2', 'HOSTCODE04', 't1');
      const desk = credential('s1', 'DESKCODE01', { kind: 'desk', revealable: 'DESKCODE01' });
      await storage.createSession(initial, [t1, t1second, t2, desk]);
      await storage.createSession(session('s2', 'GHJKMN'), [elsewhere]);

      const fresh = host('s1', 'HOSTCODE05', 't1');
      await storage.replaceHostCredential(fresh);
      expect(await storage.credentialByHash(t1.secretHash)).toBeNull();
      expect(await storage.credentialByHash(t1second.secretHash)).toBeNull();
      expect(await storage.credentialByHash(fresh.secretHash)).toEqual(fresh);
      expect(await storage.credentialByHash(t2.secretHash)).toEqual(t2);
      expect(await storage.credentialByHash(desk.secretHash)).toEqual(desk);
      expect(await storage.credentialByHash(elsewhere.secretHash)).toEqual(elsewhere);
    });

    it('runs work as the session’s only writer and keeps what it appended, also when the work fails after', async () => {
      await storage.createSession(initial, []);
      const done = storage.exclusively('s1', async () => {
        expect(await storage.append('s1', entry(1, []))).toEqual({ ok: true });
        return 'done';
      });
      expect(await done).toBe('done');
      const failing = storage.exclusively('s1', async () => {
        expect(await storage.append('s1', entry(2, []))).toEqual({ ok: true });
        throw new Error('a bug after the append');
      });
      await expect(failing).rejects.toThrow('a bug after the append');
      expect(await storage.exclusively('s1', async () => storage.commandVersion('s1', SENDER, 'c2'))).toBe(2);
      // And nothing stays held: others write on.
      await appendAll(storage, 's1', [entry(3, [])]);
    });

    it('deletes a whole session and nothing of another', async () => {
      const host = credential('s1', 'HOSTCODE01', { kind: 'host', tableId: 't1', revealable: 'HOSTCODE01' });
      const other = credential('s2', 'HOSTCODE02', { kind: 'host', tableId: 't1', revealable: 'HOSTCODE02' });
      await storage.createSession(initial, [host]);
      await storage.createSession(session('s2', 'GHJKMN'), [other]);
      await appendAll(storage, 's1', someEntries(1, 3));
      await appendAll(storage, 's2', someEntries(1, 2));

      expect(await storage.deleteSession('s1')).toBe(true);
      expect(await storage.deleteSession('s1')).toBe(false);
      await reopen();
      expect(await storage.loadSession('s1', applyBatch)).toBeNull();
      expect(await storage.sessionIdByJoinCode('ABCDEF')).toBeNull();
      expect(await storage.credentialByHash(host.secretHash)).toBeNull();
      expect(await storage.commandVersion('s1', SENDER, 'c1')).toBeNull();
      expect(await storage.listSessionIds()).toEqual(['s2']);
      expect((await storage.loadSession('s2', applyBatch))?.version).toBe(2);
      expect(await storage.credentialByHash(other.secretHash)).toEqual(other);
      // Its join code is free for a new session.
      await storage.createSession(session('s3', 'ABCDEF'), []);
      expect(await storage.sessionIdByJoinCode('ABCDEF')).toBe('s3');
    });

    it('tells which sessions ended, or last changed, before a moment', async () => {
      // s1 ends at version 2 (at T0 + 2 s) and changes no more; s2 runs on until T0 + 5 s, never
      // ended; s3 was created at T0 and never used.
      await storage.createSession(initial, []);
      await storage.createSession(session('s2', 'GHJKMN'), []);
      await storage.createSession(session('s3', 'PQRSTU'), []);
      await appendAll(storage, 's1', [...someEntries(1, 1), entry(2, [{ type: 'session.ended', at: T0 + 2000 }])]);
      await appendAll(storage, 's2', someEntries(1, 5));
      expect(await storage.sessionsIdleSince(T0)).toEqual([]);
      expect(await storage.sessionsIdleSince(T0 + 1)).toEqual(['s3']);
      expect([...(await storage.sessionsIdleSince(T0 + 2001))].sort()).toEqual(['s1', 's3']);
      expect([...(await storage.sessionsIdleSince(T0 + 5001))].sort()).toEqual(['s1', 's2', 's3']);
      // Later changes to an ended session (a participant erasing their data) keep its end.
      await appendAll(
        storage,
        's1',
        [entry(3, [], 'late')].map((e) => ({ ...e, at: T0 + 9000 })),
      );
      await reopen();
      expect([...(await storage.sessionsIdleSince(T0 + 2001))].sort()).toEqual(['s1', 's3']);
    });

    it('lists every session and keeps their versions apart', async () => {
      expect(await storage.listSessionIds()).toEqual([]);
      await storage.createSession(initial, []);
      await storage.createSession(session('s2', 'GHJKMN'), []);
      await appendAll(storage, 's1', someEntries(1, 3));
      // Version 1 and command id c1 again, but in another session: both are free there.
      await appendAll(storage, 's2', someEntries(1, 1));
      expect([...(await storage.listSessionIds())].sort()).toEqual(['s1', 's2']);
      expect((await storage.loadSession('s2', applyBatch))?.version).toBe(1);
      expect((await storage.loadSession('s1', applyBatch))?.version).toBe(3);
    });
  });
}
