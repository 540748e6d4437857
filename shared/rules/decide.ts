import { assertNever } from '../assert-never';
import type { AnyCommand } from '../protocol/commands';
import { fail } from '../protocol/errors';
import type { SessionState } from '../model/session';
import type { Actor } from './actor';
import { roleMay } from './permissions';
import * as cards from './decide/cards';
import * as harvest from './decide/harvest';
import * as info from './decide/info-point';
import * as members from './decide/members';
import * as people from './decide/participants';
import * as registrations from './decide/registrations';
import type { Decision } from './decide/result';
import * as run from './decide/running';
import * as seating from './decide/seating';
import * as setup from './decide/setup';
import * as teams from './decide/teams';
import * as themes from './decide/themes';

export type { Decision } from './decide/result';

const FORBIDDEN_LINK = fail('FORBIDDEN', 'a participant is linked as themselves');

/**
 * After the evening only the follow-up continues: answering questions, tidying the harvest (themes too),
 * fixing the report's texts (a recommendation's owner and date too: card.edit lets only that
 * through after the end), and people taking back their data.
 */
const AFTER_THE_END = new Set<AnyCommand['type']>([
  'session.update',
  'card.edit',
  'card.hide',
  'card.merge',
  'card.unmerge',
  'card.highlight',
  'summary.set',
  'theme.create',
  'theme.rename',
  'theme.place',
  'theme.merge',
  'theme.split',
  'theme.delete',
  'theme.accept',
  'question.ask',
  'question.triage',
  'question.answer',
  'question.hide',
  'question.merge',
  'followup.publish',
  'participant.erase',
  'participants.removeInactive',
  'signup.withdraw',
  'member.remember',
  'member.link',
  'registration.erase',
]);

/**
 * What someone may do before they are a participant of the session: join, sign up on the public
 * page, and cancel that sign-up, each as the participant they will be (their registration's id).
 */
const BEFORE_ARRIVAL = new Set<AnyCommand['type']>(['participant.join', 'registrations.add', 'registration.cancel']);

/**
 * What a command does, given the state, who sends it and the time: the events to store, or a
 * typed error. Pure: the server runs it to decide, a client can run it to know what is allowed.
 * A command that changes nothing yields no events (acknowledged, nothing stored).
 */
