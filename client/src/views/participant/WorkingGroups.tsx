import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import type { SessionState, Signup, WorkingGroup } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

/** Sign up for one or more working groups, with a way to be reached and explicit consent. */
export function WorkingGroups({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="groups-title">
      <h2 id="groups-title">{t('part.groups.title')}</h2>
      <p className="hint">{t('part.groups.hint')}</p>
      {state.workingGroups.map((group) => {
        const signup = Object.values(state.signups).find((s) => s.groupId === group.id && s.participantId === me);
        return <GroupSignup key={group.id} group={group} signup={signup ?? null} open={state.status !== 'ended'} />;
      })}
    </section>
  );
}

const contactText = (s: Signup) => [s.contact?.email, s.contact?.phone].filter((x) => x != null && x !== '').join(' · ');

function GroupSignup({ group, signup, open }: { group: WorkingGroup; signup: Signup | null; open: boolean }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<'needContact' | 'needConsent' | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const mail = email.trim();
    const tel = phone.trim();
    // A sign-up nobody can reach is no use to the group; contact details only with consent (the server checks that too).
    if (mail === '' && tel === '') return setProblem('needContact');
    if (!consent) return setProblem('needConsent');
    setProblem(null);
    await run({
      type: 'signup.add',
      signupId: nanoid(),
      groupId: group.id,
      contact: { email: mail === '' ? null : mail, phone: tel === '' ? null : tel },
      consent,
    });
  };
  const fieldError = problem !== null ? t(`part.groups.${problem}`) : error === null ? null : signupError(t, error);
  return (
    <article className="item group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{group.title}</h3>
      {group.description !== '' && <p>{group.description}</p>}
      {signup !== null ? (
        <>
          <p className="ok">
            {t('part.groups.signedUp')} {signup.contact !== null && <span className="muted">({contactText(signup)})</span>}
          </p>
          {open && (
            <button
              type="button"
              aria-label={`${t('part.groups.withdraw')}: ${group.title}`}
              disabled={busy}
              onClick={() => void run({ type: 'signup.withdraw', signupId: signup.id })}
            >
              {t('part.groups.withdraw')}
            </button>
          )}
        </>
      ) : open ? (
        <form onSubmit={submit} noValidate aria-describedby={`${id}-contact-hint`}>
          <p id={`${id}-contact-hint`} className="hint">
            {t('part.groups.contactHint')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('part.groups.email')}</label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              maxLength={120}
              value={email}
              aria-invalid={error?.path === 'contact.email'}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-phone`}>{t('part.groups.phone')}</label>
            <input
              id={`${id}-phone`}
              type="tel"
              autoComplete="tel"
              maxLength={20}
              value={phone}
              aria-invalid={error?.path === 'contact.phone'}
              onChange={(e) => setPhone(e.target.value)}
            />
          </div>
          <label className="check">
            <input type="checkbox" checked={consent} aria-invalid={problem === 'needConsent'} onChange={(e) => setConsent(e.target.checked)} />
            <span>{t('part.groups.consent')}</span>
          </label>
          <button type="submit" className="primary" aria-label={`${t('part.groups.signup')}: ${group.title}`} disabled={busy}>
            {t('part.groups.signup')}
          </button>
        </form>
      ) : null}
      <p className="error" role="alert">
        {fieldError}
      </p>
    </article>
  );
}

function signupError(t: ReturnType<typeof useT>, error: CommandError): string {
  if (error.code === 'VALIDATION' && error.path === 'contact.email') return t('part.groups.badEmail');
  if (error.code === 'VALIDATION' && error.path === 'contact.phone') return t('part.groups.badPhone');
  if (error.code === 'VALIDATION' && error.path === 'consent') return t('part.groups.needConsent');
  return t(`error.${error.code}`);
}
