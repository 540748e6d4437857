import type { Card } from '../../../shared/model/session';
import { LIMITS } from '../../../shared/protocol/limits';
import { useT } from '../i18n';
import { useStore } from '../store';

/** A recommendation's owner and date as typed: blank owner or date means "not yet". */
export type FollowUpDraft = { owner: string; due: string };

export const NO_FOLLOW_UP: FollowUpDraft = { owner: '', due: '' };

export function draftOf(card: Pick<Card, 'owner' | 'due'>): FollowUpDraft {
  return { owner: card.owner ?? '', due: card.due ?? '' };
}

/** What a card.add or card.edit carries for the draft: blank is null (nobody yet, no date). */
export function followUpOf(draft: FollowUpDraft): { owner: string | null; due: string | null } {
  const owner = draft.owner.trim();
  return { owner: owner === '' ? null : owner, due: draft.due === '' ? null : draft.due };
}

/**
 * Who takes a recommendation on, and by when: a text field and the browser's own date picker
 * (it gives YYYY-MM-DD and only real dates, in the reader's own date format).
 */
export function FollowUpFields({
  idPrefix,
  value,
  onChange,
  disabled = false,
}: {
  idPrefix: string;
  value: FollowUpDraft;
  onChange: (next: FollowUpDraft) => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <div className="follow-up-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-owner`}>{t('host.rec.owner')}</label>
        <input
          id={`${idPrefix}-owner`}
          type="text"
          maxLength={LIMITS.name}
          autoComplete="off"
          value={value.owner}
          disabled={disabled}
          aria-describedby={`${idPrefix}-owner-hint`}
          onChange={(e) => onChange({ ...value, owner: e.target.value })}
        />
        <p id={`${idPrefix}-owner-hint`} className="hint">
          {t('host.rec.ownerHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-due`}>{t('host.rec.due')}</label>
        <input
          id={`${idPrefix}-due`}
          type="date"
          value={value.due}
          disabled={disabled}
          aria-describedby={`${idPrefix}-due-hint`}
          onChange={(e) => onChange({ ...value, due: e.target.value })}
        />
        <p id={`${idPrefix}-due-hint`} className="hint">
          {t('host.rec.dueHint')}
        </p>
      </div>
    </div>
  );
}

/** "Wie: Wijkteam · Klaar op: 1 maart 2026", in the app's language; nothing when neither is set. */
export function FollowUpLine({ card, className = 'muted' }: { card: Pick<Card, 'owner' | 'due'>; className?: string }) {
  const t = useT();
  const language = useStore((s) => s.ui.language);
  const owner = card.owner ?? null;
  const due = card.due ?? null;
  if (owner === null && due === null) return null;
  const date =
    due === null
      ? null
      : new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(Date.parse(due));
  return (
    <p className={`follow-up-line ${className}`}>
      {owner !== null && <span>{t('host.rec.ownerShown', { owner })}</span>}
      {owner !== null && date !== null && ' · '}
      {due !== null && date !== null && (
        <span>
          {t('host.rec.due')}: <time dateTime={due}>{date}</time>
        </span>
      )}
    </p>
  );
}
