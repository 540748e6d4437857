import type {
  Card,
  CardKind,
  InfoCategory,
  Language,
  Participant,
  Phase,
  Question,
  QuestionStatus,
  Rounds,
  Signup,
  StakeholderGroup,
  Table,
  Timer,
  WorkingGroup,
} from '../model/session';

/**
 * What happened, as decided by the server. Events carry their own instants so `apply` stays pure.
 * They are produced only by `decide` on the server (never parsed from a client), so they are
 * plain types rather than schemas. The same events, redacted per role, update the clients.
 */
export type Event =
  | {
      type: 'session.updated';
      title?: string;
      date?: string | null;
      venue?: string;
      language?: Language;
      goals?: string[];
    }
  | { type: 'agenda.set'; phases: Phase[] }
  | { type: 'tables.set'; tables: Table[] }
  | { type: 'rounds.set'; rounds: Rounds }
  | { type: 'categories.set'; categories: InfoCategory[] }
  | { type: 'workingGroups.set'; groups: WorkingGroup[] }
  | { type: 'session.started'; at: number }
  | { type: 'phase.entered'; phaseId: string; at: number }
  | { type: 'timer.set'; timer: Timer | null }
  | { type: 'broadcast.set'; text: string | null; at: number }
  | { type: 'voting.set'; open: boolean; dots: number; results: Record<string, number> | null }
  | { type: 'assignment.set'; participantId: string; round: number; tableId: string | null }
  /** A whole seating plan: per participant their table per round (key = round number). */
  | { type: 'plan.published'; assignments: Record<string, Record<string, string | null>>; at: number }
  | { type: 'session.ended'; at: number }
  | { type: 'participant.joined'; participant: Participant }
  | {
      type: 'profile.set';
      participantId: string;
      name?: string | null;
      group?: StakeholderGroup | null;
      sandwich?: boolean;
    }
  | { type: 'tables.picked'; participantId: string; picks: string[] }
  | { type: 'participant.checkedIn'; participantId: string; at: number }
  | { type: 'participant.erased'; participantId: string }
  /**
   * The door to new participants. `closedAt` is when it closed; null opens it. While closed,
   * `participant.join` is refused with DOOR_CLOSED (a phone without a device token, or whose
   * token was erased, cannot get in); everyone who joined before keeps reconnecting with their
   * device token as usual. Changes nothing else.
   */
  | { type: 'door.set'; closedAt: number | null }
  /**
   * Participants who did nothing, removed by the facilitator. "Did nothing" (rules/inactive.ts):
   * no idea card with them as author (hidden and merged cards count; withdrawn ones are gone),
   * no question they asked, no dot, no table pick and no working-group sign-up. A name, a group,
   * the sandwich tick or a check-in alone do not count: a script makes those for free.
   * Applied, each listed participant is erased exactly like `participant.erased`: the person
   * (name, group, check-in) and their seats in `assignments` are gone; they had no cards,
   * questions, dots or sign-ups, so nothing else changes. On the server their device token is
   * deleted and the stored history restarts from a snapshot without them, so their data is gone
   * from disk; a removed phone that reconnects joins as someone new (if the door is open). A
   * participant receives this event only if they are in it, with just their own id.
   */
  | { type: 'participants.removed'; participantIds: string[] }
  | { type: 'card.added'; card: Card }
  | { type: 'card.edited'; cardId: string; text?: string; kind?: CardKind; tags?: string[]; at: number }
  /** A card leaves the viewer's state: withdrawn by its author, or hidden/merged for those who may not see it. */
  | { type: 'card.removed'; cardId: string }
  | { type: 'card.highlighted'; cardId: string; on: boolean }
  | { type: 'card.hidden'; cardId: string; hidden: boolean }
  | { type: 'card.merged'; cardId: string; intoCardId: string }
  | { type: 'summary.set'; tableId: string; text: string }
  | { type: 'vote.cast'; participantId: string; cardId: string }
  | { type: 'vote.withdrawn'; participantId: string; cardId: string }
  | { type: 'question.asked'; question: Question }
  | { type: 'question.triaged'; questionId: string; categoryId?: string; status?: QuestionStatus }
  | { type: 'question.answered'; questionId: string; answer: string; status: QuestionStatus }
  | { type: 'question.hidden'; questionId: string; hidden: boolean }
  /** Duplicates already merged into `questionId` follow it to `intoQuestionId`, so merges never chain. */
  | { type: 'question.merged'; questionId: string; intoQuestionId: string | null }
  /** `at` is when the follow-up went public; null takes it offline again. */
  | { type: 'followup.published'; at: number | null }
  | { type: 'signup.added'; signup: Signup }
  | { type: 'signup.withdrawn'; signupId: string };

export type EventType = Event['type'];

/** The events of one accepted command; `v` is the session version after it. */
export type Batch = { v: number; events: Event[] };
