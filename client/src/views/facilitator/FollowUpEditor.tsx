import { useId, useState } from 'react';
import type { Card } from '../../../../shared/model/session';
import { draftOf, FollowUpFields, FollowUpLine, followUpOf } from '../../components/Recommendation';
import { useT } from '../../i18n';
import type { useCommand } from '../../net/useCommand';

type Run = ReturnType<typeof useCommand>['run'];

/**
 * A recommendation's owner and date in the card feed: the facilitator gathers who takes each one
 * on and by when, also after the evening (the rules let them, not the words of someone's card).
 */
export function FollowUpEditor({ card, run, busy }: { card: Card; run: Run; busy: boolean }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(draftOf(card));
  if (!open)
    return (
      <>
        <FollowUpLine card={card} className="card-meta" />
        <button
          type="button"
          className="small"
          onClick={() => {
            setDraft(draftOf(card));
            setOpen(true);
          }}
        >
          {t('cockpit.rec.edit')}
          <span className="visually-hidden">: {card.text.slice(0, 60)}</span>
        </button>
      </>
    );
  const save = () => {
    const { owner, due } = followUpOf(draft);
    const changes = {
      ...(owner !== (card.owner ?? null) ? { owner } : {}),
      ...(due !== (card.due ?? null) ? { due } : {}),
    };
    if (Object.keys(changes).length === 0) {
      setOpen(false);
      return;
    }
    void run({ type: 'card.edit', cardId: card.id, ...changes }).then((ack) => ack.ok && setOpen(false));
  };
  return (
    <form
      className="follow-up-edit"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <FollowUpFields idPrefix={id} value={draft} onChange={setDraft} disabled={busy} />
      <div className="buttons tight">
        <button type="submit" className="small primary" disabled={busy}>
          {t('cockpit.rec.save')}
        </button>
        <button type="button" className="small" onClick={() => setOpen(false)}>
          {t('cockpit.rec.cancel')}
        </button>
      </div>
    </form>
  );
}
