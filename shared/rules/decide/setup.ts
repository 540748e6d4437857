import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import type { Event } from '../../protocol/events';
import type { SessionState } from '../../model/session';
import { accept, type Decision, firstDuplicate, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Preparing the evening. Editing stays possible while live: plans change on the night. */

export function sessionUpdate(_state: SessionState, c: Of<'session.update'>): Decision {
  const { id: _id, type: _type, ...fields } = c;
  const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return Object.keys(changed).length === 0 ? nothing : accept({ type: 'session.updated', ...changed });
}

export function agendaSet(state: SessionState, c: Of<'agenda.set'>): Decision {
  const dup = firstDuplicate(c.phases.map((p) => p.id));
  if (dup !== -1) return fail('VALIDATION', 'two phases have the same id', `phases.${dup}.id`);
  const tooFar = c.phases.findIndex((p) => p.round !== null && p.round > state.rounds.count);
  if (tooFar !== -1) return fail('VALIDATION', `there are only ${state.rounds.count} rounds`, `phases.${tooFar}.round`);
  if (state.currentPhaseId !== null && !c.phases.some((p) => p.id === state.currentPhaseId)) {
    return fail('CONFLICT', 'the phase that is running now cannot be removed');
  }
  return accept({ type: 'agenda.set', phases: c.phases });
}

export function tablesSet(state: SessionState, c: Of<'tables.set'>): Decision {
  const dup = firstDuplicate(c.tables.map((t) => t.id));
  if (dup !== -1) return fail('VALIDATION', 'two tables have the same id', `tables.${dup}.id`);
  const kept = new Set(c.tables.map((t) => t.id));
  const removed = state.tables.filter((t) => !kept.has(t.id));
  for (const table of removed) {
    // The harvest must never lose its table; a table with cards can be renamed, not removed.
    if (Object.values(state.cards).some((card) => card.tableId === table.id)) {
      return fail('CONFLICT', `table "${table.title}" has idea cards and cannot be removed`);
    }
    const seated = Object.values(state.assignments).some((rounds) => Object.values(rounds).includes(table.id));
    if (seated) return fail('CONFLICT', `people are placed at table "${table.title}"; move them first`);
  }
  const events: Event[] = [{ type: 'tables.set', tables: c.tables }];
  if (removed.length > 0) {
    // Picks and working groups that pointed to a removed table let go of it.
    for (const p of Object.values(state.participants)) {
      const picks = p.picks.filter((id) => kept.has(id));
      if (picks.length !== p.picks.length) events.push({ type: 'tables.picked', participantId: p.id, picks });
    }
    if (state.workingGroups.some((g) => g.tableId !== null && !kept.has(g.tableId))) {
      const groups = state.workingGroups.map((g) =>
        g.tableId !== null && !kept.has(g.tableId) ? { ...g, tableId: null } : g,
      );
      events.push({ type: 'workingGroups.set', groups });
    }
  }
  return accept(...events);
}

export function roundsSet(state: SessionState, c: Of<'rounds.set'>): Decision {
  const highest = Math.max(0, ...state.agenda.map((p) => p.round ?? 0));
  if (c.rounds.count < highest) {
    return fail('CONFLICT', `the agenda has a round ${highest}; remove that phase first`, 'rounds.count');
  }
  return accept({ type: 'rounds.set', rounds: c.rounds });
}

export function categoriesSet(state: SessionState, c: Of<'categories.set'>): Decision {
  const dup = firstDuplicate(c.categories.map((x) => x.id));
  if (dup !== -1) return fail('VALIDATION', 'two categories have the same id', `categories.${dup}.id`);
  const kept = new Set(c.categories.map((x) => x.id));
  const used = Object.values(state.questions).find((q) => !kept.has(q.categoryId));
  if (used !== undefined) return fail('CONFLICT', 'a category that has questions cannot be removed');
  return accept({ type: 'categories.set', categories: c.categories });
}

export function workingGroupsSet(state: SessionState, c: Of<'workingGroups.set'>): Decision {
  const dup = firstDuplicate(c.groups.map((g) => g.id));
  if (dup !== -1) return fail('VALIDATION', 'two working groups have the same id', `groups.${dup}.id`);
  const badTable = c.groups.findIndex((g) => g.tableId !== null && !state.tables.some((t) => t.id === g.tableId));
  if (badTable !== -1) return fail('NOT_FOUND', 'no such table', `groups.${badTable}.tableId`);
  const kept = new Set(c.groups.map((g) => g.id));
  if (Object.values(state.signups).some((s) => !kept.has(s.groupId))) {
    return fail('CONFLICT', 'a working group that people signed up for cannot be removed');
  }
  return accept({ type: 'workingGroups.set', groups: c.groups });
}
