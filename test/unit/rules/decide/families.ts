import { COMMAND_TYPES } from '../../../../shared/protocol/commands';

/** Which family each command belongs to: one rows file per family. */
export const FAMILY_PREFIXES = {
  prepare: ['session.update', 'agenda.set', 'tables.set', 'rounds.set', 'categories.set', 'workingGroups.set'],
  evening: [
    'phase.',
    'timer.',
    'broadcast.',
    'screen.',
    'session.end',
    'plan.publish',
    'assignment.set',
    'checkin',
    'door.',
    'participants.',
  ],
  people: ['participant.', 'profile.set', 'tables.pick'],
  cards: ['card.', 'summary.set'],
  voting: ['voting.', 'vote.'],
  themes: ['theme.'],
  teams: ['team.'],
  questions: ['question.', 'followup.'],
  groups: ['signup.'],
  members: ['member.'],
  registrations: ['signupPage.set', 'registrations.add', 'registration.', 'participant.walkIn'],
} as const;

/**
 * Commands whose work the server's member service does (a new secret, another session's state):
 * decide only checks them and yields nothing, so their accepted row has no events.
 */
export const CHECKS_ONLY: ReadonlySet<string> = new Set(['member.remember', 'member.claim']);

export type Family = keyof typeof FAMILY_PREFIXES;

/** A command type's family: its longest matching prefix (`card.` ) or its exact name. */
export function familyOf(type: string): Family | null {
  let best: { family: Family; length: number } | null = null;
  for (const [family, prefixes] of Object.entries(FAMILY_PREFIXES) as [Family, readonly string[]][]) {
    for (const p of prefixes) {
      const hit = p.endsWith('.') ? type.startsWith(p) : type === p;
      if (hit && (best === null || p.length > best.length)) best = { family, length: p.length };
    }
  }
  return best?.family ?? null;
}

export const ALL_TYPES: readonly string[] = [...COMMAND_TYPES, 'participant.join', 'member.link', 'registrations.add'];
