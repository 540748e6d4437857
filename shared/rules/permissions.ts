import type { AnyCommand } from '../protocol/commands';
import type { Role } from './actor';

/**
 * Which roles may send which command. Finer checks (a host only at its own table, an author only
 * on their own card) live in `decide`, next to the state they need. The screen is read-only.
 */
export const PERMISSIONS: Record<AnyCommand['type'], readonly Role[]> = {
  'session.update': ['facilitator'],
  'agenda.set': ['facilitator'],
  'tables.set': ['facilitator'],
  'rounds.set': ['facilitator'],
  'categories.set': ['facilitator'],
  'workingGroups.set': ['facilitator'],
  'phase.advance': ['facilitator'],
  'phase.back': ['facilitator'],
  'phase.jump': ['facilitator'],
  'timer.start': ['facilitator'],
  'timer.pause': ['facilitator'],
  'timer.resume': ['facilitator'],
  'timer.extend': ['facilitator'],
  'broadcast.send': ['facilitator'],
  'broadcast.clear': ['facilitator'],
  'screen.show': ['facilitator'],
  'voting.open': ['facilitator'],
  'voting.close': ['facilitator'],
  'assignment.set': ['facilitator'],
  'plan.publish': ['facilitator'],
  'session.end': ['facilitator'],
  'participant.join': ['participant'],
  'profile.set': ['participant'],
  'tables.pick': ['participant'],
  checkin: ['participant'],
  'participant.erase': ['participant'],
  'door.set': ['facilitator'],
  'participants.removeInactive': ['facilitator'],
  'card.add': ['facilitator', 'host', 'participant'],
  'card.edit': ['facilitator', 'host', 'participant'],
  'card.withdraw': ['facilitator', 'host', 'participant'],
  'card.highlight': ['facilitator', 'host'],
  'card.hide': ['facilitator'],
  'card.merge': ['facilitator', 'host'],
  'card.unmerge': ['facilitator', 'host'],
  'summary.set': ['facilitator', 'host'],
  'theme.create': ['facilitator', 'host'],
  'theme.rename': ['facilitator', 'host'],
  'theme.place': ['facilitator', 'host'],
  'theme.merge': ['facilitator', 'host'],
  'theme.split': ['facilitator', 'host'],
  'theme.delete': ['facilitator', 'host'],
  'theme.accept': ['facilitator'],
  'vote.cast': ['participant'],
  'vote.withdraw': ['participant'],
  'question.ask': ['participant', 'desk', 'facilitator'],
  'question.triage': ['desk', 'facilitator'],
  'question.answer': ['desk', 'facilitator'],
  'question.hide': ['desk', 'facilitator'],
  'question.merge': ['desk', 'facilitator'],
  'followup.publish': ['facilitator'],
  'signup.add': ['participant'],
  'signup.withdraw': ['participant'],
  'member.remember': ['participant'],
  'member.claim': ['participant'],
  'member.link': ['participant'],
};

export function roleMay(role: Role, type: AnyCommand['type']): boolean {
  return PERMISSIONS[type].includes(role);
}
