import { useState, type FormEvent } from 'react';
import type { CommandDraft } from '../../../net/connection';
import { useCommand } from '../../../net/useCommand';
import { useDraft } from './useDraft';

/** One editable part of the setup: its draft, and a submit that sends the command that replaces it. */
export function useSection<T>(source: T, toCommand: (draft: T) => CommandDraft) {
  const d = useDraft(source);
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
  return { draft: d.draft, set, dirty: d.dirty, reset, submit, busy, error, saved };
}
