import type { StateCreator } from 'zustand';
import type { SessionState } from '../../../shared/model/session';
import type { Actor } from '../../../shared/rules/actor';
import type { Store } from './index';

export type SessionSlice = {
  session: {
    /** The view of the session this role may see; null until the first snapshot. */
    state: SessionState | null;
    actor: Actor | null;
    sessionId: string | null;
  };
  /** Written only by the network layer (net/connection.ts). */
  setSession: (patch: Partial<SessionSlice['session']>) => void;
};

export const createSessionSlice: StateCreator<Store, [], [], SessionSlice> = (set) => ({
  session: { state: null, actor: null, sessionId: null },
  setSession: (patch) => set((s) => ({ session: { ...s.session, ...patch } })),
});
