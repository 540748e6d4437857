import {
  newSessionState,
  type Language,
  type ProgrammeLink,
  type SessionState,
  type Setup,
} from '../../shared/model/session';
import type { TemplateId } from '../../shared/protocol/api';
import type { Event } from '../../shared/protocol/events';
import type { Credential } from '../../shared/protocol/socket';
import type { Actor } from '../../shared/rules/actor';
import { applyBatch } from '../../shared/rules/apply';
import { type CarryOptions, nextSession } from '../../shared/rules/carry-over';
import { templateSetup } from '../../shared/templates';
import { type Clock, clockOf, systemClock } from '../clock';
import { hashSecret } from '../storage/hash';
import type { Storage, StoredCredential } from '../storage/storage';
import { newId, newJoinCode, newMemberCode, newSecretCode, newToken } from '../security/secrets';
import type { Fanout } from './fanout';
import { SessionRoom } from './room';

/** A room entering or leaving memory, for tests and metrics. */
export type RoomChange = { type: 'loaded' | 'idle' | 'disposed'; sessionId: string };

export type SessionsOptions = {
  /** A room nobody is connected to leaves memory after this long (ROOM_IDLE_MINUTES); Infinity keeps it. */
  idleMs?: number;
};

/** Five minutes: a phone that lost the Wi-Fi for a while finds its room still warm. */
export const DEFAULT_IDLE_MS = 5 * 60_000;

export type Secrets = {
  facilitatorToken: string;
  screenToken: string;
  deskCode: string;
  hostCodes: Record<string, string>;
};

export type Resolved =
  | { sessionId: string; actor: Actor }
  | { sessionId: string; newParticipant: true }
  /** A personal code: this participant (reserved by a registration), who may not have joined yet. */
  | { sessionId: string; registered: { participantId: string } };

function credential(
  sessionId: string,
  kind: StoredCredential['kind'],
  secret: string,
  now: number,
  extra: Partial<Pick<StoredCredential, 'tableId' | 'participantId' | 'facilitatorId' | 'revealable'>> = {},
): StoredCredential {
  return {
    sessionId,
    kind,
    secretHash: hashSecret(secret),
    tableId: extra.tableId ?? null,
    participantId: extra.participantId ?? null,
    facilitatorId: extra.facilitatorId ?? null,
    revealable: extra.revealable ?? null,
    createdAt: now,
  };
}

/** Every table gets a host code when it is created, in the same transaction as the table. */
function hostCodesFor(state: SessionState, events: readonly Event[], now: number): StoredCredential[] {
  const out: StoredCredential[] = [];
  const known = new Set(state.tables.map((t) => t.id));
  for (const event of events) {
    if (event.type !== 'tables.set') continue;
    for (const table of event.tables) {
      if (known.has(table.id)) continue;
      const code = newSecretCode();
      out.push(credential(state.id, 'host', code, now, { tableId: table.id, revealable: code }));
      known.add(table.id);
    }
  }
  return out;
}

/**
 * All sessions of this server: creating them, loading them into rooms on first use, and telling
 * who a presented secret belongs to.
 */
export class Sessions {
  private readonly rooms = new Map<string, Promise<SessionRoom | null>>();
  /** The same rooms once loaded, for callers that must not wait or load (another node's notice). */
  private readonly loaded = new Map<string, SessionRoom>();
  private readonly clock: Clock;
  private readonly idleMs: number;
  private readonly watchers = new Set<(change: RoomChange) => void>();

  constructor(
    private readonly storage: Storage,
    private readonly fanout: Fanout,
    time: Clock | (() => number) = systemClock,
    options: SessionsOptions = {},
  ) {
    this.clock = clockOf(time);
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  }

