import type {
  CardKind,
  Language,
  QuestionStatus,
  SessionState,
  SessionStatus,
  StakeholderGroup,
} from '../model/session';
import { type Sandwiches, sandwiches } from '../rules/catering';
import { didNotCome } from '../rules/door';
import { tableFor } from '../rules/phase';
import { attendance as doorCounts } from '../rules/registrations';
import { groupByCategory } from '../rules/questions';
import { clockText, eveningPlan, VENUE_TIME_ZONE } from '../rules/schedule';
import { REPORT_TEXTS, type ReportTexts } from './texts';
import { type ReportThemes, reportThemes } from './themes';

/**
 * The report as data: what the evening produced, already filtered for one readership. Every
 * output format (Markdown, HTML, DOCX, CSV, the follow-up page) renders this one model, so
 * "what is in the public version" is decided here and nowhere else.
 *
 * - Hidden cards and hidden questions are never in it; merged duplicates are folded into the
 *   card or question they repeat (counted, not repeated).
 * - `public` holds no personal data at all: no names (not even the hosts'), no contacts, no
 *   author of any card or question.
 * - `internal` adds the hosts' names, per working group the contacts of those who consented to
 *   share them, and the sandwiches (how many, and for whom) for the caterer and the facilitator.
 *   The public version has no sandwiches at all, not even the count: catering is nobody's
 *   business after the evening, and a count of one or two would point at people.
 * - `door` (when people signed up beforehand) counts who signed up and who came, in both
 *   versions: numbers only, never who. Its sandwiches are internal, like the others.
 * - The themes of the harvest are the same in both (see themes.ts): the evening's themes, not a
 *   host's proposals, and dots by group only for groups large enough to be no one in particular.
 */
export type ReportVersion = 'public' | 'internal';

/**
 * A session's report rendered as one part of a bigger document (the programme report): its
 * headings `depth` levels deeper, its title replaced by `title` ("Bijeenkomst 2: …").
 */
export type ReportPart = { depth: number; title: string };

export type ReportCard = {
  id: string;
  tableId: string;
  round: number | null;
  kind: CardKind;
  text: string;
  tags: string[];
  highlighted: boolean;
  /** Dots from the vote (results when voting closed, else the dots cast so far). */
  dots: number;
  /** How many duplicate cards were merged into this one. */
  merged: number;
  /** A recommendation's owner and date (YYYY-MM-DD); null on every other kind. */
  owner: string | null;
  due: string | null;
};

/** A recommendation as the report lists it, apart from the tables' cards. */
export type ReportRecommendation = {
  card: ReportCard;
  tableTitle: string;
  /** The date as people write it in the report's language ("1 maart 2026"); null: no date. */
  dueText: string | null;
};

export type ReportQuestion = {
  id: string;
  categoryId: string;
  text: string;
  status: QuestionStatus;
  answer: string | null;
  /** The ids of the duplicates merged into it (a participant finds their own question by these). */
  duplicateIds: string[];
  /** True when this is `mine` for the reader (only set by the follow-up endpoint). */
  mine?: boolean;
};

export type ReportContact = { name: string | null; email: string | null; phone: string | null };

export type Report = {
  version: ReportVersion;
  language: Language;
  texts: ReportTexts;
  sessionId: string;
  status: SessionStatus;
  title: string;
  date: string | null;
  /** The date as people write it: "12 maart 2025". */
  dateText: string | null;
  venue: string;
  goals: string[];
  /** Planned times from the one plan the cockpit and the projector show (shared/rules/schedule.ts). */
  agenda: { id: string; title: string; plannedStart: string; durationMin: number; actualStart: string | null }[];
  /** The evening started far from the plan, so the planned times moved with it: from and to. */
  agendaMoved: { planned: string; started: string } | null;
  attendance: {
    participants: number;
    checkedIn: number;
    byGroup: { group: StakeholderGroup | 'unknown'; label: string; count: number }[];
    /** rows[round-1][table index] = people seated there in that round. */
    perTable: { round: number; counts: { tableId: string; title: string; count: number }[] }[];
  };
  /** Sign-ups against turnout; null when nobody signed up beforehand (docs/registrations.md). */
  door: ReportDoor | null;
  /** Internal only (null in the public version): who ticked "a sandwich". */
  sandwiches: Sandwiches | null;
  tables: {
    id: string;
    title: string;
    keyQuestion: string;
    host: string | null;
    summary: string | null;
    highlights: ReportCard[];
    rounds: { round: number | null; cards: ReportCard[] }[];
  }[];
  /**
   * The recommendations (for the administrators), before the tables and not repeated in their
   * rounds; earliest date first, those without a date last. Public too: they are meant to be.
   */
  recommendations: ReportRecommendation[];
  /** Highlights with dots, most dots first. */
  vote: { card: ReportCard; tableTitle: string }[];
  /** The themes of the evening, with their cards, tables and dots by group. */
  themes: ReportThemes;
  /** The info point's questions asked during the session, by category. */
  questions: { categoryId: string; label: string; questions: ReportQuestion[] }[];
  /** The questions sent before the session began (while it was a draft), for the panel, by category. */
  questionsBeforehand: { categoryId: string; label: string; questions: ReportQuestion[] }[];
  workingGroups: {
    id: string;
    title: string;
    description: string;
    signups: number;
    contacts: ReportContact[] | null;
  }[];
  /** Questions still waiting for an answer: new or to follow up. */
  openFollowUps: ReportQuestion[];
};

