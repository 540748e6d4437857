import pg from 'pg';
import type { SessionState } from '../../shared/model/session';
import type { Batch, Event } from '../../shared/protocol/events';
import { StorageUnavailableError } from './errors';
import { assertSchemaName, migratePg } from './pg-migrations';
import type { AppendResult, CredentialKind, LogEntry, ServerStorage, StoredCredential } from './storage';

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
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i;

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
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

type CredentialRow = {
  secret_hash: string;
  session_id: string;
  kind: CredentialKind;
  table_id: string | null;
  participant_id: string | null;
  facilitator_id: string | null;
  revealable: string | null;
  created_at: number;
};
/** A log row as json_build_object gives it back: events null once purged. */
type LogRow = { v: number; events: Event[] | null };

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

class PgStore implements PgStorage {
  #writable = true;
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  get writable(): boolean {
    return this.#writable;
  }

  async createSession(state: SessionState, credentials: StoredCredential[]): Promise<void> {
    if (state.version !== 0) throw new Error(`a new session starts at version 0, got ${state.version}`);
    for (const c of credentials) assertSameSession(state.id, c);
    await this.#transaction('createSession', async (db) => {
      await db.query('INSERT INTO sessions (id, join_code, created_at) VALUES ($1, $2, $3)', [state.id, state.joinCode, state.createdAt]);
      // Version 0 is the first snapshot, so loading never needs a separate "initial state".
      await db.query('INSERT INTO snapshots (session_id, version, state) VALUES ($1, 0, $2)', [state.id, JSON.stringify(state)]);
      await insertCredentials(db, credentials);
    });
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
    if (snap === undefined) return null;
    // We wrote this JSON ourselves from a SessionState; it is trusted, not parsed as input.
    let state = snap.state;
    let expected = snap.version + 1;
    for (const row of snap.rows ?? []) {
      if (row.v !== expected) throw new Error(`session ${sessionId}: log jumps from ${expected - 1} to ${row.v}`);
      // Purging always comes with a newer snapshot, so this means a bug, not a state to load around.
      if (row.events === null) throw new Error(`session ${sessionId}: entry ${row.v} after snapshot ${snap.version} was purged`);
      state = apply(state, { v: row.v, events: row.events });
      expected++;
    }
    return state;
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    const rows = await this.#read<{ id: string }>('SELECT id FROM sessions WHERE join_code = $1', [joinCode]);
    return rows[0]?.id ?? null;
  }

  async listSessionIds(): Promise<string[]> {
    const rows = await this.#read<{ id: string }>('SELECT id FROM sessions ORDER BY created_at, id');
    return rows.map((r) => r.id);
  }

  async append(
    sessionId: string,
    entry: LogEntry,
    extra: { credentials?: StoredCredential[]; snapshot?: SessionState; purgeHistory?: boolean } = {},
  ): Promise<AppendResult> {
    const { credentials = [], snapshot, purgeHistory = false } = extra;
    if (!Number.isInteger(entry.version) || entry.version < 1) throw new Error(`bad log version ${entry.version}`);
    if (snapshot !== undefined && (snapshot.id !== sessionId || snapshot.version !== entry.version)) {
      throw new Error(`the snapshot must be session ${sessionId} at version ${entry.version}`);
    }
    // Without a snapshot at this version the purged events would still be needed to load.
    if (purgeHistory && snapshot === undefined) throw new Error('purgeHistory needs a snapshot');
    for (const c of credentials) assertSameSession(sessionId, c);

    return this.#transaction(
      'append',
      async (db): Promise<AppendResult> => {
        // The optimistic check, and the lock on the session's row until COMMIT: a second node
        // appending the same version waits here, then finds the version moved and gets a conflict.
        const moved = await db.query('UPDATE sessions SET version = $2 WHERE id = $1 AND version = $2 - 1', [sessionId, entry.version]);
        if (moved.rowCount === 0) return this.#refusal(db, sessionId, entry.commandId);
        const inserted = await db.query(
          `INSERT INTO log (session_id, version, command_id, actor_key, at, events) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (session_id, command_id) DO NOTHING`,
          [sessionId, entry.version, entry.commandId, entry.actorKey, entry.at, JSON.stringify(entry.events)],
        );
        // A retry that happens to carry the next free version (after a restart): the id tells it apart.
        if (inserted.rowCount === 0) return this.#refusal(db, sessionId, entry.commandId);
        await insertCredentials(db, credentials);
        if (snapshot !== undefined) {
          await db.query(
            `INSERT INTO snapshots (session_id, version, state) VALUES ($1, $2, $3)
             ON CONFLICT (session_id) DO UPDATE SET version = excluded.version, state = excluded.state`,
            [sessionId, snapshot.version, JSON.stringify(snapshot)],
          );
        }
        if (purgeHistory) {
          await db.query('UPDATE log SET events = NULL WHERE session_id = $1 AND version < $2 AND events IS NOT NULL', [sessionId, entry.version]);
        }
        return { ok: true };
      },
      (result) => result.ok,
    );
  }

  /** Why an append was refused: a known command id comes first (a retry carries a stale version). */
  async #refusal(db: pg.ClientBase, sessionId: string, commandId: string): Promise<AppendResult> {
    const found = await db.query<{ known: number | null; session: string | null }>(
      `SELECT (SELECT version FROM log WHERE session_id = $1 AND command_id = $2) AS known,
              (SELECT id FROM sessions WHERE id = $1) AS session`,
      [sessionId, commandId],
    );
    const row = found.rows[0];
    if (row?.known != null) return { ok: false, reason: 'duplicate', version: row.known };
    if (row?.session == null) throw new Error(`unknown session ${sessionId}`);
    return { ok: false, reason: 'version-conflict' };
  }

  async commandVersion(sessionId: string, commandId: string): Promise<number | null> {
    const rows = await this.#read<{ version: number }>('SELECT version FROM log WHERE session_id = $1 AND command_id = $2', [
      sessionId,
      commandId,
    ]);
    return rows[0]?.version ?? null;
  }

  async batchesSince(sessionId: string, after: number): Promise<Batch[] | null> {
    // A client claiming a version we never reached (or a negative one) cannot be caught up.
    if (!Number.isInteger(after) || after < 0) return null;
    const found = await this.#read<{ last: number; rows: LogRow[] | null }>(
      `SELECT s.version AS last,
         (SELECT json_agg(json_build_object('v', l.version, 'events', l.events) ORDER BY l.version)
            FROM log l WHERE l.session_id = s.id AND l.version > $2) AS rows
       FROM sessions s WHERE s.id = $1`,
      [sessionId, after],
    );
    const last = found[0]?.last ?? 0;
    if (after > last) return null;
    const batches: Batch[] = [];
    let expected = after + 1;
    for (const row of found[0]?.rows ?? []) {
      if (row.v !== expected || row.events === null) return null;
      batches.push({ v: row.v, events: row.events });
      expected++;
    }
    return batches;
  }

  async credentialByHash(secretHash: string): Promise<StoredCredential | null> {
    const rows = await this.#read<CredentialRow>('SELECT * FROM credentials WHERE secret_hash = $1', [secretHash]);
    return rows[0] === undefined ? null : toCredential(rows[0]);
  }

  async credentials(sessionId: string): Promise<StoredCredential[]> {
    const rows = await this.#read<CredentialRow>('SELECT * FROM credentials WHERE session_id = $1 ORDER BY created_at, secret_hash', [sessionId]);
    return rows.map(toCredential);
  }

  async addCredential(credential: StoredCredential): Promise<void> {
    await this.#transaction('addCredential', (db) => insertCredentials(db, [credential]));
  }

  async deleteParticipantCredentials(sessionId: string, participantId: string): Promise<void> {
    await this.#transaction('deleteParticipantCredentials', async (db) => {
      await db.query('DELETE FROM credentials WHERE session_id = $1 AND participant_id = $2', [sessionId, participantId]);
    });
  }

  async close(): Promise<void> {
    // Idempotent like the SQLite store's: a server and a test may both close it.
    if (!this.#pool.ended && !this.#pool.ending) await this.#pool.end();
  }

  /**
   * Runs `work` in one transaction on one connection. It commits only when `commit(result)` says
   * so (a refused append rolls back); the promise resolves after COMMIT has returned, so nothing is
   * acknowledged that is not stored. A lost connection or a database that cannot take data becomes
   * StorageUnavailableError; other errors are bugs and pass through unchanged (also rolled back).
   *
   * When the connection drops during COMMIT we cannot know whether it landed. We say "unavailable";
   * if it did land, the client's retry of the same command id is answered as a duplicate, and the
   * room, whose state lags behind the database, catches up at its next version conflict.
   */
  async #transaction<T>(what: string, work: (db: pg.ClientBase) => Promise<T>, commit: (result: T) => boolean = () => true): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (err) {
      throw this.#failed(what, err);
    }
    let broken: unknown = undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      const wrote = commit(result);
      await client.query(wrote ? 'COMMIT' : 'ROLLBACK');
      // Only a real write proves the database takes data again; a refused duplicate wrote nothing.
      if (wrote) this.#writable = true;
      return result;
    } catch (err) {
      if (isUnavailable(err)) broken = err;
      else await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw this.#failed(what, err);
    } finally {
      // A connection that failed is dropped from the pool rather than handed to the next call.
      client.release(broken === undefined ? undefined : (broken as Error));
    }
  }

  #failed(what: string, err: unknown): unknown {
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

