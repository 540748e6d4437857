import { nanoid } from 'nanoid';
import { type FormEvent, type KeyboardEvent, memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { type SessionState, TEAM_MIN, type Team, teamsOf } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { useStore } from '../../../store';
import { ErrorLine } from '../ErrorLine';

type Draft = { teamId: string | null; label: string; members: readonly string[]; stays: boolean };
const EMPTY: Draft = { teamId: null, label: '', members: [], stays: false };

/** Lower case without accents, so "zoe" finds Zoë. */
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * Keep together: people the planner seats as one (colleagues who came together, a workshop
 * trio), some at one table all evening. The people are a searchable list of checkboxes, so a
 * room of 200 stays workable by keyboard: type part of a name, arrow down into the list, space
 * to tick. Only facilitators hold teams; the server checks every one again.
 */
export function KeepTogether({ state }: { state: SessionState }) {
  const t = useT();
  const language = useStore((s) => s.ui.language);
  const { run, busy, error, clearError } = useCommand();
  const ids = { name: useId(), search: useId(), stays: useId(), people: useId() };
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const teams = Object.values(teamsOf(state)).sort((a, b) => a.label.localeCompare(b.label, language));
  const { participants } = state;
  // Numbered in the order they joined, as in "Iemand verplaatsen" and the person's rounds.
  const people = useMemo(
    () =>
      Object.values(participants)
        .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
        .map((p, i) => ({ id: p.id, label: p.name ?? t('cockpit.personN', { n: i + 1 }) })),
    [participants, t],
  );
  const labelOf = new Map(people.map((p) => [p.id, p.label]));
  const teamOf = new Map(teams.flatMap((team) => team.memberIds.map((id) => [id, team] as const)));
  const names = (memberIds: readonly string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(memberIds.map((id) => labelOf.get(id) ?? id));
  const q = folded(query.trim());
  // Everyone stays in the list and a search only hides rows: no row is built again per keystroke.
  const shown = useMemo(
    () => new Set(people.filter((p) => q === '' || folded(p.label).includes(q)).map((p) => p.id)),
    [people, q],
  );
  const chosen = new Set(draft.members);

  // Stable, so typing a name does not re-render 200 unchanged rows.
  const toggle = useCallback((id: string, on: boolean) => {
    setProblem(null);
    setDraft((d) => ({ ...d, members: on ? [...d.members, id] : d.members.filter((m) => m !== id) }));
  }, []);
  const edit = (team: Team) => {
    clearError();
    setProblem(null);
    setAsking(null);
    setDraft({ teamId: team.id, label: team.label, members: team.memberIds, stays: team.stays });
    setQuery('');
    nameInput.current?.focus();
  };
  const reset = () => {
    setDraft(EMPTY);
    setQuery('');
    setProblem(null);
    clearError();
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const label = draft.label.trim();
    const refused =
      label === ''
        ? t('plan.teams.needName')
        : draft.members.length < TEAM_MIN
          ? t('plan.teams.tooFew')
          : draft.members.length > LIMITS.teamMembers
            ? t('plan.teams.tooMany', { max: LIMITS.teamMembers })
            : null;
    setProblem(refused);
    if (refused !== null) {
      if (label === '') nameInput.current?.focus();
      return;
    }
    const ack = await run({
      type: 'team.set',
      teamId: draft.teamId ?? nanoid(),
      label,
      memberIds: [...draft.members],
      stays: draft.stays,
    });
    if (!ack.ok) return;
    setSaid(t('plan.teams.saved', { team: label }));
    setDraft(EMPTY);
    setQuery('');
  };
  const remove = async (team: Team) => {
    const ack = await run({ type: 'team.delete', teamId: team.id });
    if (!ack.ok) return;
    setAsking(null);
    if (draft.teamId === team.id) setDraft(EMPTY);
    setSaid(t('plan.teams.deleted', { team: team.label }));
    nameInput.current?.focus();
  };
  // Arrows walk the checkboxes (Tab would be 200 stops); from the search field, down enters the list.
  const boxes = () => [...(list.current?.querySelectorAll<HTMLInputElement>('li:not([hidden]) input') ?? [])];
  const walk = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = boxes();
    const at = all.indexOf(document.activeElement as HTMLInputElement);
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    e.preventDefault();
    if (next < 0) document.getElementById(ids.search)?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };
  const fromSearch = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      boxes()[0]?.focus();
    }
    // Enter in the search field must not save a half-made group.
    if (e.key === 'Enter') e.preventDefault();
  };
  const editing = draft.teamId === null ? null : (teamsOf(state)[draft.teamId] ?? null);
  const closed = state.status === 'ended';

  return (
    <details className="plan-teams">
      <summary>{t('plan.teams.summary', { count: teams.length })}</summary>
      <p className="muted">{t('plan.teams.intro')}</p>
      <p role="status" className="ok">
        {said}
      </p>
      <h3 id={`${ids.people}-list`}>{t('plan.teams.listTitle')}</h3>
      {teams.length === 0 ? (
        <p>{t('plan.teams.none')}</p>
      ) : (
        <ul className="team-list" aria-labelledby={`${ids.people}-list`}>
          {teams.map((team) => (
            <li key={team.id}>
              <p>
                <strong>{team.label}</strong>{' '}
                <span className="muted">
                  ({t('plan.teams.members', { count: team.memberIds.length })}
                  {team.stays ? `, ${t('plan.teams.staysNote')}` : ''})
                </span>
                <br />
                {names(team.memberIds)}
              </p>
              {asking === team.id ? (
                <div className="notice" role="group" aria-label={t('plan.teams.deleteAsk', { team: team.label })}>
                  <p>{t('plan.teams.deleteAsk', { team: team.label })}</p>
                  <div className="buttons tight">
                    <button
                      type="button"
                      className="small danger primary"
                      disabled={busy}
                      onClick={() => void remove(team)}
                    >
                      {t('plan.teams.deleteYes')}
                    </button>
                    {/* The safe choice has the focus: Enter by accident keeps the group. */}
                    <button type="button" className="small" autoFocus onClick={() => setAsking(null)}>
                      {t('plan.teams.deleteNo')}
                    </button>
                  </div>
                </div>
              ) : (
                !closed && (
                  <div className="buttons tight">
                    <button type="button" className="small" onClick={() => edit(team)}>
                      {t('plan.teams.edit')}
                      <span className="visually-hidden">: {team.label}</span>
                    </button>
                    <button type="button" className="small danger" onClick={() => setAsking(team.id)}>
                      {t('plan.teams.delete')}
                      <span className="visually-hidden">: {team.label}</span>
                    </button>
                  </div>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {!closed && people.length >= TEAM_MIN && (
        <form className="team-form" onSubmit={(e) => void save(e)} aria-labelledby={`${ids.people}-form`} noValidate>
          <h3 id={`${ids.people}-form`}>
            {editing === null ? t('plan.teams.newTitle') : t('plan.teams.editTitle', { team: editing.label })}
          </h3>
          <div className="field">
            <label htmlFor={ids.name}>{t('plan.teams.name')}</label>
            <input
              ref={nameInput}
              id={ids.name}
              type="text"
              value={draft.label}
              maxLength={LIMITS.title}
              autoComplete="off"
              onChange={(e) => {
                setProblem(null);
                setDraft((d) => ({ ...d, label: e.target.value }));
              }}
            />
          </div>
          <fieldset className="team-people">
            <legend>{t('plan.teams.people', { max: LIMITS.teamMembers })}</legend>
            <div className="field">
              <label htmlFor={ids.search}>{t('plan.teams.search')}</label>
              <input
                id={ids.search}
                type="search"
                value={query}
                autoComplete="off"
                aria-describedby={`${ids.search}-hint`}
                aria-controls={ids.people}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={fromSearch}
              />
              <p id={`${ids.search}-hint`} className="hint">
                {t('plan.teams.searchHint')}
              </p>
            </div>
            {shown.size === 0 && <p>{t('plan.teams.noMatch', { query: query.trim() })}</p>}
            <ul id={ids.people} ref={list} className="team-choices" onKeyDown={walk} hidden={shown.size === 0}>
              {people.map((p) => {
                const other = teamOf.get(p.id);
                const elsewhere = other !== undefined && other.id !== draft.teamId ? other.label : null;
                return (
                  <Choice
                    key={p.id}
                    id={p.id}
                    label={p.label}
                    checked={chosen.has(p.id)}
                    hidden={!shown.has(p.id)}
                    note={elsewhere === null ? null : t('plan.teams.inOther', { team: elsewhere })}
                    onToggle={toggle}
                  />
                );
              })}
            </ul>
            <p aria-live="polite" className="team-chosen">
              {draft.members.length === 0
                ? t('plan.teams.chosenNone')
                : t('plan.teams.chosen', { count: draft.members.length, names: names(draft.members) })}
            </p>
            <p className="hint">{t('plan.teams.movesHint')}</p>
          </fieldset>
          <div className="plan-scope">
            <input
              id={ids.stays}
              className="plan-scope-box"
              type="checkbox"
              checked={draft.stays}
              aria-describedby={`${ids.stays}-hint`}
              onChange={(e) => setDraft((d) => ({ ...d, stays: e.target.checked }))}
            />
            <label htmlFor={ids.stays}>{t('plan.teams.stays')}</label>
            <p id={`${ids.stays}-hint`} className="hint">
              {t('plan.teams.staysHint')}
            </p>
          </div>
          {problem !== null && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>
              {t('plan.teams.save')}
            </button>
            {(draft.teamId !== null || draft.members.length > 0 || draft.label !== '') && (
              <button type="button" onClick={reset}>
                {t('plan.teams.cancel')}
              </button>
            )}
          </div>
          <ErrorLine error={error} />
        </form>
      )}
    </details>
  );
}

/** One person to tick; unchanged rows are not rendered again. */
const Choice = memo(function Choice(props: {
  id: string;
  label: string;
  checked: boolean;
  hidden: boolean;
  note: string | null;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <li hidden={props.hidden}>
      <label>
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onToggle(props.id, e.target.checked)} />{' '}
        {props.label}
        {props.note !== null && <span className="muted"> ({props.note})</span>}
      </label>
    </li>
  );
});
