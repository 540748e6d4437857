import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { themesOf, type SessionState } from '../../../../shared/model/session';
import type { CreateSessionResponse } from '../../../../shared/protocol/api';
import { LIMITS } from '../../../../shared/protocol/limits';
import type { CarryOptions } from '../../../../shared/rules/carry-over';
import { CopyLink } from '../../components/CopyLink';
import { useT } from '../../i18n';
import { ApiFailure, createNextSession } from '../../net/api';
import { linkAt, usePublicAddress } from '../../net/publicAddress';

/**
 * "Volgende bijeenkomst maken": the next meeting of the programme, from this one. The facilitator
 * names the series (the first time only) and chooses what comes along; the new meeting's
 * facilitator link is shown once, here, as the start page shows a new session's.
 */
export function NextMeeting({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const id = useId();
  const programme = state.programme ?? null;
  const number = (programme?.sessionIds.length ?? 0) + 2;
  const themes = Object.values(themesOf(state)).filter((th) => th.proposedBy === null).length;
  const open = Object.values(state.questions).filter(
    (q) => !q.hidden && q.mergedInto === null && (q.status === 'new' || q.status === 'follow-up'),
  ).length;
  const [title, setTitle] = useState(state.title);
  const [carry, setCarry] = useState<CarryOptions>({
    tables: 'same',
    cardsAsPrompts: false,
    openQuestions: true,
    workingGroups: true,
  });
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [made, setMade] = useState<{ links: CreateSessionResponse; title: string } | null>(null);
  const set = <K extends keyof CarryOptions>(key: K, value: CarryOptions[K]) =>
    setCarry((c) => ({ ...c, [key]: value }));

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailed(null);
    try {
      const seriesTitle = programme?.title ?? (title.trim() || state.title);
      const links = await createNextSession(state.id, token, {
        ...(programme === null ? { programmeTitle: seriesTitle } : {}),
        carry,
      });
      setMade({ links, title: seriesTitle });
    } catch (error) {
      setFailed(error instanceof ApiFailure ? error.code : 'NETWORK');
    } finally {
      setBusy(false);
    }
  };

  const failure =
    failed === null
      ? ''
      : failed === 'NETWORK' || failed === 'UNAVAILABLE'
        ? t('next.failedNetwork')
        : failed === 'RATE_LIMITED'
          ? t('next.failedLimit')
          : failed === 'UNAUTHORIZED'
            ? t('next.failedLink')
            : t('next.failed', { code: failed });

  return (
    <section className="panel next-meeting" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('next.title')}</h2>
      <p className="hint">{t('next.intro')}</p>
      {made !== null ? (
        <Made links={made.links} number={number} title={made.title} />
      ) : (
        <form onSubmit={(e) => void create(e)}>
          {programme === null ? (
            <div className="field">
              <label htmlFor={`${id}-series`}>{t('next.seriesName')}</label>
              <input
                id={`${id}-series`}
                type="text"
                value={title}
                maxLength={LIMITS.title}
                aria-describedby={`${id}-series-hint`}
                onChange={(e) => setTitle(e.target.value)}
              />
              <p id={`${id}-series-hint`} className="hint">
                {t('next.seriesHint')}
              </p>
            </div>
          ) : (
            <p>{t('next.becomes', { number, title: programme.title })}</p>
          )}
          <fieldset>
            <legend>{t('next.tables')}</legend>
            <Choice
              type="radio"
              name={`${id}-tables`}
              checked={carry.tables === 'same'}
              onChange={() => set('tables', 'same')}
              label={t('next.tables.same')}
              hint={t('next.tables.sameHint')}
            />
            <Choice
              type="radio"
              name={`${id}-tables`}
              checked={carry.tables === 'themes'}
              disabled={themes === 0}
              onChange={() => set('tables', 'themes')}
              label={t('next.tables.themes')}
              hint={t('next.tables.themesHint', { count: themes })}
            />
          </fieldset>
          <fieldset>
            <legend>{t('next.more')}</legend>
            <Choice
              type="checkbox"
              checked={carry.cardsAsPrompts}
              onChange={(on) => set('cardsAsPrompts', on)}
              label={t('next.cards')}
              hint={t('next.cardsHint')}
            />
            <Choice
              type="checkbox"
              checked={carry.openQuestions}
              onChange={(on) => set('openQuestions', on)}
              label={t('next.questions')}
              hint={t('next.questionsHint', { count: open })}
            />
            <Choice
              type="checkbox"
              checked={carry.workingGroups}
              onChange={(on) => set('workingGroups', on)}
              label={t('next.groups')}
              hint={t('next.groupsHint')}
            />
          </fieldset>
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('next.creating') : t('next.create')}
            </button>
          </div>
        </form>
      )}
      <p role="alert" className="error">
        {failure}
      </p>
    </section>
  );
}

/** A radio or a check box with its plain explanation, read out with it (aria-describedby). */
function Choice(props: {
  type: 'radio' | 'checkbox';
  name?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
  label: string;
  hint: string;
}) {
  const id = useId();
  return (
    <div className="choice">
      <label className="check">
        <input
          type={props.type}
          name={props.name}
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={`${id}-hint`}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <span>{props.label}</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
    </div>
  );
}

/** The new meeting's links. Focus moves to the heading: it tells a screen reader it worked. */
function Made({ links, number, title }: { links: CreateSessionResponse; number: number; title: string }) {
  const t = useT();
  const address = usePublicAddress();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const full = (path: string) =>
    address !== null ? linkAt(address, path) : new URL(path, window.location.href).toString();
  return (
    <div className="next-made">
      <h3 ref={heading} tabIndex={-1}>
        {t('next.done', { number, title })}
      </h3>
      <h4>{t('next.facilitator')}</h4>
      <p>{t('next.keep')}</p>
      <p className="link-line">
        <span className="link-text">{full(links.facilitator)}</span>
      </p>
      <p className="buttons">
        <CopyLink text={full(links.facilitator)} name={t('next.facilitator')} />
        <a className="button-link" href={links.facilitator} target="_blank" rel="noreferrer">
          {t('next.open')}
        </a>
      </p>
      <h4>{t('next.participant')}</h4>
      <p className="link-line">
        <a href={links.participant}>{full(links.participant)}</a> · <span className="code">{links.joinCode}</span>
      </p>
      <p className="buttons">
        <CopyLink text={full(links.participant)} name={t('next.participant')} />
      </p>
    </div>
  );
}
