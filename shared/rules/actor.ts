import type { Actor } from '../protocol/actor';

// The actor is part of the protocol (the welcome names it); the rules re-export it for their callers.
export { type Actor, ROLES, type Role } from '../protocol/actor';

/** The author key stored on cards: stable per person or per table, never a secret. */
export function authorKey(actor: Actor): string {
  switch (actor.role) {
    case 'participant':
      return actor.participantId;
    case 'host':
      return `host:${actor.tableId}`;
    case 'facilitator':
      return 'facilitator';
    case 'desk':
      return 'desk';
    case 'screen':
      return 'screen';
  }
}
