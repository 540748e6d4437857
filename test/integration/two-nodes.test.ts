import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/model/session';
import { Command, type AnyCommand } from '../../shared/protocol/commands';
import type { Batch } from '../../shared/protocol/events';
import { LIMITS } from '../../shared/protocol/limits';
import type { Actor } from '../../shared/rules/actor';
import { applyBatch } from '../../shared/rules/apply';
import type { Fanout } from '../../server/session/fanout';
import { actorKey, type ExecuteResult, type SessionRoom } from '../../server/session/room';
import { Sessions } from '../../server/session/sessions';
import { openSqliteStorage, type SqliteStorage } from '../../server/storage/sqlite-storage';
import type { NewCommand } from '../../harness/client';

/**
 * Two server nodes on one database, each with its own room (cache) of the same session: what a
 * cluster on PostgreSQL does, here on one SQLite file opened twice so it runs in the normal suite.
 * Commands reach both rooms at the same instant; the database orders them, the loser catches up
 * and decides again.
 */

const T0 = Date.UTC(2025, 4, 20, 17, 0);
const FACILITATOR: Actor = { role: 'facilitator', facilitatorId: 'f1' };

/** What a node's connections were handed, in order. */
class RecordingFanout implements Fanout {
  readonly batches: Batch[] = [];
  readonly resets: SessionState[] = [];
  deliver(_sessionId: string, _before: SessionState, batch: Batch): void {
    this.batches.push(batch);
  }
  reset(_sessionId: string, state: SessionState): void {
    this.resets.push(state);
  }
  health(): void {}
  deleted(): void {}
  unloaded(): void {}
}

type Node = { storage: SqliteStorage; fanout: RecordingFanout; sessions: Sessions; room: SessionRoom };
type Acked = { sender: string; commandId: string; v: number };

function command(input: NewCommand): AnyCommand {
  return Command.parse({ ...input, id: nanoid() });
}

