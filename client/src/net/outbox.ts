import type { Card } from '../../../shared/model/session';
import type { Command } from '../../../shared/protocol/commands';
import type { CommandError, ErrorCode } from '../../../shared/protocol/errors';
import type { CommandAck } from '../../../shared/protocol/socket';

/**
 * The outbox: commands this device made that the server has not acknowledged yet, in the order
 * they were made. Pure functions only; the connection sends them and a store keeps them on the
 * device (see outboxStore.ts).
 *
 * Rules, and why:
 * - Strictly in order, one at a time (`next`): a rate-limited command that is retried later can
 *   never overtake the one after it, so 25 cards arrive as 25 cards in the order they were said.
 * - A command keeps its id for life: a re-send after a dropped connection is acknowledged by the
 *   server with the original version and applied once.
 * - A change to a card whose `card.add` has never left the device rewrites that add (the server
 *   gets the final text, once); withdrawing it removes it. Once an add has been emitted the server
 *   may have applied it, so later changes go as their own commands behind it.
 * - Words are never dropped: a `card.add` or `card.edit` the server refuses for good stays here,
 *   marked refused, until the author has seen it (and copied it) and dismisses it.
 */
export type OutboxEntry = {
  command: Command;
  /** When the author made it (this device's clock): the order of unsent cards on screen. */
  queuedAt: number;
  /** Emitted at least once: the server may have applied it, so it can no longer be rewritten. */
  sent: boolean;
  /** Why the server refused it for good; null while it is waiting to be sent. */
  refused: CommandError | null;
};
export type Outbox = readonly OutboxEntry[];

/** Refusals that say "not now" rather than "no": the command waits and goes again. */
export function retryable(code: ErrorCode, durable: boolean): boolean {
  // RATE_LIMITED passes by itself. UNAVAILABLE (the server cannot write) passes when the disk is
  // fixed; a device that keeps its outbox waits for that, other views show the error instead.
  return code === 'RATE_LIMITED' || (durable && code === 'UNAVAILABLE');
}

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

function cardIdOf(command: Command): string | null {
  switch (command.type) {
    case 'card.add':
    case 'card.edit':
    case 'card.withdraw':
    case 'card.highlight':
      return command.cardId;
    default:
      return null;
  }
}

/** Which entry (index) a new command can be folded into, and how; null: append it. */
function foldTarget(outbox: Outbox, command: Command): number | null {
  const open = (e: OutboxEntry) => !e.sent || e.refused !== null;
  for (let i = outbox.length - 1; i >= 0; i--) {
    const entry = outbox[i];
    if (entry === undefined || !open(entry)) continue;
    const queued = entry.command;
    switch (command.type) {
      case 'card.edit':
        if ((queued.type === 'card.add' || queued.type === 'card.edit') && queued.cardId === command.cardId) return i;
        break;
      case 'card.withdraw':
        if (queued.type === 'card.add' && queued.cardId === command.cardId) return i;
        break;
      case 'card.highlight':
        if (queued.type === 'card.highlight' && queued.cardId === command.cardId && entry.refused === null) return i;
        break;
      case 'summary.set':
        if (queued.type === 'summary.set' && queued.tableId === command.tableId && entry.refused === null) return i;
        break;
      default:
        return null;
    }
  }
  return null;
}

function applyEdit<C extends Of<'card.add'> | Of<'card.edit'>>(target: C, edit: Of<'card.edit'>): C {
  const next: C = {
    ...target,
    ...(edit.text === undefined ? {} : { text: edit.text }),
    ...(edit.kind === undefined ? {} : { kind: edit.kind }),
    ...(edit.tags === undefined ? {} : { tags: edit.tags }),
    ...(edit.owner === undefined ? {} : { owner: edit.owner }),
    ...(edit.due === undefined ? {} : { due: edit.due }),
  };
  // Away from recommendation the server clears owner and date; naming them then would be refused.
  if (next.kind !== undefined && next.kind !== 'recommendation') {
    delete next.owner;
    delete next.due;
  }
  return next;
}

