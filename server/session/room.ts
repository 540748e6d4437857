import { decide } from '../../shared/rules/decide';
import { applyBatch } from '../../shared/rules/apply';
import type { Actor } from '../../shared/rules/actor';
import type { AnyCommand } from '../../shared/protocol/commands';
import type { CommandError } from '../../shared/protocol/errors';
import type { Batch, Event } from '../../shared/protocol/events';
import type { SessionState } from '../../shared/model/session';
import type { Clock } from '../clock';
import { StorageUnavailableError } from '../storage/errors';
import type { Storage, StoredCredential } from '../storage/storage';
import type { Fanout } from './fanout';

export type ExecuteResult = { ok: true; v: number } | { ok: false; error: CommandError };

/**
 * How a room leaves memory. A room nobody holds (no connection, no handshake under way) for
 * `idleMs` after its last holder let go, or after it was last touched, calls `unload`; the registry drops it and calls `dispose`. Storage keeps everything,
 * so the next connection or request loads it again as it was.
 */
export type RoomLifecycle = {
  idleMs: number;
  /** The room went idle (its countdown started): for tests and metrics. */
  idle?: (room: SessionRoom) => void;
  unload: (room: SessionRoom) => void;
};

/** Credentials a command brings into being, stored in the same transaction as its events. */
export type CredentialMaker = (state: SessionState, events: readonly Event[]) => StoredCredential[];

/** How many recent batches stay in memory to catch up a client that reconnects after a blip. */
const RECENT = 200;
/** A snapshot every so many versions keeps loading after a restart short. */
const SNAPSHOT_EVERY = 100;
/** Recently seen command ids (per sender) answer a retry without asking the database. */
const KNOWN_IDS = 5000;
/** How often one command is decided again after losing a race before the client is told to try again. */
const MAX_RETRIES = 10;
/** From this retry on a command is decided while other writers are held off (storage.exclusively). */
const LOCKED_FROM = 2;
const UNAVAILABLE: CommandError = {
  code: 'UNAVAILABLE',
  message: 'the server cannot save right now; nothing was changed, try again',
};

/** The participants a batch erases: by their own wish, or removed by the facilitator for doing nothing. */
function erasedBy(events: readonly Event[]): string[] {
  const ids = events.flatMap((e) =>
    e.type === 'participant.erased' || e.type === 'registration.erased'
      ? [e.participantId]
      : e.type === 'participants.removed'
        ? e.participantIds
        : [],
  );
  return [...new Set(ids)];
}

