import type { StateCreator } from 'zustand';
import type { Store } from './index';

/**
 * What the facilitator typed in a Voorbereiden section and has not saved yet, by
 * `<sessionId>/<section>`. Kept in the store, not in the form, so a tab switch (which unmounts
 * the form) does not throw it away. `base` is the server's version the edit started from: when
 * the server's version moves away from it, someone else saved the same part meanwhile.
 */
export type Draft = { draft: unknown; base: unknown };

export type DraftsSlice = {
  drafts: Record<string, Draft>;
  setDraft: (key: string, entry: Draft) => void;
  clearDraft: (key: string) => void;
};

export const createDraftsSlice: StateCreator<Store, [], [], DraftsSlice> = (set) => ({
  drafts: {},
  setDraft: (key, entry) => set((s) => ({ drafts: { ...s.drafts, [key]: entry } })),
  clearDraft: (key) =>
    set((s) => {
      if (!(key in s.drafts)) return s;
      const { [key]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
});

/** Does this session have an edit that is not saved? */
export function hasDrafts(drafts: Record<string, Draft>, sessionId: string): boolean {
  return Object.keys(drafts).some((key) => key.startsWith(`${sessionId}/`));
}
