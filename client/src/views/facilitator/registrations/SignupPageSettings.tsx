import { type FormEvent, useId, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { CopyLink } from '../../../components/CopyLink';
import { ErrorText } from '../../../components/ErrorText';
import { QrCode } from '../../../components/QrCode';
import { useT } from '../../../i18n';
import { linkAt, usePublicAddress } from '../../../net/publicAddress';
import { useCommand } from '../../../net/useCommand';

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the browser's local date and time, for the date and time inputs. */
function localParts(at: number | null): { date: string; time: string } {
  if (at === null) return { date: '', time: '' };
  const d = new Date(at);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/**
 * The public sign-up page's settings: open or not, the places before the waiting list, when it
 * closes (the facilitator's local date and time, sent as an instant), the sandwich question, and
 * the page's link and QR code for the announcement.
 */
export function SignupPageSettings({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const address = usePublicAddress();
  const { run, busy, error } = useCommand();
  const page = state.signupPage ?? null;
  const [open, setOpen] = useState(page?.open ?? false);
  const [capacity, setCapacity] = useState(page?.capacity === null || page === null ? '' : String(page.capacity));
  const initial = localParts(page?.closesAt ?? null);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [sandwich, setSandwich] = useState(page?.askSandwich ?? false);
  const [badCapacity, setBadCapacity] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const places = capacity.trim() === '' ? null : Number(capacity);
    if (places !== null && (!Number.isInteger(places) || places < 1 || places > 5000)) {
      setBadCapacity(true);
      document.getElementById(`${id}-capacity`)?.focus();
      return;
    }
    // A date without a time closes at the end of that day.
    const closesAt = date === '' ? null : new Date(`${date}T${time === '' ? '23:59' : time}`).getTime();
    const ack = await run({ type: 'signupPage.set', open, capacity: places, closesAt, askSandwich: sandwich });
    setSaved(ack.ok);
  };
  const link = address === null ? null : linkAt(address, `/signup/${state.joinCode}`);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signup.settings.title')}</h2>
      <form
        onSubmit={(e) => void submit(e)}
        onChange={() => setSaved(false)}
        noValidate
        aria-describedby={`${id}-error`}
      >
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={open}
              aria-describedby={`${id}-open-hint`}
              onChange={(e) => setOpen(e.target.checked)}
            />
            {t('signup.settings.open')}
          </label>
          <p id={`${id}-open-hint`} className="hint">
            {t('signup.settings.openHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-capacity`}>{t('signup.settings.capacity')}</label>
          <input
            id={`${id}-capacity`}
            type="number"
            inputMode="numeric"
            min={1}
            max={5000}
            value={capacity}
            aria-invalid={badCapacity}
            aria-describedby={`${id}-capacity-hint ${id}-capacity-error`}
            onChange={(e) => {
              setCapacity(e.target.value);
              setBadCapacity(false);
            }}
          />
          <p id={`${id}-capacity-hint`} className="hint">
            {t('signup.settings.capacityHint')}
          </p>
          <p id={`${id}-capacity-error`} className="error" role="alert">
            {badCapacity ? t('signup.settings.badCapacity') : null}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('signup.settings.closesDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            aria-describedby={`${id}-closes-hint`}
            onChange={(e) => setDate(e.target.value)}
          />{' '}
          <label htmlFor={`${id}-time`}>{t('signup.settings.closesTime')}</label>{' '}
          <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          <p id={`${id}-closes-hint`} className="hint">
            {t('signup.settings.closesHint')}
          </p>
        </div>
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={sandwich} onChange={(e) => setSandwich(e.target.checked)} />
            {t('signup.settings.sandwich')}
          </label>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('signup.settings.save')}
        </button>{' '}
        <span role="status">{saved ? t('signup.settings.saved') : null}</span>
        <ErrorText error={error} id={`${id}-error`} />
      </form>
      {link !== null && (
        <div className="signup-public-link">
          <p>
            {t('signup.settings.link')}: <a href={link}>{link}</a>{' '}
            <CopyLink text={link} name={t('signup.settings.link')} />
          </p>
          <QrCode value={link} alt={t('signup.settings.qr')} size={160} />
        </div>
      )}
    </section>
  );
}
