import { useEffect, useState } from 'react';
import type { SessionState } from '../../../shared/model/session';
import type { Credential } from '../../../shared/protocol/socket';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { rememberSecret, secretFor } from '../net/secrets';
import { Cockpit } from './facilitator/Cockpit';
import { DeleteSession } from './facilitator/DeleteSession';
import { HarvestTab } from './facilitator/harvest/HarvestTab';
import './facilitator/cockpit.css';
import { hasDrafts, useDrafts } from './facilitator/prepare/drafts';
import { Prepare } from './facilitator/prepare/Prepare';
import { NextMeeting } from './facilitator/NextMeeting';
import { Printables } from './facilitator/Printables';
import { ProgrammeReport } from './facilitator/ProgrammeReport';
import { ReportPanel } from './facilitator/ReportPanel';
import { Registrations } from './facilitator/registrations/Registrations';

type Tab = 'live' | 'harvest' | 'prepare' | 'registrations' | 'print' | 'report';
const TABS: readonly Tab[] = ['live', 'harvest', 'prepare', 'registrations', 'print', 'report'];

/** `/facilitator#<token>`: prepare and run the evening. */
export default function FacilitatorView() {
  const [token] = useState(() => secretFor('facilitator'));
  const credential: Credential | null = token === null ? null : { kind: 'facilitator', token };
  return (
    <RoleShell
      credential={credential}
      hooks={{ onWelcome: (w) => token !== null && rememberSecret('facilitator', w.sessionId, token) }}
    >
      {(state) => token !== null && <Facilitator state={state} token={token} />}
    </RoleShell>
  );
}

function Facilitator({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('live');
  const unsaved = useDrafts((s) => hasDrafts(s.drafts, state.id));
  useWarnOnLeave(unsaved);
  return (
    <main id="main" className="page page-wide">
      <div className="topbar no-print">
        <div>
          <p className="muted topbar-kicker">
            {t('fac.title')} · {t(`status.${state.status}`)}
          </p>
          <h1>{state.title}</h1>
          {state.programme != null && (
            <p className="programme-line">
              {t('programme.of', { number: state.programme.sessionIds.length + 1, title: state.programme.title })}
            </p>
          )}
        </div>
        <nav aria-label={t('cockpit.tabs')} className="tabs">
          {TABS.map((x) => (
            <button
              key={x}
              type="button"
              className={x === tab ? 'tab tab-on' : 'tab'}
              aria-current={x === tab ? 'page' : undefined}
              onClick={() => setTab(x)}
            >
              {t(`cockpit.tab.${x}`)}
              {x === 'prepare' && unsaved && (
                <>
                  <span aria-hidden="true" className="tab-unsaved">
                    {' •'}
                  </span>
                  <span className="visually-hidden"> ({t('prep.unsaved')})</span>
                </>
              )}
            </button>
          ))}
        </nav>
        <LanguageSwitch />
      </div>
      {tab === 'live' && <Cockpit state={state} token={token} toReport={() => setTab('report')} />}
      {tab === 'harvest' && <HarvestTab state={state} />}
      {tab === 'prepare' && <Prepare state={state} />}
      {tab === 'registrations' && <Registrations state={state} token={token} />}
      {tab === 'print' && <Printables state={state} token={token} />}
      {tab === 'report' && (
        <>
          <ReportPanel state={state} token={token} />
          {state.programme != null && (
            <ProgrammeReport sessionId={state.id} programme={state.programme} token={token} />
          )}
          <NextMeeting state={state} token={token} />
          <DeleteSession state={state} token={token} />
        </>
      )}
    </main>
  );
}

/** The browser's own "leave this page?" question while an edit in Voorbereiden is not saved. */
function useWarnOnLeave(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers ask only when returnValue is set; none shows our own text.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
