import { z } from 'zod';
import { Id, MemberCode } from './ids';
import { LIMITS } from './limits';
import {
  CardKind,
  InfoCategory,
  Language,
  Phase,
  QuestionStatus,
  Rounds,
  ScreenFocusView,
  Signup,
  StakeholderGroup,
  Table,
  TEAM_MIN,
  VoteTarget,
  WorkingGroup,
} from '../model/session';

/**
 * Every text a person types (names, cards, tags, questions, answers, broadcasts) is cleaned at
 * the door, because it is shown on a hundred phones and the big screen: control characters (NUL
 * and the like; line breaks and tabs stay for multi-line cards), lone surrogates (broken UTF-16
 * that storage and JSON tools choke on) and bidi overrides and isolates (they reorder the text
 * after them, so a card can look like it says something else) are stripped. Arabic, Turkish and
 * emoji (also ZWJ sequences) stay as typed. A required text must still show something once
 * whitespace, format characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen)
 * and other default-ignorable characters are left out; otherwise it is refused as empty.
 */
// Overrides and isolates by hand: \p{Bidi_Control} also holds the LRM/RLM/ALM marks mixed Arabic text needs.
const STRIPPED = /[\p{Cs}\u202A-\u202E\u2066-\u2069]|(?![\t\n])\p{Cc}/gu;
const INVISIBLE = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;
const text = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(STRIPPED, ''))
    .trim()
    .max(max);
const nonEmpty = (max: number) => text(max).refine((s) => !INVISIBLE.test(s), 'may not be empty');
/** A text that may be left blank: blank (after cleaning) is null, "nobody yet". */
const blankIsNull = (max: number) =>
  text(max)
    .transform((s) => (INVISIBLE.test(s) ? null : s))
    .nullable();
/** A recommendation's follow-up: who takes it on and the real calendar date it is due (not 2026-02-30). */
const followUp = {
  owner: blankIsNull(LIMITS.name).optional(),
  due: z.iso.date('a real date as YYYY-MM-DD').nullable().optional(),
};

/**
 * Every command a client can send, one discriminated union on `type`. `id` is made by the client
 * (nanoid) and makes retries safe: the server acknowledges a known id again without applying it.
 * Ids are known per sender (participant, host table, facilitator, desk, screen): another
 * sender's command with the same id is applied for that sender, not answered with this one's ack.
 * Ids of new things (cards, questions, sign-ups) are made by the client too, so a retried "add"
 * can never create a second card.
 */
const cardIds = (min: number) =>
  z
    .array(Id)
    .min(min)
    .max(LIMITS.cardsPerCommand)
    .refine((ids) => new Set(ids).size === ids.length, 'a card is named once');
const voteTarget = { cardId: Id.optional(), themeId: Id.optional() };
/** Exactly one of the two. */
const oneTarget = (v: { cardId?: string | undefined; themeId?: string | undefined }) =>
  (v.cardId === undefined) !== (v.themeId === undefined);

/** Contact details as people type them (a sign-up for a working group, a registration). */
const Email = z.email('an e-mail address').max(120);
const PhoneNumber = z
  .string()
  .trim()
  .regex(/^[+0-9 ()-]{6,20}$/, 'phone number');

/**
 * One person's registration as given: a row of the imported sign-up list or the public sign-up
 * form. The server adds the ids, the status and the time (`registrations.add`).
 */
export const RegistrationInput = z
  .object({
    name: nonEmpty(LIMITS.name),
    email: Email.nullable().default(null),
    phone: PhoneNumber.nullable().default(null),
    group: StakeholderGroup.nullable().default(null),
    sandwich: z.boolean().default(false),
    picks: z
      .array(Id)
      .max(LIMITS.tables)
      .refine((ids) => new Set(ids).size === ids.length, 'a table is named once')
      .default([]),
    remarks: text(LIMITS.shortText).default(''),
    language: Language.default('nl'),
    followupConsent: z.boolean().default(false),
  })
  .strict();
export type RegistrationInput = z.infer<typeof RegistrationInput>;

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ id: Id, type: z.literal(type), ...shape }).strict();

