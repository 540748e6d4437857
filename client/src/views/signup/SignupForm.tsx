import { nanoid } from 'nanoid';
import { GroupSelect } from '../../components/GroupSelect';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { Language, StakeholderGroup } from '../../../../shared/model/session';
import type { SignupInfo, SignupResponse } from '../../../../shared/protocol/api';
import { type MessageKey, useT } from '../../i18n';
import { ApiFailure, signUp } from '../../net/api';
import { useStore } from '../../store';

type Field = 'name' | 'email' | 'phone' | 'picks' | 'remarks';
type Errors = Partial<Record<Field | 'form', MessageKey>>;
/** At most this many ranked wishes: more is a list nobody can keep apart. */
const MAX_PICKS = 3;

/** The server's refusal as the field it is about and the words for it. */
function errorsOf(e: unknown): Errors {
  if (!(e instanceof ApiFailure)) return { form: 'signupPage.failed' };
  const field = e.path?.split('.')[0];
  if (e.code === 'CONFLICT' && field === 'email') return { email: 'signupPage.error.emailTaken' };
  if (e.code === 'WRONG_PHASE') return { form: 'signupPage.error.closed' };
  if (e.code === 'RATE_LIMITED') return { form: 'signupPage.error.busy' };
  if (field === 'email') return { email: 'signupPage.error.email' };
  if (field === 'phone') return { phone: 'signupPage.error.phone' };
  if (field === 'name') return { name: 'signupPage.error.name' };
  if (field === 'picks' || field === 'remarks') return { [field]: 'signupPage.error.field' };
  return { form: 'signupPage.failed' };
}

const ORDER: (Field | 'form')[] = ['name', 'email', 'phone', 'picks', 'remarks', 'form'];

