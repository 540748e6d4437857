import type { Language, SessionState } from '../../shared/model/session';
import type { Batch, Event } from '../../shared/protocol/events';
import type { MailKind, MailStatus } from '../../shared/protocol/mail';

/**
 * What the server needs from a database. Small on purpose: SQLite (one node, the default) and
 * PostgreSQL (several nodes) both implement it, and the same contract tests run against both.
 * Async so a networked database fits; the SQLite implementation resolves at once.
 */

/**
 * `member`: a programme member's code, made when a participant agrees to be remembered for the
 * series (`participantId` is who they were in `sessionId`). Never stored readable, like device tokens.
 */
/**
 * `registration`: a registered person's personal code; `participantId` is the participant their
 * registration reserved. Kept readable (`revealable`) like host codes: the facilitator prints or
 * mails the personal links, and erasing the registration deletes it.
 */
export type CredentialKind = 'facilitator' | 'host' | 'desk' | 'screen' | 'device' | 'member' | 'registration';

export type StoredCredential = {
  sessionId: string;
  kind: CredentialKind;
  /** sha256 of the secret, hex: a leaked database does not leak working links. */
  secretHash: string;
  /** For host codes. */
  tableId: string | null;
  /** For device tokens and member codes. */
  participantId: string | null;
  /** For facilitator tokens: tells the first facilitator from a co-facilitator. */
  facilitatorId: string | null;
  /**
   * Host, desk and screen codes are shown to the facilitator again (printables, links page), so
   * they are kept readable; facilitator and device tokens are never stored readable.
   */
  revealable: string | null;
  createdAt: number;
};

export type LogEntry = {
  /** Unique per sender (`actorKey`), not per session: two senders may pick the same id. */
  commandId: string;
  /** Who sent it, e.g. `participant:abc`, `host:t1`, `facilitator:f1` — never a secret. */
  actorKey: string;
  /** The session version after this command: the previous version + 1. */
  version: number;
  at: number;
  events: Event[];
};

export type AppendResult =
  | { ok: true }
  /** This sender's command id was already stored: the command was applied before, at `version`. */
  | { ok: false; reason: 'duplicate'; version: number }
  /** Another writer stored this version first (several nodes): reload and decide again. */
  | { ok: false; reason: 'version-conflict' };

/**
 * Which of a person's messages (docs/registrations.md, "E-mail"), each queued once per person;
 * `queued` until sent, after a failed try still `queued` with its error, after the last: `failed`.
 */
export type { MailKind, MailStatus } from '../../shared/protocol/mail';

/** A message for the outbox, written in full when queued (the person's language, the links in it). */
export type NewMail = {
  id: string;
  sessionId: string;
  /** The registration's reserved participant id: erasing them deletes their mail. */
  participantId: string;
  kind: MailKind;
  to: string;
  language: Language;
  subject: string;
  text: string;
  createdAt: number;
  /** When the sender may take it (now, or later for a message that waits). */
  nextAttemptAt: number;
};

export type StoredMail = NewMail & {
  status: MailStatus;
  /** Tries made so far, sent or not. */
  attempts: number;
  lastError: string | null;
  sentAt: number | null;
};

export interface Storage {
  /** Stores a new session (version 0) and its credentials in one transaction. */
  createSession(state: SessionState, credentials: StoredCredential[]): Promise<void>;
  /** The session as of its last stored version (snapshot + the log after it), or null. */
  loadSession(
    sessionId: string,
    apply: (state: SessionState, batch: Batch) => SessionState,
  ): Promise<SessionState | null>;
  sessionIdByJoinCode(joinCode: string): Promise<string | null>;
  listSessionIds(): Promise<string[]>;

