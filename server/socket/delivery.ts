import type { SessionState } from '../../shared/model/session';
import type { Batch } from '../../shared/protocol/events';
import { type CopyPlan, copyAudience, copyKey, copyPlan } from '../../shared/rules/copies';
import { redactBatch, stepsOf } from '../../shared/rules/redact';
import { type Audience, view } from '../../shared/rules/view';
import { type Clock, systemClock } from '../clock';
import type { Fanout } from '../session/fanout';
import { audienceOf, rooms } from './audience';
import type { Io } from './types';

/**
 * After this long without a batch of its own, a connection hears the session's latest version
 * (so a reconnect catches up from there). Long enough that 200 commands a second do not become
 * 200 messages a second to every phone: at 250 ms, 1000 phones cost 4000 sends a second.
 */
const VERSION_HEARTBEAT_MS = 1000;
/**
 * A heartbeat to 2000 sockets is 2000 writes; sent in slices, commands arriving meanwhile are
 * acknowledged between slices instead of waiting for all of them.
 */
const HEARTBEAT_SLICE = 200;

/**
 * Sends each accepted batch to the connections that may see something of it, redacted for their
 * audience. Socket.IO delivers in order on a connection, so a client can apply whatever batch
 * arrives; it cannot have missed one while connected, and on reconnect it says which version it
 * has. A connection that was sent nothing hears the latest version shortly after, as an empty
 * batch, coalesced: one message per quiet spell instead of one per command.
 *
 * Redaction is done once per copy, not once per socket: all facilitators share one, hosts and
 * phones share as `copyPlan` (shared/rules/copies.ts) allows, so a 2000-phone evening costs a
 * few dozen redactions per command, not 2000.
 *
 * Everything goes to this node's own connections only (`io.local`): with several nodes, each one
 * learns of a stored batch and delivers it to the sockets it holds, so a broadcast through the
 * adapter would reach the others' sockets twice.
 */
export class SocketFanout implements Fanout {
  /** Connected participant sockets per session, for grouping by seat. */
  private readonly participants = new Map<string, Map<string, Set<string>>>();

  /** Sessions with a version heartbeat due, and the version it will announce. */
  private readonly heartbeats = new Map<string, { v: number; cancel: () => void }>();

