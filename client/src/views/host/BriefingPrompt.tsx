import { useEffect, useRef, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { currentRound } from '../../../../shared/rules/phase';
import { useT } from '../../i18n';
import { CardItem, useTableCards } from './Stream';

/** Per round a few key points are enough to talk from; the rest is one tap away ("Eerdere rondes"). */
const PER_ROUND = 5;

const storageKey = (sessionId: string, tableId: string) => `tafelronde:briefed:${sessionId}:${tableId}`;

/** The round this tablet's host already closed the prompt for; it survives a reload of the page. */
function readBriefed(sessionId: string, tableId: string): number | null {
  try {
    const value = Number(localStorage.getItem(storageKey(sessionId, tableId)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function writeBriefed(sessionId: string, tableId: string, round: number): void {
  try {
    localStorage.setItem(storageKey(sessionId, tableId), String(round));
  } catch {
    // Private mode without storage: the prompt is closed for this page's life only.
  }
}

/**
 * When a new round starts the host's first job is to tell the new group what earlier groups said
 * at this table. This panel comes up at the top of the tablet in that round, with the summary and
 * per earlier round its highlights (or, without highlights, its first cards), and takes the focus
 * so a screen reader announces it. Closing it returns the focus to the capture field.
 */
export function BriefingPrompt({
  state,
  tableId,
  onShowAll,
  onClose,
}: {
  state: SessionState;
  tableId: string;
  onShowAll: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const round = currentRound(state);
  const [briefed, setBriefed] = useState(() => readBriefed(state.id, tableId));
  const panel = useRef<HTMLElement>(null);
  const earlier = useTableCards(state, tableId).filter((c) => c.round !== null && round !== null && c.round < round);
  const summary = state.summaries[tableId] ?? '';
  const open = round !== null && round > 1 && (briefed ?? 0) < round && (earlier.length > 0 || summary !== '');

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  if (!open) return null;
  const close = () => {
    writeBriefed(state.id, tableId, round);
    setBriefed(round);
    onClose();
  };
  const rounds = [...new Set(earlier.map((c) => c.round as number))].sort((a, b) => a - b);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="panel host-prompt"
      aria-labelledby="host-prompt-title"
      aria-describedby="host-prompt-hint"
    >
      <h2 id="host-prompt-title">{t('host.prompt.title', { round })}</h2>
      <p id="host-prompt-hint">{t('host.prompt.hint')}</p>
      {summary !== '' && (
        <>
          <h3>{t('host.prompt.summary')}</h3>
          <p className="host-summary-shown">{summary}</p>
        </>
      )}
      {rounds.map((r) => {
        const inRound = earlier.filter((c) => c.round === r);
        const highlights = inRound.filter((c) => c.highlighted);
        const points = (highlights.length > 0 ? highlights : inRound)
          .sort((a, b) => a.createdAt - b.createdAt)
          .slice(0, PER_ROUND);
        const title = t('host.briefing.round', { round: r });
        return (
          <section key={r} aria-label={title} className="host-round">
            <h3>{title}</h3>
            <ul className="list">
              {points.map((card) => (
                <CardItem key={card.id} card={card} />
              ))}
            </ul>
          </section>
        );
      })}
      <div className="buttons">
        <button type="button" className="primary" onClick={close}>
          {t('host.prompt.done')}
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            onShowAll();
          }}
        >
          {t('host.prompt.all')}
        </button>
      </div>
    </section>
  );
}
