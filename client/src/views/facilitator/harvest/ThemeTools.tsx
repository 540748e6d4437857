import { nanoid } from 'nanoid';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Theme } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { ErrorLine } from '../ErrorLine';
import { splitThemes } from './board';
import { useBoard } from './boardContext';

/** Rename in place: the button opens a field with the name; Escape or "cancel" closes it again. */
export function RenameTheme({ theme }: { theme: Theme }) {
  const t = useT();
  const board = useBoard();
  const { run, busy, error, clearError } = useCommand();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(theme.label);
  const open = useRef<HTMLButtonElement>(null);
  const ids = { field: useId(), error: useId() };
  const back = useRef(false);
  // The button is drawn again once the field closes: it takes the focus back then.
  useEffect(() => {
    if (editing || !back.current) return;
    back.current = false;
    open.current?.focus();
  }, [editing]);
  const close = () => {
    back.current = true;
    setEditing(false);
    clearError();
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const next = label.trim();
    if (busy || next === '') return;
    const ack = await run({ type: 'theme.rename', themeId: theme.id, label: next });
    if (!ack.ok) return;
    board.announce(t('harvest.renamed', { theme: next }));
    close();
  };
  if (!editing)
    return (
      <button
        ref={open}
        type="button"
        className="small"
        onClick={() => {
          setLabel(theme.label);
          setEditing(true);
        }}
      >
        {t('harvest.rename')}
        <span className="visually-hidden">: {theme.label}</span>
      </button>
    );
  return (
    <form className="tb-rename" onSubmit={(e) => void save(e)}>
      <label htmlFor={ids.field}>{t('harvest.rename.label')}</label>
      <div className="tb-move-row">
        <input
          id={ids.field}
          type="text"
          value={label}
          maxLength={LIMITS.title}
          // biome-ignore lint/a11y/noAutofocus: the field opens on the user's own press, to type in.
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setLabel(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && close()}
          aria-describedby={error === null ? undefined : ids.error}
        />
        <button type="submit" className="small primary">
          {t('harvest.rename.save')}
        </button>
        <button type="button" className="small" onClick={close}>
          {t('harvest.rename.cancel')}
        </button>
      </div>
      <ErrorLine error={error} id={ids.error} />
    </form>
  );
}

/** All cards of this theme go to another one, after its own; this theme is gone. */
export function MergeTheme({ theme }: { theme: Theme }) {
  const t = useT();
  const board = useBoard();
  const { run, busy, error } = useCommand();
  const [into, setInto] = useState('');
  const ids = { select: useId(), error: useId() };
  const { evening, proposals } = splitThemes(board.state);
  const others = [...evening, ...proposals].filter((x) => x.id !== theme.id);
  if (others.length === 0) return null;
  const merge = async (e: FormEvent) => {
    e.preventDefault();
    const target = others.find((x) => x.id === into);
    if (busy || target === undefined) return;
    const ack = await run({ type: 'theme.merge', themeId: theme.id, intoThemeId: target.id });
    if (!ack.ok) return;
    board.announce(t('harvest.merged', { from: theme.label, into: target.label }));
    board.setWant({ kind: 'theme', themeId: target.id });
  };
  return (
    <form className="tb-tool" onSubmit={(e) => void merge(e)}>
      <label htmlFor={ids.select}>
        {t('harvest.merge.label')}
        <span className="visually-hidden"> ({theme.label})</span>
      </label>
      <div className="tb-move-row">
        <select
          id={ids.select}
          value={into}
          onChange={(e) => setInto(e.target.value)}
          aria-describedby={error === null ? undefined : ids.error}
        >
          <option value="">{t('harvest.move.choose')}</option>
          {others.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
        <button type="submit" className="small" disabled={into === ''}>
          {t('harvest.merge.button')}
          <span className="visually-hidden">: {theme.label}</span>
        </button>
      </div>
      <ErrorLine error={error} id={ids.error} />
    </form>
  );
}

/** The ticked cards of this theme become a theme of their own, with a name the facilitator gives. */
export function SplitTheme({ theme, cardIds }: { theme: Theme; cardIds: string[] }) {
  const t = useT();
  const board = useBoard();
  const { run, busy, error } = useCommand();
  const [label, setLabel] = useState('');
  const ids = { field: useId(), error: useId() };
  const split = async (e: FormEvent) => {
    e.preventDefault();
    const name = label.trim();
    if (busy || name === '') return;
    const newThemeId = nanoid();
    const ack = await run({ type: 'theme.split', themeId: theme.id, newThemeId, label: name, cardIds });
    if (!ack.ok) return;
    setLabel('');
    board.setSelected(cardIds, false);
    board.announce(t('harvest.split.done', { count: cardIds.length, theme: name }));
    board.setWant({ kind: 'theme', themeId: newThemeId });
  };
  return (
    <form className="tb-tool tb-split" onSubmit={(e) => void split(e)}>
      <label htmlFor={ids.field}>{t('harvest.split.label', { count: cardIds.length })}</label>
      <div className="tb-move-row">
        <input
          id={ids.field}
          type="text"
          value={label}
          maxLength={LIMITS.title}
          onChange={(e) => setLabel(e.target.value)}
          aria-describedby={error === null ? undefined : ids.error}
        />
        <button type="submit" className="small" disabled={label.trim() === ''}>
          {t('harvest.split.button')}
          <span className="visually-hidden">: {theme.label}</span>
        </button>
      </div>
      <ErrorLine error={error} id={ids.error} />
    </form>
  );
}

/** Delete asks first: the cards go back to the pool, and any dots on the theme are given back. */
export function DeleteTheme({ theme }: { theme: Theme }) {
  const t = useT();
  const board = useBoard();
  const { run, busy, error, clearError } = useCommand();
  const [asking, setAsking] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (asking || !back.current) return;
    back.current = false;
    ask.current?.focus();
  }, [asking]);
  const open = (on: boolean) => {
    back.current = !on;
    setAsking(on);
    clearError();
  };
  const remove = async () => {
    if (busy) return;
    const ack = await run({ type: 'theme.delete', themeId: theme.id });
    if (!ack.ok) return;
    board.announce(t('harvest.deleted', { theme: theme.label }));
    board.setWant({ kind: 'board' });
  };
  if (!asking)
    return (
      <button ref={ask} type="button" className="small danger" onClick={() => open(true)}>
        {t('harvest.delete')}
        <span className="visually-hidden">: {theme.label}</span>
      </button>
    );
  return (
    <div className="notice tb-confirm" role="group" aria-label={t('harvest.delete.ask', { theme: theme.label })}>
      <p>{t('harvest.delete.ask', { theme: theme.label })}</p>
      <div className="buttons tight">
        <button type="button" className="small danger primary" onClick={() => void remove()}>
          {t('harvest.delete.yes')}
        </button>
        {/* The safe choice has the focus: Enter by accident keeps the theme. */}
        {/* biome-ignore lint/a11y/noAutofocus: the question opens on the user's own press. */}
        <button type="button" className="small" autoFocus onClick={() => open(false)}>
          {t('harvest.delete.no')}
        </button>
      </div>
      <ErrorLine error={error} />
    </div>
  );
}