  constructor(
    private readonly io: Io,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Stops pending heartbeats (the server is closing). */
  close(): void {
    for (const { cancel } of this.heartbeats.values()) cancel();
    this.heartbeats.clear();
  }

  private heartbeat(sessionId: string, v: number): void {
    const due = this.heartbeats.get(sessionId);
    if (due !== undefined) {
      due.v = v;
      return;
    }
    const cancel = this.clock.after(VERSION_HEARTBEAT_MS, () => {
      const latest = this.heartbeats.get(sessionId)?.v ?? v;
      this.heartbeats.delete(sessionId);
      // Clients ignore a version they already have, so everyone may hear it.
      const everyone = [...(this.io.sockets.adapter.rooms.get(rooms.session(sessionId)) ?? [])];
      const slice = (from: number) => {
        if (from >= everyone.length) return;
        this.io.local.to(everyone.slice(from, from + HEARTBEAT_SLICE)).emit('batch', { v: latest, events: [] });
        setImmediate(() => slice(from + HEARTBEAT_SLICE));
      };
      slice(0);
    });
    this.heartbeats.set(sessionId, { v, cancel });
  }

  /** A batch went to every connection (a phase change): a pending heartbeat would tell nobody anything. */
  private reachedEveryone(sessionId: string): void {
    const due = this.heartbeats.get(sessionId);
    if (due === undefined) return;
    due.cancel();
    this.heartbeats.delete(sessionId);
  }

  addParticipant(sessionId: string, participantId: string, socketId: string): void {
    let bySession = this.participants.get(sessionId);
    if (bySession === undefined) {
      bySession = new Map();
      this.participants.set(sessionId, bySession);
    }
    let sockets = bySession.get(participantId);
    if (sockets === undefined) {
      sockets = new Set();
      bySession.set(participantId, sockets);
    }
    sockets.add(socketId);
  }

  removeParticipant(sessionId: string, participantId: string, socketId: string): void {
    const bySession = this.participants.get(sessionId);
    const sockets = bySession?.get(participantId);
    sockets?.delete(socketId);
    if (sockets?.size === 0) bySession?.delete(participantId);
    if (bySession?.size === 0) this.participants.delete(sessionId);
  }

  deliver(sessionId: string, before: SessionState, batch: Batch, after: SessionState): void {
    const steps = batch.events.length === 1 ? [after] : stepsOf(before, batch.events);
    // Whether some connection was sent nothing of this batch and so needs the heartbeat.
    let missed = false;
    const send = (room: string | string[], audience: Audience, except: string[] = []) => {
      const events = redactBatch(before, batch.events, audience, steps);
      if (events.length > 0) this.io.local.to(room).except(except).emit('batch', { v: batch.v, events });
      else if (typeof room !== 'string' || this.io.sockets.adapter.rooms.has(room)) missed = true;
    };
    this.io.local.to(rooms.role(sessionId, 'facilitator')).emit('batch', batch);
    send(rooms.role(sessionId, 'desk'), { role: 'desk' });
    send(rooms.role(sessionId, 'screen'), { role: 'screen' });
    const plan = copyPlan(before, batch.events, steps);
    this.deliverToHosts(sessionId, before, batch, after, plan, send);
    this.deliverToParticipants(sessionId, before, after, plan, send);
    if (missed) this.heartbeat(sessionId, batch.v);
    else this.reachedEveryone(sessionId);
    // An erased (or removed) participant's open connections end with their data: their device is a stranger
    // now. Deferred to the next turn so the erasing command's acknowledgement goes out first.
    for (const e of batch.events) {
      const gone =
        e.type === 'participant.erased' ? [e.participantId] : e.type === 'participants.removed' ? e.participantIds : [];
      for (const id of gone)
        setImmediate(() => this.io.local.in(rooms.participant(sessionId, id)).disconnectSockets(true));
    }
  }

  /** A batch that is the same for every table is redacted once and encoded once for all of them. */
  private deliverToHosts(
    sessionId: string,
    before: SessionState,
    batch: Batch,
    after: SessionState,
    plan: CopyPlan,
    send: (room: string | string[], audience: Audience) => void,
  ): void {
    const tableIds = new Set(before.tables.map((t) => t.id));
    for (const e of batch.events) if (e.type === 'tables.set') for (const t of e.tables) tableIds.add(t.id);
    const copies = new Map<string, { audience: Audience; rooms: string[] }>();
    for (const tableId of tableIds) {
      const room = rooms.host(sessionId, tableId);
      if (!this.io.sockets.adapter.rooms.has(room)) continue;
      const member = { role: 'host' as const, tableId };
      const key = copyKey(plan, before, after, member);
      const copy = copies.get(key);
      if (copy === undefined) copies.set(key, { audience: copyAudience(plan, before, member), rooms: [room] });
      else copy.rooms.push(room);
    }
    for (const copy of copies.values()) send(copy.rooms, copy.audience);
  }

  private deliverToParticipants(
    sessionId: string,
    before: SessionState,
    after: SessionState,
    plan: CopyPlan,
    send: (room: string | string[], audience: Audience, except?: string[]) => void,
  ): void {
    const connected = this.participants.get(sessionId);
    if (connected === undefined) return;
    for (const pid of plan.personal) {
      if (connected.has(pid)) send(rooms.participant(sessionId, pid), { role: 'participant', participantId: pid });
    }
    if (!plan.bySeat) {
      // One copy for all the others, without walking 2000 phones per command: most such batches
      // (a sign-up, a dot, a profile) hold nothing for them at all.
      let sample: string | undefined;
      for (const pid of connected.keys()) {
        if (plan.personal.has(pid)) continue;
        sample = pid;
        break;
      }
      if (sample === undefined) return;
      const personal = [...plan.personal].map((pid) => rooms.participant(sessionId, pid));
      send(
        rooms.role(sessionId, 'participant'),
        copyAudience(plan, before, { role: 'participant', participantId: sample }),
        personal,
      );
      return;
    }
    const copies = new Map<string, { audience: Audience; sockets: string[] }>();
    for (const [pid, sockets] of connected) {
      if (plan.personal.has(pid)) continue;
      const member = { role: 'participant' as const, participantId: pid };
      const key = copyKey(plan, before, after, member);
      const copy = copies.get(key);
      if (copy === undefined) copies.set(key, { audience: copyAudience(plan, before, member), sockets: [...sockets] });
      else copy.sockets.push(...sockets);
    }
    for (const { audience, sockets } of copies.values()) send(sockets, audience);
  }

  reset(sessionId: string, state: SessionState): void {
    for (const id of this.io.sockets.adapter.rooms.get(rooms.session(sessionId)) ?? []) {
      const socket = this.io.sockets.sockets.get(id);
      if (socket === undefined) continue;
      const { actor } = socket.data;
      // Erased meanwhile on another node: as in deliver, their device is a stranger now.
      if (actor.role === 'participant' && state.participants[actor.participantId] === undefined)
        socket.disconnect(true);
      else socket.emit('snapshot', view(state, audienceOf(actor)));
    }
  }

  deleted(sessionId: string): void {
    this.reachedEveryone(sessionId);
    this.participants.delete(sessionId);
    // Not io.local: with several nodes, every node's connections to the session end.
    this.io.in(rooms.session(sessionId)).disconnectSockets(true);
  }

  unloaded(sessionId: string): void {
    // Nobody of this node is connected: a pending heartbeat would tell nobody anything.
    this.reachedEveryone(sessionId);
    this.participants.delete(sessionId);
  }

  health(sessionId: string, writable: boolean): void {
    this.io.local.to(rooms.role(sessionId, 'facilitator')).emit('health', { writable });
    this.io.local.to(rooms.role(sessionId, 'desk')).emit('health', { writable });
  }
}
