import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SessionState } from '../../shared/model/session';
import type { Batch, Event } from '../../shared/protocol/events';
import { StorageUnavailableError } from './errors';
import {
  type AppendExtra,
  batchesAfter,
  type CredentialRow,
  checkAppend,
  checkNewSession,
  endedAt,
  type LogRow,
  replay,
  toCredential,
  type MailRow,
  toMail,
} from './log-rows';
import type { AppendResult, CredentialKind, LogEntry, NewMail, Storage, StoredCredential, StoredMail } from './storage';

/**
 * The default, single-node storage: one SQLite file in the data directory.
 *
 * better-sqlite3 is synchronous, so every method does its work before returning a resolved
 * promise; the async signatures are there for the PostgreSQL implementation. Because nothing
 * awaits inside a method, two calls from the same process can never interleave mid-transaction.
 */

export const SQLITE_FILE_NAME = 'tafelronde.sqlite';

export type SqliteStorageOptions = {
  /** How long a write waits for another process holding the lock before giving up. */
  busyTimeoutMs?: number;
  /** Opens an existing database without write access (inspection tools, tests of a read-only disk). */
  readonly?: boolean;
  /** Test only: caps the database size in pages, to simulate a full disk. */
  maxPageCount?: number;
};

export type SqliteStorage = Storage & {
  /**
   * False after a write failed because of the disk (full, read-only, I/O error), true again after
   * the next successful write. For the health check; the failed call itself rejected with
   * StorageUnavailableError.
   */
  readonly writable: boolean;
};

/**
 * Each step brings the schema from version i to i + 1 (`PRAGMA user_version`). Steps are only
 * ever appended: a database in the field may be at any earlier version.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    join_code TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE log (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    command_id TEXT NOT NULL,
    actor_key TEXT NOT NULL,
    at INTEGER NOT NULL,
    -- NULL once purged; the row stays so a retried command id is still recognised.
    events_json TEXT,
    PRIMARY KEY (session_id, version),
    UNIQUE (session_id, command_id)
  ) STRICT, WITHOUT ROWID;

  -- One per session: the latest state the server chose to keep (version 0 at creation).
  CREATE TABLE snapshots (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    state_json TEXT NOT NULL
  ) STRICT;

  CREATE TABLE credentials (
    secret_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device')),
    table_id TEXT,
    participant_id TEXT,
    facilitator_id TEXT,
    revealable TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX credentials_by_session ON credentials (session_id, participant_id);
  `,
  // When a session ended, for the retention period; filled in from the log for sessions that
  // ended before this column existed.
  `
  ALTER TABLE sessions ADD COLUMN ended_at INTEGER;
  UPDATE sessions SET ended_at = (
    SELECT MIN(json_extract(e.value, '$.at')) FROM log, json_each(log.events_json) AS e
     WHERE log.session_id = sessions.id AND json_extract(e.value, '$.type') = 'session.ended'
  );
  `,
  // Command ids are unique per sender, not per session: a phone that happens to reuse another
  // phone's id is sent its own command, not the other's acknowledgement. SQLite cannot drop a
  // constraint, so the table is rebuilt; the old key (session, id) implies the new one.
  `
  CREATE TABLE log_by_sender (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    command_id TEXT NOT NULL,
    actor_key TEXT NOT NULL,
    at INTEGER NOT NULL,
    -- NULL once purged; the row stays so a retried command id is still recognised.
    events_json TEXT,
    PRIMARY KEY (session_id, version),
    UNIQUE (session_id, actor_key, command_id)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO log_by_sender (session_id, version, command_id, actor_key, at, events_json)
    SELECT session_id, version, command_id, actor_key, at, events_json FROM log;
  DROP TABLE log;
  ALTER TABLE log_by_sender RENAME TO log;
  `,
  // Programme members' codes are a credential kind of their own. SQLite cannot change a CHECK,
  // so the table is rebuilt with the same rows.
  `
  CREATE TABLE credentials_with_members (
    secret_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device', 'member')),
    table_id TEXT,
    participant_id TEXT,
    facilitator_id TEXT,
    revealable TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;
  INSERT INTO credentials_with_members SELECT * FROM credentials;
  DROP TABLE credentials;
  ALTER TABLE credentials_with_members RENAME TO credentials;
  CREATE INDEX credentials_by_session ON credentials (session_id, participant_id);
  `,
  // Registered people's personal codes (docs/registrations.md): rebuilt again for the CHECK.
  `
  CREATE TABLE credentials_with_registrations (
    secret_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device', 'member', 'registration')),
    table_id TEXT,
    participant_id TEXT,
    facilitator_id TEXT,
    revealable TEXT,
    created_at INTEGER NOT NULL
  ) STRICT;
  INSERT INTO credentials_with_registrations SELECT * FROM credentials;
  DROP TABLE credentials;
  ALTER TABLE credentials_with_registrations RENAME TO credentials;
  CREATE INDEX credentials_by_session ON credentials (session_id, participant_id);
  `,
  // The outbox of registered people's e-mail (docs/registrations.md, "E-mail"). One message of a
  // kind per person; held_until is a sender's hold on it while it sends.
  `
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'reminder', 'followup')),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at INTEGER NOT NULL,
    held_until INTEGER,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    UNIQUE (session_id, participant_id, kind)
  ) STRICT;
  CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
  `,
];

/** Driver errors that mean "the disk or file is in trouble", as opposed to a bug in our calls. */
const UNAVAILABLE_CODE = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY|NOMEM|PROTOCOL|CORRUPT|NOTADB|NOLFS)/;

