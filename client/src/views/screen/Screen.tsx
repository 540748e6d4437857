import type { Phase, ScreenFocusView, SessionState } from '../../../../shared/model/session';
import { currentPhase, phaseIndex } from '../../../../shared/rules/phase';
import { BroadcastBanner } from '../../components/BroadcastBanner';
import { Timer } from '../../components/Timer';
import { assertNever } from '../../../../shared/assert-never';
import { useT } from '../../i18n';
import { CornerJoin, JoinBox } from './JoinBox';
import {
  Agenda,
  CloudOnScreen,
  GoToTables,
  GroupsOnScreen,
  Highlights,
  RoundCounts,
  ThemesOnScreen,
  VoteResults,
  WorkingGroups,
} from './parts';
import { usePlan } from '../shared/plan';
import { votingStarted } from './tally';

/** The projector: one layout per phase kind, readable from the back of the room. */
export function Screen({ state }: { state: SessionState }) {
  const t = useT();
  const phase = currentPhase(state);
  // The facilitator's choice wins over the phase until they set it back to auto (or a new phase starts).
  const chosen = state.screenFocus ?? null;
  const focus =
    state.status === 'live' && chosen !== null && chosen.view !== 'auto'
      ? { view: chosen.view, tableId: chosen.tableId }
      : null;
  // These layouts show the big QR already; every other phase keeps a small one for latecomers.
  const bigQr =
    focus === null &&
    (phase === null ||
      phase.kind === 'walk-in' ||
      phase.kind === 'closing' ||
      phase.kind === 'social' ||
      (phase.kind === 'wrap-up' && hasGroups(state)));
  const kind = focus !== null ? `focus-${focus.view}` : (phase?.kind ?? 'none');
  return (
    <main
      id="main"
      className="screen2"
      data-kind={state.status === 'ended' ? 'ended' : kind}
      data-many={state.tables.length > 12 ? '' : undefined}
    >
      <header className="screen2-head">
        <p className="screen2-title">{state.title}</p>
        {phase !== null && state.status === 'live' && (
          <p className="screen2-kind">
            {t(`kind.${phase.kind}`)}
            {phase.round !== null && <> · {t('phase.round', { round: phase.round })}</>}
          </p>
        )}
        {state.status === 'live' && !bigQr && <CornerJoin joinCode={state.joinCode} />}
      </header>
      <BroadcastBanner large />
      <div className="screen2-body">
        {state.status === 'ended' ? (
          <Thanks state={state} />
        ) : focus !== null ? (
          <Focused state={state} view={focus.view} tableId={focus.tableId} />
        ) : phase === null ? (
          <WalkIn state={state} phase={null} />
        ) : (
          <ByKind state={state} phase={phase} />
        )}
      </div>
    </main>
  );
}

function ByKind({ state, phase }: { state: SessionState; phase: Phase }) {
  switch (phase.kind) {
    case 'walk-in':
      return <WalkIn state={state} phase={phase} />;
    case 'plenary':
      return (
        <div className="screen2-split">
          <div>
            <PhaseHeading phase={phase} />
            <Timer timer={state.timer} className="screen2-timer-small" />
          </div>
          <Agenda state={state} />
        </div>
      );
    case 'break': {
      const next = state.agenda[phaseIndex(state) + 1];
      return (
        <div>
          <div className="screen2-row">
            <div>
              <PhaseHeading phase={phase} />
            </div>
            <Timer timer={state.timer} className="screen2-timer-small" />
          </div>
          {next?.kind === 'table-round' ? (
            <GoToTables state={state} round={next.round ?? 1} />
          ) : (
            next !== undefined && <NextUp state={state} phase={next} />
          )}
        </div>
      );
    }
    case 'table-round':
      return (
        <div>
          <PhaseHeading phase={phase} />
          <Timer timer={state.timer} className="screen2-timer" />
          <RoundCounts state={state} round={phase.round ?? 1} />
        </div>
      );
    case 'wrap-up': {
      const results = (
        <div className="screen2-stack">
          <PhaseHeading phase={phase} />
          {votingStarted(state) ? <VoteResults state={state} /> : <Highlights state={state} />}
        </div>
      );
      if (!hasGroups(state)) return results;
      // The reference wrap-up calls people to the working groups and has no closing phase after it.
      return (
        <div className="screen2-wrap">
          {results}
          <div className="screen2-side">
            <WorkingGroups state={state} />
            <JoinBox joinCode={state.joinCode} kind="groups" />
          </div>
        </div>
      );
    }
    case 'closing':
      return (
        <div className="screen2-split">
          <div>
            <PhaseHeading phase={phase} />
            <WorkingGroups state={state} />
          </div>
          <JoinBox joinCode={state.joinCode} kind="groups" />
        </div>
      );
    case 'social':
      return <Thanks state={state} phase={phase} />;
    default:
      return assertNever(phase.kind);
  }
}

function Focused({
  state,
  view,
  tableId,
}: {
  state: SessionState;
  view: Exclude<ScreenFocusView, 'auto'>;
  tableId: string | null;
}) {
  switch (view) {
    case 'themes':
      return <ThemesOnScreen state={state} />;
    case 'cloud':
      return <CloudOnScreen state={state} tableId={tableId} />;
    case 'groups':
      return <GroupsOnScreen state={state} />;
    default:
      return assertNever(view);
  }
}

const hasGroups = (state: SessionState) => state.workingGroups.length > 0;

function PhaseHeading({ phase }: { phase: Phase }) {
  return (
    <>
      {/* Only the title is live: a screen reader hears the phase change, not every tick. */}
      <h1 className="screen2-phase" aria-live="polite">
        {phase.title}
      </h1>
      {phase.instruction !== '' && <p className="screen2-instruction">{phase.instruction}</p>}
    </>
  );
}

function NextUp({ state, phase }: { state: SessionState; phase: Phase }) {
  const t = useT();
  const plan = usePlan(state);
  return <p className="screen2-next">{t('screen.next', { time: plan.plannedAt(phase.id), title: phase.title })}</p>;
}

function WalkIn({ state, phase }: { state: SessionState; phase: Phase | null }) {
  const t = useT();
  const plan = usePlan(state);
  const joined = Object.keys(state.participants).length;
  return (
    <div className="screen2-split">
      <div>
        {phase === null ? (
          <h1 className="screen2-phase" aria-live="polite">
            {t('screen.welcome')}
          </h1>
        ) : (
          <PhaseHeading phase={phase} />
        )}
        <p className="screen2-joined" aria-live="polite">
          {t('screen.joined', { count: joined })}
        </p>
        {state.agenda[0] !== undefined && (
          <p className="screen2-next">
            {t('screen.startsAt', {
              time: plan.plannedAt((state.agenda.find((p) => p.kind !== 'walk-in') ?? state.agenda[0]).id),
            })}
          </p>
        )}
      </div>
      <JoinBox joinCode={state.joinCode} kind="join" />
    </div>
  );
}

function Thanks({ state, phase }: { state: SessionState; phase?: Phase }) {
  const t = useT();
  return (
    <div className="screen2-split">
      <div>
        {/* The social phase says its own thanks in its title and instruction; after the end, we do. */}
        {phase === undefined ? (
          <h1 className="screen2-phase" aria-live="polite">
            {t('screen.thanks')}
          </h1>
        ) : (
          <PhaseHeading phase={phase} />
        )}
        <p className="screen2-instruction">{t('screen.report')}</p>
      </div>
      {/* After the end too: "the same link" needs the QR that is that link, for who did not keep it. */}
      <JoinBox joinCode={state.joinCode} kind="report" />
    </div>
  );
}