  /** Calls `watcher` at every room change; the returned function stops it. */
  watch(watcher: (change: RoomChange) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private tell(type: RoomChange['type'], sessionId: string): void {
    for (const watcher of this.watchers) watcher({ type, sessionId });
  }

  private now(): number {
    return this.clock.now();
  }

  async create(template: TemplateId, language: Language): Promise<{ state: SessionState; secrets: Secrets }> {
    return this.createFrom(templateSetup(template, language), (state) => state);
  }

  /**
   * The next session of a programme, made from an earlier one (rules/carry-over.ts): a session of
   * its own with its own codes, linked to the earlier sessions of the series. The earlier one is
   * not changed.
   */
  async createNext(
    from: SessionState,
    carry: CarryOptions,
    programmeTitle?: string,
  ): Promise<{ state: SessionState; secrets: Secrets }> {
    const next = nextSession(from, carry);
    const programme: ProgrammeLink = {
      id: from.programme?.id ?? newId(),
      title: programmeTitle ?? from.programme?.title ?? from.title,
      sessionIds: [...(from.programme?.sessionIds ?? []), from.id],
    };
    return this.createFrom(next.setup, (state) => ({
      ...state,
      programme,
      questions: Object.fromEntries(next.questions.map((q) => [q.id, q])),
    }));
  }

  private async createFrom(
    setup: Setup,
    finish: (state: SessionState) => SessionState,
  ): Promise<{ state: SessionState; secrets: Secrets }> {
    const now = this.now();
    for (let attempt = 0; ; attempt++) {
      const joinCode = newJoinCode();
      // Join codes are short: a clash with a live session is unlikely but possible; draw again.
      if ((await this.storage.sessionIdByJoinCode(joinCode)) !== null && attempt < 20) continue;
      const state = finish(newSessionState({ id: newId(), joinCode, setup, now }));
      const secrets: Secrets = {
        facilitatorToken: newToken(),
        screenToken: newToken(),
        deskCode: newSecretCode(),
        hostCodes: Object.fromEntries(state.tables.map((t) => [t.id, newSecretCode()])),
      };
      const credentials = [
        credential(state.id, 'facilitator', secrets.facilitatorToken, now, { facilitatorId: newId() }),
        credential(state.id, 'screen', secrets.screenToken, now, { revealable: secrets.screenToken }),
        credential(state.id, 'desk', secrets.deskCode, now, { revealable: secrets.deskCode }),
        ...Object.entries(secrets.hostCodes).map(([tableId, code]) =>
          credential(state.id, 'host', code, now, { tableId, revealable: code }),
        ),
      ];
      await this.storage.createSession(state, credentials);
      return { state, secrets };
    }
  }

  /** A new facilitator link for a co-facilitator; the token is shown once and stored hashed. */
  async addFacilitator(sessionId: string): Promise<string> {
    const token = newToken();
    await this.storage.addCredential(
      credential(sessionId, 'facilitator', token, this.now(), { facilitatorId: newId() }),
    );
    return token;
  }

  /**
   * A new host code for a table, for a code that leaked (the table card lay on the table): the old
   * code stops working at once. Connected tablets with the old code are the caller's to disconnect.
   */
  async replaceHostCode(sessionId: string, tableId: string): Promise<string> {
    const code = newSecretCode();
    await this.storage.replaceHostCredential(
      credential(sessionId, 'host', code, this.now(), { tableId, revealable: code }),
    );
    return code;
  }

  /** A device token for a participant who joins now, stored with their join command. */
  deviceCredential(sessionId: string, participantId: string): { token: string; credential: StoredCredential } {
    const token = newToken();
    return { token, credential: credential(sessionId, 'device', token, this.now(), { participantId }) };
  }

  /** A programme member's code for a participant of this session, to be stored hashed. */
  /** A registered person's personal code, for the participant their registration reserved. */
  personalCredential(sessionId: string, participantId: string): { code: string; credential: StoredCredential } {
    const code = newMemberCode();
    return {
      code,
      credential: credential(sessionId, 'registration', code, this.now(), { participantId, revealable: code }),
    };
  }

  memberCredential(sessionId: string, participantId: string): { code: string; credential: StoredCredential } {
    const code = newMemberCode();
    return { code, credential: credential(sessionId, 'member', code, this.now(), { participantId }) };
  }

  /** The member code's credential, or null when no member has it (never was, taken back, erased). */
  async memberByCode(code: string): Promise<StoredCredential | null> {
    const found = await this.storage.credentialByHash(hashSecret(code));
    return found !== null && found.kind === 'member' && found.participantId !== null ? found : null;
  }

  replaceMemberCredential(c: StoredCredential): Promise<void> {
    return this.storage.replaceMemberCredential(c);
  }

  deleteMemberCredentials(sessionId: string, participantId: string): Promise<void> {
    return this.storage.deleteMemberCredentials(sessionId, participantId);
  }

  room(sessionId: string): Promise<SessionRoom | null> {
    const cached = this.rooms.get(sessionId);
    if (cached !== undefined) {
      this.loaded.get(sessionId)?.touch();
      return cached;
    }
    const room = this.storage.loadSession(sessionId, applyBatch).then((state) => {
      if (state === null) {
        // Gone (deleted through another node): nothing to keep in memory for it.
        if (this.rooms.get(sessionId) === room) this.rooms.delete(sessionId);
        return null;
      }
      const lifecycle = Number.isFinite(this.idleMs)
        ? {
            idleMs: this.idleMs,
            idle: (r: SessionRoom) => this.tell('idle', r.id),
            unload: (r: SessionRoom) => this.unload(r),
          }
        : null;
      const loaded = new SessionRoom(
        state,
        this.storage,
        this.fanout,
        this.clock,
        (s, events) => hostCodesFor(s, events, this.now()),
        lifecycle,
      );
      this.loaded.set(sessionId, loaded);
      this.tell('loaded', sessionId);
      // Idle until a connection holds it: a room loaded for a report alone leaves again.
      loaded.touch();
      return loaded;
    });
    // A failed load is not cached: the next attempt tries the database again.
    room.catch(() => {
      if (this.rooms.get(sessionId) === room) this.rooms.delete(sessionId);
    });
    this.rooms.set(sessionId, room);
    return room;
  }

  /**
   * Deletes a session and everything stored of it, and ends its connections. Another node that
   * still holds the session in memory finds it gone at its next write.
   */
  async delete(sessionId: string): Promise<boolean> {
    const deleted = await this.storage.deleteSession(sessionId);
    const room = this.loaded.get(sessionId);
    this.rooms.delete(sessionId);
    this.loaded.delete(sessionId);
    this.fanout.deleted(sessionId);
    room?.dispose();
    return deleted;
  }

  /**
   * An idle room leaves memory. Only the registry's own current room: one that was deleted or
   * replaced meanwhile is not this one's to drop. Another node's notice for the session finds it
   * not loaded and is ignored (server/cluster/sync.ts); the next use loads it from storage.
   */
  private unload(room: SessionRoom): void {
    if (this.loaded.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    this.loaded.delete(room.id);
    room.dispose();
    this.tell('disposed', room.id);
  }

  /** Sessions that ended (or, never ended, last changed) before `cutoff`. */
  idleSince(cutoff: number): Promise<string[]> {
    return this.storage.sessionsIdleSince(cutoff);
  }

  loadedRooms(): number {
    return this.rooms.size;
  }

  /** The session's room if this node has it in memory; undefined otherwise (nothing is loaded). */
  loadedRoom(sessionId: string): SessionRoom | undefined {
    return this.loaded.get(sessionId);
  }

  /** Who a credential belongs to, or null when it matches nothing. */
  async resolve(presented: Credential): Promise<Resolved | null> {
    if (presented.kind === 'participant') {
      const sessionId = await this.storage.sessionIdByJoinCode(presented.joinCode);
      if (sessionId === null) return null;
      if (presented.deviceToken !== undefined) {
        const found = await this.storage.credentialByHash(hashSecret(presented.deviceToken));
        if (
          found !== null &&
          found.kind === 'device' &&
          found.sessionId === sessionId &&
          found.participantId !== null
        ) {
          return { sessionId, actor: { role: 'participant', participantId: found.participantId } };
        }
      }
      // An unknown or erased device simply joins as someone new.
      return { sessionId, newParticipant: true };
    }
    if (presented.kind === 'personal') {
      const found = await this.storage.credentialByHash(hashSecret(presented.code));
      return found === null || found.kind !== 'registration' || found.participantId === null
        ? null
        : { sessionId: found.sessionId, registered: { participantId: found.participantId } };
    }
    const secret = presented.kind === 'facilitator' || presented.kind === 'screen' ? presented.token : presented.code;
    const found = await this.storage.credentialByHash(hashSecret(secret));
    if (found === null || found.kind !== presented.kind) return null;
    switch (found.kind) {
      case 'facilitator':
        return {
          sessionId: found.sessionId,
          actor: { role: 'facilitator', facilitatorId: found.facilitatorId ?? 'facilitator' },
        };
      case 'host':
        return found.tableId === null
          ? null
          : { sessionId: found.sessionId, actor: { role: 'host', tableId: found.tableId } };
      case 'desk':
        return { sessionId: found.sessionId, actor: { role: 'desk' } };
      case 'screen':
        return { sessionId: found.sessionId, actor: { role: 'screen' } };
      default:
        return null;
    }
  }

  credentials(sessionId: string): Promise<StoredCredential[]> {
    return this.storage.credentials(sessionId);
  }
}