export function decide(state: SessionState, command: AnyCommand, actor: Actor, now: number): Decision {
  if (!roleMay(actor.role, command.type)) return fail('FORBIDDEN', `a ${actor.role} may not do "${command.type}"`);
  if (state.status === 'ended' && !AFTER_THE_END.has(command.type)) return fail('WRONG_PHASE', 'the session has ended');
  if (actor.role === 'host' && !state.tables.some((t) => t.id === actor.tableId)) {
    return fail('FORBIDDEN', 'this table no longer exists');
  }
  if (
    actor.role === 'participant' &&
    !BEFORE_ARRIVAL.has(command.type) &&
    !(actor.participantId in state.participants)
  ) {
    return fail('FORBIDDEN', 'unknown participant');
  }
  const pid = actor.role === 'participant' ? actor.participantId : '';

  switch (command.type) {
    case 'session.update':
      return setup.sessionUpdate(state, command);
    case 'agenda.set':
      return setup.agendaSet(state, command);
    case 'tables.set':
      return setup.tablesSet(state, command);
    case 'rounds.set':
      return setup.roundsSet(state, command);
    case 'categories.set':
      return setup.categoriesSet(state, command);
    case 'workingGroups.set':
      return setup.workingGroupsSet(state, command);
    case 'phase.advance':
      return run.phaseAdvance(state, command, now);
    case 'phase.back':
      return run.phaseBack(state, command, now);
    case 'phase.jump':
      return run.phaseJump(state, command, now);
    case 'timer.start':
      return run.timerStart(state, command, now);
    case 'timer.pause':
      return run.timerPause(state, now);
    case 'timer.resume':
      return run.timerResume(state, now);
    case 'timer.extend':
      return run.timerExtend(state, command, now);
    case 'broadcast.send':
      return run.broadcastSend(state, command, now);
    case 'screen.show':
      return run.screenShow(state, command);
    case 'broadcast.clear':
      return run.broadcastClear(state, now);
    case 'voting.open':
      return run.votingOpen(state, command);
    case 'voting.close':
      return run.votingClose(state);
    case 'assignment.set':
      return run.assignmentSet(state, command);
    case 'plan.publish':
      return seating.planPublish(state, command, now);
    case 'session.end':
      return run.sessionEnd(state, now);
    case 'participant.join':
      if (command.participantId !== pid) return fail('FORBIDDEN', 'a participant joins as themselves');
      return command.registrationId === undefined
        ? people.participantJoin(state, command, now)
        : registrations.registeredJoin(state, { ...command, registrationId: command.registrationId }, now);
    case 'profile.set':
      return people.profileSet(state, pid, command);
    case 'tables.pick':
      return seating.withArrivalSeated(people.tablesPick(state, pid, command), state, pid);
    case 'checkin':
      return seating.withArrivalSeated(people.checkin(state, pid, now), state, pid);
    case 'participant.erase':
      return people.participantErase(state, pid);
    case 'door.set':
      return people.doorSet(state, command, now);
    case 'participants.removeInactive':
      return people.removeInactive(state);
    case 'card.add':
      return cards.cardAdd(state, command, actor, now);
    case 'card.edit':
      return cards.cardEdit(state, command, actor, now);
    case 'card.withdraw':
      return cards.cardWithdraw(state, command, actor);
    case 'card.highlight':
      return cards.cardHighlight(state, command, actor);
    case 'card.hide':
      return cards.cardHide(state, command);
    case 'card.merge':
      return cards.cardMerge(state, command, actor);
    case 'card.unmerge':
      return cards.cardUnmerge(state, command, actor);
    case 'summary.set':
      return cards.summarySet(state, command, actor);
    case 'theme.create':
      return themes.themeCreate(state, command, actor, now);
    case 'theme.rename':
      return themes.themeRename(state, command, actor);
    case 'theme.place':
      return themes.themePlace(state, command, actor);
    case 'theme.merge':
      return themes.themeMerge(state, command, actor);
    case 'theme.split':
      return themes.themeSplit(state, command, actor, now);
    case 'theme.delete':
      return themes.themeDelete(state, command, actor);
    case 'theme.accept':
      return themes.themeAccept(state, command, actor);
    case 'team.set':
      return teams.teamSet(state, command);
    case 'team.delete':
      return teams.teamDelete(state, command);
    case 'vote.cast':
      return harvest.voteCast(state, pid, command);
    case 'vote.withdraw':
      return harvest.voteWithdraw(state, pid, command);
    case 'signup.add':
      return harvest.signupAdd(state, pid, command, now);
    case 'signup.withdraw':
      return harvest.signupWithdraw(state, pid, command);
    case 'member.remember':
      return members.memberRemember(state, pid, command);
    case 'member.claim':
      return members.memberClaim(state, pid, command);
    case 'member.link':
      if (command.participantId !== pid) return FORBIDDEN_LINK;
      return members.memberLink(state, command);
    case 'signupPage.set':
      return registrations.signupPageSet(state, command);
    case 'registrations.add':
      // From the public page each person signs up only themselves; an import is the facilitator's.
      if (
        actor.role === 'participant' &&
        (command.source !== 'form' || command.entries.some((e) => e.participantId !== pid))
      )
        return fail('FORBIDDEN', 'a person signs up as themselves');
      if (actor.role === 'facilitator' && command.source !== 'import')
        return fail('FORBIDDEN', 'a facilitator imports');
      return registrations.registrationsAdd(state, command, now);
    case 'registration.cancel':
      return registrations.registrationCancel(state, command, actor.role === 'participant' ? pid : null);
    case 'registration.erase':
      return registrations.registrationErase(state, command);
    case 'registration.checkIn':
      return registrations.registrationCheckIn(state, command, now);
    case 'participant.walkIn':
      return registrations.participantWalkIn(state, command, now);
    case 'question.ask':
      return info.questionAsk(state, command, actor, now);
    case 'question.triage':
      return info.questionTriage(state, command);
    case 'question.answer':
      return info.questionAnswer(state, command);
    case 'question.hide':
      return info.questionHide(state, command);
    case 'question.merge':
      return info.questionMerge(state, command);
    case 'followup.publish':
      return info.followupPublish(state, command, now);
    default:
      return assertNever(command);
  }
}