function isDiskTrouble(err: unknown): boolean {
  if (err instanceof Database.SqliteError) return UNAVAILABLE_CODE.test(err.code);
  // Creating the data directory fails with a Node error (EACCES, EROFS, ENOSPC).
  return err instanceof Error && 'syscall' in err;
}

/**
 * The same storage in memory, gone when closed: for fast room-level tests (test/unit/room/).
 * Everything but the disk behaves as on a file: schema, transactions, version checks.
 */
export function openMemorySqliteStorage(): SqliteStorage {
  const db = new Database(':memory:');
  configure(db, {});
  migrate(db, false);
  // No file to watch for removal: ':memory:' names none, so its identity stays null.
  return new SqliteStore(db, ':memory:');
}

type SessionRow = { id: string };
type SnapshotRow = { version: number; state_json: string };
type LogTableRow = { version: number; events_json: string | null };
type VersionRow = { version: number };

export function openSqliteStorage(dataDir: string, options: SqliteStorageOptions = {}): SqliteStorage {
  let db: Database.Database;
  try {
    if (!options.readonly) fs.mkdirSync(dataDir, { recursive: true });
    db = new Database(path.join(dataDir, SQLITE_FILE_NAME), {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (err) {
    if (isDiskTrouble(err)) throw new StorageUnavailableError(`cannot open the database in ${dataDir}`, err);
    throw err;
  }
  try {
    configure(db, options);
    migrate(db, options.readonly ?? false);
    return new SqliteStore(db, path.join(dataDir, SQLITE_FILE_NAME));
  } catch (err) {
    db.close();
    if (isDiskTrouble(err)) throw new StorageUnavailableError(`cannot prepare the database in ${dataDir}`, err);
    throw err;
  }
}

function configure(db: Database.Database, options: SqliteStorageOptions): void {
  db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  // WAL: readers never block the writer, and a commit appends to one file instead of two.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  // FULL fsyncs the WAL on every commit: an acknowledged command survives a power cut. The cost
  // is one fsync per append (about 0.3 ms on the development VM; slower disks pay more), and
  // appends are serialised behind it. NORMAL would skip it but may lose the last commits after
  // a power cut, which clients were already told had been saved.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros in the file instead of lingering in freed pages:
  // an erased participant or a deleted session must be gone from disk, not just unreachable.
  db.pragma('secure_delete = ON');
  if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPageCount)}`);
}

function migrate(db: Database.Database, readonly: boolean): void {
  const current = db.pragma('user_version', { simple: true });
  if (typeof current !== 'number') throw new Error('PRAGMA user_version returned no number');
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema ${current} is newer than this server knows (${MIGRATIONS.length}): upgrade the server`,
    );
  }
  if (current === MIGRATIONS.length) return;
  if (readonly) throw new Error(`database schema ${current} needs migrating, which a read-only database cannot do`);
  for (let version = current; version < MIGRATIONS.length; version++) {
    // Each step and its version bump commit together: a crash mid-migration leaves the old schema.
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** Prepared once: SQLite parses and plans each query at startup, not on every call. */
function prepareStatements(db: Database.Database) {
  return {
    insertSession: db.prepare<[string, string, number]>(
      'INSERT INTO sessions (id, join_code, created_at) VALUES (?, ?, ?)',
    ),
    sessionById: db.prepare<[string], SessionRow>('SELECT id FROM sessions WHERE id = ?'),
    sessionByJoinCode: db.prepare<[string], SessionRow>('SELECT id FROM sessions WHERE join_code = ?'),
    sessionIds: db.prepare<[], SessionRow>('SELECT id FROM sessions ORDER BY created_at, id'),
    upsertSnapshot: db.prepare<[string, number, string]>(
      `INSERT INTO snapshots (session_id, version, state_json) VALUES (?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, state_json = excluded.state_json`,
    ),
    snapshot: db.prepare<[string], SnapshotRow>('SELECT version, state_json FROM snapshots WHERE session_id = ?'),
    insertLog: db.prepare<[string, number, string, string, number, string]>(
      'INSERT INTO log (session_id, version, command_id, actor_key, at, events_json) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    lastVersion: db.prepare<[string], VersionRow>(
      'SELECT COALESCE(MAX(version), 0) AS version FROM log WHERE session_id = ?',
    ),
    commandVersion: db.prepare<[string, string, string], VersionRow>(
      'SELECT version FROM log WHERE session_id = ? AND actor_key = ? AND command_id = ?',
    ),
    logAfter: db.prepare<[string, number], LogTableRow>(
      'SELECT version, events_json FROM log WHERE session_id = ? AND version > ? ORDER BY version',
    ),
    purgeBefore: db.prepare<[string, number]>(
      'UPDATE log SET events_json = NULL WHERE session_id = ? AND version < ? AND events_json IS NOT NULL',
    ),
    insertCredential: db.prepare<
      [string, string, CredentialKind, string | null, string | null, string | null, string | null, number]
    >(
      `INSERT INTO credentials
         (secret_hash, session_id, kind, table_id, participant_id, facilitator_id, revealable, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    credentialByHash: db.prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE secret_hash = ?'),
    credentialsOf: db.prepare<[string], CredentialRow>(
      'SELECT * FROM credentials WHERE session_id = ? ORDER BY created_at, secret_hash',
    ),
    deleteHostCredentials: db.prepare<[string, string]>(
      "DELETE FROM credentials WHERE session_id = ? AND kind = 'host' AND table_id = ?",
    ),
    deleteParticipantCredentials: db.prepare<[string, string]>(
      'DELETE FROM credentials WHERE session_id = ? AND participant_id = ?',
    ),
    deleteMemberCredentials: db.prepare<[string, string]>(
      "DELETE FROM credentials WHERE session_id = ? AND kind = 'member' AND participant_id = ?",
    ),
    insertMail: db.prepare<[string, string, string, string, string, string, string, string, number, number]>(
      `INSERT INTO outbox
         (id, session_id, participant_id, kind, recipient, language, subject, body, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)
       ON CONFLICT (session_id, participant_id, kind) DO NOTHING`,
    ),
    mailOf: db.prepare<[string], MailRow>('SELECT * FROM outbox WHERE session_id = ? ORDER BY created_at, id'),
    claimMail: db.prepare<[number, number, number, number], MailRow>(
      `UPDATE outbox SET held_until = ?
        WHERE id IN (SELECT id FROM outbox
                      WHERE status = 'queued' AND next_attempt_at <= ? AND COALESCE(held_until, 0) <= ?
                      ORDER BY next_attempt_at, id LIMIT ?)
        RETURNING *`,
    ),
    mailSent: db.prepare<[number, string]>(
      `UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, body = '', last_error = NULL,
              held_until = NULL WHERE id = ?`,
    ),
    mailFailed: db.prepare<[string, number | null, number | null, string]>(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?,
              status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'queued' END,
              next_attempt_at = COALESCE(?, next_attempt_at), held_until = NULL WHERE id = ?`,
    ),
    retryMail: db.prepare<[number, string, string]>(
      `UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = ?, held_until = NULL
        WHERE session_id = ? AND id = ? AND status = 'failed'`,
    ),
    deleteParticipantMail: db.prepare<[string, string]>(
      'DELETE FROM outbox WHERE session_id = ? AND participant_id = ?',
    ),
    markEnded: db.prepare<[number, string]>('UPDATE sessions SET ended_at = COALESCE(ended_at, ?) WHERE id = ?'),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE id = ?'),
    idleSince: db.prepare<[number], SessionRow>(
      `SELECT id FROM sessions
        WHERE COALESCE(ended_at, (SELECT MAX(at) FROM log WHERE log.session_id = sessions.id), created_at) < ?
        ORDER BY created_at, id`,
    ),
  };
}
type Statements = ReturnType<typeof prepareStatements>;

/** Which file a path names: device and inode. */
function identity(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat === undefined ? null : `${stat.dev}:${stat.ino}`;
}

class SqliteStore implements SqliteStorage {
  #writable = true;
  readonly #db: Database.Database;
  readonly #stmt: Statements;
  readonly #file: string;
  readonly #identity: string | null;

  constructor(db: Database.Database, file: string) {
    this.#db = db;
    this.#stmt = prepareStatements(db);
    this.#file = file;
    this.#identity = identity(file);
  }

  get writable(): boolean {
    return this.#writable;
  }

  async createSession(state: SessionState, credentials: StoredCredential[]): Promise<void> {
    checkNewSession(state, credentials);
    this.#write('createSession', () => {
      this.#stmt.insertSession.run(state.id, state.joinCode, state.createdAt);
      // Version 0 is the first snapshot, so loading never needs a separate "initial state".
      this.#stmt.upsertSnapshot.run(state.id, 0, JSON.stringify(state));
      for (const c of credentials) this.#insertCredential(c);
    });
  }

  async loadSession(
    sessionId: string,
    apply: (state: SessionState, batch: Batch) => SessionState,
  ): Promise<SessionState | null> {
    // One read transaction: the snapshot and the log after it come from the same commit.
    const read = this.#db.transaction(() => {
      const snap = this.#stmt.snapshot.get(sessionId);
      if (snap === undefined) return null;
      return { snap, rows: this.#stmt.logAfter.all(sessionId, snap.version) };
    });
    const found = this.#read(read);
    if (found === null) return null;
    // We wrote this JSON ourselves from a SessionState; it is trusted, not parsed as input.
    const snapshot = { version: found.snap.version, state: JSON.parse(found.snap.state_json) as SessionState };
    return replay(sessionId, snapshot, found.rows.map(toLogRow), apply);
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    return this.#read(() => this.#stmt.sessionByJoinCode.get(joinCode)?.id ?? null);
  }

  async listSessionIds(): Promise<string[]> {
    return this.#read(() => this.#stmt.sessionIds.all().map((r) => r.id));
  }

  async append(sessionId: string, entry: LogEntry, extra: AppendExtra = {}): Promise<AppendResult> {
    checkAppend(sessionId, entry, extra);
    const { credentials = [], snapshot, purgeHistory = false } = extra;

    const result = this.#write(
      'append',
      (): AppendResult => {
        // Checked before the version: a retry carries a stale version but must be told "duplicate".
        const earlier = this.#stmt.commandVersion.get(sessionId, entry.actorKey, entry.commandId);
        if (earlier !== undefined) return { ok: false, reason: 'duplicate', version: earlier.version };
        if (this.#stmt.sessionById.get(sessionId) === undefined) throw new Error(`unknown session ${sessionId}`);
        // Another node (or a stale room) may have stored this version first: it must reload and decide again.
        const last = this.#stmt.lastVersion.get(sessionId)?.version ?? 0;
        if (entry.version !== last + 1) return { ok: false, reason: 'version-conflict' };

        this.#stmt.insertLog.run(
          sessionId,
          entry.version,
          entry.commandId,
          entry.actorKey,
          entry.at,
          JSON.stringify(entry.events),
        );
        for (const c of credentials) this.#insertCredential(c);
        if (snapshot !== undefined)
          this.#stmt.upsertSnapshot.run(sessionId, snapshot.version, JSON.stringify(snapshot));
        if (purgeHistory) this.#stmt.purgeBefore.run(sessionId, entry.version);
        const ended = endedAt(entry);
        if (ended !== null) this.#stmt.markEnded.run(ended, sessionId);
        return { ok: true };
      },
      (result) => result.ok,
    );
    if (purgeHistory && result.ok) this.#dropOldFrames();
    return result;
  }

  async deleteSession(sessionId: string): Promise<boolean> {
    // The log, snapshot, credentials and outbox go with it (ON DELETE CASCADE).
    const deleted = this.#write('deleteSession', () => this.#stmt.deleteSession.run(sessionId).changes > 0);
    if (deleted) this.#dropOldFrames();
    return deleted;
  }

  async sessionsIdleSince(cutoff: number): Promise<string[]> {
    return this.#read(() => this.#stmt.idleSince.all(cutoff).map((r) => r.id));
  }

  /** One server writes a session, and better-sqlite3 never interleaves two writes: nothing to hold off. */
  exclusively<T>(_sessionId: string, work: () => Promise<T>): Promise<T> {
    return work();
  }

  async commandVersion(sessionId: string, actorKey: string, commandId: string): Promise<number | null> {
    return this.#read(() => this.#stmt.commandVersion.get(sessionId, actorKey, commandId)?.version ?? null);
  }

  async batchesSince(sessionId: string, after: number): Promise<Batch[] | null> {
    const read = this.#db.transaction(() => ({
      last: this.#stmt.lastVersion.get(sessionId)?.version ?? 0,
      rows: this.#stmt.logAfter.all(sessionId, after),
    }));
    const { last, rows } = this.#read(read);
    return batchesAfter(after, last, rows.map(toLogRow));
  }

  async credentialByHash(secretHash: string): Promise<StoredCredential | null> {
    return this.#read(() => {
      const row = this.#stmt.credentialByHash.get(secretHash);
      return row === undefined ? null : toCredential(row);
    });
  }

  async credentials(sessionId: string): Promise<StoredCredential[]> {
    return this.#read(() => this.#stmt.credentialsOf.all(sessionId).map(toCredential));
  }

  async addCredential(credential: StoredCredential): Promise<void> {
    this.#write('addCredential', () => this.#insertCredential(credential));
  }

  async replaceHostCredential(credential: StoredCredential): Promise<void> {
    this.#write('replaceHostCredential', () => {
      this.#stmt.deleteHostCredentials.run(credential.sessionId, credential.tableId ?? '');
      this.#insertCredential(credential);
    });
  }

  async replaceMemberCredential(credential: StoredCredential): Promise<void> {
    this.#write('replaceMemberCredential', () => {
      this.#stmt.deleteMemberCredentials.run(credential.sessionId, credential.participantId ?? '');
      this.#insertCredential(credential);
    });
  }

  async deleteMemberCredentials(sessionId: string, participantId: string): Promise<void> {
    const deleted = this.#write(
      'deleteMemberCredentials',
      () => this.#stmt.deleteMemberCredentials.run(sessionId, participantId).changes > 0,
    );
    if (deleted) this.#dropOldFrames();
  }

  async deleteParticipantCredentials(sessionId: string, participantId: string): Promise<void> {
    const deleted = this.#write(
      'deleteParticipantCredentials',
      () => this.#stmt.deleteParticipantCredentials.run(sessionId, participantId).changes > 0,
    );
    if (deleted) this.#dropOldFrames();
  }

  async queueMail(mail: readonly NewMail[]): Promise<string[]> {
    return this.#write('queueMail', () =>
      mail
        .filter(
          (m) =>
            this.#stmt.insertMail.run(
              m.id,
              m.sessionId,
              m.participantId,
              m.kind,
              m.to,
              m.language,
              m.subject,
              m.text,
              m.nextAttemptAt,
              m.createdAt,
            ).changes > 0,
        )
        .map((m) => m.id),
    );
  }

  async sessionMail(sessionId: string): Promise<StoredMail[]> {
    return this.#read(() => this.#stmt.mailOf.all(sessionId).map(toMail));
  }

  async claimDueMail(now: number, heldUntil: number, limit: number): Promise<StoredMail[]> {
    return this.#write('claimDueMail', () =>
      this.#stmt.claimMail
        .all(heldUntil, now, now, limit)
        .map(toMail)
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id.localeCompare(b.id)),
    );
  }

  async mailSent(id: string, at: number): Promise<void> {
    this.#write('mailSent', () => this.#stmt.mailSent.run(at, id));
  }

  async mailFailed(id: string, error: string, nextAttemptAt: number | null): Promise<void> {
    this.#write('mailFailed', () => this.#stmt.mailFailed.run(error, nextAttemptAt, nextAttemptAt, id));
  }

  async retryMail(sessionId: string, id: string, at: number): Promise<boolean> {
    return this.#write('retryMail', () => this.#stmt.retryMail.run(at, sessionId, id).changes > 0);
  }

  async deleteParticipantMail(sessionId: string, participantId: string): Promise<void> {
    const deleted = this.#write(
      'deleteParticipantMail',
      () => this.#stmt.deleteParticipantMail.run(sessionId, participantId).changes > 0,
    );
    if (deleted) this.#dropOldFrames();
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  /**
   * secure_delete zeroes what a transaction deletes, but the WAL still holds the page images from
   * before it, and the database file keeps its old pages until a checkpoint copies the new ones
   * over. TRUNCATE does that now and empties the WAL, so erased data leaves the disk at once
   * instead of after the next automatic checkpoint (1000 pages) or shutdown. Runs after the
   * commit: a failure here must not turn a stored write into a refused one, and the next
   * checkpoint (or closing the database) finishes the job.
   */
  #dropOldFrames(): void {
    try {
      this.#db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (err) {
      if (!isDiskTrouble(err)) throw err;
    }
  }

  #insertCredential(c: StoredCredential): void {
    this.#stmt.insertCredential.run(
      c.secretHash,
      c.sessionId,
      c.kind,
      c.tableId,
      c.participantId,
      c.facilitatorId,
      c.revealable,
      c.createdAt,
    );
  }

  /**
   * Runs `work` in one IMMEDIATE transaction: the write lock is taken up front, so a second
   * process cannot slip in between our version check and our insert, and SQLite's busy timeout
   * applies (a deferred transaction upgrading to a write in WAL mode fails at once instead).
   * Disk trouble becomes StorageUnavailableError after the rollback; other errors are bugs and
   * pass through unchanged (also rolled back).
   */
  #write<T>(what: string, work: () => T, wrote: (result: T) => boolean = () => true): T {
    // SQLite goes on writing into a database file that was deleted or replaced under it (a
    // clean-up script, a restore): every commit succeeds and is gone at the next start. One stat
    // per write notices, and the command is refused instead of acknowledged and lost.
    if (identity(this.#file) !== this.#identity) {
      this.#writable = false;
      throw new StorageUnavailableError(
        `${what} failed: the database file ${this.#file} was removed or replaced; restart the server`,
        null,
      );
    }
    try {
      const result = this.#db.transaction(work).immediate();
      // Only a real write proves the disk takes data again; a refused duplicate wrote nothing.
      if (wrote(result)) this.#writable = true;
      return result;
    } catch (err) {
      if (!isDiskTrouble(err)) throw err;
      this.#writable = false;
      throw new StorageUnavailableError(`${what} failed: the database cannot be written`, err);
    }
  }

  #read<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      if (isDiskTrouble(err)) throw new StorageUnavailableError('the database cannot be read', err);
      throw err;
    }
  }
}

function parseEvents(json: string): Event[] {
  // Written by us from Event[] in append; trusted like the snapshot.
  return JSON.parse(json) as Event[];
}

function toLogRow(row: LogTableRow): LogRow {
  return { v: row.version, events: row.events_json === null ? null : parseEvents(row.events_json) };
}
