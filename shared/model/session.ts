import { z } from 'zod';
import { Id } from '../protocol/ids';
import { LIMITS } from '../protocol/limits';
import { VideoUrl } from '../protocol/video-url';

/** The session's state, one schema per part. Runtime instants are epoch milliseconds. */

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

export const StakeholderGroup = z.enum(['resident', 'entrepreneur', 'professional', 'municipality', 'other']);
export type StakeholderGroup = z.infer<typeof StakeholderGroup>;

export const PhaseKind = z.enum(['walk-in', 'plenary', 'break', 'table-round', 'wrap-up', 'closing', 'social']);
export type PhaseKind = z.infer<typeof PhaseKind>;

const text = (max: number) => z.string().trim().max(max);
/** Planned times are local wall-clock times on the session's date ("19:40"). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');

export const Phase = z
  .object({
    id: Id,
    kind: PhaseKind,
    title: text(LIMITS.title).min(1),
    plannedStart: ClockTime,
    durationMin: z.number().int().min(0).max(600),
    instruction: text(LIMITS.instruction),
    /** Which round a table-round phase plays (1-based); null for every other kind. */
    round: z.number().int().min(1).max(10).nullable(),
  })
  .refine((p) => (p.kind === 'table-round') === (p.round !== null), {
    message: 'a table-round phase names its round; other phases have none',
    path: ['round'],
  });
export type Phase = z.infer<typeof Phase>;

export const Table = z.object({
  id: Id,
  title: text(LIMITS.title).min(1),
  keyQuestion: text(LIMITS.shortText),
  prompts: z.array(text(LIMITS.shortText)).max(LIMITS.prompts),
  capacity: z.number().int().min(1).max(500),
  host: text(LIMITS.name),
  /**
   * An online table: its people meet in a video call of the organisation's own meeting tool. No
   * video runs through this server; the link reaches only the table's host, the facilitators and
   * the people seated there (rules/view.ts). Optional: tables stored before it existed lack it.
   */
  online: z.boolean().optional(),
  /** The video call's link (https), for an online table; null or absent for a table in the room. */
  videoUrl: VideoUrl.nullable().optional(),
});
export type Table = z.infer<typeof Table>;

export const Rounds = z.object({
  count: z.number().int().min(1).max(10),
  lengthMin: z.number().int().min(1).max(240),
  tablesPerParticipant: z.number().int().min(1).max(10),
});
export type Rounds = z.infer<typeof Rounds>;

export const InfoCategory = z.object({ id: Id, label: text(LIMITS.title).min(1) });
export type InfoCategory = z.infer<typeof InfoCategory>;

export const WorkingGroup = z.object({
  id: Id,
  title: text(LIMITS.title).min(1),
  description: text(LIMITS.shortText),
  tableId: Id.nullable(),
});
export type WorkingGroup = z.infer<typeof WorkingGroup>;

/** Everything a facilitator prepares; also the format of templates and template files. */
export const Setup = z.object({
  title: text(LIMITS.title).min(1),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD')
    .nullable(),
  venue: text(LIMITS.title),
  language: Language,
  goals: z.array(text(LIMITS.shortText)).max(LIMITS.goals),
  agenda: z.array(Phase).max(LIMITS.phases),
  tables: z.array(Table).max(LIMITS.tables),
  rounds: Rounds,
  infoCategories: z.array(InfoCategory).max(LIMITS.categories),
  workingGroups: z.array(WorkingGroup).max(LIMITS.workingGroups),
});
export type Setup = z.infer<typeof Setup>;

