import type { SessionState } from '../../../shared/model/session';
import type { Batch } from '../../../shared/protocol/events';
import type { Welcome } from '../../../shared/protocol/socket';
import { applyBatch } from '../../../shared/rules/apply';
import { useStore } from '../store';

/**
 * How server messages become the store's session: the connection is the only writer of server
 * state, and these are the only ways it writes it.
 */

/** The server accepted us: who we are in which session, and a first clock estimate. */
export function receiveWelcome(welcome: Welcome): void {
  const store = useStore.getState();
  if (store.session.sessionId !== null && store.session.sessionId !== welcome.sessionId) {
    store.setSession({ state: null });
  }
  store.setSession({ actor: welcome.actor, sessionId: welcome.sessionId });
  // A first estimate until the pings answer.
  if (store.connection.clockOffset === 0) store.setConnection({ clockOffset: welcome.serverNow - Date.now() });
}

export function receiveSnapshot(state: SessionState): void {
  useStore.getState().setSession({ state });
}

export function receiveBatch(batch: Batch): void {
  const store = useStore.getState();
  const state = store.session.state;
  // Before the first snapshot there is nothing to apply to; the snapshot will include this.
  if (state === null || batch.v <= state.version) return;
  // `v` means "you are now at version v" (shared/protocol/socket.ts): the server sends a
  // connection only the versions it sees something of, in order, and announces the latest one
  // shortly after; a skipped version had nothing for us. After a reconnect the handshake's
  // lastVersion brings us up to date, so there is no gap to repair while connected.
  store.setSession({ state: applyBatch(state, batch) });
}
