import { z } from 'zod';
import { Card, Participant, Question, SessionStatus, Setup, Signup, Timer } from '../model/session';
import type { SessionState } from '../model/session';
import type { ReportVersion } from './model';

/**
 * The whole session as JSON: an archive that imports again into an identical session, or
 * serves as a template for the next evening (its setup). Validated with zod on the way in.
 *
 * Hidden cards and questions are never exported (not even internally: they were hidden for a reason). The
 * public archive also drops every bit of personal data: names, contacts, who wrote what,
 * who sat where and who voted for what.
 */
export const ARCHIVE_FORMAT = 'tafelronde-session';
export const ARCHIVE_FORMAT_VERSION = 1;

const record = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

export const SessionStateSchema = Setup.extend({
  id: z.string(),
  version: z.number().int().min(0),
  status: SessionStatus,
  createdAt: z.number(),
  joinCode: z.string(),
  currentPhaseId: z.string().nullable(),
  phaseLog: z.array(z.object({ phaseId: z.string(), startedAt: z.number() })),
  timer: Timer.nullable(),
  participants: record(Participant),
  cards: record(Card),
  summaries: record(z.string()),
  questions: record(Question),
  signups: record(Signup),
  voting: z.object({ open: z.boolean(), dots: z.number().int(), results: record(z.number()).nullable() }),
  votes: record(z.array(z.string())),
  broadcast: z.object({ text: z.string(), at: z.number() }).nullable(),
  assignments: record(record(z.string().nullable())),
  followupPublishedAt: z.number().nullable().optional(),
});

export const Archive = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  version: z.enum(['public', 'internal']),
  session: SessionStateSchema,
});
export type Archive = {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: 1;
  version: ReportVersion;
  session: SessionState;
};

function withoutHidden(state: SessionState): SessionState {
  const hidden = new Set(
    Object.values(state.cards)
      .filter((c) => c.hidden)
      .map((c) => c.id),
  );
  const cards = Object.fromEntries(
    Object.entries(state.cards)
      .filter(([id]) => !hidden.has(id))
      // A duplicate of a hidden card has nothing left to point to.
      .map(([id, c]) => [id, c.mergedInto !== null && hidden.has(c.mergedInto) ? { ...c, mergedInto: null } : c]),
  );
  const results =
    state.voting.results === null
      ? null
      : Object.fromEntries(Object.entries(state.voting.results).filter(([id]) => !hidden.has(id)));
  // Questions hidden as abuse go the same way.
  const hiddenQ = new Set(
    Object.values(state.questions)
      .filter((q) => q.hidden)
      .map((q) => q.id),
  );
  const questions = Object.fromEntries(
    Object.entries(state.questions)
      .filter(([id]) => !hiddenQ.has(id))
      .map(([id, q]) => [id, q.mergedInto !== null && hiddenQ.has(q.mergedInto) ? { ...q, mergedInto: null } : q]),
  );
  return { ...state, cards, questions, voting: { ...state.voting, results } };
}

function anonymous(state: SessionState): SessionState {
  // Participants become numbered strangers: the counts (groups, tables, check-ins) stay true.
  const alias = new Map(Object.keys(state.participants).map((id, i) => [id, `p${i + 1}`]));
  const as = (id: string) => alias.get(id) ?? id;
  return {
    ...state,
    participants: Object.fromEntries(
      Object.values(state.participants).map((p) => [as(p.id), { ...p, id: as(p.id), name: null, sandwich: false }]),
    ),
    cards: Object.fromEntries(
      Object.entries(state.cards).map(([id, c]) => [id, c.authorRole === 'participant' ? { ...c, authorId: null } : c]),
    ),
    questions: Object.fromEntries(Object.entries(state.questions).map(([id, q]) => [id, { ...q, authorId: null }])),
    signups: Object.fromEntries(
      Object.entries(state.signups).map(([id, s]) => [
        id,
        { ...s, participantId: as(s.participantId), contact: null, consent: false },
      ]),
    ),
    votes: {},
    assignments: Object.fromEntries(Object.entries(state.assignments).map(([id, a]) => [as(id), a])),
    tables: state.tables.map((t) => ({ ...t, host: '' })),
    broadcast: null,
  };
}

export function archiveOf(state: SessionState, version: ReportVersion): Archive {
  const clean = withoutHidden(state);
  return {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    version,
    session: structuredClone(version === 'public' ? anonymous(clean) : clean),
  };
}

export function archiveJson(state: SessionState, version: ReportVersion): string {
  return `${JSON.stringify(archiveOf(state, version), null, 2)}\n`;
}

export type ImportResult = { ok: true; archive: Archive } | { ok: false; path: string; message: string };

/** Reads an archive back; a broken or foreign file is refused with the path of the first problem. */
export function importArchive(json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, path: '', message: 'not JSON' };
  }
  const parsed = Archive.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, path: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'invalid' };
  }
  return { ok: true, archive: parsed.data as Archive };
}

/** The setup of an archived evening, to start the next one from (a template). */
export function templateOf(archive: Archive): Setup {
  const s = archive.session;
  return Setup.parse({
    title: s.title,
    date: null,
    venue: s.venue,
    language: s.language,
    goals: s.goals,
    agenda: s.agenda,
    tables: s.tables,
    rounds: s.rounds,
    infoCategories: s.infoCategories,
    workingGroups: s.workingGroups,
  });
}
