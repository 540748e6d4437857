import { afterEach, describe, expect, it } from 'vitest';
import { newSessionState } from '../../../shared/model/session';
import type { Command } from '../../../shared/protocol/commands';
import type { CommandAck, Credential, Welcome } from '../../../shared/protocol/socket';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version';
import { templateSetup } from '../../../shared/templates';
import { Connection, type DeviceOptions } from '../../../client/src/net/connection';
import type { CachedView, DeviceStore } from '../../../client/src/net/deviceStore';
import type { Outbox } from '../../../client/src/net/outbox';
import { useStore } from '../../../client/src/store';
import { FakeNetwork, FakeSocketPair, type Sent } from './fake-socket';

const HOST: Credential = { kind: 'host', code: 'ABC123' };
const welcome = (serverNow = Date.now()): Welcome => ({
  protocol: PROTOCOL_VERSION,
  sessionId: 's1',
  actor: { role: 'host', tableId: 'wijkhub' },
  serverNow,
});
const state = (version: number) => ({
  ...newSessionState({ id: 's1', joinCode: 'ABC234', setup: templateSetup('world-cafe-evening', 'nl'), now: 0 }),
  version,
});
const card = (text: string) => ({ type: 'card.add' as const, cardId: `c-${text}`, text, tags: [] });
const ok = (v: number): CommandAck => ({ ok: true, v });

let open: Connection[] = [];
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});

/** A connection on a fake socket pair and a fake network; the test plays the server. */
function connect(credential: Credential = HOST, options: { online?: boolean; device?: DeviceOptions } = {}) {
  const pairs: FakeSocketPair[] = [];
  const network = new FakeNetwork(options.online ?? true);
  const refused: string[] = [];
  const connection = new Connection(
    credential,
    { onDeviceTokenRefused: () => refused.push('device token') },
    options.device ?? null,
    { open: FakeSocketPair.opener(pairs), network },
  );
  open.push(connection);
  const socket = pairs[0];
  if (socket === undefined) throw new Error('no socket was opened');
  return { connection, socket, network, refused };
}

/** The one message of a kind the client emitted; anything else fails the test. */
function one(sent: Sent[]): Sent & { payload: Command & { text?: string } } {
  const [first, ...more] = sent;
  if (first === undefined || more.length > 0) throw new Error(`expected one message, got ${sent.length}`);
  return first as Sent & { payload: Command };
}

