import type { CommandError } from '../../../../../shared/protocol/errors';
import { useT } from '../../../i18n';

/** Save / undo for one section, and its error when no single field is to blame. */
export function SaveBar({
  dirty,
  changedElsewhere,
  busy,
  error,
  fieldPaths,
  onReset,
  saved,
}: {
  dirty: boolean;
  /** The server's version of this part changed after the edit began: someone else saved it. */
  changedElsewhere: boolean;
  busy: boolean;
  error: CommandError | null;
  /** Errors on one of these paths are shown at the field, not here. */
  fieldPaths: (path: string) => boolean;
  onReset: () => void;
  saved: boolean;
}) {
  const t = useT();
  const general = error !== null && (error.path === undefined || !fieldPaths(error.path)) ? error : null;
  return (
    <div className="save-bar">
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy || !dirty}>
          {t('prep.save')}
        </button>
        <button type="button" disabled={busy || !dirty} onClick={onReset}>
          {t('prep.undo')}
        </button>
        <span role="status" className="muted">
          {dirty ? t('prep.unsaved') : saved ? t('prep.saved') : ''}
        </span>
      </div>
      {changedElsewhere && (
        <p className="problem" role="alert">
          {t('prep.changedElsewhere')}
        </p>
      )}
      <p className="error" role="alert">
        {general === null ? null : (
          <>
            {t(`error.${general.code}`)} ({general.message}
            {general.path !== undefined ? ` — ${general.path}` : ''})
          </>
        )}
      </p>
      {error !== null && general === null && (
        <p className="visually-hidden" role="alert">
          {t('prep.fieldError')}
        </p>
      )}
    </div>
  );
}
