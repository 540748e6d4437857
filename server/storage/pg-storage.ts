import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SessionState } from '../../shared/model/session';
import type { Batch } from '../../shared/protocol/events';
import { StorageUnavailableError } from './errors';
import { assertSchemaName, migratePg } from './pg-migrations';
import {
  type AppendExtra,
  checkNewSession,
  batchesAfter,
  type CredentialRow,
  checkAppend,
  endedAt,
  type LogRow,
  replay,
  toCredential,
  toCredentialRow,
  type MailRow,
  toMail,
} from './log-rows';
import type { AppendResult, LogEntry, NewMail, ServerStorage, StoredCredential, StoredMail } from './storage';

/**
 * The storage for several server nodes: one PostgreSQL database they all write to, chosen by
 * DATABASE_URL. Same contract as the SQLite store (test/contract/storage-contract.ts); what differs
 * is that another node may append to a session between two of ours, which `append` answers with
 * a version conflict so the room catches up and decides again.
 */

export type PgStorageOptions = {
  /** Keeps the tables in this schema (created when missing), e.g. one per test. Default: the URL's search_path. */
  schema?: string;
  /** Connections per node. */
  maxConnections?: number;
  /** How long a call waits for a connection before the database counts as unavailable. */
  connectTimeoutMs?: number;
  /** Where a dropped idle connection is reported; the next call reconnects by itself. */
  log?: (message: string) => void;
};

export type PgStorage = ServerStorage;

/**
 * Errors that mean "the database is out of reach or cannot take data", as opposed to a bug in our
 * calls: connection exceptions (08), insufficient resources such as a full disk (53), the server
 * shutting down (57P), system and I/O errors (58), a read-only standby (25006), corruption (XX001/2).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P|58|25006$|XX00[12]$)/;
/** pg's own errors for a lost or unobtainable connection carry no code. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i;

function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  // Node's network errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND).
  if ('syscall' in err) return true;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
  return UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_MESSAGE.test(err.message);
}

/** bigint columns hold millisecond instants, well inside a double; pg would hand them over as strings. */
const INT8_OID = 20;
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * A whole append as one statement: one round trip, committed whole or not at all. `moved` is the
 * optimistic check: it moves the session's version from v - 1 to v unless the sender's command
 * id is stored already, and holds the row's lock until the commit, so a second node appending the same
 * version waits, then finds the version moved and gets nothing. The rest is written only when
 * `moved` yields the row: the entry, the credentials it creates, the snapshot, and with
 * purgeHistory the earlier entries' events dropped.
 */
const APPEND = `
  WITH moved AS (
    UPDATE sessions SET version = $2, ended_at = COALESCE(ended_at, $10::bigint)
     WHERE id = $1 AND version = $2 - 1
       AND NOT EXISTS (SELECT 1 FROM log WHERE session_id = $1 AND actor_key = $4 AND command_id = $3)
    RETURNING id
  ), new_entry AS (
    INSERT INTO log (session_id, version, command_id, actor_key, at, events)
    SELECT id, $2, $3, $4, $5, $6 FROM moved
  ), new_credentials AS (
    INSERT INTO credentials SELECT c.* FROM moved, json_populate_recordset(NULL::credentials, $7) AS c
  ), new_snapshot AS (
    INSERT INTO snapshots (session_id, version, state) SELECT id, $2, $8 FROM moved WHERE $8::json IS NOT NULL
    ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, state = excluded.state
  ), purged AS (
    UPDATE log SET events = NULL
     WHERE session_id = $1 AND version < $2 AND events IS NOT NULL AND $9::boolean AND EXISTS (SELECT 1 FROM moved)
  )
  SELECT count(*)::integer AS stored FROM moved`;

const UNIQUE_VIOLATION = '23505';
/** The log's keys: (session, version) and (session, sender, command id). */
const LOG_CONSTRAINTS = new Set(['log_pkey', 'log_session_id_actor_key_command_id_key']);

