import { nanoid } from 'nanoid';
import type { SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { SendTextForm } from '../../components/SendTextForm';
import { VideoCall } from '../../components/VideoCall';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { cardTable, seatToShow, type Seat } from './where';

/** "Round 1: go to table 2 — Wijksamenwerking", its key question, and during the round the table's cards. */
export function YourTable({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const seat = seatToShow(state, me);
  const can = useCan(state);
  if (seat === null) return null;
  const mayAdd = can({ type: 'card.add', cardId: 'probe', text: '?' }).ok;
  return (
    <section className="panel your-table" aria-labelledby="table-title">
      <h2 id="table-title" className="your-table-title">
        {seatText(t, seat)}
      </h2>
      {seat.table !== null && seat.table.keyQuestion !== '' && (
        <p>
          <span className="muted">{t('participant.where.question')}: </span>
          {seat.table.keyQuestion}
        </p>
      )}
      {seat.table !== null && <VideoCall table={seat.table} waiting={t('online.later')} />}
      {seat.now && seat.table !== null && (
        <>
          {/* A new form each round: round 1's "sent" says nothing about round 2's table. */}
          {mayAdd && <AddCard key={seat.round} />}
          <TableCards state={state} me={me} />
        </>
      )}
    </section>
  );
}

export function seatText(t: ReturnType<typeof useT>, seat: Seat): string {
  if (seat.table === null || seat.number === null)
    return t(seat.now ? 'participant.where.free' : 'participant.where.freeNext', { round: seat.round });
  return t(seat.now ? 'participant.where.now' : 'participant.where.next', {
    round: seat.round,
    number: seat.number,
    table: seat.table.title,
  });
}

/** No tableId: the server puts the card at the table this participant sits at this round. */
function AddCard() {
  const t = useT();
  return (
    <SendTextForm
      label={t('participant.card.label')}
      hint={t('participant.card.hint')}
      maxLength={LIMITS.cardText}
      sendLabel={t('participant.card.send')}
      sentText={t('participant.card.sent')}
      command={(text) => ({ type: 'card.add', cardId: nanoid(), text })}
    />
  );
}

/** The table's cards as they come in, newest first; a list, so a screen reader can count them. */
function TableCards({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const tableId = cardTable(state, me);
  const cards = Object.values(state.cards)
    .filter((c) => c.tableId === tableId)
    .sort((a, b) => b.createdAt - a.createdAt);
  return (
    <>
      <h3 id="table-cards-title">{t('participant.cards.title')}</h3>
      {cards.length === 0 ? (
        <p className="muted">{t('participant.cards.none')}</p>
      ) : (
        <ul className="list" aria-labelledby="table-cards-title">
          {cards.map((card) => (
            <li key={card.id} className="item">
              {card.text}
              {card.authorId === me && <span className="muted"> ({t('participant.cards.mine')})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
