import { Setup, type SessionState } from '../../../../../shared/model/session';
import type { CommandDraft } from '../../../net/connection';

/** The setup part of a session: what a template file holds. */
export function setupOf(state: SessionState): Setup {
  const { title, date, venue, language, goals, agenda, tables, rounds, infoCategories, workingGroups } = state;
  return { title, date, venue, language, goals, agenda, tables, rounds, infoCategories, workingGroups };
}

export type Problem = { where: string; what: string };
export type Parsed = { ok: true; setup: Setup } | { ok: false; problems: Problem[] };

/**
 * Read a template file. Not JSON, or not a Setup: each problem says where ("agenda → 3 →
 * plannedStart", counted from 1 like a person counts) and what is wrong.
 */
export function parseTemplateFile(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ where: '', what: error instanceof Error ? error.message : String(error) }] };
  }
  const parsed = Setup.safeParse(json);
  if (parsed.success) return { ok: true, setup: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 10).map((issue) => ({
      where: issue.path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join(' → '),
      what: issue.message,
    })),
  };
}

/**
 * The commands that turn a session into the template, in an order the server accepts: the
 * round count before the agenda when it grows (a phase may name round 3 only when there are 3),
 * after the agenda when it shrinks.
 */
export function commandsFor(setup: Setup, current: SessionState): CommandDraft[] {
  const general: CommandDraft = {
    type: 'session.update',
    title: setup.title,
    date: setup.date,
    venue: setup.venue,
    language: setup.language,
    goals: setup.goals,
  };
  const rounds: CommandDraft = { type: 'rounds.set', rounds: setup.rounds };
  const agenda: CommandDraft = { type: 'agenda.set', phases: setup.agenda };
  const grows = setup.rounds.count >= current.rounds.count;
  return [
    general,
    { type: 'tables.set', tables: setup.tables },
    { type: 'categories.set', categories: setup.infoCategories },
    { type: 'workingGroups.set', groups: setup.workingGroups },
    ...(grows ? [rounds, agenda] : [agenda, rounds]),
  ];
}
