import { useT } from '../i18n';
import { useStore } from '../store';

/** A calm line while the connection is away; it comes back by itself, so there is no button. */
export function ConnectionBanner() {
  const t = useT();
  const status = useStore((s) => s.connection.status);
  const writable = useStore((s) => s.connection.writable);
  const pending = useStore((s) => s.connection.pending.length);
  const rateLimited = useStore((s) => s.connection.error?.code === 'RATE_LIMITED');
  const message =
    status === 'reconnecting'
      ? t('conn.reconnecting')
      : status === 'offline'
        ? t('conn.offline')
        : rateLimited
          ? t('conn.refused.rateLimited')
          : null;
  return (
    <div role="status" aria-live="polite" className="conn-banner-region">
      {message !== null && (
        <p className="conn-banner">
          {message}
          {pending > 0 && <span className="muted"> · {t('conn.pending', { count: pending })}</span>}
        </p>
      )}
      {!writable && <p className="conn-banner conn-banner-warn">{t('conn.serverNotWritable')}</p>}
    </div>
  );
}
