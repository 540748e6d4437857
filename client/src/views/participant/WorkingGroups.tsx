import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import type { SessionState, Signup } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';

type Problem = 'needGroup' | 'needContact' | 'needConsent';

const contactText = (s: Signup) =>
  [s.contact?.email, s.contact?.phone].filter((x) => x != null && x !== '').join(' · ');

/**
 * Sign up for one or more working groups with one form: tick the groups, leave an email or a
 * phone number, agree. One form rather than one per group: three copies of the same fields made
 * the phone page very long. Signed-up groups are listed with a way to withdraw.
 */
export function WorkingGroups({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const mine = Object.values(state.signups).filter((s) => s.participantId === me);
  const can = useCan(state);
  // The groups the rules would take a sign-up for now (none after the evening, none twice).
  const left = state.workingGroups.filter(
    (g) => can({ type: 'signup.add', signupId: 'probe', groupId: g.id, consent: false }).ok,
  );
  // A call to join with no form to answer it (after the end) only confuses: say what still holds.
  if (left.length === 0 && mine.length === 0) return null;
  const open = left.length > 0;
  return (
    <section className="panel" aria-labelledby="groups-title">
      <h2 id="groups-title">{t(open ? 'participant.groups.title' : 'participant.groups.closedTitle')}</h2>
      <p className="hint">{t(open ? 'participant.groups.hint' : 'participant.groups.closedHint')}</p>
      {mine.length > 0 && <MySignups state={state} signups={mine} />}
      {left.length > 0 && <SignupForm state={state} groupIds={left.map((g) => g.id)} known={mine[0] ?? null} />}
    </section>
  );
}

function MySignups({ state, signups }: { state: SessionState; signups: Signup[] }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const can = useCan(state);
  const title = (groupId: string) => state.workingGroups.find((g) => g.id === groupId)?.title ?? '';
  return (
    <>
      <h3 id="groups-mine">{t('participant.groups.mine')}</h3>
      <ul className="list" aria-labelledby="groups-mine">
        {signups.map((s) => (
          <li key={s.id} className="item item-row">
            <span>
              <strong>{title(s.groupId)}</strong>
              {s.contact !== null && <span className="muted block small">{contactText(s)}</span>}
            </span>
            {can({ type: 'signup.withdraw', signupId: s.id }).ok && (
              <button
                type="button"
                aria-label={`${t('participant.groups.withdraw')}: ${title(s.groupId)}`}
                disabled={busy}
                onClick={() => void run({ type: 'signup.withdraw', signupId: s.id })}
              >
                {t('participant.groups.withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="error" role="alert">
        {error === null ? null : t(`error.${error.code}`)}
      </p>
    </>
  );
}

function SignupForm({ state, groupIds, known }: { state: SessionState; groupIds: string[]; known: Signup | null }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [chosen, setChosen] = useState<string[]>([]);
  // Someone who signed up before has left their contact once: offer it again.
  const [email, setEmail] = useState(known?.contact?.email ?? '');
  const [phone, setPhone] = useState(known?.contact?.phone ?? '');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const groups = state.workingGroups.filter((g) => groupIds.includes(g.id));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const mail = email.trim();
    const tel = phone.trim();
    const picked = chosen.filter((g) => groupIds.includes(g));
    // A sign-up nobody can reach is no use to the group; contact only with consent (the server checks that too).
    const missing: Problem | null =
      picked.length === 0 ? 'needGroup' : mail === '' && tel === '' ? 'needContact' : !consent ? 'needConsent' : null;
    setProblem(missing);
    if (missing !== null) return;
    const contact = { email: mail === '' ? null : mail, phone: tel === '' ? null : tel };
    for (const groupId of picked) {
      const ack = await run({ type: 'signup.add', signupId: nanoid(), groupId, contact, consent });
      if (!ack.ok) return;
    }
    setChosen([]);
    setConsent(false);
  };
  const message = problem !== null ? t(`participant.groups.${problem}`) : error === null ? null : signupError(t, error);
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('participant.groups.which')}</legend>
        {groups.map((g, i) => (
          <div key={g.id} className="check">
            <input
              id={`${id}-g${i}`}
              type="checkbox"
              checked={chosen.includes(g.id)}
              aria-describedby={g.description === '' ? undefined : `${id}-d${i}`}
              onChange={(e) => {
                setChosen((c) => (e.target.checked ? [...c, g.id] : c.filter((x) => x !== g.id)));
                setProblem(null);
              }}
            />
            <span>
              <label htmlFor={`${id}-g${i}`}>{g.title}</label>
              {g.description !== '' && (
                <span id={`${id}-d${i}`} className="hint block">
                  {g.description}
                </span>
              )}
            </span>
          </div>
        ))}
      </fieldset>
      <p id={`${id}-contact-hint`} className="hint">
        {t('participant.groups.contactHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('participant.groups.email')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          maxLength={120}
          value={email}
          aria-describedby={`${id}-contact-hint`}
          aria-invalid={error?.path === 'contact.email'}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-phone`}>{t('participant.groups.phone')}</label>
        <input
          id={`${id}-phone`}
          type="tel"
          autoComplete="tel"
          maxLength={20}
          value={phone}
          aria-describedby={`${id}-contact-hint`}
          aria-invalid={error?.path === 'contact.phone'}
          onChange={(e) => setPhone(e.target.value)}
        />
      </div>
      <div className="check">
        <input
          id={`${id}-consent`}
          type="checkbox"
          checked={consent}
          aria-invalid={problem === 'needConsent'}
          onChange={(e) => {
            setConsent(e.target.checked);
            setProblem(null);
          }}
        />
        <label htmlFor={`${id}-consent`}>{t('participant.groups.consent')}</label>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('participant.groups.signup')}
      </button>
      <p className="error" role="alert">
        {message}
      </p>
    </form>
  );
}

function signupError(t: ReturnType<typeof useT>, error: CommandError): string {
  if (error.code === 'VALIDATION' && error.path === 'contact.email') return t('participant.groups.badEmail');
  if (error.code === 'VALIDATION' && error.path === 'contact.phone') return t('participant.groups.badPhone');
  if (error.code === 'VALIDATION' && error.path === 'consent') return t('participant.groups.needConsent');
  return t(`error.${error.code}`);
}
