import { useCallback, useEffect, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import type { FollowupPreview, MailOverview } from '../../../../../shared/protocol/mail';
import { useT } from '../../../i18n';
import { ApiFailure, fetchFollowupPreview, fetchMail, retryMail, sendFollowup } from '../../../net/api';

/**
 * E-mail to the registered people (docs/registrations.md, "E-mail"): whether the server sends any,
 * the outbox by status with the failed messages and a retry, and the follow-up: read what each
 * person would get, then send it (asks first). Loaded on opening and after every action; the
 * follow-up's preview follows the session's publish state.
 */
export function MailPanel({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const [overview, setOverview] = useState<MailOverview | null>(null);
  const [preview, setPreview] = useState<FollowupPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const published = (state.followupPublishedAt ?? null) !== null;

  const load = useCallback(async () => {
    try {
      const [mail, drafts] = await Promise.all([fetchMail(state.id, token), fetchFollowupPreview(state.id, token)]);
      setOverview(mail);
      setPreview(drafts);
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error.code : 'NETWORK');
    }
  }, [state.id, token]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the follow-up is (un)published
  useEffect(() => {
    void load();
  }, [load, published]);

  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      setNote(await work());
    } catch (error) {
      setNote(t('mail.failed', { code: error instanceof ApiFailure ? error.code : 'NETWORK' }));
    } finally {
      setBusy(false);
      await load();
    }
  };

  if (overview === null || preview === null) {
    return (
      <section className="panel" aria-labelledby="mail-title">
        <h2 id="mail-title">{t('mail.title')}</h2>
        {failure === null ? (
          <p role="status">{t('mail.loading')}</p>
        ) : (
          <p role="alert">
            {t('mail.loadFailed')}{' '}
            <button type="button" onClick={() => void load()}>
              {t('mail.reload')}
            </button>
          </p>
        )}
      </section>
    );
  }

  const count = (status: string) => overview.outbox.filter((m) => m.status === status).length;
  const failed = overview.outbox.filter((m) => m.status === 'failed');
  const retrying = overview.outbox.filter((m) => m.status === 'queued' && m.lastError !== null);
  const shown = preview.drafts.find((d) => d.participantId === open) ?? null;
  return (
    <section className="panel" aria-labelledby="mail-title">
      <h2 id="mail-title">{t('mail.title')}</h2>
      <p>{overview.configured ? t('mail.on') : t('mail.off')}</p>
      {overview.outbox.length > 0 && (
        <p role="status">
          {t('mail.counts', { queued: count('queued'), sent: count('sent'), failed: count('failed') })}
        </p>
      )}
      {retrying.map((m) => (
        <p key={m.id} className="muted">
          {t('mail.retrying', { to: m.to, error: m.lastError ?? '' })}
        </p>
      ))}
      {failed.length > 0 && (
        <>
          <h3>{t('mail.failedTitle')}</h3>
          <ul className="mail-failed">
            {failed.map((m) => {
              const kind = t(`mail.kind.${m.kind}`);
              return (
                <li key={m.id}>
                  {t('mail.failedLine', { kind, to: m.to, error: m.lastError ?? '' })}{' '}
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={t('mail.retryOf', { kind, to: m.to })}
                    onClick={() => void act(() => retryMail(state.id, m.id, token).then(() => null))}
                  >
                    {t('mail.retry')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>{t('mail.followupTitle')}</h3>
      {preview.drafts.length === 0 ? (
        <p className="muted">{t('mail.followupNone')}</p>
      ) : (
        <>
          {!published && <p>{t('mail.followupUnpublished')}</p>}
          <p>{t('mail.followupCount', { count: preview.drafts.length })}</p>
          <ul className="mail-drafts">
            {preview.drafts.map((d) => (
              <li key={d.participantId}>
                <button
                  type="button"
                  aria-expanded={open === d.participantId}
                  onClick={() => setOpen(open === d.participantId ? null : d.participantId)}
                >
                  {d.to} ({d.language.toUpperCase()})
                </button>
              </li>
            ))}
          </ul>
          {shown !== null && (
            <article className="mail-message" aria-label={shown.subject}>
              <p>
                <strong>{t('mail.followupTo')}:</strong> {shown.to}
              </p>
              <p>
                <strong>{shown.subject}</strong>
              </p>
              <pre lang={shown.language}>{shown.text}</pre>
            </article>
          )}
          {asking ? (
            <div role="group" aria-label={t('mail.sendAsk', { count: preview.drafts.length })} className="buttons">
              <p>{t('mail.sendAsk', { count: preview.drafts.length })}</p>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() =>
                  void act(async () => {
                    setAsking(false);
                    const { queued } = await sendFollowup(state.id, token);
                    return t('mail.sent', { count: queued });
                  })
                }
              >
                {t('mail.sendConfirm')}
              </button>
              {/* biome-ignore lint/a11y/noAutofocus: the question just appeared; the safe answer gets the focus */}
              <button type="button" autoFocus onClick={() => setAsking(false)}>
                {t('mail.sendCancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={busy || !published || !overview.configured}
              onClick={() => setAsking(true)}
            >
              {t('mail.send')}
            </button>
          )}
        </>
      )}
      <p role="status">{note}</p>
    </section>
  );
}
