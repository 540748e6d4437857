import { create } from 'zustand';

/**
 * What the facilitator typed in a Voorbereiden section and has not saved yet, by
 * `<sessionId>/<section>`. A store of its own, not the form's state, so a tab switch (which
 * unmounts the form) does not throw it away; not in the app's store, so phones do not download
 * it. `base` is the server's version the edit started from: when the server's version moves
 * away from it, someone else saved the same part meanwhile.
 */
export type Draft = { draft: unknown; base: unknown };

type DraftsStore = {
  drafts: Record<string, Draft>;
  setDraft: (key: string, entry: Draft) => void;
  clearDraft: (key: string) => void;
};

export const useDrafts = create<DraftsStore>()((set) => ({
  drafts: {},
  setDraft: (key, entry) => set((s) => ({ drafts: { ...s.drafts, [key]: entry } })),
  clearDraft: (key) =>
    set((s) => {
      if (!(key in s.drafts)) return s;
      const { [key]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
}));

/** Does this session have an edit that is not saved? */
export function hasDrafts(drafts: Record<string, Draft>, sessionId: string): boolean {
  return Object.keys(drafts).some((key) => key.startsWith(`${sessionId}/`));
}
