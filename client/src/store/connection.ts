import type { StateCreator } from 'zustand';
import type { CommandError } from '../../../shared/protocol/errors';
import type { Outbox } from '../net/outbox';
import type { Store } from './index';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused';

export type ConnectionSlice = {
  connection: {
    status: ConnectionStatus;
    /** Why the server refused us (UNAUTHORIZED, PROTOCOL_MISMATCH, RATE_LIMITED); null otherwise. */
    error: CommandError | null;
    /** serverNow − clientNow in ms, from the ping with the smallest round trip. */
    clockOffset: number;
    /** Ids of commands sent but not yet acknowledged. */
    pending: readonly string[];
    /** False while the server cannot store commands (disk trouble). */
    writable: boolean;
    /** Commands made on this device and not acknowledged yet, in order, with refused ones kept (net/outbox.ts). */
    outbox: Outbox;
    /** True when the outbox as shown is also saved on the device (survives a reload). */
    outboxSaved: boolean;
  };
  setConnection: (patch: Partial<ConnectionSlice['connection']>) => void;
};

export const createConnectionSlice: StateCreator<Store, [], [], ConnectionSlice> = (set) => ({
  connection: {
    status: 'connecting',
    error: null,
    clockOffset: 0,
    pending: [],
    writable: true,
    outbox: [],
    outboxSaved: true,
  },
  setConnection: (patch) => set((s) => ({ connection: { ...s.connection, ...patch } })),
});
