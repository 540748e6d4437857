import { useEffect, useRef, useState } from 'react';

/**
 * A form's own copy of part of the session. It follows the server while the person has not
 * changed anything; once they edit, their draft stays until they save or undo, even when a
 * co-facilitator changes the same part (the server then decides; a CONFLICT is shown).
 */
export function useDraft<T>(source: T): { draft: T; set: (next: T) => void; dirty: boolean; reset: () => void } {
  const [draft, setDraft] = useState(source);
  const [dirty, setDirty] = useState(false);
  const latest = useRef(source);
  latest.current = source;
  useEffect(() => {
    if (!dirty) setDraft(source);
  }, [source, dirty]);
  return {
    draft,
    set: (next) => {
      setDraft(next);
      setDirty(true);
    },
    dirty,
    reset: () => {
      setDraft(latest.current);
      setDirty(false);
    },
  };
}
