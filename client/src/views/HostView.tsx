import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { SECRET_CODE_LENGTH, SecretCode } from '../../../shared/protocol/ids';
import type { Credential } from '../../../shared/protocol/socket';
import { useT } from '../i18n';
import type { DeviceOptions } from '../net/connection';
import { indexedDbStore } from '../net/deviceStore';
import { rememberSecret, secretFor } from '../net/secrets';
import { ConnectionContext, useConnection } from '../net/useConnection';
import { useStore } from '../store';
import { HostTable } from './host/HostTable';
import { keepPageOffline } from './host/offline';
import { RefusedList } from './host/Outbox';
import './host/host.css';

/**
 * `/host#<CODE>`: one theme table's host captures what is said, on a tablet, on bad Wi-Fi.
 * Before connecting, the page loads what this device kept for this code (unsent commands and
 * the last view), so it opens and captures without a network.
 */
export default function HostView() {
  const t = useT();
  const [code, setCode] = useState(() => secretFor('host'));
  const [device, setDevice] = useState<DeviceOptions | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (code === null) return;
    let live = true;
    const store = indexedDbStore(`host:${code.trim().toUpperCase()}`);
    void store.load().then(({ outbox, view }) => live && setDevice({ store, outbox, view }));
    void keepPageOffline().then((ok) => live && setOfflineReady(ok));
    return () => {
      live = false;
    };
  }, [code]);

  if (code === null) return <HostCodeForm onCode={setCode} />;
  if (device === null) {
    return (
      <main id="main" className="page">
        <p className="loading" role="status">
          {t('conn.loading')}
        </p>
      </main>
    );
  }
  return <HostShell code={code} device={device} offlineReady={offlineReady} />;
}

function HostShell({ code, device, offlineReady }: { code: string; device: DeviceOptions; offlineReady: boolean }) {
  const t = useT();
  const credential = useMemo<Credential>(() => ({ kind: 'host', code }), [code]);
  const connection = useConnection(credential, { onWelcome: (w) => rememberSecret('host', w.sessionId, code) }, device);
  const status = useStore((s) => s.connection.status);
  const error = useStore((s) => s.connection.error);
  const state = useStore((s) => s.session.state);
  const actor = useStore((s) => s.session.actor);
  const suggestLanguage = useStore((s) => s.suggestLanguage);
  const sessionLanguage = state?.language ?? null;
  useEffect(() => {
    if (sessionLanguage !== null) suggestLanguage(sessionLanguage);
  }, [sessionLanguage, suggestLanguage]);

  if (status === 'refused') {
    return (
      <Problem text={error?.code === 'PROTOCOL_MISMATCH' ? t('conn.refused.protocol') : t('conn.refused')}>
        {connection !== null && <RefusedList connection={connection} all intro={t('host.unsentOnRefusal')} />}
      </Problem>
    );
  }
  if (connection === null || state === null || actor === null) {
    return (
      <main id="main" className="page">
        <p className="loading" role="status">
          {status === 'connecting' ? t('conn.loading') : t('conn.reconnecting')}
        </p>
      </main>
    );
  }
  if (actor.role !== 'host') return <Problem text={t('conn.refused')} />;
  return (
    <ConnectionContext.Provider value={connection}>
      <HostTable state={state} tableId={actor.tableId} offlineReady={offlineReady} />
    </ConnectionContext.Provider>
  );
}

/** `/host` without a link: the host types the code printed on the table card. */
function HostCodeForm({ onCode }: { onCode: (code: string) => void }) {
  const t = useT();
  const inputId = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = SecretCode.safeParse(value.replace(/\s+/g, ''));
    if (parsed.success) onCode(parsed.data);
    else setInvalid(true);
  };
  return (
    <main id="main" className="page page-narrow">
      <h1>{t('app.name')}</h1>
      <section className="panel" aria-labelledby={`${inputId}-title`}>
        <h2 id={`${inputId}-title`}>{t('host.codeTitle')}</h2>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={inputId}>{t('host.codeLabel', { length: SECRET_CODE_LENGTH })}</label>
            <input
              id={inputId}
              type="text"
              className="code"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              // Room for the spaces people type between groups of letters.
              maxLength={SECRET_CODE_LENGTH + 4}
              value={value}
              aria-invalid={invalid}
              aria-describedby={`${inputId}-error`}
              onChange={(e) => {
                setValue(e.target.value.toUpperCase());
                setInvalid(false);
              }}
            />
            <p id={`${inputId}-error`} className="error" role="alert">
              {invalid ? t('host.codeInvalid', { length: SECRET_CODE_LENGTH }) : null}
            </p>
          </div>
          <button type="submit" className="primary">
            {t('host.codeOpen')}
          </button>
        </form>
      </section>
      <p>
        <a href="/">{t('conn.backToStart')}</a>
      </p>
    </main>
  );
}

function Problem({ text, children }: { text: string; children?: React.ReactNode }) {
  const t = useT();
  return (
    <main id="main" className="page page-narrow">
      <h1>{t('app.name')}</h1>
      <div className="problem" role="alert">
        <p>{text}</p>
      </div>
      {children}
      <p>
        <a href="/">{t('conn.backToStart')}</a>
      </p>
    </main>
  );
}
