import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { useT } from '../../i18n';
import { memberCode, memberWelcomed, saveMemberCode, saveMemberWelcomed } from '../../net/secrets';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';

/** ABCDEFGHJKMN as ABCD EFGH JKMN: easier to copy onto paper and to read back. */
const grouped = (code: string) => code.match(/.{1,4}/g)?.join(' ') ?? code;

/**
 * Being remembered for the programme (reeks): a plain choice, off until the person turns it on.
 * On, the server gives this phone a member code (kept here, shown to write down); at the next
 * session of the series the phone presents it by itself and the person is welcomed back. In a
 * session that follows earlier ones, a code from then can be typed in (another phone).
 */
export function Remember({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const id = useId();
  const can = useCan(state);
  const { run, busy, error } = useCommand();
  const [code, setCode] = useState(() => memberCode(state));
  const [welcomed, setWelcomed] = useState(() => memberWelcomed(state.id));
  const follows = (state.programme?.sessionIds.length ?? 0) > 0;
  const tried = useRef(false);

  const claim = async (typed: string): Promise<CommandError | null> => {
    const ack = await run({ type: 'member.claim', code: typed });
    if (!ack.ok) return ack.error;
    saveMemberCode(state, typed);
    saveMemberWelcomed(state.id, true);
    setCode(typed);
    setWelcomed(true);
    return null;
  };

  // The phone brings the code it kept from an earlier session of this series, once per page.
  useEffect(() => {
    const kept = memberCode(state);
    if (tried.current || welcomed || !follows || kept === null || !(me in state.participants)) return;
    tried.current = true;
    void claim(kept).then((refused) => {
      // Taken back or erased since: this phone forgets it rather than offering it again.
      if (refused?.code === 'NOT_FOUND') {
        saveMemberCode(state, null);
        setCode(null);
      }
    });
  });

  const toggle = async (on: boolean) => {
    const ack = await run({ type: 'member.remember', on });
    if (!ack.ok) return;
    const made = ack.member !== undefined && 'code' in ack.member ? ack.member.code : null;
    saveMemberCode(state, on ? made : null);
    setCode(on ? made : null);
    if (!on) {
      saveMemberWelcomed(state.id, false);
      setWelcomed(false);
    }
  };

  if (!can({ type: 'member.remember', on: true }).ok) return null;
  const mayClaim = follows && !welcomed && can({ type: 'member.claim', code: 'AAAAAAAAAAAA' }).ok;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('participant.member.title')}</h2>
      {welcomed && (
        <p className="welcome-back" role="status">
          <strong>{t('participant.member.welcomeBack')}</strong>
        </p>
      )}
      <div className="check">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={code !== null}
          disabled={busy}
          aria-describedby={`${id}-means`}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <label htmlFor={`${id}-on`}>{t('participant.member.remember')}</label>
      </div>
      <p id={`${id}-means`} className="hint">
        {t('participant.member.means')}
      </p>
      {code !== null && (
        <div className="member-code">
          <p>
            {t('participant.member.code')}: <strong className="code">{grouped(code)}</strong>
          </p>
          <p className="hint">{t('participant.member.codeHint')}</p>
        </div>
      )}
      {mayClaim && <ClaimForm busy={busy} claim={claim} />}
      {!mayClaim && error !== null && (
        <p className="error" role="alert">
          {t(`error.${error.code}`)}
        </p>
      )}
    </section>
  );
}

function ClaimForm({ busy, claim }: { busy: boolean; claim: (code: string) => Promise<CommandError | null> }) {
  const t = useT();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<CommandError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(await claim(typed));
  };
  const message =
    problem === null
      ? null
      : problem.code === 'NOT_FOUND'
        ? t('participant.member.unknownCode')
        : problem.code === 'VALIDATION'
          ? t('participant.member.badCode')
          : problem.code === 'CONFLICT'
            ? t('participant.member.usedCode')
            : t(`error.${problem.code}`);
  return (
    <form className="member-claim" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('participant.member.claimTitle')}</h3>
      <p id={`${id}-hint`} className="hint">
        {t('participant.member.claimHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('participant.member.claimLabel')}</label>
        <input
          id={`${id}-code`}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          value={typed}
          aria-describedby={`${id}-hint ${id}-error`}
          aria-invalid={problem !== null}
          onChange={(e) => {
            setTyped(e.target.value);
            setProblem(null);
          }}
        />
      </div>
      <button type="submit" disabled={busy || typed.trim() === ''}>
        {t('participant.member.claim')}
      </button>
      <p id={`${id}-error`} className="error" role="alert">
        {message}
      </p>
    </form>
  );
}