export const Participant = z.object({
  id: Id,
  /** Takes part from home: the planner seats them at online tables only. Absent: in the room. */
  remote: z.boolean().optional(),
  /**
   * The programme member they were recognised as (they agreed to be remembered for the series):
   * their table history in earlier sessions of the programme counts. Absent or null: not a member.
   */
  memberId: z.string().nullable().optional(),
  name: z.string().nullable(),
  group: StakeholderGroup.nullable(),
  /** Ranked table ids, first = most wanted. */
  picks: z.array(Id),
  sandwich: z.boolean(),
  joinedAt: z.number(),
  checkedInAt: z.number().nullable(),
  /** The registration this person came from (their sign-up before the evening); absent: came without one. */
  registrationId: Id.nullable().optional(),
  /**
   * Added at the door by the desk (ticked in from the list, or a walk-in), not by a phone of their
   * own: the host tablet lists them by name so the host can tell them where to sit.
   */
  noPhone: z.boolean().optional(),
});
export type Participant = z.infer<typeof Participant>;

/** `recommendation`: an outcome meant for others (the Wijklab's advice to the local administrators), with an owner and a date. */
export const CardKind = z.enum(['idea', 'question', 'concern', 'agreement', 'recommendation']);
export type CardKind = z.infer<typeof CardKind>;
export const AuthorRole = z.enum(['facilitator', 'host', 'participant']);
export type AuthorRole = z.infer<typeof AuthorRole>;

export const Card = z.object({
  id: Id,
  tableId: Id,
  /** The round it was said in; null when added outside a table round. */
  round: z.number().int().nullable(),
  kind: CardKind,
  text: z.string(),
  tags: z.array(z.string()),
  authorRole: AuthorRole,
  /** Participant id, `host:<tableId>` or `facilitator`; null where hidden from the viewer or erased. */
  authorId: z.string().nullable(),
  createdAt: z.number(),
  editedAt: z.number().nullable(),
  hidden: z.boolean(),
  highlighted: z.boolean(),
  mergedInto: Id.nullable(),
  /**
   * A recommendation's owner: who takes it on (a person or a department). Null or absent on every
   * other kind, and on a recommendation nobody took on yet. Optional: stored cards lack it.
   */
  owner: z.string().nullable().optional(),
  /** A recommendation's date to be done by (YYYY-MM-DD); null or absent as `owner`. */
  due: z.string().nullable().optional(),
});
export type Card = z.infer<typeof Card>;

export const QuestionStatus = z.enum(['new', 'answered-on-spot', 'follow-up', 'answered']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const Question = z.object({
  id: Id,
  /** The participant who asked; null when the desk logged a question asked in person. */
  authorId: Id.nullable(),
  categoryId: Id,
  text: z.string(),
  status: QuestionStatus,
  answer: z.string().nullable(),
  hidden: z.boolean(),
  mergedInto: Id.nullable(),
  createdAt: z.number(),
  /** Sent before the session began (while it was a draft), for the panel to answer. Absent: asked during it. */
  beforehand: z.boolean().optional(),
});
export type Question = z.infer<typeof Question>;

export const Contact = z.object({ email: z.string().nullable(), phone: z.string().nullable() });
export type Contact = z.infer<typeof Contact>;

export const Signup = z.object({
  id: Id,
  groupId: Id,
  participantId: Id,
  /** Only with consent; never shown to anyone but the participant and the facilitators. */
  contact: Contact.nullable(),
  consent: z.boolean(),
  createdAt: z.number(),
});
export type Signup = z.infer<typeof Signup>;

/**
 * A person who signed up before the evening: imported from the organisation's sign-up list or
 * through the public sign-up page. Personal data: facilitators hold it whole, the desk without
 * e-mail and phone (it ticks people in at the door), nobody else any of it.
 *
 * `participantId` is chosen when they register and kept for them: the participant they become
 * when their phone opens their personal link or the desk ticks them in. They "arrived" once
 * `participants[participantId]` exists.
 */
export const RegistrationStatus = z.enum(['registered', 'waiting', 'cancelled']);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;
export const Registration = z.object({
  id: Id,
  participantId: Id,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  group: StakeholderGroup.nullable(),
  sandwich: z.boolean(),
  /** Tables they would like, ranked (table ids): their picks once they arrive. */
  picks: z.array(Id),
  remarks: z.string(),
  /** The language their messages are written in. */
  language: Language,
  /** They want the follow-up (answers, the public report) by e-mail after the evening. */
  followupConsent: z.boolean(),
  source: z.enum(['import', 'form']),
  /** `waiting`: the sign-up was full; they move up, in order, when a place comes free. */
  status: RegistrationStatus,
  createdAt: z.number(),
});
export type Registration = z.infer<typeof Registration>;

/**
 * The public sign-up page of a session. `capacity`: places before the waiting list starts (null:
 * no limit); `closesAt`: the instant the page stops taking sign-ups (null: when the session starts).
 */
export const RegistrationSettings = z.object({
  open: z.boolean(),
  capacity: z.number().int().min(1).max(5000).nullable(),
  closesAt: z.number().int().nullable(),
  askSandwich: z.boolean(),
});
export type RegistrationSettings = z.infer<typeof RegistrationSettings>;

/**
 * A theme of the harvest: cards of every table that say the same thing, named by the facilitator
 * in the central wrap-up. A card is in at most one theme; hidden, merged and withdrawn cards are
 * in none (taking them away also takes them out of their theme).
 */
export const Theme = z.object({
  id: Id,
  label: text(LIMITS.title).min(1),
  /** The cards, in the order shown. */
  cardIds: z.array(Id),
  /** The table whose host proposed it, until a facilitator accepts it; null: a theme of the evening. */
  proposedBy: Id.nullable(),
  createdAt: z.number(),
});
export type Theme = z.infer<typeof Theme>;

export const Timer = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), endsAt: z.number() }),
  z.object({ state: z.literal('paused'), remainingMs: z.number() }),
]);
export type Timer = z.infer<typeof Timer>;

