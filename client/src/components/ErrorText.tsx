import type { CommandError } from '../../../shared/protocol/errors';
import { useT } from '../i18n';

/** A command's error in plain words, announced to screen readers; nothing when there is none. */
export function ErrorText({ error, id }: { error: CommandError | null; id?: string }) {
  const t = useT();
  return (
    <p id={id} className="error" role="alert">
      {error === null ? null : t(`error.${error.code}`)}
    </p>
  );
}