export type Enqueued = {
  outbox: Outbox;
  /** The entry whose ack answers this command: its own id, or the id it was folded into; null when it cancelled an unsent add. */
  answeredBy: string | null;
  /** Ids removed without ever being sent (a withdrawn unsent card). */
  cancelled: readonly string[];
};

/** Add a command made on this device, folding it into an unsent one where that is the same change. */
export function enqueue(outbox: Outbox, command: Command, now: number): Enqueued {
  const at = foldTarget(outbox, command);
  const target = at === null ? undefined : outbox[at];
  if (at === null || target === undefined) {
    return {
      outbox: [...outbox, { command, queuedAt: now, sent: false, refused: null }],
      answeredBy: command.id,
      cancelled: [],
    };
  }
  const replace = (next: OutboxEntry) => outbox.map((e, i) => (i === at ? next : e));
  const queued = target.command;
  if (command.type === 'card.withdraw') {
    // The card never reached the server (or was refused): withdrawing it means forgetting it.
    return { outbox: outbox.filter((_, i) => i !== at), answeredBy: null, cancelled: [queued.id] };
  }
  if (command.type === 'card.edit' && (queued.type === 'card.add' || queued.type === 'card.edit')) {
    return {
      outbox: replace({ ...target, command: applyEdit(queued, command) }),
      answeredBy: queued.id,
      cancelled: [],
    };
  }
  if (command.type === 'card.highlight' && queued.type === 'card.highlight') {
    return {
      outbox: replace({ ...target, command: { ...queued, on: command.on } }),
      answeredBy: queued.id,
      cancelled: [],
    };
  }
  if (command.type === 'summary.set' && queued.type === 'summary.set') {
    return {
      outbox: replace({ ...target, command: { ...queued, text: command.text } }),
      answeredBy: queued.id,
      cancelled: [],
    };
  }
  return {
    outbox: [...outbox, { command, queuedAt: now, sent: false, refused: null }],
    answeredBy: command.id,
    cancelled: [],
  };
}

/** The command to send now: the first one still waiting. Refused entries are skipped; they wait for the author. */
export function next(outbox: Outbox): OutboxEntry | null {
  return outbox.find((e) => e.refused === null) ?? null;
}

export function markSent(outbox: Outbox, id: string): Outbox {
  return outbox.map((e) => (e.command.id === id && !e.sent ? { ...e, sent: true } : e));
}

export type Settled = {
  outbox: Outbox;
  /** done: acknowledged; retry: goes again later, in its place; refused: the server said no for good. */
  outcome: 'done' | 'retry' | 'refused' | 'unknown';
  /** Later entries about the same card that were dropped because their card was refused. */
  dropped: readonly string[];
};

/** The server answered command `id`. A second answer for the same id (a re-send) finds nothing and changes nothing. */
export function settle(outbox: Outbox, id: string, ack: CommandAck, durable: boolean): Settled {
  const index = outbox.findIndex((e) => e.command.id === id);
  const entry = outbox[index];
  if (entry === undefined || entry.refused !== null) return { outbox, outcome: 'unknown', dropped: [] };
  if (ack.ok) return { outbox: outbox.filter((_, i) => i !== index), outcome: 'done', dropped: [] };
  if (retryable(ack.error.code, durable)) return { outbox, outcome: 'retry', dropped: [] };
  const command = entry.command;
  if (command.type !== 'card.add' && command.type !== 'card.edit') {
    // Nothing written to lose (a highlight, a vote): the view that sent it shows the error.
    return { outbox: outbox.filter((_, i) => i !== index), outcome: 'refused', dropped: [] };
  }
  // Keep the words. Changes queued behind a refused card cannot apply to it any more.
  const dropped =
    command.type === 'card.add'
      ? outbox.filter((e, i) => i > index && cardIdOf(e.command) === command.cardId).map((e) => e.command.id)
      : [];
  const kept = outbox
    .filter((e) => !dropped.includes(e.command.id))
    .map((e) => (e.command.id === id ? { ...e, refused: ack.error } : e));
  return { outbox: kept, outcome: 'refused', dropped };
}

