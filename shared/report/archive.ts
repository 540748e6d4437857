import { z } from 'zod';
import {
  Card,
  CardKind,
  Language,
  Participant,
  Question,
  QuestionStatus,
  SessionStatus,
  Setup,
  Signup,
  ScreenFocusView,
  StakeholderGroup,
  Theme,
  Timer,
  VoteTarget,
} from '../model/session';
import type { SessionState } from '../model/session';
import { buildReport, type Report, type ReportVersion } from './model';
import { REPORT_TEXTS } from './texts';

/**
 * The session as JSON, validated with zod on the way in.
 *
 * - `internal`: the whole session, an archive that imports again into an identical session.
 * - `public`: aggregates only — the setup (without hosts' names and video links) to start the next evening from,
 *   and the public report's data: cards and answers, counts per group, table and working group.
 *   No per-person row at all: no participant, seat, sign-up or dot, no join and check-in times,
 *   no join code (formatVersion 2; a public archive of version 1 held aliased people and is read
 *   into this shape on import). The themes come with their dots in total and per group shown
 *   apart (never a group of fewer than MIN_GROUP_VOTERS voters), no one's dot. The
 *   recommendations with their owner and date are in it: they are meant for the public.
 *
 * Hidden cards and questions are never exported (not even internally: they were hidden for a reason).
 */
export const ARCHIVE_FORMAT = 'tafelronde-session';
export const ARCHIVE_FORMAT_VERSION = 2;

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
  voting: z.object({
    open: z.boolean(),
    dots: z.number().int(),
    results: record(z.number()).nullable(),
    on: VoteTarget.optional(),
    byGroup: z
      .object({ dots: record(record(z.number().int())), voters: record(z.number().int()) })
      .nullable()
      .optional(),
  }),
  votes: record(z.array(z.string())),
  themes: record(Theme).optional(),
  broadcast: z.object({ text: z.string(), at: z.number(), endsAt: z.number().nullable().optional() }).nullable(),
  assignments: record(record(z.string().nullable())),
  followupPublishedAt: z.number().nullable().optional(),
  screenFocus: z.object({ view: ScreenFocusView, tableId: z.string().nullable() }).nullable().optional(),
});

const ReportCardSchema = z.object({
  id: z.string(),
  tableId: z.string(),
  round: z.number().int().nullable(),
  kind: CardKind,
  text: z.string(),
  tags: z.array(z.string()),
  highlighted: z.boolean(),
  dots: z.number().int().min(0),
  merged: z.number().int().min(0),
  // Absent in archives written before recommendations (protocol 7).
  owner: z.string().nullable().default(null),
  due: z.string().nullable().default(null),
});
const ReportQuestionSchema = z.object({
  id: z.string(),
  categoryId: z.string(),
  text: z.string(),
  status: QuestionStatus,
  answer: z.string().nullable(),
  duplicateIds: z.array(z.string()),
});
const count = z.number().int().min(0);
const GroupKeySchema = z.union([StakeholderGroup, z.literal('unknown')]);
/** Every field of ReportThemes: zod drops what it does not name, and a re-import must render the same. */
const ReportThemesSchema = z.object({
  list: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      cards: z.array(
        z.object({
          id: z.string(),
          tableId: z.string(),
          tableTitle: z.string(),
          text: z.string(),
          dots: count,
          merged: count,
        }),
      ),
      tables: z.array(z.object({ tableId: z.string(), title: z.string(), cards: count })),
      dots: count,
      byGroup: z.array(
        z.object({ group: GroupKeySchema, label: z.string(), dots: count, share: z.number().min(0).max(1) }),
      ),
      differs: z
        .object({
          most: GroupKeySchema,
          mostLabel: z.string(),
          least: GroupKeySchema,
          leastLabel: z.string(),
          spread: z.number(),
        })
        .nullable(),
    }),
  ),
  dotsOn: z.enum(['themes', 'highlights']).nullable(),
  groups: z.array(z.object({ group: GroupKeySchema, label: z.string(), voters: count })),
});
const NO_THEMES = { list: [], dotsOn: null, groups: [] };

/** The public report without its labels (those come from the reading side's texts). */
const PublicReportSchema = z.object({
  version: z.literal('public'),
  language: Language,
  sessionId: z.string(),
  status: SessionStatus,
  title: z.string(),
  date: z.string().nullable(),
  dateText: z.string().nullable(),
  venue: z.string(),
  goals: z.array(z.string()),
  agenda: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      plannedStart: z.string(),
      durationMin: z.number(),
      actualStart: z.string().nullable(),
    }),
  ),
  // Absent in archives written before the plan could move.
  agendaMoved: z.object({ planned: z.string(), started: z.string() }).nullable().optional(),
  attendance: z.object({
    participants: count,
    checkedIn: count,
    byGroup: z.array(z.object({ group: z.union([StakeholderGroup, z.literal('unknown')]), label: z.string(), count })),
    perTable: z.array(
      z.object({
        round: z.number().int(),
        counts: z.array(z.object({ tableId: z.string(), title: z.string(), count })),
      }),
    ),
  }),
  // Absent in archives written before registrations; numbers only (its sandwiches are internal).
  door: z
    .object({
      registered: count,
      arrived: count,
      walkIns: count,
      noShows: count,
      waiting: count,
      cancelled: count,
    })
    .nullable()
    .optional(),
  tables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      keyQuestion: z.string(),
      host: z.null(),
      summary: z.string().nullable(),
      highlights: z.array(ReportCardSchema),
      rounds: z.array(z.object({ round: z.number().int().nullable(), cards: z.array(ReportCardSchema) })),
    }),
  ),
  // Absent in archives written before recommendations.
  recommendations: z
    .array(z.object({ card: ReportCardSchema, tableTitle: z.string(), dueText: z.string().nullable() }))
    .default([]),
  vote: z.array(z.object({ card: ReportCardSchema, tableTitle: z.string() })),
  // Absent in archives written before the harvest's themes.
  themes: ReportThemesSchema.optional(),
  questions: z.array(z.object({ categoryId: z.string(), label: z.string(), questions: z.array(ReportQuestionSchema) })),
  // Absent in archives written before questions could be sent beforehand.
  questionsBeforehand: z
    .array(z.object({ categoryId: z.string(), label: z.string(), questions: z.array(ReportQuestionSchema) }))
    .optional(),
  workingGroups: z.array(
    z.object({ id: z.string(), title: z.string(), description: z.string(), signups: count, contacts: z.null() }),
  ),
  openFollowUps: z.array(ReportQuestionSchema),
});
export type PublicReport = Omit<Report, 'texts' | 'sandwiches'>;

