import type {
  Card,
  CardKind,
  InfoCategory,
  Language,
  Participant,
  Phase,
  Question,
  QuestionStatus,
  Registration,
  RegistrationSettings,
  Rounds,
  ScreenFocus,
  Signup,
  StakeholderGroup,
  GroupResults,
  Table,
  Team,
  Theme,
  Timer,
  VoteTarget,
  WorkingGroup,
} from '../model/session';

/** What a dot is on: a highlighted card, or a theme while voting is on themes. */
export type VoteOn = { cardId: string; themeId?: undefined } | { themeId: string; cardId?: undefined };

/**
 * What happened, as decided by the server. Events carry their own instants so `apply` stays pure.
 * They are produced only by `decide` on the server (never parsed from a client), so they are
 * plain types rather than schemas. The same events, redacted per role, update the clients.
 *
 * Applying them (shared/rules/apply.ts) is the contract for an outside client: the doc block of
 * every event lists each change it makes to the state, one "- `path` …" line per changed field,
 * cascades included (test/unit/protocol/event-effects.test.ts checks apply against these lines).
 * A path names a SessionState field; `[id]` is one entry of a record, `[*]` any entry. Anything
 * not listed stays as it was; `version` is set by the batch, not by its events.
 *
 * A client holds its role's view, not the whole state: an event about an entry the view lacks
 * leaves that entry absent, and a card that comes into or leaves the view arrives as
 * `card.added` or `card.removed` instead of the event that moved it (see rules/redact.ts).
 */
