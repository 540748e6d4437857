import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnyCommand, Command } from '../../../shared/protocol/commands';
import type { Actor } from '../../../shared/rules/actor';
import type { NewCommand } from '../../../harness/client';
import { RoomHarness, type TestSocketPair } from './harness';

const FACILITATOR: Actor = { role: 'facilitator', facilitatorId: 'f1' };
const command = (input: NewCommand): AnyCommand => Command.parse({ ...input, id: nanoid() });
const kinds = (pair: TestSocketPair) => pair.received.map((m) => m.type);

let harness: RoomHarness;
afterEach(async () => harness.close());

/** A participant who joined (as the gateway's handshake does) and picked two tables. */
async function participant(h: RoomHarness): Promise<TestSocketPair> {
  const participantId = nanoid();
  const actor: Actor = { role: 'participant', participantId };
  const room = await h.room();
  await room.execute({ id: nanoid(), type: 'participant.join', participantId }, actor);
  const tables = room.state.tables.map((t) => t.id);
  await room.execute(command({ type: 'tables.pick', picks: tables.slice(0, 2) }), actor);
  return h.connect(actor);
}

/** Sends, flushes both ways, and returns the ack. */
async function roundTrip(pair: TestSocketPair, cmd: AnyCommand) {
  const ack = pair.send(cmd);
  await pair.flushClient();
  pair.flushServer();
  return ack;
}

describe('a room with deterministic connections', () => {
  it("a command's batch reaches every connection, and its sender before the ack", async () => {
    harness = await RoomHarness.start();
    const phone = await participant(harness);
    const facilitator = await harness.connect(FACILITATOR);
    const acked = facilitator.send(command({ type: 'phase.jump', phaseId: 'round-1' }));
    await facilitator.flushClient();
    // Nothing arrives before the test flushes it.
    expect(kinds(facilitator)).toEqual(['snapshot']);
    expect(kinds(phone)).toEqual(['snapshot']);
    facilitator.flushServer();
    phone.flushServer();
    const ack = await acked;
    if (!ack.ok) throw new Error(ack.error.message);
    expect(kinds(facilitator)).toEqual(['snapshot', 'batch', 'ack']);
    expect(kinds(phone)).toEqual(['snapshot', 'batch']);
    // When the ack arrives the sender's view already holds what it acknowledges.
    expect(facilitator.state?.version).toBe(ack.v);
    expect(phone.state?.currentPhaseId).toBe('round-1');
  });

  it('a retry after a lost ack is acknowledged with its first version and applied once', async () => {
    harness = await RoomHarness.start();
    const facilitator = await harness.connect(FACILITATOR);
    await roundTrip(facilitator, command({ type: 'phase.jump', phaseId: 'round-1' }));
    const phone = await participant(harness);
    const add = command({ type: 'card.add', cardId: nanoid(), text: 'een bankje bij de speeltuin', tags: [] });
    const lost = phone.send(add);
    await phone.flushClient();
    // The Wi-Fi goes before the ack (and the card's batch) reach the phone.
    phone.disconnect();
    const seen = phone.state?.version ?? -1;
    await phone.connect();
    phone.flushServer();
    expect(phone.state?.version).toBeGreaterThan(seen);

    const retry = await roundTrip(phone, add);
    expect(retry).toMatchObject({ ok: true });
    const room = await harness.room();
    expect(retry).toEqual({ ok: true, v: room.state.version });
    expect(Object.keys(room.state.cards)).toHaveLength(1);
    // The first send was never answered: its connection was gone.
    expect(await Promise.race([lost, Promise.resolve('unanswered')])).toBe('unanswered');
  });

  it('two facilitators pressing next at once: one moves the phase, the other is told CONFLICT', async () => {
    harness = await RoomHarness.start();
    const first = await harness.connect(FACILITATOR);
    const second = await harness.connect({ role: 'facilitator', facilitatorId: 'f2' });
    const expectedPhaseId = first.state?.currentPhaseId ?? null;
    const a = first.send(command({ type: 'phase.advance', expectedPhaseId }));
    const b = second.send(command({ type: 'phase.advance', expectedPhaseId }));
    await Promise.all([first.flushClient(), second.flushClient()]);
    first.flushServer();
    second.flushServer();
    expect(await a).toMatchObject({ ok: true });
    expect(await b).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // One phase change, seen by both.
    expect(kinds(first)).toEqual(['snapshot', 'batch', 'ack']);
    expect(kinds(second)).toEqual(['snapshot', 'batch', 'ack']);
    expect(second.state).toEqual(first.state);
  });

  it('an idle room leaves memory and comes back as it was; a retry is still recognised', async () => {
    harness = await RoomHarness.start({ idleMs: 60_000 });
    const facilitator = await harness.connect(FACILITATOR);
    await roundTrip(facilitator, command({ type: 'phase.jump', phaseId: 'round-1' }));
    await roundTrip(facilitator, command({ type: 'timer.start', durationMs: 45 * 60_000 }));
    const phone = await participant(harness);
    const add = command({ type: 'card.add', cardId: nanoid(), text: 'meer groen', tags: [] });
    const first = await roundTrip(phone, add);
    facilitator.flushServer();
    const before = { facilitator: facilitator.state, phone: phone.state };
    facilitator.disconnect();
    harness.clock.advance(59_000);
    // Someone is still connected: nothing counts down.
    expect(harness.sessions.loadedRooms()).toBe(1);
    phone.disconnect();
    harness.clock.advance(59_000);
    expect(harness.sessions.loadedRooms()).toBe(1);
    harness.clock.advance(1000);
    expect(harness.sessions.loadedRooms()).toBe(0);
    expect(harness.clock.pending).toBe(0);

    const again = await harness.connect(phone.actor);
    expect(again.state).toEqual(before.phone);
    const staff = await harness.connect(FACILITATOR);
    expect(staff.state).toEqual(before.facilitator);
    expect(await roundTrip(again, add)).toEqual(first);
    expect(harness.sessions.loadedRooms()).toBe(1);
  });
});