  /**
   * Appends one accepted command atomically, together with any credentials it creates (a joining
   * participant's device token, host codes for new tables). Resolves only after the commit:
   * the server acknowledges after this, never before.
   * `snapshot`, when given, is the state after this entry; the store may keep it to load faster.
   * `purgeHistory` (with a snapshot) drops the events of every earlier entry, keeping only their
   * command ids: after a participant erases their data, the old events that held it must go too.
   */
  append(
    sessionId: string,
    entry: LogEntry,
    extra?: { credentials?: StoredCredential[]; snapshot?: SessionState; purgeHistory?: boolean },
  ): Promise<AppendResult>;
  /**
   * Runs `work` while the other writers of this session are held off: their appends wait until
   * `work` has settled. For a writer that lost a race, so that it catches up and decides once more
   * without being overtaken again (otherwise a node that has to catch up can lose every round to
   * nodes that need not). PostgreSQL locks the session's row; a store with one writer per session
   * (SQLite, one server) runs `work` as it is. Only `append` to this session is held in; reads are not.
   */
  exclusively<T>(sessionId: string, work: () => Promise<T>): Promise<T>;
  /**
   * The version a sender's command id was applied at, for acknowledging a retry after a restart.
   * Another sender's command with the same id is not this one: null.
   */
  commandVersion(sessionId: string, actorKey: string, commandId: string): Promise<number | null>;
  /**
   * Batches with version > `after`, in order (for a reconnecting client or another node), or null
   * when some of them were purged: the caller sends a snapshot instead.
   */
  batchesSince(sessionId: string, after: number): Promise<Batch[] | null>;

  credentialByHash(secretHash: string): Promise<StoredCredential | null>;
  credentials(sessionId: string): Promise<StoredCredential[]>;
  addCredential(credential: StoredCredential): Promise<void>;
  /**
   * Puts `credential` (a host code) in the place of every earlier code of its table, at once: the
   * old code stops working the moment the new one exists.
   */
  replaceHostCredential(credential: StoredCredential): Promise<void>;
  /** Deletes the credentials of an erased participant (their device token and member code stop working). */
  deleteParticipantCredentials(sessionId: string, participantId: string): Promise<void>;
  /**
   * Puts `credential` (a member code) in the place of the participant's earlier member codes of
   * its session, at once: agreeing again gives a new code and the old one stops working.
   */
  replaceMemberCredential(credential: StoredCredential): Promise<void>;
  /** Deletes a participant's member codes in a session (they no longer want to be remembered); their device token stays. */
  deleteMemberCredentials(sessionId: string, participantId: string): Promise<void>;

  /**
   * Puts messages in the outbox; one that the person already has of its kind (same session,
   * participant and kind) is left out, so a repeated queueing sends nothing twice. Resolves with
   * the ids that were queued.
   */
  queueMail(mail: readonly NewMail[]): Promise<string[]>;
  /** A session's outbox, oldest first. */
  sessionMail(sessionId: string): Promise<StoredMail[]>;
  /**
   * Takes up to `limit` queued messages due at `now` that no sender holds, and holds them until
   * `heldUntil`: another node's sender does not take them meanwhile. A sender that died holding
   * some lets them go at `heldUntil`.
   */
  claimDueMail(now: number, heldUntil: number, limit: number): Promise<StoredMail[]>;
  /** Sent: counted, and its body dropped (nobody needs it any more: keep no more personal data than needed). */
  mailSent(id: string, at: number): Promise<void>;
  /** A failed try, counted with its error; tried again at `nextAttemptAt`, or null: failed for good. */
  mailFailed(id: string, error: string, nextAttemptAt: number | null): Promise<void>;
  /** A message that failed for good is queued again, due at `at`, its tries counted anew; false if there was none. */
  retryMail(sessionId: string, id: string, at: number): Promise<boolean>;
  /** Deletes an erased participant's messages, sent or not. */
  deleteParticipantMail(sessionId: string, participantId: string): Promise<void>;

  /** Deletes a session with everything stored of it (log, snapshot, credentials, mail); false if there was none. */
  deleteSession(sessionId: string): Promise<boolean>;
  /**
   * Sessions that ended before `cutoff` (epoch ms) — or, never ended, had their last change
   * before it: what the retention period removes. A session nobody ended is not kept forever.
   */
  sessionsIdleSince(cutoff: number): Promise<string[]>;

  close(): Promise<void>;
}

/** A store a server runs on: the interface, and whether writes succeed right now (for the health check). */
export type ServerStorage = Storage & {
  /** False after a write failed for want of the disk or database, true again after the next successful write. */
  readonly writable: boolean;
};
