import { useCallback, useEffect, useId, useState } from 'react';
import type { SignupInfo, SignupResponse } from '../../../../shared/protocol/api';
import { dayText, VENUE_TIME_ZONE } from '../../../../shared/rules/schedule';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useT } from '../../i18n';
import { ApiFailure, fetchSignup } from '../../net/api';
import { useStore } from '../../store';
import { SignupDone } from './SignupDone';
import { SignupForm } from './SignupForm';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed' } | { kind: 'ready'; info: SignupInfo };

const locale = (language: string) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** "vrijdag 15 januari 2027 om 18:30 – 22:00", in the venue's time zone wherever the reader is. */
export function whenText(info: SignupInfo, language: string): string | null {
  if (info.startsAt !== null && info.endsAt !== null) {
    return new Intl.DateTimeFormat(locale(language), {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: VENUE_TIME_ZONE,
    }).formatRange(info.startsAt, info.endsAt);
  }
  return info.date === null ? null : dayText(info.date, language === 'en' ? 'en' : 'nl');
}

export function instantText(at: number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: VENUE_TIME_ZONE,
  }).format(at);
}

/**
 * `/signup/<CODE>`: the public sign-up page of a session, without an account. What it is, when and
 * where, how many places are left, the form; after it, the person's personal link and calendar.
 */
export default function SignupView({ joinCode }: { joinCode: string }) {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.ui.language);
  const suggestLanguage = useStore((s) => s.suggestLanguage);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [done, setDone] = useState<SignupResponse | null>(null);

  const load = useCallback(() => {
    fetchSignup(joinCode).then(
      (info) => setLoaded({ kind: 'ready', info }),
      (e: unknown) => setLoaded({ kind: e instanceof ApiFailure && e.code === 'NOT_FOUND' ? 'missing' : 'failed' }),
    );
  }, [joinCode]);
  useEffect(load, [load]);
  const sessionLanguage = loaded.kind === 'ready' ? loaded.info.language : null;
  useEffect(() => {
    if (sessionLanguage !== null) suggestLanguage(sessionLanguage);
  }, [sessionLanguage, suggestLanguage]);

  if (loaded.kind !== 'ready') {
    return (
      <main id="main" className="page page-narrow signup">
        <div className="topbar topbar-end">
          <LanguageSwitch />
        </div>
        <h1>{t('app.name')}</h1>
        <p
          role={loaded.kind === 'loading' ? 'status' : 'alert'}
          className={loaded.kind === 'loading' ? 'loading' : 'error'}
        >
          {t(
            loaded.kind === 'loading'
              ? 'signupPage.loading'
              : loaded.kind === 'missing'
                ? 'signupPage.notFound'
                : 'signupPage.failed',
          )}
        </p>
      </main>
    );
  }
  const { info } = loaded;
  const when = whenText(info, language);
  return (
    <main id="main" className="page page-narrow signup">
      <div className="topbar topbar-end">
        <LanguageSwitch />
      </div>
      <section className="panel" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>{info.title}</h1>
        {info.programmeTitle !== null && (
          <p className="muted">{t('signupPage.programme', { title: info.programmeTitle })}</p>
        )}
        <dl className="signup-facts">
          {when !== null && (
            <>
              <dt>{t('signupPage.when')}</dt>
              <dd>{when}</dd>
            </>
          )}
          {info.venue !== '' && (
            <>
              <dt>{t('signupPage.where')}</dt>
              <dd>{info.venue}</dd>
            </>
          )}
        </dl>
        {done === null && info.open && (
          <>
            {info.placesLeft !== null && (
              <p className={info.placesLeft === 0 ? 'signup-full' : undefined}>
                {info.placesLeft === 0 ? t('signupPage.full') : t('signupPage.places', { count: info.placesLeft })}
              </p>
            )}
            <p>
              {info.closesAt === null
                ? t('signupPage.closesAtStart')
                : t('signupPage.closesAt', { when: instantText(info.closesAt, language) })}
            </p>
          </>
        )}
      </section>
      {done !== null ? (
        <SignupDone result={done} />
      ) : info.open ? (
        <SignupForm
          info={info}
          onDone={setDone}
          onClosed={() => {
            load();
          }}
        />
      ) : (
        <section className="panel" aria-labelledby={`${id}-closed`}>
          <h2 id={`${id}-closed`}>{t('signupPage.closed')}</h2>
          <p>{t('signupPage.closedText')}</p>
        </section>
      )}
    </main>
  );
}
