import { useState } from 'react';
import type { SessionState, StakeholderGroup, Table } from '../../../../shared/model/session';
import { StakeholderGroup as Groups } from '../../../../shared/model/session';
import { currentRound, tableFor } from '../../../../shared/rules/phase';
import { seatRound } from '../../../../shared/rules/view';
import { BroadcastBanner } from '../../components/BroadcastBanner';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PhaseNow } from '../../components/PhaseNow';
import { Timer } from '../../components/Timer';
import { VideoCall } from '../../components/VideoCall';
import { useT } from '../../i18n';
import { useLiveConnection } from '../../net/useConnection';
import { Briefing } from './Briefing';
import { BriefingPrompt } from './BriefingPrompt';
import { Capture } from './Capture';
import { Harvest } from './Harvest';
import { HiddenNotice } from './Hidden';
import { NoPhone } from './NoPhone';
import { OutboxStatus, RefusedList } from './Outbox';
import { Stream } from './Stream';

type Mode = 'capture' | 'briefing' | 'harvest';
const MODES: readonly Mode[] = ['capture', 'briefing', 'harvest'];

/**
 * The host's screen. Landscape: the table's brief and who sits there on the left, the work on
 * the right. Portrait: one column, the work first after a compact header.
 */
export function HostTable({
  state,
  tableId,
  offlineReady,
}: {
  state: SessionState;
  tableId: string;
  offlineReady: boolean;
}) {
  const t = useT();
  const connection = useLiveConnection();
  const [mode, setMode] = useState<Mode>('capture');
  // Set when the host asked for every earlier card from the round-change prompt: focus goes there.
  const [focusBriefing, setFocusBriefing] = useState(false);
  const table = state.tables.find((x) => x.id === tableId);
  if (table === undefined) {
    return (
      <main id="main" className="page">
        <p className="problem">{t('host.noTable')}</p>
      </main>
    );
  }
  const round = currentRound(state);
  return (
    <div className="host">
      <header className="host-header">
        <div className="host-heading">
          <p className="muted host-role">
            {t('host.role')}
            {round !== null && <> · {t('phase.round', { round })}</>}
          </p>
          <h1>{table.title}</h1>
        </div>
        <Timer timer={state.status === 'live' ? state.timer : null} className="host-header-timer" />
        <LanguageSwitch />
        <OutboxStatus offlineReady={offlineReady} />
      </header>
      <BroadcastBanner />
      <main id="main" className="host-main">
        <aside className="host-side">
          {/* The host opens the call before their people arrive in it, so it shows all evening. */}
          <VideoCall table={table} waiting={t('online.noLink')} />
          <TableBrief table={table} />
          <div className="panel">
            <PhaseNow state={state} />
          </div>
          <NoPhone state={state} tableId={table.id} />
          <AtTable state={state} tableId={table.id} />
        </aside>
        <div className="host-work">
          {/* The briefing view holds all the prompt does, and more. */}
          {mode !== 'briefing' && (
            <BriefingPrompt
              state={state}
              tableId={table.id}
              onShowAll={() => {
                setMode('briefing');
                setFocusBriefing(true);
              }}
              onClose={() => {
                // Back to the one field the host came for (Capture's own autofocus ran long ago).
                if (mode === 'capture') document.querySelector<HTMLTextAreaElement>('.host-input')?.focus();
              }}
            />
          )}
          <nav aria-label={t('host.views')} className="host-modes">
            {MODES.map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={mode === m}
                className={mode === m ? 'chip-on' : undefined}
                onClick={() => {
                  setMode(m);
                  setFocusBriefing(false);
                }}
              >
                {t(`host.view.${m}`)}
              </button>
            ))}
          </nav>
          <HiddenNotice state={state} tableId={table.id} />
          <RefusedList connection={connection} />
          {mode === 'capture' && (
            <>
              <Capture state={state} tableId={table.id} />
              <Stream state={state} tableId={table.id} />
            </>
          )}
          {mode === 'briefing' && <Briefing state={state} tableId={table.id} focus={focusBriefing} />}
          {mode === 'harvest' && <Harvest state={state} tableId={table.id} />}
        </div>
      </main>
    </div>
  );
}

function TableBrief({ table }: { table: Table }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="brief-title">
      <h2 id="brief-title">{t('host.keyQuestion')}</h2>
      <p className="host-question">{table.keyQuestion}</p>
      {table.prompts.length > 0 && (
        <>
          <h3>{t('host.prompts')}</h3>
          <ul className="host-prompts">
            {table.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Who sits here this round (the round being played, or in a break the one just played). */
function AtTable({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const round = seatRound(state);
  const people =
    round === null ? [] : Object.values(state.participants).filter((p) => tableFor(state, p.id, round) === tableId);
  const mix = new Map<StakeholderGroup | null, number>();
  for (const p of people) mix.set(p.group, (mix.get(p.group) ?? 0) + 1);
  const names = people.map((p) => p.name).filter((n): n is string => n !== null && n !== '');
  return (
    <section className="panel" aria-labelledby="at-table-title">
      <h2 id="at-table-title">{t('host.atTable.title')}</h2>
      {round === null ? (
        <p className="muted">{t('host.atTable.noRound')}</p>
      ) : people.length === 0 ? (
        <p className="muted">{t('host.atTable.none')}</p>
      ) : (
        <>
          <p className="host-count">{t('host.atTable.count', { count: people.length })}</p>
          <h3 className="visually-hidden">{t('host.atTable.mix')}</h3>
          <ul className="host-mix">
            {[...Groups.options, null].map((g) =>
              (mix.get(g) ?? 0) > 0 ? (
                <li key={g ?? 'none'}>
                  {g === null ? t('host.atTable.unknownGroup') : t(`group.${g}`)}: <strong>{mix.get(g)}</strong>
                </li>
              ) : null,
            )}
          </ul>
          {names.length > 0 && (
            <p>
              <span className="muted">{t('host.atTable.names')}: </span>
              {names.sort((a, b) => a.localeCompare(b)).join(', ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
