import type { CommandError } from '../../../../shared/protocol/errors';
import { useT } from '../../i18n';

/**
 * A refused command in plain words, with the server's own explanation after it (it names what is
 * wrong, e.g. "time as HH:MM"). Announced to screen readers; nothing when there is no error.
 */
export function ErrorLine({ error, id }: { error: CommandError | null; id?: string }) {
  const t = useT();
  return (
    <p id={id} className="error" role="alert">
      {error === null ? null : (
        <>
          {t(`error.${error.code}`)} <span className="error-detail">({error.message})</span>
        </>
      )}
    </p>
  );
}
