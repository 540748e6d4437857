import { useRef } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

/** One tap at the door: the facilitators count who is in the room. */
export function CheckIn({ checkedIn }: { checkedIn: boolean }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const done = useRef<HTMLParagraphElement>(null);
  const checkin = async () => {
    const ack = await run({ type: 'checkin' });
    // The button goes away: keep the keyboard and screen reader on the answer, not at the page top.
    if (ack.ok) requestAnimationFrame(() => done.current?.focus());
  };
  return (
    <section className="panel" aria-labelledby="checkin-title">
      <h2 id="checkin-title">{t('participant.checkin.title')}</h2>
      <p ref={done} role="status" tabIndex={-1} className={checkedIn ? 'ok' : undefined}>
        {checkedIn ? t('participant.checkin.done') : t('participant.checkin.text')}
      </p>
      {!checkedIn && (
        <button type="button" className="primary big" disabled={busy} onClick={() => void checkin()}>
          {t('participant.checkin.button')}
        </button>
      )}
      <ErrorText error={error} />
    </section>
  );
}