export const Command = z.discriminatedUnion('type', [
  // Preparing the evening (facilitator)
  cmd('session.update', {
    title: nonEmpty(LIMITS.title).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .optional(),
    venue: text(LIMITS.title).optional(),
    language: Language.optional(),
    goals: z.array(text(LIMITS.shortText)).max(LIMITS.goals).optional(),
  }),
  cmd('agenda.set', { phases: z.array(Phase).max(LIMITS.phases) }),
  cmd('tables.set', { tables: z.array(Table).max(LIMITS.tables) }),
  cmd('rounds.set', { rounds: Rounds }),
  cmd('categories.set', { categories: z.array(InfoCategory).max(LIMITS.categories) }),
  cmd('workingGroups.set', { groups: z.array(WorkingGroup).max(LIMITS.workingGroups) }),

  // Running the evening (facilitator)
  /** `expectedPhaseId` guards against two facilitators both pressing "next": the second gets CONFLICT. */
  cmd('phase.advance', { expectedPhaseId: Id.nullable().optional() }),
  cmd('phase.back', { expectedPhaseId: Id.nullable().optional() }),
  cmd('phase.jump', { phaseId: Id }),
  cmd('timer.start', {
    durationMs: z
      .number()
      .int()
      .min(1000)
      .max(6 * 3600_000)
      .optional(),
  }),
  cmd('timer.pause', {}),
  cmd('timer.resume', {}),
  cmd('timer.extend', { ms: z.number().int().min(-3600_000).max(3600_000) }),
  /**
   * `until`: 'phase' (default) shows it until the next phase starts; `{ minutes }` for that long.
   * Either way it never stays on the screen all evening.
   */
  cmd('broadcast.send', {
    text: nonEmpty(LIMITS.broadcast),
    until: z
      .union([z.literal('phase'), z.object({ minutes: z.number().int().min(1).max(LIMITS.broadcastMinutes) })])
      .optional(),
  }),
  cmd('broadcast.clear', {}),
  /** What the projector shows until the next phase: `auto` follows the phase again. */
  cmd('screen.show', { view: ScreenFocusView, tableId: Id.nullable().default(null) }),
  /**
   * `on`: what gets dots, highlights (default: as it was) or themes. Opening on something other
   * than the last vote starts a new vote: the dots and results of the earlier one go.
   */
  cmd('voting.open', { dots: z.number().int().min(1).max(LIMITS.maxDots).optional(), on: VoteTarget.optional() }),
  cmd('voting.close', {}),
  /**
   * The seating plan (from the rotation planner): per participant one table id or null per round.
   * Rounds that have begun must stay as they are. Someone whose row has no table in any round
   * (a plan of the checked-in people only) is not seated: their `checkin` or `tables.pick` then
   * seats them like a latecomer.
   */
  cmd('plan.publish', {
    plan: z
      .record(Id, z.array(Id.nullable()).min(1).max(10))
      .refine((p) => Object.keys(p).length <= LIMITS.participants, 'too many people'),
  }),
  cmd('assignment.set', { participantId: Id, round: z.number().int().min(1).max(10), tableId: Id.nullable() }),
  cmd('session.end', {}),

  // Participants
  cmd('profile.set', {
    name: text(LIMITS.name).nullable().optional(),
    group: StakeholderGroup.nullable().optional(),
    sandwich: z.boolean().optional(),
    /** "Ik doe mee van thuis": takes part from home, so the planner seats them at online tables. */
    remote: z.boolean().optional(),
  }),
  cmd('tables.pick', { picks: z.array(Id).max(LIMITS.tables) }),
  cmd('checkin', {}),
  cmd('participant.erase', {}),
  /** The door to new participants (facilitator): closed, a new phone is refused with DOOR_CLOSED. */
  cmd('door.set', { open: z.boolean() }),
  /** Removes every participant who did nothing (rules/inactive.ts), erased like "wis mijn gegevens". */
  cmd('participants.removeInactive', {}),

  // Idea cards (hosts, participants, facilitator)
  cmd('card.add', {
    cardId: Id,
    /** Hosts and participants write at their own table only (left out: that one); a participant without a seat this round is refused (FORBIDDEN). */
    tableId: Id.optional(),
    kind: CardKind.default('idea'),
    text: nonEmpty(LIMITS.cardText),
    tags: z.array(nonEmpty(LIMITS.tag)).max(LIMITS.tagsPerCard).default([]),
    /** Only on a recommendation; on another kind VALIDATION. */
    ...followUp,
  }),
  /**
   * The author changes their card. `owner` and `due` belong to a recommendation only (another kind:
   * VALIDATION); a kind changed away from recommendation clears them. A facilitator may also set
   * the owner and date of anyone's recommendation, during the evening and after it.
   */
  cmd('card.edit', {
    cardId: Id,
    text: nonEmpty(LIMITS.cardText).optional(),
    kind: CardKind.optional(),
    tags: z.array(nonEmpty(LIMITS.tag)).max(LIMITS.tagsPerCard).optional(),
    ...followUp,
  }),
  cmd('card.withdraw', { cardId: Id }),
  cmd('card.highlight', { cardId: Id, on: z.boolean() }),
  cmd('card.hide', { cardId: Id, hidden: z.boolean() }),
  /** A duplicate joins the card it repeats; both must be cards of one table (a host: their own). */
  cmd('card.merge', { cardId: Id, intoCardId: Id }),
  /** Undoes the merge of `cardId`: it is a card of its own again (its highlight and dots do not come back). */
  cmd('card.unmerge', { cardId: Id }),
  cmd('summary.set', { tableId: Id, text: text(LIMITS.shortText * 2) }),

  // Themes of the harvest (facilitator; a host proposes themes for their own table's cards)
  /**
   * A new theme with these cards (taken out of any theme they were in). From a host it is a
   * proposal (`proposedBy` their table) until a facilitator accepts it.
   */
  cmd('theme.create', { themeId: Id, label: nonEmpty(LIMITS.title), cardIds: cardIds(0) }),
  cmd('theme.rename', { themeId: Id, label: nonEmpty(LIMITS.title) }),
  /** Cards into a theme at `index` (default: at the end), or out of every theme (`themeId: null`). */
  cmd('theme.place', { cardIds: cardIds(1), themeId: Id.nullable(), index: z.number().int().min(0).optional() }),
  /** All cards of `themeId` join `intoThemeId`, after its own; `themeId` is gone, and its dots. */
  cmd('theme.merge', { themeId: Id, intoThemeId: Id }),
  /** Some cards of a theme become a theme of their own (a proposal stays a proposal). */
  cmd('theme.split', { themeId: Id, newThemeId: Id, label: nonEmpty(LIMITS.title), cardIds: cardIds(1) }),
  /** The theme goes; its cards are in no theme, its dots are given back. */
  cmd('theme.delete', { themeId: Id }),
  /** A host's proposal becomes a theme of the evening (facilitator). */
  cmd('theme.accept', { themeId: Id }),

  // Keep-together teams for the seating planner (facilitator)
  /**
   * Creates the team or replaces it whole. Its members must be participants of the session, each
   * named once. A person is in at most one team: a member of another team leaves that one (which
   * goes when fewer than 2 are left).
   */
  cmd('team.set', {
    teamId: Id,
    label: nonEmpty(LIMITS.title),
    memberIds: z
      .array(Id)
      .min(TEAM_MIN)
      .max(LIMITS.teamMembers)
      .refine((ids) => new Set(ids).size === ids.length, 'a person is named once'),
    stays: z.boolean().default(false),
  }),
  cmd('team.delete', { teamId: Id }),

  // Dot-vote (participants): a dot on a highlight (`cardId`) or, while voting is on themes, a theme (`themeId`).
  cmd('vote.cast', voteTarget).refine(oneTarget, { message: 'name a card or a theme', path: ['cardId'] }),
  cmd('vote.withdraw', voteTarget).refine(oneTarget, { message: 'name a card or a theme', path: ['cardId'] }),

  // Info point (participants ask; desk and facilitator triage and answer)
  cmd('question.ask', { questionId: Id, categoryId: Id, text: nonEmpty(LIMITS.questionText) }),
  /** `status: 'answered'` needs an answer given before (question.answer), else VALIDATION. */
  cmd('question.triage', { questionId: Id, categoryId: Id.optional(), status: QuestionStatus.optional() }),
  cmd('question.answer', { questionId: Id, answer: nonEmpty(LIMITS.answerText), status: QuestionStatus.optional() }),
  cmd('question.hide', { questionId: Id, hidden: z.boolean() }),
  /** A duplicate joins the question it repeats (its answer is that one's); `intoQuestionId: null` undoes it. */
  cmd('question.merge', { questionId: Id, intoQuestionId: Id.nullable() }),
  /** After the evening: the follow-up page (answers + public report) goes public, or back offline. */
  cmd('followup.publish', { published: z.boolean() }),

  // Working groups (participants)
  cmd('signup.add', {
    signupId: Id,
    groupId: Id,
    contact: z
      .object({
        email: Email.nullable(),
        phone: PhoneNumber.nullable(),
      })
      .strict()
      .nullable()
      .default(null),
    consent: z.boolean(),
  }),
  cmd('signup.withdraw', { signupId: Id }),

  // Registrations (docs/registrations.md): the sign-up page (facilitator), the door (desk, facilitator)
  /** The public sign-up page: open or closed, its places, when it closes (an instant), the sandwich question. */
  cmd('signupPage.set', {
    open: z.boolean(),
    capacity: z.number().int().min(1).max(LIMITS.participants).nullable(),
    closesAt: z.number().int().nullable(),
    askSandwich: z.boolean(),
  }),
  /**
   * A registration is cancelled (the facilitator; or the person, through their personal link).
   * A place that comes free goes to the first on the waiting list.
   */
  cmd('registration.cancel', { registrationId: Id }),
  /** The facilitator erases a registration: with it the participant it became, as "wis mijn gegevens". */
  cmd('registration.erase', { registrationId: Id }),
  /**
   * Ticked in at the door (`on`), or the tick undone. A person who has not arrived yet becomes a
   * participant without a phone, checked in; one who came by phone is checked in.
   */
  cmd('registration.checkIn', { registrationId: Id, on: z.boolean() }),
  /** Someone without a registration at the door, added by the desk without a phone: checked in. */
  cmd('participant.walkIn', {
    participantId: Id,
    name: nonEmpty(LIMITS.name),
    group: StakeholderGroup.nullable().default(null),
    sandwich: z.boolean().default(false),
  }),

  // Programme members (participants; docs/protocol.md): answered by the server's member service
  /**
   * Consent to be remembered for the next sessions of the programme (`on`), or taking it back.
   * On: the ack carries `member.code`, the person's member code (a new one each time; the one
   * before stops working). Off: the code of this session goes, and so does their member id here.
   */
  cmd('member.remember', { on: z.boolean() }),
  /**
   * "I was at an earlier session of this series": the member code from then. Recognised, the
   * person's member id is set here and their consented sign-ups come along; a code that is
   * unknown, erased or of another series is refused NOT_FOUND and nothing changes.
   */
  cmd('member.claim', { code: MemberCode }),
]);
export type Command = z.infer<typeof Command>;
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];
export const COMMAND_TYPES = Command.options.map((o) => o.shape.type.value) as CommandType[];