/** The sign-up form: only the name is needed; every error sits next to its field. */
export function SignupForm({
  info,
  onDone,
  onClosed,
}: {
  info: SignupInfo;
  onDone: (result: SignupResponse) => void;
  onClosed: () => void;
}) {
  const t = useT();
  const id = useId();
  const uiLanguage = useStore((s) => s.ui.language);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [group, setGroup] = useState<StakeholderGroup | ''>('');
  const [sandwich, setSandwich] = useState(false);
  const ranks = Math.min(MAX_PICKS, info.tables.length);
  const [picks, setPicks] = useState<string[]>(() => Array.from({ length: ranks }, () => ''));
  const [remarks, setRemarks] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // One command id per person filled in: a retry after a dropped answer is not a second sign-up.
  const commandId = useRef(nanoid());
  const form = useRef<HTMLFormElement>(null);

  const fieldId = (f: Field | 'form') => `${id}-${f}`;
  const errorId = (f: Field | 'form') => `${id}-${f}-error`;
  const showErrors = (next: Errors) => {
    setErrors(next);
    const first = ORDER.find((f) => next[f] !== undefined);
    // After React has drawn the messages: the focus lands on the field and its message is read out.
    if (first !== undefined)
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`)?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') return showErrors({ name: 'signupPage.error.name' });
    setBusy(true);
    try {
      const result = await signUp(info.joinCode, {
        id: commandId.current,
        name: name.trim(),
        email: email.trim() === '' ? null : email.trim(),
        phone: phone.trim() === '' ? null : phone.trim(),
        group: group === '' ? null : group,
        sandwich: info.askSandwich && sandwich,
        picks: picks.filter((p) => p !== ''),
        remarks: remarks.trim(),
        language,
        followupConsent: consent,
      });
      onDone(result);
    } catch (err) {
      const next = errorsOf(err);
      // A refused sign-up stored nothing: the next try is a new command.
      commandId.current = nanoid();
      showErrors(next);
      if (err instanceof ApiFailure && err.code === 'WRONG_PHASE') onClosed();
    } finally {
      setBusy(false);
    }
  };

  const described = (f: Field, hint = false) => [hint ? `${fieldId(f)}-hint` : '', errorId(f)].join(' ').trim();
  const errorText = (f: Field | 'form') => (
    <p id={errorId(f)} className="error" role={f === 'form' ? 'alert' : undefined}>
      {errors[f] === undefined ? null : t(errors[f])}
    </p>
  );
  const clear = (f: Field) => errors[f] !== undefined && setErrors({ ...errors, [f]: undefined });

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signupPage.formTitle')}</h2>
      <p className="hint">{t('signupPage.required')}</p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={fieldId('name')}>{t('signupPage.name')}</label>
          <input
            id={fieldId('name')}
            type="text"
            autoComplete="name"
            required
            maxLength={80}
            value={name}
            aria-invalid={errors.name !== undefined}
            aria-describedby={described('name')}
            onChange={(e) => {
              setName(e.target.value);
              clear('name');
            }}
          />
          {errorText('name')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('email')}>{t('signupPage.email')}</label>
          <input
            id={fieldId('email')}
            type="email"
            autoComplete="email"
            maxLength={120}
            value={email}
            aria-invalid={errors.email !== undefined}
            aria-describedby={described('email', true)}
            onChange={(e) => {
              setEmail(e.target.value);
              clear('email');
            }}
          />
          <p id={`${fieldId('email')}-hint`} className="hint">
            {t('signupPage.emailHint')}
          </p>
          {errorText('email')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('phone')}>{t('signupPage.phone')}</label>
          <input
            id={fieldId('phone')}
            type="tel"
            autoComplete="tel"
            maxLength={20}
            value={phone}
            aria-invalid={errors.phone !== undefined}
            aria-describedby={described('phone')}
            onChange={(e) => {
              setPhone(e.target.value);
              clear('phone');
            }}
          />
          {errorText('phone')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('signupPage.group')}</label>
          <GroupSelect id={`${id}-group`} value={group} noneLabel={t('signupPage.groupNone')} onChange={setGroup} />
        </div>
        {info.askSandwich && (
          <div className="field">
            <label className="check">
              <input type="checkbox" checked={sandwich} onChange={(e) => setSandwich(e.target.checked)} />
              {t('signupPage.sandwich')}
            </label>
          </div>
        )}
        {ranks > 0 && (
          <fieldset className="field" aria-describedby={described('picks', true)}>
            <legend>{t('signupPage.picks')}</legend>
            <p id={`${fieldId('picks')}-hint`} className="hint">
              {t('signupPage.picksHint')}
            </p>
            {picks.map((pick, rank) => (
              <div key={String(rank)} className="field">
                <label htmlFor={rank === 0 ? fieldId('picks') : `${id}-pick-${rank}`}>
                  {t('signupPage.pick', { rank: rank + 1 })}
                </label>
                <select
                  id={rank === 0 ? fieldId('picks') : `${id}-pick-${rank}`}
                  value={pick}
                  onChange={(e) => {
                    setPicks(picks.map((p, i) => (i === rank ? e.target.value : p)));
                    clear('picks');
                  }}
                >
                  <option value="">{t('signupPage.pickNone')}</option>
                  {/* A table once: those chosen at another rank are not offered again. */}
                  {info.tables
                    .filter((table) => table.id === pick || !picks.includes(table.id))
                    .map((table) => (
                      <option key={table.id} value={table.id}>
                        {table.title}
                      </option>
                    ))}
                </select>
              </div>
            ))}
            {errorText('picks')}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={fieldId('remarks')}>{t('signupPage.remarks')}</label>
          <textarea
            id={fieldId('remarks')}
            rows={3}
            maxLength={500}
            value={remarks}
            aria-invalid={errors.remarks !== undefined}
            aria-describedby={described('remarks', true)}
            onChange={(e) => {
              setRemarks(e.target.value);
              clear('remarks');
            }}
          />
          <p id={`${fieldId('remarks')}-hint`} className="hint">
            {t('signupPage.remarksHint')}
          </p>
          {errorText('remarks')}
        </div>
        <fieldset className="field">
          <legend>{t('signupPage.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <label key={l} className="check">
              <input
                type="radio"
                name={`${id}-language`}
                value={l}
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              <span lang={l}>{t(`lang.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={consent}
              aria-describedby={`${id}-consent-hint`}
              onChange={(e) => setConsent(e.target.checked)}
            />
            {t('signupPage.consent')}
          </label>
          <p id={`${id}-consent-hint`} className="hint">
            {t('signupPage.consentHint')}
          </p>
        </div>
        <button
          id={fieldId('form')}
          type="submit"
          className="primary"
          disabled={busy}
          aria-describedby={errorId('form')}
        >
          {busy ? t('signupPage.sending') : t('signupPage.submit')}
        </button>
        {errorText('form')}
      </form>
    </section>
  );
}
