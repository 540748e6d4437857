import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Language } from '../../../shared/model/session';
import type { CreateSessionResponse, TemplateId } from '../../../shared/protocol/api';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../shared/protocol/ids';
import { TEMPLATES, templateSpan, type TemplateGroup } from '../../../shared/templates';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LANGUAGES, useT } from '../i18n';
import { ApiFailure, createSession } from '../net/api';
import { CopyLink } from '../components/CopyLink';
import { linkAt, usePublicAddress } from '../net/publicAddress';
import { UnreachableWarning } from '../components/UnreachableWarning';
import { useStore } from '../store';

// Seven templates in two short lists scan better on a phone than one long one.
const TEMPLATE_GROUPS: { group: TemplateGroup; title: 'start.group.worldCafe' | 'start.group.formats' }[] = [
  { group: 'world-cafe', title: 'start.group.worldCafe' },
  { group: 'format', title: 'start.group.formats' },
];

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** `/`: create a session from a template and get every link; or join one with a code. */
export default function StartView() {
  const t = useT();
  return (
    <main id="main" className="page page-narrow">
      <div className="topbar">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </div>
      {new URLSearchParams(window.location.search).get('deleted') === '1' && (
        <p role="status" className="panel">
          {t('start.deleted')}
        </p>
      )}
      <JoinWithCode />
      <CreateSession />
    </main>
  );
}

function JoinWithCode() {
  const t = useT();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const normalized = code.replace(/[\s-]+/g, '').toUpperCase();
    // A personal code (12 characters) makes the phone that registered person.
    if (normalized.length === 12 && /^[A-Z0-9]+$/.test(normalized)) {
      window.location.assign(`/p#${normalized}`);
      return;
    }
    if (!JOIN_CODE_PATTERN.test(normalized)) {
      setInvalid(true);
      return;
    }
    window.location.assign(`/join/${normalized}`);
  };
  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('start.joinTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('start.joinLabel')}</label>
          <input
            id={inputId}
            type="text"
            className="code"
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={16}
            value={code}
            aria-invalid={invalid}
            aria-describedby={`${inputId}-hint ${inputId}-error`}
            onChange={(e) => {
              setCode(e.target.value.toUpperCase());
              setInvalid(false);
            }}
          />
          <p id={`${inputId}-hint`} className="hint">
            {t('start.joinPersonal')}
          </p>
          <p id={`${inputId}-error`} className="error" role="alert">
            {invalid ? t('start.joinInvalid') : null}
          </p>
        </div>
        <button type="submit" className="primary">
          {t('start.joinButton')}
        </button>
      </form>
    </section>
  );
}

function CreateSession() {
  const t = useT();
  const uiLanguage = useStore((s) => s.ui.language);
  const [template, setTemplate] = useState<TemplateId>(TEMPLATES[0]?.id ?? 'world-cafe-evening');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [links, setLinks] = useState<CreateSessionResponse | null>(null);
  // A ref, not state: a double click sends its second submit before React re-renders the button.
  const inFlight = useRef(false);
  const createTitle = useRef<HTMLHeadingElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Once made, a second session would silently replace every link on this page.
    if (inFlight.current || links !== null) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      setLinks(await createSession({ template, language }));
    } catch (err) {
      setError(err instanceof ApiFailure && err.code === 'RATE_LIMITED' ? t('error.RATE_LIMITED') : t('error.network'));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  const makeAnother = () => {
    setLinks(null);
    createTitle.current?.focus();
  };

  return (
    <section className="panel" aria-labelledby="create-title">
      <h2 id="create-title" ref={createTitle} tabIndex={-1}>
        {t('start.title')}
      </h2>
      <p>{t('start.intro')}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('start.template')}</legend>
          {TEMPLATE_GROUPS.map(({ group, title }) => (
            <div key={group} role="group" aria-labelledby={`template-group-${group}`} className="template-group">
              <h3 id={`template-group-${group}`}>{t(title)}</h3>
              {TEMPLATES.filter((tpl) => tpl.group === group).map((tpl) => (
                <label key={tpl.id} className="check">
                  <input
                    type="radio"
                    name="template"
                    value={tpl.id}
                    checked={template === tpl.id}
                    onChange={() => setTemplate(tpl.id)}
                  />
                  <span>
                    <strong>{tpl.title[uiLanguage]}</strong>
                    <span className="hint" style={{ display: 'block' }}>
                      <span className="nowrap">{templateSpan(tpl.id)}</span> · {tpl.description[uiLanguage]}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('start.language')}</legend>
          <div className="buttons">
            {LANGUAGES.map((l) => (
              <label key={l} className="check" lang={l}>
                <input
                  type="radio"
                  name="language"
                  value={l}
                  checked={language === l}
                  onChange={() => setLanguage(l)}
                />
                <span>{t(`lang.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="primary" disabled={busy || links !== null}>
          {busy ? t('start.creating') : t('start.create')}
        </button>
        <p className="error" role="alert">
          {error}
        </p>
      </form>
      {links !== null && <CreatedLinks links={links} onAnother={makeAnother} />}
    </section>
  );
}

function CreatedLinks({ links, onAnother }: { links: CreateSessionResponse; onAnother: () => void }) {
  const t = useT();
  const address = usePublicAddress();
  const title = useRef<HTMLHeadingElement>(null);
  // The links land below the fold; focus brings them into view and tells a screen reader.
  useEffect(() => title.current?.focus(), []);
  const full = (path: string) =>
    address !== null ? linkAt(address, path) : new URL(path, window.location.href).toString();
  return (
    <section aria-labelledby="links-title" className="created">
      <h3 id="links-title" ref={title} tabIndex={-1}>
        {t('start.links')}
      </h3>
      <p role="status">{t('start.created')}</p>
      <UnreachableWarning address={address} />
      <ul className="links">
        <li>
          <a href={links.facilitator}>{t('start.link.facilitator')}</a>{' '}
          <CopyLink text={full(links.facilitator)} name={t('start.link.facilitator')} />
        </li>
        {links.hosts.map((h) => (
          <li key={h.tableId}>
            <a href={h.link}>{t('start.link.host', { title: h.title })}</a>{' '}
            <CopyLink text={full(h.link)} name={t('start.link.host', { title: h.title })} />
            <br />
            <span className="muted">{t('start.code')}: </span>
            <span className="code">{h.code}</span>
          </li>
        ))}
        <li>
          <a href={links.desk.link}>{t('start.link.desk')}</a>{' '}
          <CopyLink text={full(links.desk.link)} name={t('start.link.desk')} />
          <br />
          <span className="muted">{t('start.code')}: </span>
          <span className="code">{links.desk.code}</span>
        </li>
        <li>
          <a href={links.screen}>{t('start.link.screen')}</a>{' '}
          <CopyLink text={full(links.screen)} name={t('start.link.screen')} />
        </li>
        <li>
          <a href={links.participant}>{t('start.link.participant')}</a>{' '}
          <CopyLink text={full(links.participant)} name={t('start.link.participant')} />
          <br />
          <span className="muted">{t('start.code')}: </span>
          <span className="code">{links.joinCode}</span>
          <br />
          {address !== null && <span className="muted">{linkAt(address, links.participant)}</span>}
        </li>
      </ul>
      <p>
        <button type="button" onClick={onAnother}>
          {t('start.another')}
        </button>
      </p>
    </section>
  );
}