export async function openPgStorage(databaseUrl: string, options: PgStorageOptions = {}): Promise<PgStorage> {
  const schema = options.schema ?? null;
  if (schema !== null) assertSchemaName(schema);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    keepAlive: true,
    application_name: 'tafelronde',
    types,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  // Without a listener a connection dropped while idle (PostgreSQL restarted) would crash the node.
  const log = options.log ?? ((message: string) => console.error(message));
  pool.on('error', (err) => log(`postgres: idle connection lost: ${err.message}`));
  try {
    const client = await pool.connect();
    try {
      await migratePg(client, schema);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    if (isUnavailable(err)) throw new StorageUnavailableError('cannot reach or prepare the PostgreSQL database', err);
    throw err;
  }
  return new PgStore(pool);
}

/** A session held by `exclusively`: the connection whose open transaction locks its row. */
type Hold = { sessionId: string; client: pg.PoolClient; open: boolean };

class PgStore implements PgStorage {
  #writable = true;
  readonly #pool: pg.Pool;
  /** Follows `exclusively`'s work through its awaits, so the append in it joins the locking transaction. */
  readonly #holds = new AsyncLocalStorage<Hold>();

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  get writable(): boolean {
    return this.#writable;
  }

  async createSession(state: SessionState, credentials: StoredCredential[]): Promise<void> {
    checkNewSession(state, credentials);
    // One statement: PostgreSQL stores all of it or none (a join code that is taken stops it whole).
    // Version 0 is the first snapshot, so loading never needs a separate "initial state".
    await this.#write('createSession', () =>
      this.#pool.query(
        `WITH new_session AS (INSERT INTO sessions (id, join_code, created_at) VALUES ($1, $2, $3) RETURNING id),
              new_snapshot AS (INSERT INTO snapshots (session_id, version, state) SELECT id, 0, $4 FROM new_session)
         INSERT INTO credentials SELECT c.* FROM new_session, json_populate_recordset(NULL::credentials, $5) AS c`,
        [state.id, state.joinCode, state.createdAt, JSON.stringify(state), credentialRows(credentials)],
      ),
    );
  }

  async loadSession(
    sessionId: string,
    apply: (state: SessionState, batch: Batch) => SessionState,
  ): Promise<SessionState | null> {
    // One statement sees one moment of the database: the snapshot and the log after it agree.
    const found = await this.#read<{ version: number; state: SessionState; rows: LogRow[] | null }>(
      `SELECT s.version, s.state,
         (SELECT json_agg(json_build_object('v', l.version, 'events', l.events) ORDER BY l.version)
            FROM log l WHERE l.session_id = s.session_id AND l.version > s.version) AS rows
       FROM snapshots s WHERE s.session_id = $1`,
      [sessionId],
    );
    const snap = found[0];
    // We wrote this JSON ourselves from a SessionState and events; it is trusted, not parsed as input.
    return snap === undefined ? null : replay(sessionId, snap, snap.rows ?? [], apply);
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    const rows = await this.#read<{ id: string }>('SELECT id FROM sessions WHERE join_code = $1', [joinCode]);
    return rows[0]?.id ?? null;
  }

  async listSessionIds(): Promise<string[]> {
    const rows = await this.#read<{ id: string }>('SELECT id FROM sessions ORDER BY created_at, id');
    return rows.map((r) => r.id);
  }

  async append(sessionId: string, entry: LogEntry, extra: AppendExtra = {}): Promise<AppendResult> {
    checkAppend(sessionId, entry, extra);
    const { credentials = [], snapshot, purgeHistory = false } = extra;
    const params = [
      sessionId,
      entry.version,
      entry.commandId,
      entry.actorKey,
      entry.at,
      JSON.stringify(entry.events),
      credentialRows(credentials),
      snapshot === undefined ? null : JSON.stringify(snapshot),
      purgeHistory,
      endedAt(entry),
    ];
    const hold = this.#holds.getStore();
    const held = hold !== undefined && hold.open && hold.sessionId === sessionId ? hold : null;
    try {
      const found = await this.#write(
        'append',
        async () => {
          if (held === null) return this.#pool.query<{ stored: number }>(APPEND, params);
          // Inside `exclusively`: the statement joins the transaction that holds the session,
          // and that transaction's commit is the append's, which also lets the other writers go on.
          const result = await held.client.query<{ stored: number }>(APPEND, params);
          await held.client.query(result.rows[0]?.stored === 1 ? 'COMMIT' : 'ROLLBACK');
          held.open = false;
          return result;
        },
        (result) => result.rows[0]?.stored === 1,
      );
      if (found.rows[0]?.stored === 1) return { ok: true };
    } catch (err) {
      if (held?.open === true && !isUnavailable(err)) {
        held.open = false;
        await held.client.query('ROLLBACK');
      }
      // Two writers of one version or one command id that slipped past `moved` together: the
      // constraints stop the second, which is then told why like any other refused append.
      if (!isConstraint(err, LOG_CONSTRAINTS)) throw err;
    }
    return this.#refusal(sessionId, entry.actorKey, entry.commandId);
  }

  async exclusively<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (err) {
      throw this.#unavailable('exclusively', err);
    }
    const hold: Hold = { sessionId, client, open: true };
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      // Other writers' `moved` waits for this row until our commit or rollback.
      await client.query('SELECT 1 FROM sessions WHERE id = $1 FOR UPDATE', [sessionId]);
      return await this.#holds.run(hold, work);
    } catch (err) {
      if (isUnavailable(err)) broken = err as Error;
      throw this.#unavailable('exclusively', err);
    } finally {
      // Whatever `work` did not commit is not stored, and the lock goes with the transaction.
      if (hold.open) {
        hold.open = false;
        await client.query('ROLLBACK').catch((err: unknown) => (broken = err as Error));
      }
      // A connection that failed is dropped from the pool rather than handed to the next call.
      client.release(broken);
    }
  }

  /** Why an append was refused: a known command id comes first (a retry carries a stale version). */
  async #refusal(sessionId: string, actorKey: string, commandId: string): Promise<AppendResult> {
    const found = await this.#read<{ known: number | null; session: string | null }>(
      `SELECT (SELECT version FROM log WHERE session_id = $1 AND actor_key = $2 AND command_id = $3) AS known,
              (SELECT id FROM sessions WHERE id = $1) AS session`,
      [sessionId, actorKey, commandId],
    );
    const row = found[0];
    if (row?.known != null) return { ok: false, reason: 'duplicate', version: row.known };
    if (row?.session == null) throw new Error(`unknown session ${sessionId}`);
    return { ok: false, reason: 'version-conflict' };
  }

  async commandVersion(sessionId: string, actorKey: string, commandId: string): Promise<number | null> {
    const rows = await this.#read<{ version: number }>(
      'SELECT version FROM log WHERE session_id = $1 AND actor_key = $2 AND command_id = $3',
      [sessionId, actorKey, commandId],
    );
    return rows[0]?.version ?? null;
  }

  async batchesSince(sessionId: string, after: number): Promise<Batch[] | null> {
    // Not a number the query could take: cannot be caught up either.
    if (!Number.isInteger(after)) return null;
    const found = await this.#read<{ last: number; rows: LogRow[] | null }>(
      `SELECT s.version AS last,
         (SELECT json_agg(json_build_object('v', l.version, 'events', l.events) ORDER BY l.version)
            FROM log l WHERE l.session_id = s.id AND l.version > $2) AS rows
       FROM sessions s WHERE s.id = $1`,
      [sessionId, after],
    );
    return batchesAfter(after, found[0]?.last ?? 0, found[0]?.rows ?? []);
  }

  async credentialByHash(secretHash: string): Promise<StoredCredential | null> {
    const rows = await this.#read<CredentialRow>('SELECT * FROM credentials WHERE secret_hash = $1', [secretHash]);
    return rows[0] === undefined ? null : toCredential(rows[0]);
  }

  async credentials(sessionId: string): Promise<StoredCredential[]> {
    const rows = await this.#read<CredentialRow>(
      'SELECT * FROM credentials WHERE session_id = $1 ORDER BY created_at, secret_hash',
      [sessionId],
    );
    return rows.map(toCredential);
  }

  async addCredential(credential: StoredCredential): Promise<void> {
    await this.#write('addCredential', () =>
      this.#pool.query('INSERT INTO credentials SELECT * FROM json_populate_recordset(NULL::credentials, $1)', [
        credentialRows([credential]),
      ]),
    );
  }

  async replaceHostCredential(credential: StoredCredential): Promise<void> {
    // One statement, so one transaction: there is no moment with both codes, or with neither.
    await this.#write('replaceHostCredential', () =>
      this.#pool.query(
        `WITH gone AS (DELETE FROM credentials WHERE session_id = $1 AND kind = 'host' AND table_id = $2)
         INSERT INTO credentials SELECT c.* FROM json_populate_recordset(NULL::credentials, $3) AS c`,
        [credential.sessionId, credential.tableId, credentialRows([credential])],
      ),
    );
  }

  async replaceMemberCredential(credential: StoredCredential): Promise<void> {
    // One statement, so one transaction, as for host codes.
    await this.#write('replaceMemberCredential', () =>
      this.#pool.query(
        `WITH gone AS (DELETE FROM credentials WHERE session_id = $1 AND kind = 'member' AND participant_id = $2)
         INSERT INTO credentials SELECT c.* FROM json_populate_recordset(NULL::credentials, $3) AS c`,
        [credential.sessionId, credential.participantId, credentialRows([credential])],
      ),
    );
  }

  async deleteMemberCredentials(sessionId: string, participantId: string): Promise<void> {
    await this.#write('deleteMemberCredentials', () =>
      this.#pool.query("DELETE FROM credentials WHERE session_id = $1 AND kind = 'member' AND participant_id = $2", [
        sessionId,
        participantId,
      ]),
    );
  }

  async deleteParticipantCredentials(sessionId: string, participantId: string): Promise<void> {
    await this.#write('deleteParticipantCredentials', () =>
      this.#pool.query('DELETE FROM credentials WHERE session_id = $1 AND participant_id = $2', [
        sessionId,
        participantId,
      ]),
    );
  }

  async queueMail(mail: readonly NewMail[]): Promise<string[]> {
    if (mail.length === 0) return [];
    const rows = mail.map((m) => ({
      id: m.id,
      session_id: m.sessionId,
      participant_id: m.participantId,
      kind: m.kind,
      recipient: m.to,
      language: m.language,
      subject: m.subject,
      body: m.text,
      status: 'queued',
      attempts: 0,
      next_attempt_at: m.nextAttemptAt,
      created_at: m.createdAt,
    }));
    const result = await this.#write('queueMail', () =>
      this.#pool.query<{ id: string }>(
        `INSERT INTO outbox (id, session_id, participant_id, kind, recipient, language, subject, body, status,
                             attempts, next_attempt_at, created_at)
         SELECT id, session_id, participant_id, kind, recipient, language, subject, body, status, attempts,
                next_attempt_at, created_at
           FROM json_populate_recordset(NULL::outbox, $1)
         ON CONFLICT (session_id, participant_id, kind) DO NOTHING
         RETURNING id`,
        [JSON.stringify(rows)],
      ),
    );
    const queued = new Set(result.rows.map((r) => r.id));
    return mail.map((m) => m.id).filter((id) => queued.has(id));
  }

  async sessionMail(sessionId: string): Promise<StoredMail[]> {
    const rows = await this.#read<MailRow>('SELECT * FROM outbox WHERE session_id = $1 ORDER BY created_at, id', [
      sessionId,
    ]);
    return rows.map(toMail);
  }

  async claimDueMail(now: number, heldUntil: number, limit: number): Promise<StoredMail[]> {
    // SKIP LOCKED: two nodes claiming at once each take other rows instead of waiting for, and then
    // also taking, the same ones.
    const result = await this.#write('claimDueMail', () =>
      this.#pool.query<MailRow>(
        `UPDATE outbox SET held_until = $2
          WHERE id IN (SELECT id FROM outbox
                        WHERE status = 'queued' AND next_attempt_at <= $1 AND COALESCE(held_until, 0) <= $1
                        ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING *`,
        [now, heldUntil, limit],
      ),
    );
    return result.rows.map(toMail).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id.localeCompare(b.id));
  }

  async mailSent(id: string, at: number): Promise<void> {
    await this.#write('mailSent', () =>
      this.#pool.query(
        `UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, body = '', last_error = NULL,
                held_until = NULL WHERE id = $2`,
        [at, id],
      ),
    );
  }

  async mailFailed(id: string, error: string, nextAttemptAt: number | null): Promise<void> {
    await this.#write('mailFailed', () =>
      this.#pool.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $1,
                status = CASE WHEN $2::bigint IS NULL THEN 'failed' ELSE 'queued' END,
                next_attempt_at = COALESCE($2::bigint, next_attempt_at), held_until = NULL WHERE id = $3`,
        [error, nextAttemptAt, id],
      ),
    );
  }

  async retryMail(sessionId: string, id: string, at: number): Promise<boolean> {
    const result = await this.#write('retryMail', () =>
      this.#pool.query(
        `UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = $1, held_until = NULL
          WHERE session_id = $2 AND id = $3 AND status = 'failed'`,
        [at, sessionId, id],
      ),
    );
    return (result.rowCount ?? 0) > 0;
  }

  async deleteParticipantMail(sessionId: string, participantId: string): Promise<void> {
    await this.#write('deleteParticipantMail', () =>
      this.#pool.query('DELETE FROM outbox WHERE session_id = $1 AND participant_id = $2', [sessionId, participantId]),
    );
  }

  async deleteSession(sessionId: string): Promise<boolean> {
    // The log, snapshot, credentials and outbox go with it (ON DELETE CASCADE).
    const result = await this.#write('deleteSession', () =>
      this.#pool.query('DELETE FROM sessions WHERE id = $1', [sessionId]),
    );
    return (result.rowCount ?? 0) > 0;
  }

  async sessionsIdleSince(cutoff: number): Promise<string[]> {
    const rows = await this.#read<{ id: string }>(
      `SELECT id FROM sessions s
        WHERE COALESCE(ended_at, (SELECT MAX(at) FROM log WHERE log.session_id = s.id), created_at) < $1
        ORDER BY created_at, id`,
      [cutoff],
    );
    return rows.map((r) => r.id);
  }

  async close(): Promise<void> {
    // Idempotent like the SQLite store's: a server and a test may both close it.
    if (!this.#pool.ended && !this.#pool.ending) await this.#pool.end();
  }

  /**
   * Runs one write. Every write is a single statement, so PostgreSQL commits it whole or not at
   * all, and the promise resolves after the commit: nothing is acknowledged that is not stored.
   * A lost connection or a database that cannot take data becomes StorageUnavailableError (the
   * pool drops that connection); other errors are bugs and pass through unchanged.
   *
   * When the connection drops just as the commit happens we cannot know whether it landed. We say
   * "unavailable"; if it did land, the client's retry of the same command id is answered as a
   * duplicate, and the room, whose copy lags behind the database, catches up at its next conflict.
   */
  async #write<T>(what: string, run: () => Promise<T>, wrote: (result: T) => boolean = () => true): Promise<T> {
    try {
      const result = await run();
      // Only a real write proves the database takes data again; a refused append wrote nothing.
      if (wrote(result)) this.#writable = true;
      return result;
    } catch (err) {
      throw this.#unavailable(what, err);
    }
  }

  /** A failed write as it is thrown: StorageUnavailableError when the database is out of reach, else unchanged. */
  #unavailable(what: string, err: unknown): unknown {
    if (!isUnavailable(err)) return err;
    this.#writable = false;
    return new StorageUnavailableError(`${what} failed: the database cannot be written`, err);
  }

  async #read<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.#pool.query<R>(sql, params)).rows;
    } catch (err) {
      if (isUnavailable(err)) throw new StorageUnavailableError('the database cannot be read', err);
      throw err;
    }
  }
}

/** Credentials as json_populate_recordset reads them: keys named like the columns, any number in one parameter. */
function credentialRows(credentials: readonly StoredCredential[]): string {
  return JSON.stringify(credentials.map(toCredentialRow));
}

/** A unique or primary key violation of one of these constraints. */
function isConstraint(err: unknown, names: ReadonlySet<string>): boolean {
  return err instanceof pg.DatabaseError && err.code === UNIQUE_VIOLATION && names.has(err.constraint ?? '');
}
