import { useState } from 'react';
import type { SessionState } from '../../../shared/model/session';
import type { Credential } from '../../../shared/protocol/socket';
import { BroadcastBanner } from '../components/BroadcastBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PhaseNow } from '../components/PhaseNow';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { rememberSecret, secretFor } from '../net/secrets';
import { BeforehandQuestions } from './desk/BeforehandQuestions';
import { Door } from './desk/door/Door';
import { LogQuestion } from './desk/LogQuestion';
import { QuestionQueue } from './desk/QuestionQueue';
import './desk/desk.css';

/** `/desk#<CODE>`: the info point collects, triages, merges and answers questions. */
export default function DeskView() {
  const [code] = useState(() => secretFor('desk'));
  const credential: Credential | null = code === null ? null : { kind: 'desk', code };
  return (
    <RoleShell
      credential={credential}
      hooks={{ onWelcome: (w) => code !== null && rememberSecret('desk', w.sessionId, code) }}
    >
      {(state) => <Desk state={state} />}
    </RoleShell>
  );
}

const VIEWS = ['questions', 'door'] as const;

/** The info point's two jobs: questions, and the door (who comes in). */
function Desk({ state }: { state: SessionState }) {
  const t = useT();
  const [view, setView] = useState<(typeof VIEWS)[number]>('questions');
  return (
    <main id="main" className="page">
      <div className="topbar">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            {t('desk.role')}
          </p>
          <h1>{state.title}</h1>
        </div>
        <LanguageSwitch />
      </div>
      <BroadcastBanner />
      <nav aria-label={t('door.tabs')} className="door-tabs">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            className={view === v ? 'chip-on' : undefined}
            onClick={() => setView(v)}
          >
            {t(`door.tab.${v}`)}
          </button>
        ))}
      </nav>
      {view === 'door' ? (
        <Door state={state} />
      ) : (
        <div className="desk-layout">
          <div className="desk-side">
            <div className="panel">
              <PhaseNow state={state} />
            </div>
            <LogQuestion state={state} />
          </div>
          <div className="desk-main">
            <BeforehandQuestions state={state} />
            <QuestionQueue state={state} />
          </div>
        </div>
      )}
    </main>
  );
}