const Header = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  version: z.enum(['public', 'internal']),
});
const InternalArchive = Header.extend({ version: z.literal('internal'), session: SessionStateSchema });
const PublicArchive = Header.extend({
  formatVersion: z.literal(2),
  version: z.literal('public'),
  setup: Setup,
  report: PublicReportSchema,
});
/** Version 1 public archives: the anonymised session, read into the aggregates on import. */
const PublicArchiveV1 = Header.extend({
  formatVersion: z.literal(1),
  version: z.literal('public'),
  session: SessionStateSchema,
});

export type Archive =
  | { format: typeof ARCHIVE_FORMAT; formatVersion: number; version: 'internal'; session: SessionState }
  | { format: typeof ARCHIVE_FORMAT; formatVersion: number; version: 'public'; setup: Setup; report: PublicReport };

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
  const byGroup =
    state.voting.byGroup == null
      ? state.voting.byGroup
      : {
          ...state.voting.byGroup,
          dots: Object.fromEntries(Object.entries(state.voting.byGroup.dots).filter(([id]) => !hidden.has(id))),
        };
  return { ...state, cards, questions, voting: { ...state.voting, results, byGroup } };
}

function setupOf(state: SessionState): Setup {
  return {
    title: state.title,
    date: state.date,
    venue: state.venue,
    language: state.language,
    goals: state.goals,
    agenda: state.agenda,
    tables: state.tables,
    rounds: state.rounds,
    infoCategories: state.infoCategories,
    workingGroups: state.workingGroups,
  };
}

/** The public archive: the setup without hosts' names, and the public report's data. */
function publicArchive(state: SessionState, formatVersion: number): Extract<Archive, { version: 'public' }> {
  const setup = setupOf(state);
  // The sandwiches are internal (null here): left out of the file rather than written as null.
  const { texts: _texts, sandwiches: _sandwiches, ...report } = buildReport(state, 'public');
  return {
    format: ARCHIVE_FORMAT,
    formatVersion,
    version: 'public',
    // Nor the video links of online tables: a link lets whoever has it into the call.
    setup: { ...setup, tables: setup.tables.map(({ videoUrl: _link, ...t }) => ({ ...t, host: '' })) },
    report: report as PublicReport,
  };
}

export function archiveOf(state: SessionState, version: ReportVersion): Archive {
  const clean = withoutHidden(state);
  if (version === 'public') return structuredClone(publicArchive(clean, ARCHIVE_FORMAT_VERSION));
  return { format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, version, session: structuredClone(clean) };
}

/** The public report an archive holds, ready to render (Markdown, HTML, DOCX, CSV). */
export function publicReportOf(archive: Archive): Report {
  const report = archive.version === 'public' ? archive.report : publicArchive(archive.session, 2).report;
  return {
    ...structuredClone(report),
    agendaMoved: report.agendaMoved ?? null,
    door: report.door ?? null,
    themes: report.themes ?? structuredClone(NO_THEMES),
    questionsBeforehand: report.questionsBeforehand ?? [],
    sandwiches: null,
    texts: REPORT_TEXTS[report.language],
  } as Report;
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
  // The header first, so a broken file is refused with the path of its first real problem.
  const header = Header.safeParse(data);
  if (!header.success) return refused(header.error);
  const { version, formatVersion } = header.data;
  if (version === 'internal') {
    const parsed = InternalArchive.safeParse(data);
    return parsed.success ? { ok: true, archive: parsed.data as Archive } : refused(parsed.error);
  }
  if (formatVersion === 1) {
    const parsed = PublicArchiveV1.safeParse(data);
    return parsed.success
      ? { ok: true, archive: publicArchive(parsed.data.session as SessionState, 1) }
      : refused(parsed.error);
  }
  const parsed = PublicArchive.safeParse(data);
  return parsed.success ? { ok: true, archive: parsed.data as Archive } : refused(parsed.error);
}

function refused(error: z.ZodError): ImportResult {
  const issue = error.issues[0];
  return { ok: false, path: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'invalid' };
}

/** The setup of an archived evening, to start the next one from (a template). */
export function templateOf(archive: Archive): Setup {
  const s = archive.version === 'public' ? archive.setup : setupOf(archive.session);
  return Setup.parse({ ...s, date: null });
}
