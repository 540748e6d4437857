import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { SessionState } from '../../../shared/model/session';
import type { Actor } from '../../../shared/rules/actor';
import type { Outbox, OutboxEntry } from './outbox';

/** The last view this device held, so the page opens (and captures) after a reload without a connection. */
export type CachedView = { sessionId: string; actor: Actor; state: SessionState };

/**
 * What a device keeps between page loads for one credential: its outbox (unsent commands) and
 * the last view it had. Injected into the connection, so the outbox logic stays testable in node.
 */
export interface DeviceStore {
  load(): Promise<{ outbox: OutboxEntry[]; view: CachedView | null }>;
  saveOutbox(outbox: Outbox): Promise<void>;
  saveView(view: CachedView): Promise<void>;
}

let database: UseStore | null = null;
function db(): UseStore {
  database ??= createStore('tafelronde', 'device');
  return database;
}

/**
 * IndexedDB, through idb-keyval: one small, well-kept wrapper instead of our own transaction
 * code. Each save is its own readwrite transaction; IndexedDB runs those in the order they were
 * made, so a later save can never be overwritten by an earlier one.
 */
export function indexedDbStore(key: string): DeviceStore {
  return {
    async load() {
      try {
        const [outbox, view] = await Promise.all([
          get<OutboxEntry[]>(`outbox:${key}`, db()),
          get<CachedView>(`view:${key}`, db()),
        ]);
        return { outbox: Array.isArray(outbox) ? outbox : [], view: view ?? null };
      } catch {
        // IndexedDB blocked (some private modes): the page works, but only while it stays open.
        return { outbox: [], view: null };
      }
    },
    saveOutbox: (outbox) => set(`outbox:${key}`, outbox, db()),
    saveView: (view) => set(`view:${key}`, view, db()),
  };
}