/** Who sent a command, as stored in the log; command ids are unique per sender. Never a secret. */
export function actorKey(actor: Actor): string {
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

/** The in-memory key of a sender's command id; NUL cannot occur in an actor key or an id. */
function knownId(sender: string, commandId: string): string {
  return `${sender}\u0000${commandId}`;
}

/**
 * One live session: its state, its version and the order of its commands. The server is the only
 * writer, and commands of one session run one at a time through `queue`, so decide always sees
 * the state the previous command left — two facilitators racing on "next" are simply ordered.
 *
 * A command is acknowledged only after its events are committed to storage; the room's state
 * changes only after that commit, so a failed write leaves no trace anywhere.
 *
 * With several nodes on one database each node has its own room for a session, a cache that may
 * lag behind what another node stored. Storage refuses an append whose version was taken
 * (`version-conflict`); the room then catches up from storage, shows its connections what the
 * other node accepted, and decides the same command again on the fresh state. So two nodes racing
 * are ordered by the database the way one node orders them by its queue: one wins, the other
 * decides after it, and the command id's uniqueness per sender keeps a retry through the other
 * node single.
 */
export class SessionRoom {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly recent: { before: SessionState; batch: Batch }[] = [];
  private readonly knownIds = new Map<string, number>();
  private writable = true;
  /** Connections and handshakes holding the room loaded. */
  private holds = 0;
  /** Commands and catch-ups queued or running: a room is never unloaded in the middle of one. */
  private busy = 0;
  private cancelIdle: (() => void) | null = null;
  private disposed = false;

  constructor(
    private current: SessionState,
    private readonly storage: Storage,
    private readonly fanout: Fanout,
    private readonly clock: Clock,
    private readonly makeCredentials: CredentialMaker,
    private readonly lifecycle: RoomLifecycle | null = null,
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

  get isDisposed(): boolean {
    return this.disposed;
  }

  /**
   * Keeps the room loaded while a connection (or a handshake) uses it; the returned function
   * lets go, once. When the last holder lets go the idle countdown starts.
   */
  hold(): () => void {
    this.holds++;
    this.stopIdle();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds--;
      if (this.holds === 0) this.startIdle();
    };
  }

  /** A request read the room (a report, the follow-up page): an idle room's countdown starts again. */
  touch(): void {
    if (this.holds === 0) this.startIdle();
  }

  /**
   * Out of memory: timers stopped, caches dropped, the fan-out told (its heartbeat stops). The
   * registry has already let go of it; what it stored stays in storage.
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopIdle();
    this.recent.length = 0;
    this.knownIds.clear();
    this.fanout.unloaded(this.id);
  }

  private startIdle(): void {
    this.stopIdle();
    const lifecycle = this.lifecycle;
    if (lifecycle === null || this.disposed) return;
    this.cancelIdle = this.clock.after(lifecycle.idleMs, () => {
      this.cancelIdle = null;
      if (this.holds > 0 || this.disposed) return;
      // Work still queued (another node's catch-up): count again once it is done.
      if (this.busy > 0) {
        void this.queue.then(() => this.touch());
        return;
      }
      lifecycle.unload(this);
    });
    lifecycle.idle?.(this);
  }

  private stopIdle(): void {
    this.cancelIdle?.();
    this.cancelIdle = null;
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
    return this.enqueue(() => this.run(command, actor, credentials, admit));
  }

  /**
   * Reads what other nodes stored after this room's version and delivers it to this node's
   * connections, in the session's order (after the commands already queued). For a notice from
   * another node; a room also does this by itself when its append meets a version conflict.
   */
  async catchUp(): Promise<void> {
    // Unloaded meanwhile: the next load reads storage anyway.
    if (this.disposed) return;
    await this.enqueue(() => this.refresh());
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

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    const run = this.queue.then(work).finally(() => this.busy--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Whether this sender's command id was applied already. A route that checks a command against
   * the state before sending it (the import) asks first, so a retry is acknowledged as the first
   * time was, not judged again against the state the first time made.
   */
  async applied(actor: Actor, commandId: string): Promise<boolean> {
    const sender = actorKey(actor);
    const known =
      this.knownIds.get(knownId(sender, commandId)) ?? (await this.storage.commandVersion(this.id, sender, commandId));
    return known !== null;
  }

  private async run(
    command: AnyCommand,
    actor: Actor,
    credentials: StoredCredential[],
    admit: () => CommandError | null | Promise<CommandError | null>,
  ): Promise<ExecuteResult> {
    // A retry is the same sender with the same id. Another sender's command that carries an id
    // already used is its own command and is decided like any other: answering it with the first
    // sender's acknowledgement would tell it "saved" for something it never did.
    const sender = actorKey(actor);
    const known =
      this.knownIds.get(knownId(sender, command.id)) ??
      (await this.storage.commandVersion(this.id, sender, command.id));
    if (known !== null) return this.acknowledgeStored(known);
    const refused = await admit();
    if (refused !== null) return { ok: false, error: refused };

    try {
      let outcome = await this.attempt(command, actor, credentials);
      for (let retry = 1; ; retry++) {
        if ('done' in outcome) return outcome.done;
        // Another node stored first, or may have: catch up, outside any lock.
        const moved = await this.refresh();
        // A refusal or a "nothing to do" judged on a copy that was current stands.
        if ('decided' in outcome && !moved) return outcome.decided;
        if (retry === MAX_RETRIES)
          return { ok: false, error: { code: 'CONFLICT', message: 'the session changed elsewhere; try again' } };
        if (retry < LOCKED_FROM) {
          outcome = await this.attempt(command, actor, credentials);
          continue;
        }
        // Lost again: decide as the session's only writer, so that nobody can store first this
        // time. Without it a node that must catch up could lose round after round to nodes that
        // need not. The catch-up above keeps what is left to read under the lock small.
        const locked = await this.storage.exclusively(this.id, async () => {
          await this.refresh();
          return this.attempt(command, actor, credentials);
        });
        // Decided while nobody else could store: on a current copy, whatever the outcome.
        if (!('conflict' in locked)) return 'done' in locked ? locked.done : locked.decided;
        // Only a store that cannot hold other writers off (SQLite opened twice) gets here.
        outcome = locked;
      }
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      return { ok: false, error: UNAVAILABLE };
    }
  }

  /**
   * Decides the command on the room's state and stores what it yields. `done`: stored, already
   * stored, or the database is away. `decided`: refused or nothing to do, judged on the room's
   * state. `conflict`: another writer stored this version first.
   */
  private async attempt(
    command: AnyCommand,
    actor: Actor,
    credentials: StoredCredential[],
  ): Promise<{ done: ExecuteResult } | { decided: ExecuteResult } | { conflict: true }> {
    const now = this.clock.now();
    const sender = actorKey(actor);
    const decision = decide(this.current, command, actor, now);
    if (!decision.ok) return { decided: decision };
    if (decision.events.length === 0) return { decided: { ok: true, v: this.current.version } };

    const before = this.current;
    const batch: Batch = { v: before.version + 1, events: decision.events };
    const after = applyBatch(before, batch);
    const erased = erasedBy(decision.events);
    const erasing = erased.length > 0;
    try {
      const stored = await this.storage.append(
        this.id,
        { commandId: command.id, actorKey: sender, version: batch.v, at: now, events: batch.events },
        {
          credentials: [...credentials, ...this.makeCredentials(before, batch.events)],
          // Erasing someone must also erase them from the history, so the history restarts here.
          ...(erasing || batch.v % SNAPSHOT_EVERY === 0 ? { snapshot: after } : {}),
          ...(erasing ? { purgeHistory: true } : {}),
        },
      );
      if (!stored.ok) {
        // The same command id came in through another node (a client retrying elsewhere).
        if (stored.reason === 'duplicate') return { done: await this.acknowledgeStored(stored.version) };
        return { conflict: true };
      }
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      this.setWritable(false);
      return { done: { ok: false, error: UNAVAILABLE } };
    }
    this.setWritable(true);
    for (const participantId of erased) {
      await this.storage.deleteParticipantCredentials(this.id, participantId);
      // Their e-mail too: the outbox holds their address, and a message to them not sent yet.
      await this.storage.deleteParticipantMail(this.id, participantId);
    }
    this.remember(knownId(sender, command.id), batch.v);
    this.accept(before, batch, after);
    return { done: { ok: true, v: batch.v } };
  }

  /**
   * A command stored earlier, at `version`. When that was another node's doing and this room has
   * not seen it yet, it catches up first, so the client acknowledged with `version` also hears it.
   */
  private async acknowledgeStored(version: number): Promise<ExecuteResult> {
    if (version <= this.current.version) return { ok: true, v: version };
    try {
      await this.refresh();
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      // Stored all the same: the acknowledgement holds, the catch-up follows with the next one.
    }
    return { ok: true, v: version };
  }

  /**
   * Brings the room up to the stored version. Normally the batches after ours are still in the
   * log: each is applied and delivered like one of our own. When some were purged (another node
   * erased a participant meanwhile), only a fresh load is left, and every connection gets a fresh view.
   */
  private async refresh(): Promise<boolean> {
    const from = this.current.version;
    const batches = await this.storage.batchesSince(this.id, from);
    if (batches !== null) {
      for (const batch of batches) this.accept(this.current, batch, applyBatch(this.current, batch));
      return this.current.version > from;
    }
    const stored = await this.storage.loadSession(this.id, applyBatch);
    if (stored === null) throw new Error(`session ${this.id} is no longer in storage`);
    if (stored.version <= from) return false;
    this.recent.length = 0;
    this.current = stored;
    this.fanout.reset(this.id, stored);
    return true;
  }

  /** A stored batch becomes the room's state and goes to the connections. */
  private accept(before: SessionState, batch: Batch, after: SessionState): void {
    if (erasedBy(batch.events).length > 0) {
      // Older batches hold the erased person's data: reconnecting clients get a fresh view instead.
      this.recent.length = 0;
    } else {
      this.recent.push({ before, batch });
      if (this.recent.length > RECENT) this.recent.shift();
    }
    this.current = after;
    this.fanout.deliver(this.id, before, batch, after);
  }

  private remember(key: string, version: number): void {
    this.knownIds.set(key, version);
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
