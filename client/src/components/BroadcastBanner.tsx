import { useEffect, useState } from 'react';
import type { Broadcast } from '../../../shared/model/session';
import { broadcastShows } from '../../../shared/rules/broadcast';
import { useT } from '../i18n';
import { msUntil } from '../net/clock';
import { useStore } from '../store';

/**
 * The broadcast while it still shows by the server's clock: a timed one disappears on every
 * device at the same moment, without a message from the server.
 */
export function useShownBroadcast(): Broadcast | null {
  const broadcast = useStore((s) => s.session.state?.broadcast ?? null);
  const offset = useStore((s) => s.connection.clockOffset);
  const [, rerender] = useState(0);
  const endsAt = broadcast?.endsAt ?? null;
  useEffect(() => {
    if (endsAt === null) return;
    const left = msUntil(endsAt, offset);
    if (left <= 0) return;
    // setTimeout caps at about 24.8 days; a broadcast lasts at most a few hours.
    const handle = setTimeout(() => rerender((n) => n + 1), left + 50);
    return () => clearTimeout(handle);
  }, [endsAt, offset]);
  return broadcastShows(broadcast, Date.now() + offset) ? broadcast : null;
}

/** The facilitators' message to everyone; announced politely when it appears. */
export function BroadcastBanner({ large = false }: { large?: boolean }) {
  const t = useT();
  const broadcast = useShownBroadcast();
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
