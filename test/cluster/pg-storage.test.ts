import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../server/storage/errors';
import { PG_MIGRATIONS } from '../../server/storage/pg-migrations';
import { openPgStorage, type PgStorage } from '../../server/storage/pg-storage';
import { applyBatch } from '../../shared/rules/apply';
import { appendAll, entry, fold, SENDER, session, storageContract } from '../contract/storage-contract';
import { dropSchema, freshSchemaName, testDatabaseUrl, withAdmin } from './support/pg-schema';

storageContract('PostgreSQL', async () => {
  const schema = freshSchemaName();
  let current = await openPgStorage(testDatabaseUrl(), { schema });
  return {
    storage: current,
    reopen: async () => {
      await current.close();
      current = await openPgStorage(testDatabaseUrl(), { schema });
      return current;
    },
    cleanup: async () => {
      await current.close();
      await dropSchema(schema);
    },
  };
});

describe('PostgreSQL storage', () => {
  let schema: string;
  const open: PgStorage[] = [];
  /** A store on this test's schema, closed by afterEach; two of them are two nodes. */
  async function openStore(): Promise<PgStorage> {
    const store = await openPgStorage(testDatabaseUrl(), { schema });
    open.push(store);
    return store;
  }
  const initial = session();

  beforeEach(() => {
    schema = freshSchemaName();
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    await dropSchema(schema);
  });

  it('migrates once when several nodes start at the same moment', async () => {
    await Promise.all([openStore(), openStore(), openStore()]);
    const applied = await withAdmin((admin) =>
      admin.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`),
    );
    expect(applied.rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    await openStore();
    expect((await withAdmin((admin) => admin.query(`SELECT version FROM ${schema}.schema_migrations`))).rowCount).toBe(
      PG_MIGRATIONS.length,
    );
  });

  it('brings a database of the second schema to command ids per sender, keeping its log', async () => {
    // Schema 2 as an older server left it, with one command stored.
    await withAdmin(async (admin) => {
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.query(`SET search_path TO ${schema}`);
      await admin.query(
        'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const [i, step] of PG_MIGRATIONS.slice(0, 2).entries()) {
        await admin.query(step);
        await admin.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
      }
      await admin.query("INSERT INTO sessions (id, join_code, created_at, version) VALUES ('s1', 'ABCDEF', 0, 1)");
      await admin.query(`INSERT INTO snapshots (session_id, version, state) VALUES ('s1', 0, $1)`, [
        JSON.stringify(initial),
      ]);
      await admin.query("INSERT INTO log VALUES ('s1', 1, 'same', 'participant:p1', 1, '[]')");
    });

    const upgraded = await openStore();
    expect(await upgraded.commandVersion('s1', 'participant:p1', 'same')).toBe(1);
    expect(await upgraded.append('s1', entry(2, [], 'same', 'participant:p2'))).toEqual({ ok: true });
    expect(await upgraded.append('s1', entry(3, [], 'same', 'participant:p1'))).toMatchObject({ reason: 'duplicate' });
    expect((await upgraded.batchesSince('s1', 0))?.map((b) => b.v)).toEqual([1, 2]);
  });

  it('refuses a database written by a newer server', async () => {
    await (await openStore()).close();
    await withAdmin((admin) => admin.query(`INSERT INTO ${schema}.schema_migrations (version) VALUES (99)`));
    await expect(openPgStorage(testDatabaseUrl(), { schema })).rejects.toThrow(/newer/);
  });

  it('lets exactly one of two nodes store a version, and tells the other', async () => {
    const [a, b] = await Promise.all([openStore(), openStore()]);
    await a.createSession(initial, []);
    const winners: string[] = [];
    for (let v = 1; v <= 100; v++) {
      // Both nodes believe they are at v - 1 and send their own command for version v at once.
      const [fromA, fromB] = await Promise.all([
        a.append('s1', entry(v, [], `a${v}`)),
        b.append('s1', entry(v, [], `b${v}`)),
      ]);
      const results = [fromA, fromB];
      expect(results).toContainEqual({ ok: true });
      expect(results).toContainEqual({ ok: false, reason: 'version-conflict' });
      winners.push(fromA.ok ? `a${v}` : `b${v}`);
    }
    for (const [i, id] of winners.entries()) expect(await b.commandVersion('s1', SENDER, id)).toBe(i + 1);
    expect((await a.loadSession('s1', applyBatch))?.version).toBe(100);
  });

  it('stores a command sent to two nodes at once only once', async () => {
    const [a, b] = await Promise.all([openStore(), openStore()]);
    await a.createSession(initial, []);
    for (let v = 1; v <= 50; v++) {
      // A client that timed out on one node and retried through another.
      const results = await Promise.all([a.append('s1', entry(v, [], `c${v}`)), b.append('s1', entry(v, [], `c${v}`))]);
      expect(results).toContainEqual({ ok: true });
      expect(results).toContainEqual({ ok: false, reason: 'duplicate', version: v });
    }
    expect(await a.batchesSince('s1', 0)).toHaveLength(50);
  });

  it('holds the other writers off while one decides as the only writer', async () => {
    const [a, b] = await Promise.all([openStore(), openStore()]);
    await a.createSession(initial, []);
    const result = await a.exclusively('s1', async () => {
      const fromB = b.append('s1', entry(1, [], 'from-b'));
      // B's append waits for the session A holds, until A's own append commits.
      await withAdmin(async (admin) => {
        for (;;) {
          const waiting = await admin.query(
            "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%WITH moved AS%'",
          );
          if (waiting.rowCount !== 0) return;
        }
      });
      expect(await a.append('s1', entry(1, [], 'from-a'))).toEqual({ ok: true });
      return fromB;
    });
    expect(result).toEqual({ ok: false, reason: 'version-conflict' });
    expect(await b.commandVersion('s1', SENDER, 'from-a')).toBe(1);

    // Work that stores nothing lets go too, and what it did not commit is not there.
    expect(await a.exclusively('s1', async () => 'nothing')).toBe('nothing');
    await expect(a.exclusively('s1', () => Promise.reject(new Error('a bug')))).rejects.toThrow('a bug');
    expect(await b.append('s1', entry(2, [], 'from-b'))).toEqual({ ok: true });
  });

  it('hands each due message to one of several nodes claiming at once', async () => {
    const [a, b, c] = await Promise.all([openStore(), openStore(), openStore()]);
    await a!.createSession(initial, []);
    const mail = Array.from({ length: 30 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
      sessionId: 's1',
      participantId: `p${i}`,
      kind: 'confirmation' as const,
      to: `p${i}@example.org`,
      language: 'nl' as const,
      subject: 'Aangemeld',
      text: 'Tekst',
      createdAt: 1,
      nextAttemptAt: 1,
    }));
    await a!.queueMail(mail);
    const claims = await Promise.all([a!, b!, c!, a!, b!, c!].map((node) => node.claimDueMail(10, 1000, 7)));
    const ids = claims.flatMap((claim) => claim.map((m) => m.id));
    // Six claims of at most 7 take 30 rows at most once each: none twice, none left behind.
    expect(ids).toHaveLength(new Set(ids).size);
    expect(new Set(ids).size + (await a!.claimDueMail(10, 1000, 100)).length).toBe(30);
  });

  it('cannot be opened when the database is out of reach', async () => {
    const closed = new URL(testDatabaseUrl());
    // Port 1 (tcpmux) is served by nothing on a test machine: the connection is refused.
    closed.port = '1';
    await expect(openPgStorage(closed.toString(), { schema, connectTimeoutMs: 2000 })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });

  it('refuses an append whose connection is lost, stores nothing of it, and recovers', async () => {
    const store = await openStore();
    await store.createSession(initial, []);
    await appendAll(store, 's1', [entry(1, [])]);

    // A lock makes the append wait in the database, where we can cut its connection.
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE ${schema}.sessions IN ACCESS EXCLUSIVE MODE`);
      const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const pending = store.append('s1', entry(2, []));
      const failed = pending.then(
        () => null,
        (error: unknown) => error,
      );
      const victim = await withAdmin(async (admin) => {
        // Polls the server's own view until the append is waiting for our lock.
        for (;;) {
          const waiting = await admin.query<{ pid: number }>(
            'SELECT pid FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))',
            [holderPid],
          );
          if (waiting.rows[0] !== undefined) return waiting.rows[0].pid;
        }
      });
      await withAdmin((admin) => admin.query('SELECT pg_terminate_backend($1)', [victim]));
      expect(await failed).toBeInstanceOf(StorageUnavailableError);
      expect(store.writable).toBe(false);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }

    expect(await store.commandVersion('s1', SENDER, 'c2')).toBeNull();
    await appendAll(store, 's1', [entry(2, [])]);
    expect(store.writable).toBe(true);
    expect(await store.loadSession('s1', applyBatch)).toEqual(fold(initial, [entry(1, []), entry(2, [])]));
  });
});
