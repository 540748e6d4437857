import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { CommandDraft } from '../net/connection';
import { useCommand } from '../net/useCommand';
import { ErrorText } from './ErrorText';

/**
 * One text to send as a command — an idea card, a question for the info point — with what a
 * person needs around it: the send button off while empty or on its way, "sent" once the server
 * acknowledged it (and the box cleared only then, so nothing typed is lost to a failed send), and
 * the error in plain words. Extra fields (the subject of a question) come in as children.
 */
export function SendTextForm({
  label,
  hint,
  maxLength,
  rows = 3,
  sendLabel,
  sentText,
  command,
  ready = true,
  children,
}: {
  label: string;
  hint?: string;
  maxLength: number;
  rows?: number;
  sendLabel: string;
  sentText: string;
  /** The command for this text; called once per send, so its id is made once and a retry reuses it. */
  command: (text: string) => CommandDraft;
  /** False while another field still needs a value. */
  ready?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const { run, busy, error } = useCommand();
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (value === '' || !ready) return;
    setSent(false);
    const ack = await run(command(value));
    if (ack.ok) {
      setText('');
      setSent(true);
    }
  };
  return (
    <form onSubmit={submit}>
      {children}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint !== undefined && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        <textarea
          id={id}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={hint === undefined ? undefined : `${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSent(false);
          }}
        />
      </div>
      <button type="submit" className="primary" disabled={busy || !ready || text.trim() === ''}>
        {sendLabel}
      </button>
      <p role="status" className="ok">
        {sent ? sentText : null}
      </p>
      <ErrorText error={error} />
    </form>
  );
}
