import type { Language, SessionState } from '../../shared/model/session';
import type { Batch, Event } from '../../shared/protocol/events';
import type { CredentialKind, LogEntry, MailKind, MailStatus, StoredCredential, StoredMail } from './storage';

/**
 * What every Storage implementation does alike around its queries, written once so SQLite and
 * PostgreSQL cannot drift apart: checking an append's arguments, replaying a snapshot and the log
 * after it, cutting the log into batches, and the credentials' and the outbox's rows (the same
 * columns in both schemas).
 */

export type AppendExtra = { credentials?: StoredCredential[]; snapshot?: SessionState; purgeHistory?: boolean };

/** Arguments only a bug can get wrong: thrown as they are, before anything is written. */
export function checkNewSession(state: SessionState, credentials: readonly StoredCredential[]): void {
  if (state.version !== 0) throw new Error(`a new session starts at version 0, got ${state.version}`);
  for (const c of credentials) assertSameSession(state.id, c);
}

/** Likewise for an append. */
export function checkAppend(sessionId: string, entry: LogEntry, extra: AppendExtra): void {
  const { credentials = [], snapshot, purgeHistory = false } = extra;
  if (!Number.isInteger(entry.version) || entry.version < 1) throw new Error(`bad log version ${entry.version}`);
  if (snapshot !== undefined && (snapshot.id !== sessionId || snapshot.version !== entry.version)) {
    throw new Error(`the snapshot must be session ${sessionId} at version ${entry.version}`);
  }
  // Without a snapshot at this version the purged events would still be needed to load.
  if (purgeHistory && snapshot === undefined) throw new Error('purgeHistory needs a snapshot');
  for (const c of credentials) assertSameSession(sessionId, c);
}

function assertSameSession(sessionId: string, c: StoredCredential): void {
  if (c.sessionId !== sessionId)
    throw new Error(`credential for session ${c.sessionId} stored with session ${sessionId}`);
}

/** One stored log entry as read back: its version and its events, null once purged. */
export type LogRow = { v: number; events: Event[] | null };

/** The state a snapshot and the log entries after it (in version order) make. */
export function replay(
  sessionId: string,
  snapshot: { version: number; state: SessionState },
  rows: readonly LogRow[],
  apply: (state: SessionState, batch: Batch) => SessionState,
): SessionState {
  let state = snapshot.state;
  let expected = snapshot.version + 1;
  for (const row of rows) {
    if (row.v !== expected) throw new Error(`session ${sessionId}: log jumps from ${expected - 1} to ${row.v}`);
    // Purging always comes with a newer snapshot, so this means a bug, not a state to load around.
    if (row.events === null)
      throw new Error(`session ${sessionId}: entry ${row.v} after snapshot ${snapshot.version} was purged`);
    state = apply(state, { v: row.v, events: row.events });
    expected++;
  }
  return state;
}

/**
 * The batches after `after` from the log entries after it, or null when they cannot catch anyone
 * up: a version never reached (or a negative one), or some of them purged.
 */
export function batchesAfter(after: number, last: number, rows: readonly LogRow[]): Batch[] | null {
  if (!Number.isInteger(after) || after < 0 || after > last) return null;
  const batches: Batch[] = [];
  let expected = after + 1;
  for (const row of rows) {
    if (row.v !== expected || row.events === null) return null;
    batches.push({ v: row.v, events: row.events });
    expected++;
  }
  return batches;
}

/** A row of the credentials table, named as the columns are. */
export type CredentialRow = {
  secret_hash: string;
  session_id: string;
  kind: CredentialKind;
  table_id: string | null;
  participant_id: string | null;
  facilitator_id: string | null;
  revealable: string | null;
  created_at: number;
};

export function toCredential(row: CredentialRow): StoredCredential {
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

export function toCredentialRow(c: StoredCredential): CredentialRow {
  return {
    secret_hash: c.secretHash,
    session_id: c.sessionId,
    kind: c.kind,
    table_id: c.tableId,
    participant_id: c.participantId,
    facilitator_id: c.facilitatorId,
    revealable: c.revealable,
    created_at: c.createdAt,
  };
}

/** When this entry ended its session (a `session.ended` event), else null: kept beside the session for the retention period. */
export function endedAt(entry: LogEntry): number | null {
  for (const e of entry.events) if (e.type === 'session.ended') return e.at;
  return null;
}

/** A row of the outbox, named as the columns are (the same in SQLite and PostgreSQL). */
export type MailRow = {
  id: string;
  session_id: string;
  participant_id: string;
  kind: MailKind;
  recipient: string;
  language: Language;
  subject: string;
  body: string;
  status: MailStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: number;
  created_at: number;
  sent_at: number | null;
};

export function toMail(row: MailRow): StoredMail {
  return {
    id: row.id,
    sessionId: row.session_id,
    participantId: row.participant_id,
    kind: row.kind,
    to: row.recipient,
    language: row.language,
    subject: row.subject,
    text: row.body,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}
