import { create } from 'zustand';
import { createConnectionSlice, type ConnectionSlice } from './connection';
import { createPresenceSlice, type PresenceSlice } from './presence';
import { createSessionSlice, type SessionSlice } from './session';
import { createUiSlice, type UiSlice } from './ui';

export type { ConnectionStatus } from './connection';

/**
 * One store for the whole client, built from slices. Server state (connection, session) is
 * written only by the network layer; views read it and send commands through `net`.
 */
export type Store = ConnectionSlice & SessionSlice & UiSlice & PresenceSlice;

export const useStore = create<Store>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createSessionSlice(...a),
  ...createUiSlice(...a),
  ...createPresenceSlice(...a),
}));
