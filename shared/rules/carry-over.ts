import { z } from 'zod';
import type { Question, SessionState, Setup, Table } from '../model/session';
import { LIMITS } from '../protocol/limits';
import { themesOf } from '../model/session';

/**
 * What the next session of a programme (reeks) takes over from the one before. The facilitator
 * chooses per item; the setup itself (agenda, rounds, categories, goals, venue, language) always
 * comes along, because the next meeting of a series is run the same way unless changed.
 */
export const CarryOptions = z
  .object({
    /**
     * `same`: the earlier tables (title, key question, prompts, capacity, online link);
     * `themes`: one table per theme of the earlier harvest, titled by the theme (the Leerkring
     * start session's chosen themes become the local sessions' tables). Proposals not accepted
     * are left out.
     */
    tables: z.enum(['same', 'themes']).default('same'),
    /**
     * Added to each table's prompts: the table's highlighted cards (`same` tables), or the
     * theme's cards (`themes` tables). Up to LIMITS.prompts per table, each cut to its limit.
     */
    cardsAsPrompts: z.boolean().default(false),
    /** Info-point questions still open (new, or to be answered later), as new questions without an asker. */
    openQuestions: z.boolean().default(true),
    /** The working groups (titles, descriptions); their members come along only as programme members who agreed. */
    workingGroups: z.boolean().default(true),
  })
  .strict();
export type CarryOptions = z.infer<typeof CarryOptions>;

/** What the next session starts with: its setup and the questions it inherits. */
export type NextSession = { setup: Setup; questions: Question[] };

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Visible, unmerged cards in the order given; what a table or theme "said". */
function liveCardTexts(state: SessionState, ids: readonly string[]): string[] {
  return ids
    .map((id) => state.cards[id])
    .filter((c) => c !== undefined && !c.hidden && c.mergedInto === null)
    .map((c) => cut(c!.text, LIMITS.shortText));
}

function sameTables(from: SessionState, cardsAsPrompts: boolean): Table[] {
  return from.tables.map((table) => {
    const highlights = Object.values(from.cards)
      .filter((c) => c.tableId === table.id && c.highlighted)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((c) => c.id);
    const added = cardsAsPrompts ? liveCardTexts(from, highlights) : [];
    return { ...structuredClone(table), prompts: [...table.prompts, ...added].slice(0, LIMITS.prompts) };
  });
}

function themeTables(from: SessionState, cardsAsPrompts: boolean): Table[] {
  const capacity = Math.max(1, ...from.tables.map((t) => t.capacity));
  return Object.values(themesOf(from))
    .filter((theme) => theme.proposedBy === null)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .slice(0, LIMITS.tables)
    .map((theme) => ({
      id: theme.id,
      title: cut(theme.label, LIMITS.title),
      keyQuestion: '',
      prompts: cardsAsPrompts ? liveCardTexts(from, theme.cardIds).slice(0, LIMITS.prompts) : [],
      capacity,
      host: '',
    }));
}

/** Open means someone still waits for an answer: not answered, not hidden, not a duplicate. */
function openQuestions(from: SessionState): Question[] {
  return Object.values(from.questions)
    .filter(
      (q) =>
        !q.hidden && q.mergedInto === null && (q.status === 'new' || q.status === 'follow-up') && q.answer === null,
    )
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((q) => ({ ...structuredClone(q), authorId: null, status: 'new' as const, beforehand: true }));
}

/**
 * The next session's setup from an earlier session. Pure: the server gives it a new id, codes
 * and the programme link. Table ids are kept (or are the themes' ids), so host codes can be made
 * per table and a table's history stays traceable across the series.
 */
export function nextSession(from: SessionState, options: CarryOptions): NextSession {
  const tables =
    options.tables === 'themes' ? themeTables(from, options.cardsAsPrompts) : sameTables(from, options.cardsAsPrompts);
  const tableIds = new Set(tables.map((t) => t.id));
  const setup: Setup = {
    title: from.title,
    date: null,
    venue: from.venue,
    language: from.language,
    goals: [...from.goals],
    agenda: structuredClone(from.agenda),
    tables,
    rounds: { ...from.rounds },
    infoCategories: structuredClone(from.infoCategories),
    workingGroups: options.workingGroups
      ? from.workingGroups.map((g) => ({
          ...g,
          tableId: g.tableId !== null && tableIds.has(g.tableId) ? g.tableId : null,
        }))
      : [],
  };
  return { setup, questions: options.openQuestions ? openQuestions(from) : [] };
}
