import { useId, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { describePerson } from '../../../../../shared/rotation/describe';
import type { SessionPlanning } from '../../../../../shared/rotation/from-session';
import { useT } from '../../../i18n';
import type { PlanOutcome } from './compute';

/**
 * One person's rounds and why: the table, whether they chose it, whom they meet again, and
 * whether the facilitator set that seat by hand. From the new plan when there is one, else as
 * people sit now. People without a name are numbered in the order they joined, as when moving.
 */
export function PersonRounds({
  state,
  planning,
  outcome,
}: {
  state: SessionState;
  planning: SessionPlanning;
  outcome: Extract<PlanOutcome, { ok: true }> | null;
}) {
  const t = useT();
  const id = useId();
  const [person, setPerson] = useState('');
  const people = planning.instance.participants.map((p) => p.id);
  // Numbered over everyone who joined, as in "Iemand verplaatsen", also when the plan leaves some out.
  const joinOrder = new Map(
    Object.values(state.participants)
      .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
      .map((p, i) => [p.id, i] as const),
  );
  const label = (pid: string) =>
    state.participants[pid]?.name ?? t('cockpit.personN', { n: (joinOrder.get(pid) ?? 0) + 1 });
  const instance = outcome?.instance ?? planning.instance;
  const plan = outcome?.plan ?? planning.current;
  const byHand = new Set(planning.manual.map((s) => `${s.participantId}:${s.round}`));
  const title = (tableId: string) => state.tables.find((x) => x.id === tableId)?.title ?? tableId;
  const picked = (instance.participants.find((p) => p.id === person)?.picks ?? []).length > 0;
  return (
    <details className="plan-person">
      <summary>{t('plan.person')}</summary>
      <div className="field">
        <label htmlFor={id}>{t('plan.personLabel')}</label>
        <select id={id} value={person} onChange={(e) => setPerson(e.target.value)}>
          <option value="">{t('plan.personChoose')}</option>
          {people.map((pid) => (
            <option key={pid} value={pid}>
              {label(pid)}
            </option>
          ))}
        </select>
      </div>
      {person !== '' && (
        <>
          <p className="muted">{outcome === null ? t('plan.personNow') : t('plan.personInPlan')}</p>
          <ul className="plan-rounds">
            {describePerson(instance, plan, person).map((d) => {
              const notes = [
                d.tableId !== null && picked
                  ? d.pickRank === null
                    ? t('plan.notPicked')
                    : t('plan.pickRank', { rank: d.pickRank })
                  : null,
                d.metBefore.length > 0 ? t('plan.metBefore', { count: d.metBefore.length }) : null,
                byHand.has(`${person}:${d.round}`) ? t('plan.byHand') : null,
              ].filter((x): x is string => x !== null);
              return (
                <li key={d.round}>
                  {d.tableId === null
                    ? t('plan.personOut', { round: d.round + 1 })
                    : t('plan.personRound', { round: d.round + 1, table: title(d.tableId) })}
                  {notes.length > 0 && <span className="muted"> ({notes.join(' · ')})</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}
