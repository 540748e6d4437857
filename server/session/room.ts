import { decide } from '../../shared/rules/decide';
import { applyBatch } from '../../shared/rules/apply';
import type { Actor } from '../../shared/rules/actor';
import type { AnyCommand } from '../../shared/protocol/commands';
import type { CommandError } from '../../shared/protocol/errors';
import type { Batch, Event } from '../../shared/protocol/events';
import type { SessionState } from '../../shared/model/session';
import { StorageUnavailableError } from '../storage/errors';
import type { Storage, StoredCredential } from '../storage/storage';
import type { Fanout } from './fanout';

export type ExecuteResult = { ok: true; v: number } | { ok: false; error: CommandError };

/** Credentials a command brings into being, stored in the same transaction as its events. */
export type CredentialMaker = (state: SessionState, events: readonly Event[]) => StoredCredential[];

/** How many recent batches stay in memory to catch up a client that reconnects after a blip. */
const RECENT = 200;
/** A snapshot every so many versions keeps loading after a restart short. */
const SNAPSHOT_EVERY = 100;
/** Recently seen command ids answer a retry without asking the database. */
const KNOWN_IDS = 5000;

function actorKey(actor: Actor): string {
  switch (actor.role) {
    case 'facilitator':
      return `facilitator:${actor.facilitatorId}`;
    case 'host':
      return `host:${actor.tableId}`;
    case 'participant':
      return `participant:${actor.participantId}`;
    default:
      return actor.role;
  }
}

/**
 * One live session: its state, its version and the order of its commands. The server is the only
 * writer, and commands of one session run one at a time through `queue`, so decide always sees
 * the state the previous command left — two facilitators racing on "next" are simply ordered.
 *
 * A command is acknowledged only after its events are committed to storage; the room's state
 * changes only after that commit, so a failed write leaves no trace anywhere.
 */
export class SessionRoom {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly recent: { before: SessionState; batch: Batch }[] = [];
  private readonly knownIds = new Map<string, number>();
  private writable = true;

  constructor(
    private current: SessionState,
    private readonly storage: Storage,
    private readonly fanout: Fanout,
    private readonly now: () => number,
    private readonly makeCredentials: CredentialMaker,
  ) {}

  get id(): string {
    return this.current.id;
  }

  get state(): SessionState {
    return this.current;
  }

  get isWritable(): boolean {
    return this.writable;
  }

  /** Runs a command in this session's order. `credentials` are stored with it (a joining device's token). */
  /**
   * `admit` runs after a retry was recognised and before deciding: a limit on new content must
   * not refuse the retry of a card that is already stored. It may ask Redis (a limit shared by
   * several nodes), so it may answer later.
   */
  execute(
    command: AnyCommand,
    actor: Actor,
    credentials: StoredCredential[] = [],
    admit: () => CommandError | null | Promise<CommandError | null> = () => null,
  ): Promise<ExecuteResult> {
    const run = this.queue.then(() => this.run(command, actor, credentials, admit));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The batches after `version` with the state each was decided on, or null when they are no
   * longer in memory (the caller sends a snapshot instead).
   */
  since(version: number): { before: SessionState; batch: Batch }[] | null {
    if (version === this.current.version) return [];
    if (version > this.current.version) return null;
    const first = this.recent[0];
    if (first === undefined || first.batch.v > version + 1) return null;
    return this.recent.filter((r) => r.batch.v > version);
  }

  private async run(
    command: AnyCommand,
    actor: Actor,
    credentials: StoredCredential[],
    admit: () => CommandError | null | Promise<CommandError | null>,
  ): Promise<ExecuteResult> {
    const known = this.knownIds.get(command.id) ?? (await this.storage.commandVersion(this.id, command.id));
    if (known !== null) return { ok: true, v: known };
    const refused = await admit();
    if (refused !== null) return { ok: false, error: refused };

    const now = this.now();
    const decision = decide(this.current, command, actor, now);
    if (!decision.ok) return decision;
    if (decision.events.length === 0) return { ok: true, v: this.current.version };

    const before = this.current;
    const batch: Batch = { v: before.version + 1, events: decision.events };
    const after = applyBatch(before, batch);
    const erasing = decision.events.some((e) => e.type === 'participant.erased');
    try {
      const stored = await this.storage.append(
        this.id,
        { commandId: command.id, actorKey: actorKey(actor), version: batch.v, at: now, events: batch.events },
        {
          credentials: [...credentials, ...this.makeCredentials(before, batch.events)],
          // Erasing someone must also erase them from the history, so the history restarts here.
          ...(erasing || batch.v % SNAPSHOT_EVERY === 0 ? { snapshot: after } : {}),
          ...(erasing ? { purgeHistory: true } : {}),
        },
      );
      if (!stored.ok) {
        if (stored.reason === 'duplicate') return { ok: true, v: stored.version };
        return { ok: false, error: { code: 'CONFLICT', message: 'the session changed elsewhere; try again' } };
      }
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      this.setWritable(false);
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'the server cannot save right now; nothing was changed, try again' } };
    }
    this.setWritable(true);
    if (erasing) {
      for (const e of batch.events) if (e.type === 'participant.erased') await this.storage.deleteParticipantCredentials(this.id, e.participantId);
      // Older batches hold the erased person's data: reconnecting clients get a fresh view instead.
      this.recent.length = 0;
    } else {
      this.recent.push({ before, batch });
      if (this.recent.length > RECENT) this.recent.shift();
    }
    this.remember(command.id, batch.v);
    this.current = after;
    this.fanout.deliver(this.id, before, batch, after);
    return { ok: true, v: batch.v };
  }

  private remember(commandId: string, version: number): void {
    this.knownIds.set(commandId, version);
    if (this.knownIds.size > KNOWN_IDS) {
      const oldest = this.knownIds.keys().next().value;
      if (oldest !== undefined) this.knownIds.delete(oldest);
    }
  }

  private setWritable(writable: boolean): void {
    if (this.writable === writable) return;
    this.writable = writable;
    this.fanout.health(this.id, writable);
  }
}
