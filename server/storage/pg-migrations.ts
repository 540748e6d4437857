import type pg from 'pg';

/**
 * The PostgreSQL schema, one step per version. Steps are only ever appended: a database in the
 * field may be at any earlier version. Mirrors the SQLite schema (sqlite-storage.ts), plus the
 * session's current version in `sessions.version`, which is what two nodes race on.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id text PRIMARY KEY,
    join_code text NOT NULL UNIQUE,
    created_at bigint NOT NULL,
    -- The last stored version. An append moves it from v - 1 to v under the row's lock, so of two
    -- nodes appending the same version one waits, then finds it moved: a version conflict.
    version integer NOT NULL DEFAULT 0 CHECK (version >= 0)
  );

  CREATE TABLE log (
    session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    version integer NOT NULL CHECK (version >= 1),
    command_id text NOT NULL,
    actor_key text NOT NULL,
    at bigint NOT NULL,
    -- json, not jsonb: stored as written and never queried inside. NULL once purged; the row
    -- stays so a retried command id is still recognised.
    events json,
    PRIMARY KEY (session_id, version),
    UNIQUE (session_id, command_id)
  );

  -- One per session: the latest state the server chose to keep (version 0 at creation).
  CREATE TABLE snapshots (
    session_id text PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    version integer NOT NULL,
    state json NOT NULL
  );

  CREATE TABLE credentials (
    secret_hash text PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device')),
    table_id text,
    participant_id text,
    facilitator_id text,
    revealable text,
    created_at bigint NOT NULL
  );
  CREATE INDEX credentials_by_session ON credentials (session_id, participant_id);
  `,
  // When a session ended, for the retention period; filled in from the log for sessions that
  // ended before this column existed.
  `
  ALTER TABLE sessions ADD COLUMN ended_at bigint;
  UPDATE sessions SET ended_at = (
    SELECT MIN((e ->> 'at')::bigint) FROM log, json_array_elements(log.events) AS e
     WHERE log.session_id = sessions.id AND log.events IS NOT NULL AND e ->> 'type' = 'session.ended'
  );
  `,
  // Command ids are unique per sender, not per session: a phone that happens to reuse another
  // phone's id is sent its own command, not the other's acknowledgement. The old key
  // (session, id) implies the new one, so existing rows fit.
  `
  ALTER TABLE log DROP CONSTRAINT log_session_id_command_id_key;
  ALTER TABLE log ADD CONSTRAINT log_session_id_actor_key_command_id_key UNIQUE (session_id, actor_key, command_id);
  `,
  // Programme members' codes are a credential kind of their own.
  `
  ALTER TABLE credentials DROP CONSTRAINT credentials_kind_check;
  ALTER TABLE credentials ADD CONSTRAINT credentials_kind_check
    CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device', 'member'));
  `,
  // Registered people's personal codes too (docs/registrations.md).
  `
  ALTER TABLE credentials DROP CONSTRAINT credentials_kind_check;
  ALTER TABLE credentials ADD CONSTRAINT credentials_kind_check
    CHECK (kind IN ('facilitator', 'host', 'desk', 'screen', 'device', 'member', 'registration'));
  `,
  // The outbox of registered people's e-mail (docs/registrations.md, "E-mail"). One message of a
  // kind per person; held_until is a node's hold on it while it sends, so one mail goes out once.
  `
  CREATE TABLE outbox (
    id text PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('confirmation', 'reminder', 'followup')),
    recipient text NOT NULL,
    language text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    next_attempt_at bigint NOT NULL,
    held_until bigint,
    created_at bigint NOT NULL,
    sent_at bigint,
    UNIQUE (session_id, participant_id, kind)
  );
  CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
  `,
];

/** A schema name we put into SQL ourselves, so it must be a plain identifier. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): void {
  if (!IDENTIFIER.test(schema)) throw new Error(`schema name must be a lower-case identifier, got "${schema}"`);
}

export type MigrationResult = { from: number; to: number };

/**
 * Brings the schema up to date in one transaction. Several nodes may start at once: the
 * transaction-scoped advisory lock makes the others wait until the first has committed, after
 * which they find nothing left to do. A crash mid-way rolls everything back.
 * `schema` (created when missing) keeps the tables apart from others in the same database, e.g.
 * one schema per test.
 */
export async function migratePg(client: pg.ClientBase, schema: string | null): Promise<MigrationResult> {
  if (schema !== null) assertSchemaName(schema);
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('tafelronde:migrate:' || $1))", [schema ?? '']);
    if (schema !== null) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`SET LOCAL search_path TO ${schema}`);
    }
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const found = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0)::integer AS version FROM schema_migrations',
    );
    const from = found.rows[0]?.version ?? 0;
    if (from > PG_MIGRATIONS.length) {
      throw new Error(
        `database schema ${from} is newer than this server knows (${PG_MIGRATIONS.length}): upgrade the server`,
      );
    }
    for (let version = from; version < PG_MIGRATIONS.length; version++) {
      await client.query(PG_MIGRATIONS[version] ?? '');
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
    }
    await client.query('COMMIT');
    return { from, to: PG_MIGRATIONS.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