export type Event =
  /**
   * Only the fields the event carries change; an absent field stays as it was.
   * - `title`
   * - `date` (null: no date)
   * - `venue`
   * - `language`
   * - `goals` (the whole list)
   */
  | {
      type: 'session.updated';
      title?: string;
      date?: string | null;
      venue?: string;
      language?: Language;
      goals?: string[];
    }
  /**
   * - `agenda` is replaced by `phases`. `currentPhaseId` and `phaseLog` stay as they are, even
   *   when they name a phase that is no longer on the agenda.
   */
  | { type: 'agenda.set'; phases: Phase[] }
  /**
   * A table's `videoUrl` (the link into an online table's call) is kept like a host code: it is
   * in a table only for facilitators, that table's host, and the participants seated at that
   * online table in the call round (the round being played, or in a break the round right after
   * it; none before the evening or after its end). Everyone else holds the table without the
   * field (`online` itself is no secret). When a participant's call table changes (a new phase,
   * a new seat, the evening's end) they receive a `tables.set` right after the event that moved
   * them, holding the tables as they may now see them: the old link goes, the new one comes.
   * - `tables` is replaced. Cards, summaries, picks and seats of a removed table stay.
   */
  | { type: 'tables.set'; tables: Table[] }
  /** - `rounds` is replaced. */
  | { type: 'rounds.set'; rounds: Rounds }
  /** - `infoCategories` is replaced by `categories`. Questions keep their `categoryId`. */
  | { type: 'categories.set'; categories: InfoCategory[] }
  /** - `workingGroups` is replaced by `groups`. Sign-ups keep their `groupId`. */
  | { type: 'workingGroups.set'; groups: WorkingGroup[] }
  /**
   * - `status` becomes `'live'`. `at` is not kept: the first `phase.entered` (same batch) logs
   *   when the evening began.
   */
  | { type: 'session.started'; at: number }
  /**
   * - `currentPhaseId` becomes `phaseId`.
   * - `phaseLog` gets `{ phaseId, startedAt: at }` appended (also when going back to a phase).
   * The timer is not touched by this event: the server always sends a `timer.set` right after
   * it in the same batch (the phase's planned duration, or null). Voting stays.
   * - `broadcast` becomes null when it was sent "until the next phase" (`endsAt` null or absent)
   *   or its `endsAt` is at or before `at`; a broadcast with a later end stays.
   * - `screenFocus` becomes null: the projector follows the new phase.
   */
  | { type: 'phase.entered'; phaseId: string; at: number }
  /**
   * - `timer` is replaced: `{ state: 'running', endsAt }` (an absolute instant: correct it by your
   *   clock offset), `{ state: 'paused', remainingMs }`, or null (no timer).
   */
  | { type: 'timer.set'; timer: Timer | null }
  /**
   * - `broadcast` becomes `{ text, at, endsAt }`, or null when `text` is null. `endsAt` is the
   *   server instant it stops showing (hide it from then on, corrected by your clock offset), or
   *   null: it shows until the next `phase.entered`.
   */
  | { type: 'broadcast.set'; text: string | null; at: number; endsAt: number | null }
  /** - `screenFocus` becomes `focus` (null: the projector follows the phase). */
  | { type: 'screen.focused'; focus: ScreenFocus | null }
  /**
   * - `voting` is replaced whole by `{ open, dots, results, on, byGroup }` (`on` absent in events
   *   stored before themes: 'highlights'; `byGroup` absent: null). `results` (null while open)
   *   are the dots per card or theme at closing, `byGroup` the same split by the voters' group;
   *   the server sends `byGroup` to facilitators and the screen only, others get null.
   * - `votes` stay when `on` is what it was (closing voting keeps every dot); when `on` changes,
   *   `votes` become empty: a vote on something else starts afresh.
   */
  | {
      type: 'voting.set';
      open: boolean;
      dots: number;
      results: Record<string, number> | null;
      on?: VoteTarget;
      byGroup?: GroupResults | null;
    }
  /**
   * - `assignments[participantId][round]` becomes `tableId` (null: sits this round out); the
   *   person's other rounds stay.
   */
  | { type: 'assignment.set'; participantId: string; round: number; tableId: string | null }
  /**
   * A whole seating plan: per participant their table per round (key = round number).
   * - `assignments[*]` is replaced for every person in `assignments`; people not in it keep theirs.
   * - `planPublishedAt` becomes `at`.
   */
  | { type: 'plan.published'; assignments: Record<string, Record<string, string | null>>; at: number }
  /**
   * - `status` becomes `'ended'`.
   * - `timer` becomes null: a running or paused timer stops.
   * - `voting.open` becomes false: voting closes; `dots`, `results` and the `votes` stay.
   * `at` is not kept in the state.
   */
  | { type: 'session.ended'; at: number }
  /** - `participants[participant.id]` is added. */
  | { type: 'participant.joined'; participant: Participant }
  /**
   * Only the fields the event carries change; nothing when the participant is not in the view.
   * - `participants[participantId].name` (null: anonymous)
   * - `participants[participantId].group`
   * - `participants[participantId].sandwich`
   * - `participants[participantId].remote` (true: takes part from home)
   */
  | {
      type: 'profile.set';
      participantId: string;
      name?: string | null;
      group?: StakeholderGroup | null;
      sandwich?: boolean;
      remote?: boolean;
    }
  /** - `participants[participantId].picks` is replaced (the n-th pick is the table of round n). */
  | { type: 'tables.picked'; participantId: string; picks: string[] }
  /** - `participants[participantId].checkedInAt` becomes `at`. */
  | { type: 'participant.checkedIn'; participantId: string; at: number }
  /**
   * "Erase my data". Their cards and questions stay for the harvest, without their name.
   * - `participants[participantId]` is removed.
   * - `signups[*]` of this participant are removed (with their contact details).
   * - `votes[participantId]` is removed: their dots are gone.
   * - `assignments[participantId]` is removed: their seats are gone.
   * - `cards[*].authorId` becomes null on every card they wrote (`authorRole` stays `'participant'`).
   * - `questions[*].authorId` becomes null on every question they asked.
   * - `teams[*].memberIds`: they leave their keep-together team.
   * - `teams[*]`: a team left with fewer than 2 members is removed.
   * - `registrations[*]` whose `participantId` is theirs are removed: their sign-up is gone too.
   */
  | { type: 'participant.erased'; participantId: string }
  /**
   * A participant leaves the viewer's state, with their seats: sent to a host tablet when they no
   * longer sit at its table in any round (a new pick, plan or assignment). Only redaction makes
   * it; it is never stored. Who comes to the table arrives as `participant.joined` followed by
   * an `assignment.set` per round of their seats.
   * - `participants[participantId]` is removed.
   * - `assignments[participantId]` is removed.
   */
  | { type: 'participant.removed'; participantId: string }
  /**
   * The door to new participants. `closedAt` is when it closed; null opens it. While closed,
   * `participant.join` is refused with DOOR_CLOSED (a phone without a device token, or whose
   * token was erased, cannot get in); everyone who joined before keeps reconnecting with their
   * device token as usual. Changes nothing else.
   * - `doorClosedAt` becomes `closedAt`.
   */
  | { type: 'door.set'; closedAt: number | null }
  /**
   * Participants who did nothing, removed by the facilitator. "Did nothing" (rules/inactive.ts):
   * no idea card with them as author (hidden and merged cards count; withdrawn ones are gone),
   * no question they asked, no dot, no table pick and no working-group sign-up. A name, a group,
   * the sandwich tick or a check-in alone do not count: a script makes those for free.
   * Applied, each listed participant is erased exactly like `participant.erased`: the person
   * (name, group, check-in) and their seats in `assignments` are gone; they had no cards,
   * questions, dots or sign-ups; they also leave their keep-together team. On the server their device token is
   * deleted and the stored history restarts from a snapshot without them, so their data is gone
   * from disk; a removed phone that reconnects joins as someone new (if the door is open). A
   * participant receives this event only if they are in it, with just their own id.
   * - `participants[*]` of each listed participant is removed.
   * - `signups[*]` of each listed participant are removed.
   * - `votes[*]` of each listed participant is removed.
   * - `assignments[*]` of each listed participant is removed.
   * - `cards[*].authorId` becomes null on every card they wrote.
   * - `questions[*].authorId` becomes null on every question they asked.
   * - `teams[*].memberIds`: they leave their keep-together team.
   * - `teams[*]`: a team left with fewer than 2 members is removed.
   * - `registrations[*]` whose `participantId` is one of them are removed (decide never lists
   *   people from a registration or added at the door: they are not "inactive").
   */
  | { type: 'participants.removed'; participantIds: string[] }
  /**
   * A programme member recognised (or no longer remembered, `memberId` null). Facilitators only:
   * nobody else, the person included, holds member ids. Sign-ups that come along with a claim
   * follow as `signup.added` in the same batch.
   * - `participants[participantId].memberId` becomes `memberId`.
   */
  | { type: 'member.linked'; participantId: string; memberId: string | null }
  /** - `cards[card.id]` is added (or replaced, when it comes into the view again). */
  | { type: 'card.added'; card: Card }
  /**
   * Only the fields the event carries change; nothing when the card is not in the view.
   * - `cards[cardId].text`
   * - `cards[cardId].kind`
   * - `cards[cardId].tags` (the whole list)
   * - `cards[cardId].owner` (a recommendation's; null clears it, as when its kind changes away)
   * - `cards[cardId].due` (likewise)
   * - `cards[cardId].editedAt` becomes `at`.
   * Highlight and dots stay.
   */
  | {
      type: 'card.edited';
      cardId: string;
      text?: string;
      kind?: CardKind;
      tags?: string[];
      owner?: string | null;
      due?: string | null;
      at: number;
    }
  /**
   * A card leaves the viewer's state: withdrawn by its author, or hidden/merged for those who may not see it.
   * - `cards[cardId]` is removed.
   * - `votes[*]`: every dot on the card is removed; a person left without dots leaves `votes`.
   */
  | { type: 'card.removed'; cardId: string }
  /**
   * Only highlighted cards can get dots (the server refuses others), so taking the highlight off
   * gives the card's dots back.
   * - `cards[cardId].highlighted` becomes `on`.
   * - `votes[*]`, when `on` is false: every dot on the card is removed (also when the card is not
   *   in the view); a person left without dots leaves `votes`.
   */
  | { type: 'card.highlighted'; cardId: string; on: boolean }
  /**
   * A host holds its table's hidden cards as stubs (no text, no tags: see rules/view.ts), so it
   * receives a hide or a show as `card.added` with the stub or the whole card again.
   * - `cards[cardId].hidden` becomes `hidden`.
   * - `cards[cardId].highlighted` becomes false when hiding; showing it again does not
   *   highlight it again.
   * - `votes[*]`, when hiding: every dot on the card is removed (also when the card is not in the
   *   view); a person left without dots leaves `votes`.
   */
  | { type: 'card.hidden'; cardId: string; hidden: boolean }
  /**
   * - `cards[cardId].mergedInto` becomes `intoCardId`.
   * - `cards[cardId].highlighted` becomes false.
   * - `votes[*]`: every dot on the merged card is removed (also when the card is not in the
   *   view); a person left without dots leaves `votes`. The other card keeps its own.
   */
  | { type: 'card.merged'; cardId: string; intoCardId: string }
  /**
   * A merge undone: the card stands on its own again. It was no highlight and had no dots since
   * its merge, so it comes back without either.
   * - `cards[cardId].mergedInto` becomes null.
   */
  | { type: 'card.unmerged'; cardId: string }
  /** - `summaries[tableId]` becomes `text`. */
  | { type: 'summary.set'; tableId: string; text: string }
  /**
   * One dot; the server accepts it only on a visible, highlighted, unmerged card (or, while voting
   * is on themes, a theme of the evening with cards) while voting is open, within `voting.dots`.
   * The screen receives these with `participantId` set to the card's (or theme's) id: it holds
   * dots per card, never per person (an erase reaches it as one `vote.withdrawn` per dot of the
   * erased person, then `participant.erased`). Hosts and the desk receive none; a participant
   * only their own.
   * - `votes[participantId]` gets `cardId` (or `themeId`) appended (several dots on one may be).
   */
  | ({ type: 'vote.cast'; participantId: string } & VoteOn)
  /**
   * - `votes[participantId]` loses its last dot on `cardId` (or `themeId`); a person left without
   *   dots leaves `votes`. Nothing when they have no dot on it.
   */
  | ({ type: 'vote.withdrawn'; participantId: string } & VoteOn)
  /**
   * A theme comes into the view, new or whole again (a proposal accepted, or changed where the
   * viewer could not follow).
   * - `themes[theme.id]` is added or replaced.
   * - `themes[*].cardIds`: the theme's cards are taken out of every other theme.
   */
  | { type: 'theme.added'; theme: Theme }
  /** - `themes[themeId].label` becomes `label`. */
  | { type: 'theme.renamed'; themeId: string; label: string }
  /** - `themes[themeId].proposedBy` becomes null: the host's proposal is a theme of the evening. */
  | { type: 'theme.accepted'; themeId: string }
  /**
   * Also sent, before the change, when a card in a theme is hidden, merged or withdrawn.
   * - `themes[*].cardIds`: each of `cardIds` is taken out of every theme.
   * - `themes[themeId].cardIds` gets them, in this order, at `index` (null or past the end: at
   *   the end; counted after taking them out). Nothing more when `themeId` is null or not in
   *   the view.
   */
  | { type: 'theme.cardsPlaced'; cardIds: string[]; themeId: string | null; index: number | null }
  /**
   * - `themes[intoThemeId].cardIds` gets the cards of `themeId` appended.
   * - `themes[themeId]` is removed.
   * - `votes[*]`: every dot on `themeId` is removed; a person left without dots leaves `votes`.
   */
  | { type: 'theme.merged'; themeId: string; intoThemeId: string }
  /**
   * A theme leaves the view: deleted, or (for a host) no longer theirs to see. Its cards are in
   * no theme then.
   * - `themes[themeId]` is removed.
   * - `votes[*]`: every dot on `themeId` is removed; a person left without dots leaves `votes`.
   */
  | { type: 'theme.removed'; themeId: string }
  /**
   * A keep-together team, new or replaced whole (only facilitators receive it). A person is in
   * at most one team: setting them in this one takes them out of the team they were in.
   * - `teams[team.id]` is added or replaced.
   * - `teams[*].memberIds`: the team's members are taken out of every other team.
   * - `teams[*]`: another team left with fewer than 2 members is removed.
   */
  | { type: 'team.set'; team: Team }
  /** - `teams[teamId]` is removed (only facilitators receive it). */
  | { type: 'team.removed'; teamId: string }
  /**
   * - `questions[question.id]` is added. Its `beforehand` is true when it was asked while the
   *   session was still a draft (set by the server from the status; absent for a question asked
   *   during the session).
   */
  | { type: 'question.asked'; question: Question }
  /**
   * Only the fields the event carries change.
   * - `questions[questionId].categoryId`
   * - `questions[questionId].status`
   */
  | { type: 'question.triaged'; questionId: string; categoryId?: string; status?: QuestionStatus }
  /**
   * - `questions[questionId].answer` becomes `answer`.
   * - `questions[questionId].status` becomes `status`.
   */
  | { type: 'question.answered'; questionId: string; answer: string; status: QuestionStatus }
  /** - `questions[questionId].hidden` becomes `hidden`. */
  | { type: 'question.hidden'; questionId: string; hidden: boolean }
  /**
   * Duplicates already merged into `questionId` follow it to `intoQuestionId`, so merges never chain.
   * - `questions[questionId].mergedInto` becomes `intoQuestionId` (null: the merge is undone).
   * - `questions[*].mergedInto` becomes `intoQuestionId` on every question merged into
   *   `questionId` so far (only when `intoQuestionId` is not null).
   */
  | { type: 'question.merged'; questionId: string; intoQuestionId: string | null }
  /** - `followupPublishedAt` becomes `at`: when the follow-up went public; null takes it offline again. */
  | { type: 'followup.published'; at: number | null }
  /**
   * Facilitators receive it whole, the desk without contact, a participant only their own; hosts
   * and the screen none.
   * - `signups[signup.id]` is added.
   */
  | { type: 'signup.added'; signup: Signup }
  /** - `signups[signupId]` is removed. */
  | { type: 'signup.withdrawn'; signupId: string }
  /**
   * Registrations (docs/registrations.md). Facilitators receive them whole, the desk without
   * `email` and `phone`; nobody else receives any of them.
   * - `signupPage` becomes `settings`.
   */
  | { type: 'signupPage.set'; settings: RegistrationSettings }
  /** - `registrations[*]`: each of `registrations` is added. */
  | { type: 'registrations.added'; registrations: Registration[] }
  /** - `registrations[registrationId].status` becomes `'cancelled'`. */
  | { type: 'registration.cancelled'; registrationId: string }
  /**
   * A place came free: the first on the waiting list has it.
   * - `registrations[registrationId].status` becomes `'registered'`.
   */
  | { type: 'registration.promoted'; registrationId: string }
  /**
   * The facilitator erased a registration: its data is gone from the state and, on the server,
   * from the stored history (as `participant.erased`; its personal code stops working). When the
   * person had arrived, `participant.erased` for them follows in the same batch.
   * - `registrations[registrationId]` is removed.
   */
  | { type: 'registration.erased'; registrationId: string; participantId: string }
  /**
   * The tick at the door undone.
   * - `participants[participantId].checkedInAt` becomes null.
   */
  | { type: 'participant.checkedOut'; participantId: string };

export type EventType = Event['type'];

/**
 * The events of one accepted command; `v` is the session version after it. Applying a batch
 * applies its events in order, then sets `version` to `v` (also for a batch without events).
 */
export type Batch = { v: number; events: Event[] };
