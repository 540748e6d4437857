import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/model/session';
import { type AnyCommand, Command } from '../../shared/protocol/commands';
import type { Batch } from '../../shared/protocol/events';
import type { Actor } from '../../shared/rules/actor';
import { ClusterSync } from '../../server/cluster/sync';
import type { Fanout } from '../../server/session/fanout';
import { Sessions } from '../../server/session/sessions';
import { openSqliteStorage, type SqliteStorage } from '../../server/storage/sqlite-storage';
import { ManualClock } from '../support/manual-clock';
import type { NewCommand } from '../../harness/client';

/**
 * Cluster mode and the room lifecycle: two nodes on one database (one SQLite file opened twice,
 * as in two-nodes.test.ts), each with the cluster's sync between its room and its connections and
 * the other's notices delivered by hand, as Redis would. Node A unloads its idle room while node B
 * goes on storing; A must neither break on B's notices nor lose anything B stored.
 */

const FACILITATOR: Actor = { role: 'facilitator', facilitatorId: 'f1' };
const command = (input: NewCommand): AnyCommand => Command.parse({ ...input, id: nanoid() });

class RecordingFanout implements Fanout {
  readonly batches: Batch[] = [];
  readonly unloads: string[] = [];
  deliver(_sessionId: string, _before: SessionState, batch: Batch): void {
    this.batches.push(batch);
  }
  reset(): void {}
  health(): void {}
  deleted(): void {}
  unloaded(sessionId: string): void {
    this.unloads.push(sessionId);
  }
}

type Node = { storage: SqliteStorage; local: RecordingFanout; sync: ClusterSync; sessions: Sessions };

describe('an idle room on one node of several', () => {
  let dir: string;
  const nodes: Node[] = [];
  afterEach(async () => {
    for (const n of nodes.splice(0)) await n.storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("unloads without breaking the other node's sync, and loads what the other stored meanwhile", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-idle-nodes-'));
    const clock = new ManualClock();
    const logs: string[] = [];
    const others = new Map<Node, Node>();
    const node = (): Node => {
      const storage = openSqliteStorage(dir);
      const local = new RecordingFanout();
      let sessions: Sessions | null = null;
      const self: Node = {
        storage,
        local,
        // Redis's notice, delivered at once to the other node.
        sync: new ClusterSync(
          local,
          (id, v) => others.get(self)?.sync.stored(id, v),
          (id) => sessions?.loadedRoom(id),
          (m) => logs.push(m),
        ),
        sessions: null as unknown as Sessions,
      };
      sessions = new Sessions(storage, self.sync, clock, { idleMs: 60_000 });
      self.sessions = sessions;
      nodes.push(self);
      return self;
    };
    const a = node();
    const b = node();
    others.set(a, b);
    others.set(b, a);
    const id = (await a.sessions.create('world-cafe-evening', 'nl')).state.id;

    const roomA = await a.sessions.room(id);
    const roomB = await b.sessions.room(id);
    if (roomA === null || roomB === null) throw new Error('the session was not stored');
    // A's connection holds its room; B's too, for the whole test.
    const leaveA = roomA.hold();
    roomB.hold();
    expect(await roomA.execute(command({ type: 'phase.jump', phaseId: 'round-1' }), FACILITATOR)).toMatchObject({
      ok: true,
    });
    expect(await roomB.execute(command({ type: 'timer.start', durationMs: 45 * 60_000 }), FACILITATOR)).toMatchObject({
      ok: true,
    });
    // B's notice brought A up to date.
    await roomA.catchUp();
    expect(roomA.state).toEqual(roomB.state);

    leaveA();
    clock.advance(60_000);
    expect(a.sessions.loadedRooms()).toBe(0);
    expect(a.local.unloads).toEqual([id]);
    expect(b.sessions.loadedRooms()).toBe(1);

    // B goes on; its notices reach a node that no longer holds the session and are ignored.
    const seenByA = a.local.batches.length;
    const add = command({ type: 'broadcast.send', text: 'koffie staat klaar' });
    const stored = await roomB.execute(add, FACILITATOR);
    expect(stored).toMatchObject({ ok: true });
    await roomB.execute(command({ type: 'timer.pause' }), FACILITATOR);
    expect(a.local.batches.length).toBe(seenByA);
    // The disposed room does not catch up any more, and nothing failed.
    await roomA.catchUp();
    expect(roomA.state.version).toBeLessThan(roomB.state.version);
    expect(logs).toEqual([]);

    // The next use of the session on A loads what B stored, and A's commands apply after it.
    const again = await a.sessions.room(id);
    expect(again).not.toBe(roomA);
    expect(again?.state).toEqual(roomB.state);
    expect(await again?.execute(add, FACILITATOR)).toEqual(stored);
    const lastOfB = roomB.state.version;
    const next = await again?.execute(command({ type: 'timer.resume' }), FACILITATOR);
    expect(next).toEqual({ ok: true, v: lastOfB + 1 });
    await roomB.catchUp();
    expect(roomB.state).toEqual(again?.state);
  });
});