/**
 * `arrived`: people who signed up and came (also those on the waiting list or cancelled who came
 * anyway); `walkIns`: who came without signing up; `noShows`: signed up, not on the waiting list,
 * and did not come. `sandwiches` is internal only.
 */
export type ReportDoor = {
  registered: number;
  arrived: number;
  walkIns: number;
  noShows: number;
  waiting: number;
  cancelled: number;
  /** Internal only: absent from the public version (and so from its archive). */
  sandwiches?: { expected: number; present: number };
};

function reportDoor(state: SessionState, internal: boolean): ReportDoor | null {
  if (Object.keys(state.registrations ?? {}).length === 0) return null;
  const a = doorCounts(state);
  return {
    registered: a.registered,
    arrived: a.arrived,
    walkIns: a.walkIns,
    noShows: didNotCome(state).length,
    waiting: a.waiting,
    cancelled: a.cancelled,
    ...(internal ? { sandwiches: { ...a.sandwiches } } : {}),
  };
}

/** The door's numbers as labelled lines, in the order every format shows them. */
export function doorLines(report: Report): { key: keyof ReportTexts['doorRows']; label: string; count: number }[] {
  const d = report.door;
  if (d === null) return [];
  const rows = report.texts.doorRows;
  const line = (key: keyof typeof rows, count: number) => ({ key, label: rows[key], count });
  return [
    line('registered', d.registered),
    line('arrived', d.arrived),
    line('walkIns', d.walkIns),
    line('noShows', d.noShows),
    line('waiting', d.waiting),
    line('cancelled', d.cancelled),
    ...(d.sandwiches === undefined
      ? []
      : [line('sandwichesExpected', d.sandwiches.expected), line('sandwichesPresent', d.sandwiches.present)]),
  ];
}

const GROUPS: (StakeholderGroup | 'unknown')[] = [
  'resident',
  'entrepreneur',
  'professional',
  'municipality',
  'other',
  'unknown',
];

function dotsPerCard(state: SessionState): Record<string, number> {
  if (state.voting.results !== null) return state.voting.results;
  const out: Record<string, number> = {};
  for (const dots of Object.values(state.votes)) for (const id of dots) out[id] = (out[id] ?? 0) + 1;
  return out;
}

