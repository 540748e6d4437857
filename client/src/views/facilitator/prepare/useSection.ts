import { useState, type FormEvent } from 'react';
import type { CommandDraft } from '../../../net/connection';
import { useCommand } from '../../../net/useCommand';
import { useDraft } from './useDraft';

/**
 * One editable part of the setup: its draft (kept per session and `section` across tab switches),
 * and a submit that sends the command that replaces it.
 */
export function useSection<T>(sessionId: string, section: string, source: T, toCommand: (draft: T) => CommandDraft) {
  const d = useDraft(`${sessionId}/${section}`, source);
  const { run, busy, error, clearError } = useCommand();
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const ack = await run(toCommand(d.draft));
    if (ack.ok) {
      d.reset();
      setSaved(true);
    }
  };
  const set = (next: T) => {
    setSaved(false);
    d.set(next);
  };
  const reset = () => {
    clearError();
    d.reset();
  };
  // While our own save is on its way, the server's new version is ours, not someone else's.
  const changedElsewhere = d.changedElsewhere && !busy;
  return { draft: d.draft, set, dirty: d.dirty, changedElsewhere, reset, submit, busy, error, saved };
}
