import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { sessionPlanning, type PlanScope, type PublishedPlan } from '../../../../../shared/rotation/from-session';
import { useT } from '../../../i18n';
import { fetchMetBefore } from '../../../net/api';
import { useCommand } from '../../../net/useCommand';
import { useStore } from '../../../store';
import { ErrorLine } from '../ErrorLine';
import type { PlanKind, PlanOutcome } from './compute';
import { KeepTogether } from './KeepTogether';
import { PersonRounds } from './PersonRounds';
import { PlanResult } from './PlanResult';
import { TableLists } from './TableLists';
import { loadPublished, loadScope, savePublished, saveScope } from './publishedPlan';
import { usePlanner } from './usePlanner';

/**
 * The seating plan: make one from the picks before round 1, judge it in words, publish it, and
 * re-plan when people arrive or leave during the evening. The planner runs in a worker; the
 * server checks every published plan again.
 */
export function PlanPanel({ state, token }: { state: SessionState; token: string }) {
  const t = useT();
  const language = useStore((s) => s.ui.language);
  const plan = usePlanner();
  const { run, busy: sending, error, clearError } = useCommand();
  const { published, remember } = usePublishedPlan(state);
  const metBefore = useMetBefore(state, token);
  const [outcome, setOutcome] = useState<PlanOutcome | null>(null);
  const [madeFrom, setMadeFrom] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<'ready' | 'published' | 'failed' | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [listsOpen, setListsOpen] = useState(false);
  const scopeId = useId();
  const [chosenScope, setChosenScope] = useState<PlanScope>(() => loadScope(state.id));
  const everyone = Object.values(state.participants);
  const checkedIn = everyone.filter((p) => p.checkedInAt !== null).length;
  // Only a choice once some (not all) checked in: with nobody checked in it would plan no one.
  const offerScope = checkedIn > 0 && checkedIn < everyone.length;
  const scope: PlanScope = chosenScope === 'checkedIn' && checkedIn > 0 ? 'checkedIn' : 'everyone';

  // Only these parts of the state matter to a plan: cards, votes and timers come and go all
  // evening, and re-reading 1000 people's seats on each of them would slow the cockpit down.
  const { participants, assignments, tables, rounds, phaseLog, agenda, planPublishedAt, teams } = state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: on purpose only the parts a plan reads (see above), not the whole state
  const planning = useMemo(
    () =>
      sessionPlanning(
        { ...state, participants, assignments, tables, rounds, phaseLog, agenda, planPublishedAt, teams },
        published,
        scope,
      ),
    [participants, assignments, tables, rounds, phaseLog, agenda, planPublishedAt, teams, published, scope],
  );
  // What a plan was made from; when this changes, the plan on screen no longer fits the room.
  const input = useMemo(
    () =>
      JSON.stringify([
        planning.instance.participants,
        planning.instance.tables,
        planning.instance.teams,
        planning.history,
        planning.manual,
      ]),
    [planning],
  );
  const joined = planning.instance.participants.length;
  const tableIds = new Set(state.tables.map((x) => x.id));
  const pickedAll = everyone.filter((p) => p.picks.some((id) => tableIds.has(id))).length;
  const at = state.planPublishedAt ?? null;
  const changes = [
    planning.arrivals.length > 0 ? t('plan.arrivals', { count: planning.arrivals.length }) : null,
    planning.leavers.length > 0 ? t('plan.leavers', { count: planning.leavers.length }) : null,
  ].filter((x): x is string => x !== null);

  const closeLists = useCallback(() => setListsOpen(false), []);
  const make = async (kind: PlanKind) => {
    setBusy(true);
    setSaid(null);
    clearError();
    const made = input;
    const result = await plan(kind, state, published, scope, metBefore);
    setBusy(false);
    setOutcome(result);
    setMadeFrom(made);
    setSaid(result === null ? 'failed' : result.ok ? 'ready' : null);
  };
  const publish = async () => {
    if (outcome === null || !outcome.ok) return;
    const ack = await run({ type: 'plan.publish', plan: outcome.payload });
    if (!ack.ok) return;
    remember(outcome.payload, ack.v);
    setOutcome(null);
    setSaid('published');
    // The publish button goes away with the plan: keep the keyboard on the answer.
    requestAnimationFrame(() => status.current?.focus());
  };

  if (state.tables.length === 0) {
    return (
      <section className="panel plan" aria-labelledby="plan-title">
        <h2 id="plan-title">{t('plan.title')}</h2>
        <p>{t('plan.noTables')}</p>
      </section>
    );
  }
  return (
    <section className="panel plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p className="muted">{t('plan.intro')}</p>
      <p>
        {everyone.length === 0
          ? t('plan.nobody')
          : // Over everyone who joined, also when the plan is for the checked-in only (the hint below says so).
            t('plan.picked', { count: pickedAll, joined: everyone.length })}
      </p>
      {offerScope && (
        <div className="plan-scope">
          <input
            id={scopeId}
            className="plan-scope-box"
            type="checkbox"
            checked={scope === 'checkedIn'}
            aria-describedby={`${scopeId}-hint`}
            onChange={(e) => {
              const next: PlanScope = e.target.checked ? 'checkedIn' : 'everyone';
              setChosenScope(next);
              saveScope(state.id, next);
            }}
          />
          <label htmlFor={scopeId}>{t('plan.scopeCheckedIn')}</label>
          <p id={`${scopeId}-hint`} className="hint">
            {t('plan.scopeHint', { checkedIn, joined: everyone.length })}
          </p>
        </div>
      )}
      <p>
        {at === null
          ? t('plan.notPublished')
          : t('plan.published', {
              time: new Date(at).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }),
            })}
      </p>
      {at !== null && changes.length > 0 && (
        <div className="notice">
          <p className="plan-since">{t('plan.since', { what: changes.join(', ') })}</p>
          <p className="hint">{t('plan.sinceHint')}</p>
        </div>
      )}
      <div className="buttons">
        {at !== null && changes.length > 0 && (
          <button type="button" className="primary" disabled={busy} onClick={() => void make('replan')}>
            {t('plan.replan')}
          </button>
        )}
        <button
          type="button"
          className={at === null ? 'primary' : undefined}
          disabled={busy || joined === 0}
          onClick={() => void make('fresh')}
        >
          {at === null ? t('plan.make') : t('plan.makeNew')}
        </button>
        {at !== null && (
          <button type="button" onClick={() => setListsOpen(true)}>
            {t('plan.lists')}
          </button>
        )}
      </div>
      {listsOpen && <TableLists state={state} onClose={closeLists} />}
      <p ref={status} role="status" tabIndex={-1} className="plan-status">
        {busy
          ? t('plan.making')
          : said === 'ready'
            ? t('plan.ready')
            : said === 'published'
              ? t('plan.publishedNow')
              : ''}
      </p>
      {said === 'failed' && (
        <p className="error" role="alert">
          {t('plan.failed')}
        </p>
      )}
      {outcome !== null && !outcome.ok && (
        <p className="error" role="alert">
          {problemText(t, outcome.problems[0]?.code)}{' '}
          <span className="error-detail">({outcome.problems.map((p) => p.message).join('; ')})</span>
        </p>
      )}
      {outcome !== null && outcome.ok && (
        <PlanResult state={state} outcome={outcome} stale={madeFrom !== input} published={at !== null}>
          <div className="buttons plan-publish">
            <button
              type="button"
              className="primary"
              disabled={sending || busy}
              onClick={() => void publish()}
              aria-describedby="plan-publish-hint"
            >
              {t('plan.publish')}
            </button>
          </div>
          <p id="plan-publish-hint" className="hint">
            {t('plan.publishHint')}
          </p>
          <ErrorLine error={error} />
        </PlanResult>
      )}
      {joined > 0 && (
        <PersonRounds state={state} planning={planning} outcome={outcome !== null && outcome.ok ? outcome : null} />
      )}
      <KeepTogether state={state} />
    </section>
  );
}