describe('two nodes on one database', () => {
  let dir: string;
  let a: Node;
  let b: Node;

  async function node(sessionId: string | null): Promise<Node> {
    const storage = openSqliteStorage(dir);
    const fanout = new RecordingFanout();
    const sessions = new Sessions(storage, fanout, () => T0);
    const id = sessionId ?? (await sessions.create('world-cafe-evening', 'nl')).state.id;
    const room = await sessions.room(id);
    if (room === null) throw new Error('the session was not stored');
    return { storage, fanout, sessions, room };
  }

  async function ok(on: Node, cmd: AnyCommand, actor: Actor = FACILITATOR): Promise<Acked> {
    const result = await on.room.execute(cmd, actor);
    if (!result.ok) throw new Error(`${cmd.type} refused: ${result.error.code} ${result.error.message}`);
    return { sender: actorKey(actor), commandId: cmd.id, v: result.v };
  }

  /** The session as stored, replayed from the log by a third, fresh reader. */
  async function stored(): Promise<SessionState | null> {
    const reader = openSqliteStorage(dir);
    try {
      return await reader.loadSession(a.room.id, applyBatch);
    } finally {
      await reader.close();
    }
  }

  /** Every acknowledged command is in the log once, at the version its client was told. */
  async function expectLogged(acked: Acked[]): Promise<void> {
    expect(new Set(acked.map((x) => x.v)).size).toBe(acked.length);
    for (const { sender, commandId, v } of acked)
      expect(await a.storage.commandVersion(a.room.id, sender, commandId)).toBe(v);
  }

  /** Each node handed its connections every version once, in order, whoever stored it. */
  function expectDeliveredInOrder(on: Node, from: number, to: number): void {
    expect(on.fanout.batches.map((x) => x.v).filter((v) => v > from)).toEqual(
      Array.from({ length: to - from }, (_, i) => from + i + 1),
    );
  }

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-two-nodes-'));
    a = await node(null);
    b = await node(a.room.id);
  });
  afterEach(async () => {
    await a.storage.close();
    await b.storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // SPEC R1
  it('counts every one of 200 rounds of timer extensions sent to both nodes at once', async () => {
    await ok(a, command({ type: 'phase.jump', phaseId: 'walk-in' }));
    await ok(a, command({ type: 'timer.pause' }));
    const start = a.room.state;
    if (start.timer?.state !== 'paused') throw new Error('the timer should be paused');
    const acked: Acked[] = [];
    for (let round = 0; round < 200; round++) {
      // Each extension adds to what the other did: deciding on a stale state would lose one.
      const both = await Promise.all([
        ok(a, command({ type: 'timer.extend', ms: 1000 })),
        ok(b, command({ type: 'timer.extend', ms: 1000 })),
      ]);
      acked.push(...both);
    }
    await Promise.all([a.room.catchUp(), b.room.catchUp()]);

    const final = await stored();
    expect(final?.version).toBe(start.version + 400);
    expect(final?.timer).toEqual({ state: 'paused', remainingMs: start.timer.remainingMs + 400 * 1000 });
    expect(a.room.state).toEqual(final);
    expect(b.room.state).toEqual(final);
    await expectLogged(acked);
    expectDeliveredInOrder(a, start.version, final!.version);
    // Node B stored only its own half: the rest it learnt by catching up after losing a race.
    expectDeliveredInOrder(b, start.version, final!.version);
    // What it keeps for reconnecting clients is what it delivered, caught-up batches included.
    expect(b.room.since(final!.version - 200)?.map((r) => r.batch)).toEqual(b.fanout.batches.slice(-200));
  });

  it('keeps a table’s highlight limit when both nodes highlight at once', async () => {
    await ok(a, command({ type: 'phase.jump', phaseId: 'walk-in' }));
    const tableId = a.room.state.tables[0]!.id;
    const host: Actor = { role: 'host', tableId };
    const cardIds: string[] = [];
    for (let i = 0; i < LIMITS.highlightsPerTable * 2; i++) {
      const cardId = nanoid();
      await ok(a, command({ type: 'card.add', cardId, text: `kaart ${i}` }), host);
      cardIds.push(cardId);
    }
    // Both copies hold every card, so the race is about the limit alone.
    await b.room.catchUp();
    const results: ExecuteResult[] = [];
    for (let i = 0; i < cardIds.length; i += 2) {
      const on = (n: Node, cardId: string) =>
        n.room.execute(command({ type: 'card.highlight', cardId, on: true }), FACILITATOR);
      results.push(...(await Promise.all([on(a, cardIds[i]!), on(b, cardIds[i + 1]!)])));
    }
    await b.room.catchUp();
    await a.room.catchUp();

    expect(results.filter((r) => r.ok)).toHaveLength(LIMITS.highlightsPerTable);
    for (const r of results.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } });
    const highlighted = Object.values((await stored())!.cards).filter((c) => c.highlighted);
    expect(highlighted).toHaveLength(LIMITS.highlightsPerTable);
    expect(a.room.state).toEqual(b.room.state);
  });

  // SPEC R4
  it('stores a command sent through both nodes once and acknowledges it on both', async () => {
    await ok(a, command({ type: 'phase.jump', phaseId: 'walk-in' }));
    const before = a.room.state.version;
    for (let i = 0; i < 20; i++) {
      // A phone that timed out on one node and sent the same command through the other.
      const same = command({ type: 'timer.extend', ms: 1000 });
      const [fromA, fromB] = await Promise.all([ok(a, same), ok(b, same)]);
      expect(fromA.v).toBe(fromB.v);
    }
    await Promise.all([a.room.catchUp(), b.room.catchUp()]);
    const final = await stored();
    expect(final?.version).toBe(before + 20);
    expect(a.room.state).toEqual(final);
    expect(b.room.state).toEqual(final);
    // Acknowledged with a version means that version reached the node's connections.
    expectDeliveredInOrder(b, before, final!.version);
  });

  // SPEC R7
  it('catches up on request, with the batches a reconnecting client can still be sent', async () => {
    const before = b.room.state.version;
    const acked = [
      await ok(a, command({ type: 'phase.jump', phaseId: 'walk-in' })),
      await ok(a, command({ type: 'broadcast.send', text: 'Welkom' })),
      await ok(a, command({ type: 'timer.extend', ms: 60_000 })),
    ];
    expect(b.fanout.batches).toEqual([]);
    await b.room.catchUp();
    expect(b.room.state).toEqual(a.room.state);
    expect(b.fanout.batches).toEqual(a.fanout.batches);
    expect(b.room.since(before)?.map((r) => r.batch)).toEqual(a.fanout.batches);
    expect(acked.map((x) => x.v)).toEqual([before + 1, before + 2, before + 3]);
    // Nothing new: nothing delivered again.
    await b.room.catchUp();
    expect(b.fanout.batches).toHaveLength(3);
  });

  it('reloads when the other node erased someone and purged the batches in between, and gives every connection a fresh view', async () => {
    await ok(a, command({ type: 'phase.jump', phaseId: 'walk-in' }));
    await b.room.catchUp();
    const seen = b.room.state.version;
    const participantId = nanoid();
    const participant: Actor = { role: 'participant', participantId };
    await ok(a, { id: nanoid(), type: 'participant.join', participantId }, participant);
    await ok(a, command({ type: 'profile.set', name: 'Fatima' }), participant);
    await ok(a, command({ type: 'participant.erase' }), participant);
    expect(await b.storage.batchesSince(b.room.id, seen)).toBeNull();

    await b.room.catchUp();
    const final = await stored();
    expect(b.room.state).toEqual(final);
    expect(b.room.state.participants[participantId]).toBeUndefined();
    expect(b.fanout.resets).toEqual([final]);
    expect(b.fanout.batches.filter((x) => x.v > seen)).toEqual([]);
    // A client that reconnects with an older version gets a snapshot, not batches with her name.
    expect(b.room.since(seen)).toBeNull();
  });
});
