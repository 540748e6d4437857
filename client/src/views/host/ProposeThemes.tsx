import { nanoid } from 'nanoid';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Card, SessionState, Theme } from '../../../../shared/model/session';
import type { CommandError } from '../../../../shared/protocol/errors';
import { LIMITS } from '../../../../shared/protocol/limits';
import { themeList, themeOfCard } from '../../../../shared/rules/themes';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useLiveConnection } from '../../net/useConnection';

const storageKey = (sessionId: string, tableId: string) => `tafelronde:proposed:${sessionId}:${tableId}`;

/**
 * The ids of the proposals this tablet has seen as its own. An accepted proposal is a theme of
 * the evening like any other (its `proposedBy` is gone), so only the tablet can still say "yours";
 * kept on the device so a reload does not forget it.
 */
function readProposed(sessionId: string, tableId: string): Set<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(storageKey(sessionId, tableId)) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeProposed(sessionId: string, tableId: string, ids: Set<string>): void {
  try {
    localStorage.setItem(storageKey(sessionId, tableId), JSON.stringify([...ids]));
  } catch {
    // Private mode without storage: "yours" lasts for this page's life only.
  }
}

/** The table's cards that can go into a theme: not hidden, not merged into another. */
function groupable(state: SessionState, tableId: string): Card[] {
  return Object.values(state.cards)
    .filter((c) => c.tableId === tableId && !c.hidden && c.mergedInto === null)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * The host groups their table's cards into proposed themes for the central wrap-up; the
 * facilitator accepts them (or not). A proposal stays the host's to rename or delete until then.
 * What happens to a proposal (sent, renamed, accepted, gone) is said in one live region.
 */
export function ProposeThemes({ state, tableId }: { state: SessionState; tableId: string }) {
  const t = useT();
  const can = useCan(state);
  const [news, setNews] = useState('');
  const cards = groupable(state, tableId);
  const ours = new Set(cards.map((c) => c.id));
  const themes = themeList(state);
  const own = themes.filter((x) => x.proposedBy === tableId);
  const evening = themes.filter((x) => x.proposedBy === null && x.cardIds.some((id) => ours.has(id)));
  const open = can({ type: 'theme.create', themeId: 'probe', label: 'probe', cardIds: [] });
  const closed = !open.ok && open.error.code === 'WRONG_PHASE';

  // Remember own proposals, and say so when one is accepted or taken away by the facilitator.
  const proposed = useRef<Set<string> | null>(null);
  proposed.current ??= readProposed(state.id, tableId);
  const before = useRef<Map<string, string>>(new Map(own.map((x) => [x.id, x.label])));
  const mine = useRef<Set<string>>(new Set());
  const ownKey = own.map((x) => `${x.id}:${x.label}`).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownKey stands for the own proposals
  useEffect(() => {
    const remembered = proposed.current ?? new Set<string>();
    const now = new Map(own.map((x) => [x.id, x.label]));
    let grew = false;
    for (const id of now.keys())
      if (!remembered.has(id)) {
        remembered.add(id);
        grew = true;
      }
    if (grew) writeProposed(state.id, tableId, remembered);
    for (const [id, label] of before.current) {
      if (now.has(id) || mine.current.has(id)) continue;
      const theme = themes.find((x) => x.id === id);
      setNews(
        theme?.proposedBy === null
          ? t('host.themes.acceptedNews', { label: theme.label })
          : t('host.themes.goneNews', { label }),
      );
    }
    before.current = now;
  }, [ownKey, state.id, tableId]);

  return (
    <section className="panel host-themes" aria-labelledby="themes-title">
      <h2 id="themes-title">{t('host.themes.title')}</h2>
      <p className="hint">{t('host.themes.hint')}</p>
      <p role="status" className="host-themes-news">
        {news}
      </p>
      {closed ? (
        <p className="hint host-closed">{t('host.themes.closed')}</p>
      ) : (
        <NewProposal state={state} cards={cards} onSent={setNews} />
      )}
      <h3>{t('host.themes.own')}</h3>
      {own.length === 0 ? (
        <p className="muted">{t('host.themes.ownNone')}</p>
      ) : (
        <ul className="list" aria-label={t('host.themes.own')}>
          {own.map((theme) => (
            <OwnProposal
              key={theme.id}
              state={state}
              theme={theme}
              cards={cards}
              onNews={setNews}
              onDeleting={(id) => mine.current.add(id)}
            />
          ))}
        </ul>
      )}
      <h3>{t('host.themes.evening')}</h3>
      <p className="hint">{t('host.themes.eveningHint')}</p>
      {evening.length === 0 ? (
        <p className="muted">{t('host.themes.eveningNone')}</p>
      ) : (
        <ul className="list" aria-label={t('host.themes.evening')}>
          {evening.map((theme) => (
            <li key={theme.id} className="item host-theme host-theme-accepted">
              <p className="host-card-meta">
                <span className="host-badge">✓ {t('host.themes.accepted')}</span>
                {proposed.current?.has(theme.id) && <span className="muted">{t('host.themes.yours')}</span>}
              </p>
              <p className="host-theme-label">{theme.label}</p>
              <ThemeCards theme={theme} cards={cards} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The cards of this table in a theme (others' cards are not this tablet's to show). */
function ThemeCards({ theme, cards }: { theme: Theme; cards: Card[] }) {
  const t = useT();
  const shown = theme.cardIds.flatMap((id) => cards.filter((c) => c.id === id));
  return (
    <>
      <p className="muted small">{t('host.themes.cardCount', { count: shown.length })}</p>
      {shown.length > 0 && (
        <ul className="host-theme-cards">
          {shown.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function NewProposal({ state, cards, onSent }: { state: SessionState; cards: Card[]; onSent: (news: string) => void }) {
  const t = useT();
  const id = useId();
  const connection = useLiveConnection();
  const [label, setLabel] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  // A card that left the harvest (hidden, merged, withdrawn) or went into a theme of the evening
  // meanwhile is no longer a choice: its box shows why, and the count says what goes.
  const lockedIn = (cardId: string) => themeOfCard(state, cardId)?.proposedBy === null;
  const chosen = picked.filter((c) => cards.some((x) => x.id === c) && !lockedIn(c));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const name = label.trim();
    if (name === '') {
      setProblem(t('host.themes.needLabel'));
      labelRef.current?.focus();
      return;
    }
    if (chosen.length === 0) {
      setProblem(t('host.themes.needCards'));
      return;
    }
    setProblem(null);
    void connection.send({ type: 'theme.create', themeId: nanoid(), label: name, cardIds: chosen }).then((ack) => {
      if (!ack.ok) {
        setError(ack.error);
        return;
      }
      onSent(t('host.themes.sent', { label: name }));
    });
    // Cleared at once: on a tablet offline the proposal waits in the outbox like a card does.
    setLabel('');
    setPicked([]);
  };

  if (cards.length === 0) return <p className="muted">{t('host.themes.noCards')}</p>;
  return (
    <form className="host-propose" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('host.themes.new')}</h3>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('host.themes.label')}</label>
        <input
          ref={labelRef}
          id={`${id}-label`}
          type="text"
          maxLength={LIMITS.title}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </div>
      <fieldset>
        <legend>{t('host.themes.cards')}</legend>
        {cards.map((card, i) => {
          const inTheme = themeOfCard(state, card.id);
          const locked = lockedIn(card.id);
          const note =
            inTheme === null
              ? null
              : locked
                ? t('host.themes.inEvening', { label: inTheme.label })
                : t('host.themes.inProposal', { label: inTheme.label });
          return (
            <div key={card.id} className="check host-theme-pick">
              <input
                id={`${id}-c${i}`}
                type="checkbox"
                checked={chosen.includes(card.id)}
                disabled={locked}
                aria-describedby={note === null ? undefined : `${id}-n${i}`}
                onChange={(e) => {
                  const on = e.target.checked;
                  setPicked((p) => (on ? [...p, card.id] : p.filter((x) => x !== card.id)));
                }}
              />
              <span>
                <label htmlFor={`${id}-c${i}`}>{card.text}</label>
                {note !== null && (
                  <span id={`${id}-n${i}`} className="hint block">
                    {note}
                  </span>
                )}
              </span>
            </div>
          );
        })}
      </fieldset>
      <p className="hint">{t('host.themes.picked', { count: chosen.length })}</p>
      <p className="error" role="alert">
        {problem}
      </p>
      <ErrorText error={error} />
      <button type="submit" className="primary host-add">
        {t('host.themes.submit')}
      </button>
    </form>
  );
}

function OwnProposal({
  state,
  theme,
  cards,
  onNews,
  onDeleting,
}: {
  state: SessionState;
  theme: Theme;
  cards: Card[];
  onNews: (news: string) => void;
  onDeleting: (themeId: string) => void;
}) {
  const t = useT();
  const id = useId();
  const can = useCan(state);
  const connection = useLiveConnection();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(theme.label);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const mayRename = can({ type: 'theme.rename', themeId: theme.id, label: theme.label }).ok;
  const mayDelete = can({ type: 'theme.delete', themeId: theme.id }).ok;

  const stopRenaming = () => {
    setRenaming(false);
    // Back where the host was, not to the top of the page.
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const save = () => {
    const label = draft.trim();
    if (label === '' || label === theme.label) {
      stopRenaming();
      return;
    }
    setError(null);
    void connection.send({ type: 'theme.rename', themeId: theme.id, label }).then((ack) => {
      if (ack.ok) onNews(t('host.themes.renamed', { label }));
      else setError(ack.error);
    });
    stopRenaming();
  };
  const remove = () => {
    setError(null);
    onDeleting(theme.id);
    void connection.send({ type: 'theme.delete', themeId: theme.id }).then((ack) => {
      if (ack.ok) onNews(t('host.themes.deleted', { label: theme.label }));
      else setError(ack.error);
    });
  };

  return (
    <li className="item host-theme">
      <p className="host-card-meta">
        <span className="host-badge host-badge-unsent">{t('host.themes.waiting')}</span>
      </p>
      {renaming ? (
        <div className="field">
          <label htmlFor={`${id}-rename`}>{t('host.themes.renameLabel')}</label>
          <input
            id={`${id}-rename`}
            type="text"
            maxLength={LIMITS.title}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                e.preventDefault();
                save();
              }
              if (e.key === 'Escape') stopRenaming();
            }}
          />
          <div className="buttons">
            <button type="button" className="primary" onClick={save}>
              {t('host.themes.save')}
            </button>
            <button type="button" onClick={stopRenaming}>
              {t('host.themes.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p className="host-theme-label">{theme.label}</p>
      )}
      <ThemeCards theme={theme} cards={cards} />
      {!renaming && (
        <div className="buttons host-card-actions">
          {!confirming ? (
            <>
              {/* The name says which proposal; it starts with the visible word (WCAG label in name). */}
              <button
                ref={renameButton}
                type="button"
                disabled={!mayRename}
                aria-label={`${t('host.themes.rename')}: ${theme.label}`}
                onClick={() => {
                  setDraft(theme.label);
                  setRenaming(true);
                }}
              >
                {t('host.themes.rename')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={!mayDelete}
                aria-label={`${t('host.themes.delete')}: ${theme.label}`}
                onClick={() => setConfirming(true)}
              >
                {t('host.themes.delete')}
              </button>
            </>
          ) : (
            <>
              <span>{t('host.themes.deleteSure')}</span>
              <button type="button" className="danger primary" onClick={remove}>
                {t('host.themes.deleteYes')}
              </button>
              <button type="button" autoFocus onClick={() => setConfirming(false)}>
                {t('host.themes.keep')}
              </button>
            </>
          )}
        </div>
      )}
      <ErrorText error={error} />
    </li>
  );
}