export function buildReport(
  state: SessionState,
  version: ReportVersion,
  options: { language?: Language; timeZone?: string } = {},
): Report {
  const language = options.language ?? state.language;
  const texts = REPORT_TEXTS[language];
  const internal = version === 'internal';
  const dots = dotsPerCard(state);
  const participants = Object.values(state.participants);

  // The agenda as it ran: the first time each phase was entered (a "back" and "next" again
  // does not move its start), next to the same planned times the cockpit and the projector show.
  const timeZone = options.timeZone ?? VENUE_TIME_ZONE;
  const plan = eveningPlan(state, { timeZone });
  const agenda = state.agenda.map((p, i) => {
    const planned = plan.phases[i]!;
    return {
      id: p.id,
      title: p.title,
      plannedStart: clockText(planned.plannedStart, language, timeZone),
      durationMin: p.durationMin,
      actualStart: planned.firstStart === null ? null : clockText(planned.firstStart, language, timeZone),
    };
  });
  const agendaMoved =
    plan.moved === null
      ? null
      : {
          planned: clockText(plan.moved.plannedAt, language, timeZone),
          started: clockText(plan.moved.startedAt, language, timeZone),
        };

  const byGroup = GROUPS.map((group) => ({
    group,
    label: texts.group[group],
    count: participants.filter((p) => (p.group ?? 'unknown') === group).length,
  })).filter((g) => g.count > 0);
  const perTable = Array.from({ length: state.rounds.count }, (_, i) => i + 1).map((round) => ({
    round,
    counts: state.tables.map((t) => ({
      tableId: t.id,
      title: t.title,
      count: participants.filter((p) => tableFor(state, p.id, round) === t.id).length,
    })),
  }));

  // Cards: visible ones only; merged duplicates count towards the card they joined.
  const shown = Object.values(state.cards)
    .filter((c) => !c.hidden && c.mergedInto === null)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const mergedInto: Record<string, number> = {};
  for (const c of Object.values(state.cards))
    if (!c.hidden && c.mergedInto !== null) mergedInto[c.mergedInto] = (mergedInto[c.mergedInto] ?? 0) + 1;
  const reportCard = (c: (typeof shown)[number]): ReportCard => ({
    id: c.id,
    tableId: c.tableId,
    round: c.round,
    kind: c.kind,
    text: c.text,
    tags: [...c.tags],
    highlighted: c.highlighted,
    dots: c.highlighted ? (dots[c.id] ?? 0) : 0,
    merged: mergedInto[c.id] ?? 0,
    owner: c.kind === 'recommendation' ? (c.owner ?? null) : null,
    due: c.kind === 'recommendation' ? (c.due ?? null) : null,
  });
  const cards = shown.map(reportCard);
  const titleOf = new Map(state.tables.map((t) => [t.id, t.title]));
  const recommendations = cards
    .filter((c) => c.kind === 'recommendation')
    // ISO dates sort as text; a stable sort keeps cards of one date in the order they were written.
    .sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due.localeCompare(b.due)))
    .map((card) => ({
      card,
      tableTitle: titleOf.get(card.tableId) ?? card.tableId,
      dueText: card.due === null ? null : longDate(card.due, language),
    }));

  const tables = state.tables.map((t) => {
    const own = cards.filter((c) => c.tableId === t.id && c.kind !== 'recommendation');
    const roundsPresent = [...new Set(own.map((c) => c.round))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    return {
      id: t.id,
      title: t.title,
      keyQuestion: t.keyQuestion,
      host: internal && t.host !== '' ? t.host : null,
      summary: (state.summaries[t.id] ?? '').trim() || null,
      highlights: cards.filter((c) => c.tableId === t.id && c.highlighted).sort((a, b) => b.dots - a.dots),
      rounds: roundsPresent.map((round) => ({ round, cards: own.filter((c) => c.round === round) })),
    };
  });

  const vote = cards
    .filter((c) => c.highlighted && c.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.text.localeCompare(b.text))
    .map((card) => ({ card, tableTitle: titleOf.get(card.tableId) ?? card.tableId }));

  // Questions: hidden ones never; duplicates fold into the question they repeat.
  const visibleQ = Object.values(state.questions)
    .filter((q) => !q.hidden)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const roots = visibleQ.filter((q) => q.mergedInto === null);
  const reportQuestion = (q: (typeof roots)[number]): ReportQuestion => ({
    id: q.id,
    categoryId: q.categoryId,
    text: q.text,
    status: q.status,
    answer: q.answer,
    duplicateIds: visibleQ.filter((d) => d.mergedInto === q.id).map((d) => d.id),
  });
  const allQuestions = roots.map(reportQuestion);
  const byCategory = (beforehand: boolean) =>
    groupByCategory(
      allQuestions.filter((q) => (state.questions[q.id]?.beforehand === true) === beforehand),
      state.infoCategories,
    ).map(({ categoryId, label, questions }) => ({ categoryId, label, questions }));
  const questions = byCategory(false);
  const questionsBeforehand = byCategory(true);

  const workingGroups = state.workingGroups.map((g) => {
    const signups = Object.values(state.signups).filter((s) => s.groupId === g.id);
    return {
      id: g.id,
      title: g.title,
      description: g.description,
      signups: signups.length,
      contacts: internal
        ? signups
            .filter((s) => s.consent && s.contact !== null)
            .map((s) => ({
              name: state.participants[s.participantId]?.name ?? null,
              email: s.contact?.email ?? null,
              phone: s.contact?.phone ?? null,
            }))
        : null,
    };
  });

  return {
    version,
    language,
    texts,
    sessionId: state.id,
    status: state.status,
    title: state.title,
    date: state.date,
    dateText: state.date === null ? null : longDate(state.date, language),
    venue: state.venue,
    goals: [...state.goals],
    agenda,
    agendaMoved,
    attendance: {
      participants: participants.length,
      checkedIn: participants.filter((p) => p.checkedInAt !== null).length,
      byGroup,
      perTable,
    },
    door: reportDoor(state, internal),
    sandwiches: internal ? sandwiches(state) : null,
    tables,
    recommendations,
    vote,
    themes: reportThemes(state, cards, texts),
    questions,
    questionsBeforehand,
    workingGroups,
    openFollowUps: allQuestions.filter((q) => q.status === 'new' || q.status === 'follow-up'),
  };
}

/** A calendar date (YYYY-MM-DD) as people write it: "12 maart 2025", "12 March 2025". */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(iso));
}

/** The label of a round group of cards: "Ronde 1", or "Buiten de rondes". */
export function roundLabel(report: Report, round: number | null): string {
  return round === null ? report.texts.noRound : `${report.texts.round} ${round}`;
}

/** The one line that says the plan moved with a start far from it; null when it did not. */
export function agendaMovedText(report: Report): string | null {
  const moved = report.agendaMoved;
  if (moved === null) return null;
  return report.texts.agendaMoved.replace('{started}', moved.started).replace('{planned}', moved.planned);
}
