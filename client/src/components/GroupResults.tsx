import type { GroupResults as Split, SessionState, StakeholderGroup } from '../../../shared/model/session';
import { themesOf } from '../../../shared/model/session';
import { MIN_GROUP_VOTERS } from '../../../shared/rules/vote-results';
import { useT } from '../i18n';
import { groupSplit } from './group-split';
import './harvest-views.css';

/**
 * The dot-vote split by stakeholder group: per group the share of its dots each card or theme
 * got, the places where groups differ most marked. Small groups are never a column (see
 * groupSplit): with two civil servants, "the municipality's votes" are two people's votes.
 */
export function GroupResults({
  state,
  byGroup,
  limit,
  variant,
}: {
  state: SessionState;
  byGroup: Split;
  limit: number;
  variant: 'screen' | 'panel';
}) {
  const t = useT();
  const captionId = `groups-caption-${variant}`;
  const split = groupSplit(byGroup);
  const label = targetLabel(state);
  const rows = split.rows.filter((r) => label(r.targetId) !== null).slice(0, limit);
  const name = (key: StakeholderGroup | 'rest') => (key === 'rest' ? t('wrapup.groups.rest') : t(`group.${key}`));
  if (rows.length === 0) return <p className={`groups-note groups-${variant}`}>{t('wrapup.groups.none')}</p>;
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  return (
    <div className={`groups groups-${variant}`}>
      {split.columns.length === 0 ? (
        <p className="groups-note">{t('wrapup.groups.tooFew', { min: MIN_GROUP_VOTERS })}</p>
      ) : (
        rows.some((r) => r.mark !== null) && (
          <p className="groups-note">
            <span className="groups-flag" aria-hidden="true">
              ◆
            </span>{' '}
            {t('wrapup.groups.differHint')}
          </p>
        )
      )}
      {/* The caption, seen: outside the scrolling box, so it wraps to the panel's width. */}
      {variant === 'panel' && (
        <p className="hint" aria-hidden="true">
          {t('wrapup.groups.caption')}
        </p>
      )}
      {/* On a phone with four groups the table can be wider than the screen: it scrolls on its own, by keyboard too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1). */}
      <div
        className="groups-scroll"
        tabIndex={variant === 'panel' ? 0 : undefined}
        role="region"
        aria-labelledby={captionId}
      >
        <table className="groups-table">
          <caption id={captionId} className="visually-hidden">
            {t('wrapup.groups.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('wrapup.groups.target')}</th>
              {split.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {name(c.key)}
                  <span className="groups-voters">{t('wrapup.groups.voters', { count: c.voters })}</span>
                </th>
              ))}
              <th scope="col">{t('wrapup.groups.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.targetId} className={r.mark !== null ? 'groups-marked' : undefined}>
                <th scope="row">
                  <span className="groups-label">
                    {r.mark !== null && (
                      <span className="groups-flag" aria-hidden="true">
                        ◆{' '}
                      </span>
                    )}
                    {label(r.targetId)}
                  </span>
                  {r.mark !== null && (
                    <span className="groups-differ">
                      {t('wrapup.groups.differ', {
                        most: name(r.mark.most as StakeholderGroup),
                        least: name(r.mark.least as StakeholderGroup),
                      })}
                    </span>
                  )}
                </th>
                {r.cells.map((cell, i) => (
                  <td key={split.columns[i]!.key}>{pct(cell.share)}</td>
                ))}
                <td>{variant === 'screen' ? t('screen.dots', { count: r.total }) : r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {variant === 'panel' && <p className="muted">{t('wrapup.groups.folded', { min: MIN_GROUP_VOTERS })}</p>}
    </div>
  );
}

/** What a vote's target is called: the theme's label, or the card's text; null when it is gone. */
function targetLabel(state: SessionState): (id: string) => string | null {
  const themes = themesOf(state);
  return (id) =>
    (state.voting.on ?? 'highlights') === 'themes'
      ? (themes[id]?.label ?? null)
      : (() => {
          const card = state.cards[id];
          return card === undefined || card.hidden || card.mergedInto !== null ? null : card.text;
        })();
}
