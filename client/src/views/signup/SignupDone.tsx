import { useEffect, useId, useRef, useState } from 'react';
import type { SignupResponse } from '../../../../shared/protocol/api';
import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n';
import { cancelSignup } from '../../net/api';
import { linkAt, usePublicAddress } from '../../net/publicAddress';

/** The code as it is read aloud and written down: three groups of four. */
const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * After signing up: registered or waiting, the personal code and link (with its QR code, for the
 * phone on the day), the calendar file, and a way to cancel. The focus moves to the heading.
 */
export function SignupDone({ result }: { result: SignupResponse }) {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const address = usePublicAddress();
  const [cancel, setCancel] = useState<'no' | 'asking' | 'busy' | 'done' | 'failed'>('no');
  useEffect(() => heading.current?.focus(), []);
  const waiting = result.status === 'waiting';
  const link = address === null ? null : linkAt(address, result.personalLink);

  if (cancel === 'done') {
    return (
      <section className="panel" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('signupPage.cancel')}</h2>
        <p role="status" className="ok">
          {t('signupPage.cancelled')}
        </p>
      </section>
    );
  }
  const doCancel = () => {
    setCancel('busy');
    cancelSignup(result.code).then(
      () => setCancel('done'),
      () => setCancel('failed'),
    );
  };
  return (
    <section className="panel signup-done" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(waiting ? 'signupPage.done.waiting' : 'signupPage.done.registered')}
      </h2>
      <p role="status">{t(waiting ? 'signupPage.done.waitingText' : 'signupPage.done.registeredText')}</p>
      <p>
        {t('signupPage.done.code')}: <strong className="code">{grouped(result.code)}</strong>
      </p>
      <p>
        {t('signupPage.done.link')}:{' '}
        {link === null ? null : (
          <a href={result.personalLink} className="signup-link">
            {link}
          </a>
        )}
      </p>
      <p className="hint">{t('signupPage.done.linkHint')}</p>
      {link !== null && <QrCode value={link} alt={t('signupPage.done.qr')} size={180} />}
      {(result.calendar !== null || result.programmeCalendar !== null) && (
        <ul className="signup-calendar">
          {result.calendar !== null && (
            <li>
              <a href={result.calendar} download>
                {t('signupPage.done.calendar')}
              </a>
            </li>
          )}
          {result.programmeCalendar !== null && (
            <li>
              <a href={result.programmeCalendar} download>
                {t('signupPage.done.programmeCalendar')}
              </a>
            </li>
          )}
        </ul>
      )}
      {cancel === 'no' ? (
        <button type="button" onClick={() => setCancel('asking')}>
          {t('signupPage.cancel')}
        </button>
      ) : (
        <div role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>{t('signupPage.cancelAsk')}</p>
          <button type="button" className="danger" disabled={cancel === 'busy'} onClick={doCancel}>
            {t('signupPage.cancelYes')}
          </button>{' '}
          <button type="button" onClick={() => setCancel('no')}>
            {t('signupPage.cancelNo')}
          </button>
          {cancel === 'failed' && (
            <p className="error" role="alert">
              {t('signupPage.cancelFailed')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