/** The author has seen a refused entry (and copied its text): let it go. */
export function dismiss(outbox: Outbox, id: string): Outbox {
  return outbox.filter((e) => !(e.command.id === id && e.refused !== null));
}

/** Everything is out: no entry waits to be sent (refused ones may remain, for the author). */
export function waiting(outbox: Outbox): number {
  return outbox.filter((e) => e.refused === null).length;
}

/** A card as a host sees it in the stream: the server's card with this device's unsent changes on top. */
export type StreamCard = Card & {
  /** unsent: made or changed here and not acknowledged yet; refused: the server will not take it. */
  delivery: 'acknowledged' | 'unsent' | 'refused';
  refusal: CommandError | null;
};

/**
 * The cards of one table as this device should show them: the server's view, plus cards still in
 * the outbox (shown at once, marked unsent), with unsent edits, withdrawals and highlights applied.
 * `authorId` is the author key the server would give this device's cards (`host:<tableId>`).
 */
export function streamCards(
  cards: Readonly<Record<string, Card>>,
  outbox: Outbox,
  tableId: string,
  authorId: string,
  round: number | null,
): StreamCard[] {
  const out = new Map<string, StreamCard>();
  for (const card of Object.values(cards)) {
    if (card.tableId !== tableId || card.hidden || card.mergedInto !== null) continue;
    out.set(card.id, { ...card, delivery: 'acknowledged', refusal: null });
  }
  const mark = (card: StreamCard, entry: OutboxEntry): StreamCard => ({
    ...card,
    // A refused change wins over "unsent": the author must see it.
    delivery: entry.refused !== null ? 'refused' : card.delivery === 'refused' ? 'refused' : 'unsent',
    refusal: entry.refused ?? card.refusal,
  });
  for (const entry of outbox) {
    const c = entry.command;
    switch (c.type) {
      case 'card.add': {
        if (c.tableId !== undefined && c.tableId !== tableId) break;
        const known = out.get(c.cardId);
        // Already applied by the server (its batch came before the ack): show the server's card.
        if (known !== undefined && entry.refused === null) {
          out.set(c.cardId, mark(known, entry));
          break;
        }
        const card: Card = {
          id: c.cardId,
          tableId,
          round,
          kind: c.kind,
          text: c.text,
          tags: c.tags,
          ...(c.kind === 'recommendation' ? { owner: c.owner ?? null, due: c.due ?? null } : {}),
          authorRole: 'host',
          authorId,
          createdAt: entry.queuedAt,
          editedAt: null,
          hidden: false,
          highlighted: false,
          mergedInto: null,
        };
        out.set(c.cardId, mark({ ...card, delivery: 'unsent', refusal: null }, entry));
        break;
      }
      case 'card.edit': {
        const known = out.get(c.cardId);
        if (known === undefined) break;
        out.set(c.cardId, mark(editCard(known, c), entry));
        break;
      }
      case 'card.withdraw':
        if (entry.refused === null) out.delete(c.cardId);
        break;
      case 'card.highlight': {
        const known = out.get(c.cardId);
        if (known !== undefined && entry.refused === null)
          out.set(c.cardId, { ...mark(known, entry), highlighted: c.on });
        break;
      }
      default:
        break;
    }
  }
  return [...out.values()];
}

function editCard(card: StreamCard, edit: Of<'card.edit'>): StreamCard {
  const kind = edit.kind ?? card.kind;
  return {
    ...card,
    ...(edit.text === undefined ? {} : { text: edit.text }),
    ...(edit.kind === undefined ? {} : { kind: edit.kind }),
    ...(edit.tags === undefined ? {} : { tags: edit.tags }),
    ...(edit.owner === undefined ? {} : { owner: edit.owner }),
    ...(edit.due === undefined ? {} : { due: edit.due }),
    // As the server does (rules/decide/cards.ts): owner and date go with the kind.
    ...(kind !== 'recommendation' && (card.owner != null || card.due != null) ? { owner: null, due: null } : {}),
  };
}