export const SessionStatus = z.enum(['draft', 'live', 'ended']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export type PhaseRun = { phaseId: string; startedAt: number };
/**
 * `endsAt`: the server instant the message stops showing, or null for "until the next phase"
 * (phase.entered clears it then). Optional: broadcasts stored before it existed lack it.
 */
export type Broadcast = { text: string; at: number; endsAt?: number | null };
/**
 * `results` are the dots per card as counted when voting closed: the same for everyone, so every
 * phone can show them without receiving every single vote.
 */
export type Voting = {
  open: boolean;
  dots: number;
  results: Record<string, number> | null;
  /** What gets dots: the tables' highlights (also when absent: sessions stored before themes) or the themes. */
  on?: VoteTarget;
  /** The dots split by the voters' stakeholder group, counted with `results`; null while open. */
  byGroup?: GroupResults | null;
};
export const VoteTarget = z.enum(['highlights', 'themes']);
export type VoteTarget = z.infer<typeof VoteTarget>;
/** A voter's group as the split counts it: the group they chose, or `unknown` when they chose none. */
export type GroupKey = StakeholderGroup | 'unknown';
/**
 * `dots[targetId][group]`: the dots each group gave that card or theme; `voters[group]`: how
 * many people of the group gave at least one dot. Groups without dots are absent.
 */
export type GroupResults = {
  dots: Record<string, Partial<Record<GroupKey, number>>>;
  voters: Partial<Record<GroupKey, number>>;
};

/**
 * The whole state of one session. The server holds it in full; each client holds the view its
 * role may see (see rules/view.ts), which has the same shape with parts left out.
 * Secrets (facilitator tokens, host and desk codes, device tokens) are never part of it.
 */
/**
 * What the projector shows, chosen by the facilitator: `auto` follows the phase; `themes` the
 * harvest's themes, `cloud` the word cloud (of one table when `tableId` is set), `groups` the
 * vote's result by stakeholder group.
 */
export const ScreenFocusView = z.enum(['auto', 'themes', 'cloud', 'groups']);
export type ScreenFocusView = z.infer<typeof ScreenFocusView>;
export type ScreenFocus = { view: ScreenFocusView; tableId: string | null };

/**
 * People the planner seats as one (a Werkplaats trio, colleagues who came together). `stays`: the
 * team keeps one table every round (the trio works on its own case) while the others rotate past.
 */
export type Team = { id: string; label: string; memberIds: string[]; stays: boolean };
/** The fewest people a team holds: one person alone is no team to keep together. */
export const TEAM_MIN = 2;

/**
 * The programme (reeks) a session belongs to: a series of meetings, each created from the one
 * before. `sessionIds` are the earlier sessions, oldest first; this one is number `sessionIds.length + 1`.
 */
export type ProgrammeLink = { id: string; title: string; sessionIds: string[] };

export type SessionState = Setup & {
  id: string;
  version: number;
  status: SessionStatus;
  createdAt: number;
  joinCode: string;
  currentPhaseId: string | null;
  /** When each phase actually started, in order: the agenda "as it ran". */
  phaseLog: PhaseRun[];
  timer: Timer | null;
  participants: Record<string, Participant>;
  cards: Record<string, Card>;
  summaries: Record<string, string>;
  questions: Record<string, Question>;
  signups: Record<string, Signup>;
  voting: Voting;
  /**
   * Dots per participant: card ids, or theme ids while `voting.on` is 'themes'; one may get
   * several dots from one person. In the screen's
   * view keyed by card instead (see `dotsByCard` in rules/view.ts): totals, nobody's votes.
   */
  votes: Record<string, string[]>;
  /**
   * The harvest's themes, keyed by id. Optional: sessions stored before themes lack it (read it
   * with `themesOf`).
   */
  themes?: Record<string, Theme>;
  broadcast: Broadcast | null;
  /**
   * Table per round (key = round number), set by the planner or the facilitator; overrides picks.
   * A missing round means "follow the picks"; null means "sits this round out".
   */
  assignments: Record<string, Record<string, string | null>>;
  /**
   * When the facilitator published the follow-up (answers and the public report); absent or
   * null while it is not public. Optional: sessions stored before it existed simply lack it.
   */
  followupPublishedAt?: number | null;
  /**
   * When the facilitator last published a seating plan; from then on latecomers are seated
   * automatically. Optional for the same reason as above.
   */
  planPublishedAt?: number | null;
  /**
   * When the facilitator closed the door to new participants; absent or null while it is open.
   * Optional for the same reason as above.
   */
  doorClosedAt?: number | null;
  /** What the projector shows; absent or null: it follows the phase. A new phase resets it. */
  screenFocus?: ScreenFocus | null;
  /** Teams the planner keeps together, keyed by id. Optional: sessions stored before it lack it. */
  teams?: Record<string, Team>;
  /** The programme this session is part of; absent or null: a session on its own. */
  programme?: ProgrammeLink | null;
  /** Who signed up, keyed by registration id. Optional: sessions stored before it lack it. */
  registrations?: Record<string, Registration>;
  /** The public sign-up page; absent or null: there is none (closed). */
  signupPage?: RegistrationSettings | null;
};

export function newSessionState(args: { id: string; joinCode: string; setup: Setup; now: number }): SessionState {
  return {
    ...structuredClone(args.setup),
    id: args.id,
    version: 0,
    status: 'draft',
    createdAt: args.now,
    joinCode: args.joinCode,
    currentPhaseId: null,
    phaseLog: [],
    timer: null,
    participants: {},
    cards: {},
    summaries: {},
    questions: {},
    signups: {},
    voting: { open: false, dots: 3, results: null },
    votes: {},
    themes: {},
    broadcast: null,
    assignments: {},
  };
}

export function teamsOf(state: Pick<SessionState, 'teams'>): Record<string, Team> {
  return state.teams ?? {};
}

export function registrationsOf(state: Pick<SessionState, 'registrations'>): Record<string, Registration> {
  return state.registrations ?? {};
}

export function themesOf(state: Pick<SessionState, 'themes'>): Record<string, Theme> {
  return state.themes ?? {};
}
