import { useEffect, useMemo } from 'react';
import { useDrafts } from './drafts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form's own copy of part of the session, kept in the store under `key` (session and section)
 * so it outlives a tab switch. It follows the server while the person has not changed anything;
 * once they edit, their draft stays until they save or undo.
 *
 * When a co-facilitator saves the same part meanwhile, the draft is NOT replaced and NOT merged:
 * `changedElsewhere` turns true so the form can say so, and the person chooses — save theirs
 * (it replaces the other's, as every setup command replaces its whole part) or undo to see the
 * new version. Editing back to exactly the server's version is no longer a draft.
 */
export function useDraft<T>(
  key: string,
  source: T,
): { draft: T; set: (next: T) => void; dirty: boolean; changedElsewhere: boolean; reset: () => void } {
  const entry = useDrafts((s) => s.drafts[key]);
  const setDraft = useDrafts((s) => s.setDraft);
  const clearDraft = useDrafts((s) => s.clearDraft);
  const sourceJson = useMemo(() => JSON.stringify(source), [source]);
  const matchesServer = entry !== undefined && JSON.stringify(entry.draft) === sourceJson;
  // The other person saved exactly what this draft holds: nothing is left to save.
  useEffect(() => {
    if (matchesServer) clearDraft(key);
  }, [matchesServer, clearDraft, key]);
  const dirty = entry !== undefined && !matchesServer;
  return {
    draft: dirty ? (entry.draft as T) : source,
    set: (next) => {
      if (same(next, source)) clearDraft(key);
      else setDraft(key, { draft: next, base: entry?.base ?? source });
    },
    dirty,
    changedElsewhere: dirty && JSON.stringify(entry.base) !== sourceJson,
    reset: () => clearDraft(key),
  };
}
