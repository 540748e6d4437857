import { useId, type ReactNode } from 'react';
import type { CommandError } from '../../../../../shared/protocol/errors';
import { useT } from '../../../i18n';

/**
 * The server's VALIDATION and CONFLICT answers carry the path of the field they are about
 * ("tables.1.keyQuestion"); each field shows the error whose path is its own, right below it.
 */
export function errorAt(error: CommandError | null, path: string): CommandError | null {
  return error?.path === path ? error : null;
}

export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error: CommandError | null;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint !== undefined ? hintId : null, error !== null ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error !== null, 'aria-describedby': describedBy })}
      {error !== null && (
        <p id={errorId} className="error field-error">
          {t(`error.${error.code}`)} ({error.message})
        </p>
      )}
    </div>
  );
}

/** Lines of a textarea ↔ a list (goals, prompts): empty lines dropped. */
export const toLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
