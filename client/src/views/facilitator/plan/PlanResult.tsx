import { useId, type ReactNode } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { qualityFacts, roundSeats } from '../../../../../shared/rotation/describe';
import { useT } from '../../../i18n';
import type { PlanOutcome } from './compute';
import { factWords, isBreak } from './words';

/** More broken seats than this are summed up: the facilitator needs to see that, not read 40 lines. */
const MAX_BREAKS = 6;

/** A plan that is not published yet: its quality in words, the seats per table and round, and (children) the publish button. */
export function PlanResult({
  state,
  outcome,
  stale,
  published,
  children,
}: {
  state: SessionState;
  outcome: Extract<PlanOutcome, { ok: true }>;
  stale: boolean;
  published: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const caption = useId();
  const title = (id: string) => state.tables.find((x) => x.id === id)?.title ?? id;
  const seats = roundSeats(outcome.instance, outcome.plan);
  const groups = outcome.instance.groups?.length ?? 0;
  const facts = qualityFacts(outcome.score, { violations: outcome.violations, seats: seats.slice(outcome.fixedRounds) })
    // Mix means nothing when (almost) nobody said which group they belong to.
    .filter((f) => f.kind !== 'mix' || groups >= 2);
  const breaks = facts.filter(isBreak);
  const shown = [...breaks.slice(0, MAX_BREAKS), ...facts.filter((f) => !isBreak(f))];
  return (
    <div className="plan-result">
      <h3 id="plan-quality">{t('plan.quality')}</h3>
      <ul className="plan-facts" aria-labelledby="plan-quality">
        {shown.map((f, k) => (
          <li key={k} className={isBreak(f) ? 'plan-break' : undefined}>
            {factWords(t, f, title)}
          </li>
        ))}
        {breaks.length > MAX_BREAKS && (
          <li className="plan-break">{t('plan.fact.more', { count: breaks.length - MAX_BREAKS })}</li>
        )}
      </ul>
      {published && <p>{t('plan.moved', { count: outcome.moved.length })}</p>}
      {outcome.kept > 0 && <p>{t('plan.kept', { count: outcome.kept })}</p>}
      {outcome.fixedRounds > 0 && <p>{t('plan.fixed', { count: outcome.fixedRounds })}</p>}
      {stale && <p className="notice">{t('plan.stale')}</p>}
      {/* Many rounds or a phone: the table scrolls in its box, which the keyboard can reach too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable) */}
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={caption}>
        <table className="seat-table">
          <caption id={caption}>{t('plan.seatsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cockpit.table')}</th>
              {seats.map((s) => (
                <th scope="col" key={s.round} className="num plan-round">
                  {t('phase.round', { round: s.round + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outcome.instance.tables.map((table) => (
              <tr key={table.id}>
                <th scope="row">
                  {title(table.id)} <span className="plan-cap">{t('plan.capacity', { count: table.capacityMax })}</span>
                </th>
                {seats.map((s) => {
                  const n = s.perTable[table.id] ?? 0;
                  const off = s.round >= outcome.fixedRounds && (n > table.capacityMax || n < table.capacityMin);
                  return (
                    <td key={s.round} className={off ? 'num plan-off' : 'num'}>
                      {n}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('plan.out')}</th>
              {seats.map((s) => (
                <td key={s.round} className="num">
                  {s.out}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {children}
    </div>
  );
}
