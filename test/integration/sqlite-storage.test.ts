import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../server/storage/errors';
import { openSqliteStorage, SQLITE_FILE_NAME, type SqliteStorage } from '../../server/storage/sqlite-storage';
import { applyBatch } from '../../shared/rules/apply';
import {
  appendAll,
  card,
  credential,
  entry,
  fold,
  SENDER,
  session,
  storageContract,
} from '../contract/storage-contract';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-storage-'));
}

storageContract('SQLite', async () => {
  const dir = tempDir();
  let current = openSqliteStorage(dir);
  return {
    storage: current,
    reopen: async () => {
      await current.close();
      current = openSqliteStorage(dir);
      return current;
    },
    cleanup: async () => {
      await current.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite storage', () => {
  let dir: string;
  const open: SqliteStorage[] = [];
  /** Opens a store that afterEach closes, whatever the test did. */
  function openStore(options?: Parameters<typeof openSqliteStorage>[1]): SqliteStorage {
    const store = openSqliteStorage(dir, options);
    open.push(store);
    return store;
  }
  const initial = session();

  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates its directory and a WAL database file in it', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const store = openSqliteStorage(dataDir);
    open.push(store);
    await store.createSession(initial, []);
    const file = path.join(dataDir, SQLITE_FILE_NAME);
    expect(fs.existsSync(file)).toBe(true);
    const peek = new Database(file, { readonly: true });
    expect(peek.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(peek.pragma('user_version', { simple: true })).toBe(6);
    peek.close();
  });

  it('brings a database of the first schema up to date, finding when its sessions ended', async () => {
    // The first schema, as an older server left it: one session ended at version 2.
    const store = openStore();
    await store.createSession(initial, []);
    await appendAll(store, 's1', [
      entry(1, [{ type: 'card.added', card: card('k1', 'p1', '"type":"session.ended" in a card') }]),
      entry(2, [{ type: 'session.ended', at: 12345 }]),
    ]);
    await store.close();
    const raw = new Database(path.join(dir, SQLITE_FILE_NAME));
    raw.exec('UPDATE sessions SET ended_at = NULL');
    raw.exec('ALTER TABLE sessions DROP COLUMN ended_at');
    // Schema 6 added the outbox: an older database has none.
    raw.exec('DROP TABLE outbox');
    raw.pragma('user_version = 1');
    raw.close();

    const upgraded = openStore();
    expect(await upgraded.sessionsIdleSince(12346)).toEqual(['s1']);
    expect(await upgraded.sessionsIdleSince(12345)).toEqual([]);
  });

  it('brings a database of the second schema to command ids per sender, keeping its log', async () => {
    const store = openStore();
    await store.createSession(initial, []);
    await store.close();
    // The log as schema 2 had it: command ids unique in the whole session.
    const raw = new Database(path.join(dir, SQLITE_FILE_NAME));
    raw.exec(`DROP TABLE log;
      CREATE TABLE log (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        command_id TEXT NOT NULL,
        actor_key TEXT NOT NULL,
        at INTEGER NOT NULL,
        events_json TEXT,
        PRIMARY KEY (session_id, version),
        UNIQUE (session_id, command_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO log VALUES ('s1', 1, 'same', 'participant:p1', 1, '[]');`);
    // Schema 6 added the outbox: an older database has none.
    raw.exec('DROP TABLE outbox');
    raw.pragma('user_version = 2');
    raw.close();

    const upgraded = openStore();
    expect(await upgraded.commandVersion('s1', 'participant:p1', 'same')).toBe(1);
    expect(await upgraded.append('s1', entry(2, [], 'same', 'participant:p2'))).toEqual({ ok: true });
    expect(await upgraded.append('s1', entry(3, [], 'same', 'participant:p1'))).toMatchObject({ reason: 'duplicate' });
    expect((await upgraded.batchesSince('s1', 0))?.map((b) => b.v)).toEqual([1, 2]);
  });

  it('brings a database of the third schema to member codes, keeping its credentials', async () => {
    const store = openStore();
    const device = credential('s1', 'p1-phone', { participantId: 'p1' });
    await store.createSession(initial, [device]);
    await store.close();
    // The credentials as schema 3 had them: no member kind.
    const raw = new Database(path.join(dir, SQLITE_FILE_NAME));
    raw.exec(`CREATE TABLE old_credentials (
        secret_hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device')),
        table_id TEXT, participant_id TEXT, facilitator_id TEXT, revealable TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO old_credentials SELECT * FROM credentials;
      DROP TABLE credentials;
      ALTER TABLE old_credentials RENAME TO credentials;
      CREATE INDEX credentials_by_session ON credentials (session_id, participant_id);`);
    expect(() => raw.exec("INSERT INTO credentials VALUES ('h', 's1', 'member', NULL, 'p1', NULL, NULL, 1)")).toThrow(
      /CHECK/,
    );
    // Schema 6 added the outbox: an older database has none.
    raw.exec('DROP TABLE outbox');
    raw.pragma('user_version = 3');
    raw.close();

    const upgraded = openStore();
    expect(await upgraded.credentialByHash(device.secretHash)).toEqual(device);
    const member = credential('s1', 'MEMBERCODE01', { kind: 'member', participantId: 'p1' });
    await upgraded.addCredential(member);
    expect(await upgraded.credentialByHash(member.secretHash)).toEqual(member);
  });

  it('refuses a database written by a newer server', async () => {
    await openStore().close();
    const raw = new Database(path.join(dir, SQLITE_FILE_NAME));
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openSqliteStorage(dir)).toThrow(/newer/);
  });

  it('reports programming errors as they are, not as an unavailable disk', async () => {
    const store = openStore();
    await store.createSession(initial, []);
    const wrongSnapshot = { ...initial, version: 7 };
    const result = store.append('s1', entry(1, []), { snapshot: wrongSnapshot });
    await expect(result).rejects.toThrow(/snapshot/);
    await expect(result).rejects.not.toBeInstanceOf(StorageUnavailableError);
    await expect(store.append('s1', entry(1, []), { purgeHistory: true, snapshot: undefined })).rejects.toThrow(
      /snapshot/,
    );
    expect(store.writable).toBe(true);
  });

  it('throws on a purged entry after the snapshot, which only a bug can cause', async () => {
    const store = openStore();
    await store.createSession(initial, []);
    await appendAll(store, 's1', [entry(1, []), entry(2, [])]);
    await store.close();
    const raw = new Database(path.join(dir, SQLITE_FILE_NAME));
    raw.prepare("UPDATE log SET events_json = NULL WHERE session_id = 's1' AND version = 1").run();
    raw.close();
    await expect(openStore().loadSession('s1', applyBatch)).rejects.toThrow(/purged/);
  });

  describe('when the disk is full', () => {
    // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk would.
    const MAX_PAGES = 64;
    const huge = 'x'.repeat(MAX_PAGES * 4096);

    it('rejects the append with StorageUnavailableError and keeps everything before it', async () => {
      const store = openStore({ maxPageCount: MAX_PAGES });
      await store.createSession(initial, []);
      const kept = [
        entry(1, [
          {
            type: 'participant.joined',
            participant: {
              id: 'p1',
              name: 'A',
              group: null,
              picks: [],
              sandwich: false,
              joinedAt: 0,
              checkedInAt: null,
            },
          },
        ]),
        entry(2, []),
      ];
      await appendAll(store, 's1', kept);

      const tooBig = entry(3, [{ type: 'card.added', card: card('k1', 'p1', huge) }]);
      const token = credential('s1', 'device-p9', { participantId: 'p9' });
      const failed = await store
        .append('s1', tooBig, { credentials: [token], snapshot: fold(initial, [...kept, tooBig]) })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(failed).toBeInstanceOf(StorageUnavailableError);
      expect(failed).toMatchObject({ code: 'SQLITE_FULL' });
      expect(store.writable).toBe(false);
      expect(await store.credentialByHash(token.secretHash)).toBeNull();
      expect(await store.commandVersion('s1', SENDER, 'c3')).toBeNull();

      // A session too big for the disk is refused whole, too.
      const bigSession = { ...session('s2', 'GHJKMN'), venue: huge };
      await expect(store.createSession(bigSession, [])).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(await store.listSessionIds()).toEqual(['s1']);

      // Space for a small write again: the store says so after it succeeds.
      const small = entry(3, [], 'c3-small');
      await appendAll(store, 's1', [small]);
      expect(store.writable).toBe(true);

      await store.close();
      const reopened = openStore();
      expect(await reopened.loadSession('s1', applyBatch)).toEqual(fold(initial, [...kept, small]));
      expect(await reopened.credentialByHash(token.secretHash)).toBeNull();
      expect(await reopened.listSessionIds()).toEqual(['s1']);
    });
  });

  it('rejects every write on a read-only database and still serves reads', async () => {
    // As root, chmod does not stop writes; opening the file read-only does (SQLITE_READONLY).
    const writer = openStore();
    await writer.createSession(initial, [credential('s1', 'p1-phone', { participantId: 'p1' })]);
    const kept = [entry(1, []), entry(2, [])];
    await appendAll(writer, 's1', kept);
    await writer.close();

    const store = openStore({ readonly: true });
    expect(await store.loadSession('s1', applyBatch)).toEqual(fold(initial, kept));
    const attempts: Promise<unknown>[] = [
      store.append('s1', entry(3, [])),
      store.createSession(session('s2', 'GHJKMN'), []),
      store.addCredential(credential('s1', 'screen', { kind: 'screen' })),
      store.deleteParticipantCredentials('s1', 'p1'),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_READONLY/) });
    }
    expect(store.writable).toBe(false);
    await store.close();

    const reopened = openStore();
    expect(await reopened.loadSession('s1', applyBatch)).toEqual(fold(initial, kept));
    expect(await reopened.credentials('s1')).toHaveLength(1);
  });
});