/** All credentials in one statement: one round trip however many tables a command creates. */
async function insertCredentials(db: pg.ClientBase, credentials: readonly StoredCredential[]): Promise<void> {
  if (credentials.length === 0) return;
  const columns = 8;
  const values = credentials.map((_, i) => `(${Array.from({ length: columns }, (_, j) => `$${i * columns + j + 1}`).join(', ')})`);
  await db.query(
    `INSERT INTO credentials (secret_hash, session_id, kind, table_id, participant_id, facilitator_id, revealable, created_at)
     VALUES ${values.join(', ')}`,
    credentials.flatMap((c) => [c.secretHash, c.sessionId, c.kind, c.tableId, c.participantId, c.facilitatorId, c.revealable, c.createdAt]),
  );
}

function assertSameSession(sessionId: string, c: StoredCredential): void {
  if (c.sessionId !== sessionId) throw new Error(`credential for session ${c.sessionId} stored with session ${sessionId}`);
}

function toCredential(row: CredentialRow): StoredCredential {
  return {
    sessionId: row.session_id,
    kind: row.kind,
    secretHash: row.secret_hash,
    tableId: row.table_id,
    participantId: row.participant_id,
    facilitatorId: row.facilitator_id,
    revealable: row.revealable,
    createdAt: row.created_at,
  };
}
