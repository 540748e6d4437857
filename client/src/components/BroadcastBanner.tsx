import { useT } from '../i18n';
import { useStore } from '../store';

/** The facilitators' message to everyone; announced politely when it appears. */
export function BroadcastBanner({ large = false }: { large?: boolean }) {
  const t = useT();
  const broadcast = useStore((s) => s.session.state?.broadcast ?? null);
  return (
    <div role="status" aria-live="polite">
      {broadcast !== null && (
        <p className={large ? 'broadcast broadcast-large' : 'broadcast'}>
          <span className="visually-hidden">{t('broadcast.label')}: </span>
          {broadcast.text}
        </p>
      )}
    </div>
  );
}