/**
 * Joining is not sent by a client: the server issues it when a participant presents the join
 * code without a device token, so a new participant is logged like every other change.
 */
export const JoinCommand = z
  .object({
    id: Id,
    type: z.literal('participant.join'),
    participantId: Id,
    /** Joining with a personal code: the participant is made from this registration (its reserved id). */
    registrationId: Id.optional(),
  })
  .strict();
export type JoinCommand = z.infer<typeof JoinCommand>;
/**
 * Issued by the server's member service (never sent by a client) after `member.remember` or
 * `member.claim`: the member id it chose or found, and the sign-ups that come along from the
 * person's latest earlier session (groups this session lacks are left out).
 */
export type MemberLinkCommand = {
  id: string;
  type: 'member.link';
  participantId: string;
  memberId: string | null;
  signups: Signup[];
};
/**
 * Issued by the server's registration service (never sent by a client): people from an imported
 * sign-up list (`import`, by a facilitator) or the public sign-up page (`form`, by the person, as
 * the participant they will be). The service makes the ids and each person's personal code.
 */
export type RegistrationsAddCommand = {
  id: string;
  type: 'registrations.add';
  source: 'import' | 'form';
  entries: { registrationId: string; participantId: string; input: RegistrationInput }[];
};
export type AnyCommand = Command | JoinCommand | MemberLinkCommand | RegistrationsAddCommand;