function problemText(t: ReturnType<typeof useT>, code: string | undefined): string {
  if (code === 'LOCK_OVER_CAPACITY') return t('plan.problem.LOCK_OVER_CAPACITY');
  if (code === 'NO_TABLES') return t('plan.problem.NO_TABLES');
  return t('plan.problem');
}

/**
 * The plan this cockpit published, once the state shows that publication (its `planPublishedAt`
 * is what the stored copy is tied to).
 */
function usePublishedPlan(state: SessionState): {
  published: PublishedPlan | null;
  remember: (plan: PublishedPlan, v: number) => void;
} {
  const [pending, setPending] = useState<{ plan: PublishedPlan; v: number } | null>(null);
  const [saved, setSaved] = useState(0);
  const at = state.planPublishedAt ?? null;
  useEffect(() => {
    if (pending === null || state.version < pending.v || at === null) return;
    savePublished(state.id, at, pending.plan);
    setPending(null);
    setSaved((n) => n + 1);
  }, [pending, state.version, state.id, at]);
  // `saved` re-reads the copy just stored.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `saved` is the signal to read the stored copy again
  const published = useMemo(() => loadPublished(state.id, at), [state.id, at, saved]);
  return { published, remember: (plan, v) => setPending({ plan, v }) };
}

/**
 * Who of the programme members here already sat together in an earlier session of the series:
 * the planner then seats them with new people. Only the server holds the earlier sessions, so it
 * is asked again whenever someone here is recognised (or no longer is). None outside a programme,
 * and none when the question fails: a plan without it is still a good plan.
 */
function useMetBefore(state: SessionState, token: string): readonly (readonly [string, string])[] {
  const [pairs, setPairs] = useState<readonly (readonly [string, string])[]>([]);
  const follows = (state.programme?.sessionIds.length ?? 0) > 0;
  const members = Object.values(state.participants)
    .flatMap((p) => (p.memberId == null ? [] : [`${p.id}:${p.memberId}`]))
    .sort()
    .join(' ');
  useEffect(() => {
    if (!follows || members === '') return setPairs([]);
    let current = true;
    fetchMetBefore(state.id, token).then(
      (r) => current && setPairs(r.pairs),
      () => current && setPairs([]),
    );
    return () => {
      current = false;
    };
  }, [state.id, token, follows, members]);
  return pairs;
}