/** Lets the promise callbacks queued so far run. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('Connection over a fake socket pair', () => {
  it('sends commands one at a time, in order, each after the previous ack', async () => {
    const { connection, socket } = connect();
    const acks = ['een', 'twee', 'drie'].map((t) => connection.send(card(t)));
    // Not connected: nothing goes, everything waits in the outbox.
    expect(socket.take('command')).toEqual([]);
    expect(useStore.getState().connection.pending).toHaveLength(3);
    socket.accept();
    socket.deliver('welcome', welcome());
    for (const [i, text] of ['een', 'twee', 'drie'].entries()) {
      const sent = one(socket.take('command'));
      expect(sent.payload.text).toBe(text);
      sent.answer(ok(i + 1));
    }
    expect(await Promise.all(acks)).toEqual([ok(1), ok(2), ok(3)]);
    expect(useStore.getState().connection.pending).toEqual([]);
  });

  it('a command in flight when the socket drops goes again with the same id, and resolves once', async () => {
    const { connection, socket } = connect();
    socket.accept();
    const ack = connection.send(card('bankje'));
    const first = one(socket.take('command'));
    socket.drop();
    expect(useStore.getState().connection.status).toBe('reconnecting');
    socket.accept();
    const again = one(socket.take('command'));
    expect(again.payload.id).toBe(first.payload.id);
    again.answer(ok(7));
    // The lost first attempt's late answer changes nothing.
    first.answer(ok(7));
    expect(await ack).toEqual(ok(7));
    expect(socket.take('command')).toEqual([]);
    expect(useStore.getState().connection.outbox).toEqual([]);
  });

  it('offline: no socket opens; the browser coming online connects and sends what waited', () => {
    const { connection, socket, network } = connect(HOST, { online: false });
    expect(socket.active).toBe(false);
    expect(useStore.getState().connection.status).toBe('offline');
    void connection.send(card('offline'));
    network.set(true);
    expect(socket.connects).toBe(1);
    expect(useStore.getState().connection.status).toBe('reconnecting');
    socket.accept();
    expect(socket.take('command')).toHaveLength(1);
    // Going offline closes the socket at once, not after the ping times out.
    network.set(false);
    expect(socket.active).toBe(false);
    expect(useStore.getState().connection.status).toBe('offline');
  });

  it('welcome, snapshot and batches become the store in version order; old batches are ignored', () => {
    const { socket } = connect();
    socket.accept();
    socket.deliver('welcome', welcome());
    expect(useStore.getState().session).toMatchObject({ sessionId: 's1', actor: { role: 'host' } });
    socket.deliver('batch', { v: 1, events: [] }); // before any snapshot: nothing to apply to
    expect(useStore.getState().session.state).toBeNull();
    socket.deliver('snapshot', state(3));
    socket.deliver('batch', { v: 4, events: [{ type: 'broadcast.set', text: 'koffie!', at: 5 }] });
    socket.deliver('batch', { v: 4, events: [{ type: 'broadcast.set', text: 'dubbel', at: 6 }] });
    socket.deliver('batch', { v: 2, events: [] });
    expect(useStore.getState().session.state).toMatchObject({ version: 4, broadcast: { text: 'koffie!' } });
    // A reconnect tells the server the version held now.
    socket.drop();
    expect(socket.accept().lastVersion).toBe(4);
  });

  it('a refused device token joins again with the join code alone; a wrong link is final', () => {
    const phone = connect({ kind: 'participant', joinCode: 'ABC234', deviceToken: 'old-token-000000000000' });
    phone.socket.refuse('UNAUTHORIZED');
    expect(phone.refused).toEqual(['device token']);
    expect(phone.socket.connects).toBe(1);
    expect(phone.socket.handshake().credential).toEqual({ kind: 'participant', joinCode: 'ABC234' });

    const host = connect();
    host.socket.refuse('UNAUTHORIZED', 'this code or link is not valid');
    expect(useStore.getState().connection).toMatchObject({ status: 'refused', error: { code: 'UNAUTHORIZED' } });
    expect(host.socket.connects).toBe(0);
  });

  it('takes the clock offset from the ping with the shortest round trip', async () => {
    const { socket } = connect();
    socket.accept();
    for (let i = 0; i < 5; i++) {
      await settled();
      const [ping] = socket.take('ping');
      ping?.answer({ clientNow: ping.payload, serverNow: Date.now() + 60_000 });
    }
    await settled();
    expect(useStore.getState().connection.clockOffset).toBeGreaterThan(59_000);
    expect(useStore.getState().connection.clockOffset).toBeLessThan(61_000);
  });

  it('close answers waiting commands, disconnects and stops listening to the browser', async () => {
    const { connection, socket, network } = connect();
    socket.accept();
    const ack = connection.send(card('laat'));
    connection.close();
    expect(await ack).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(socket.active).toBe(false);
    expect(network.listening()).toBe(0);
    expect(await connection.send(card('te laat'))).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('a device keeps its outbox: every change is saved, the view before the outbox', async () => {
    const saved: string[] = [];
    const store: DeviceStore = {
      load: async () => ({ outbox: [], view: null }),
      saveOutbox: async (outbox: Outbox) => {
        saved.push(`outbox:${outbox.length}`);
      },
      saveView: async (view: CachedView) => {
        saved.push(`view:${view.state.version}`);
      },
    };
    const { connection, socket } = connect(HOST, {
      device: {
        store,
        outbox: [],
        view: { sessionId: 's1', actor: { role: 'host', tableId: 'wijkhub' }, state: state(2) },
      },
    });
    const ack = connection.send(card('bewaard'));
    await settled();
    expect(saved).toEqual(['view:2', 'outbox:1']);
    socket.accept();
    const [sent] = socket.take('command');
    socket.deliver('batch', { v: 3, events: [] });
    sent?.answer(ok(3));
    await ack;
    await settled();
    expect(saved.slice(-2)).toEqual(['view:3', 'outbox:0']);
    expect(useStore.getState().connection.outboxSaved).toBe(true);
  });
});
