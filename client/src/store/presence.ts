import type { StateCreator } from 'zustand';
import type { Presence } from '../../../shared/protocol/socket';
import type { Store } from './index';

export type PresenceSlice = {
  /** Host tablets online/offline, sent to facilitators only; null until the server told us. */
  presence: Presence | null;
  /** Written only by the network layer, on the server's `presence` message. */
  setPresence: (presence: Presence) => void;
};

export const createPresenceSlice: StateCreator<Store, [], [], PresenceSlice> = (set) => ({
  presence: null,
  setPresence: (presence) => set({ presence }),
});
