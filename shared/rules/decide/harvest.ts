import type { Command } from '../../protocol/commands';
import { fail } from '../../protocol/errors';
import { type SessionState, themesOf } from '../../model/session';
import { voteTargetOf } from '../themes';
import { accept, type Decision, nothing } from './result';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Dot-voting on the tables' highlights or the themes, and signing up for working groups. */

export function voteCast(state: SessionState, pid: string, c: Of<'vote.cast'>): Decision {
  if (!state.voting.open) return fail('WRONG_PHASE', 'voting is not open');
  const used = state.votes[pid]?.length ?? 0;
  if ((state.voting.on ?? 'highlights') === 'themes') {
    if (c.themeId === undefined) return fail('VALIDATION', 'the vote is on themes: name a theme', 'themeId');
    const themes = themesOf(state);
    const theme = Object.hasOwn(themes, c.themeId) ? themes[c.themeId] : undefined;
    if (theme === undefined || theme.proposedBy !== null) return fail('NOT_FOUND', 'no such theme', 'themeId');
    if (theme.cardIds.length === 0) return fail('CONFLICT', 'this theme has no cards', 'themeId');
    if (used >= state.voting.dots) return fail('LIMIT_REACHED', `you have used all ${state.voting.dots} dots`);
    return accept({ type: 'vote.cast', participantId: pid, themeId: theme.id });
  }
  if (c.cardId === undefined) return fail('VALIDATION', 'the vote is on highlights: name a card', 'cardId');
  const card = state.cards[c.cardId];
  if (card === undefined || card.hidden || card.mergedInto !== null) return fail('NOT_FOUND', 'no such card', 'cardId');
  if (!card.highlighted) return fail('CONFLICT', 'only highlights can get dots', 'cardId');
  if (used >= state.voting.dots) return fail('LIMIT_REACHED', `you have used all ${state.voting.dots} dots`);
  return accept({ type: 'vote.cast', participantId: pid, cardId: card.id });
}

export function voteWithdraw(state: SessionState, pid: string, c: Of<'vote.withdraw'>): Decision {
  if (!state.voting.open) return fail('WRONG_PHASE', 'voting is not open');
  const target = voteTargetOf(c);
  if (!(state.votes[pid] ?? []).includes(target))
    return fail('NOT_FOUND', 'you have no dot here', c.cardId === undefined ? 'themeId' : 'cardId');
  return accept({
    type: 'vote.withdrawn',
    participantId: pid,
    ...(c.cardId === undefined ? { themeId: target } : { cardId: target }),
  });
}

export function signupAdd(state: SessionState, pid: string, c: Of<'signup.add'>, now: number): Decision {
  if (!state.workingGroups.some((g) => g.id === c.groupId))
    return fail('NOT_FOUND', 'no such working group', 'groupId');
  const hasContact = c.contact !== null && (c.contact.email !== null || c.contact.phone !== null);
  // Contact details are only kept with explicit consent (GDPR): refuse rather than silently drop them.
  if (hasContact && !c.consent)
    return fail('VALIDATION', 'tick the box to agree that we keep your contact details', 'consent');
  if (c.signupId in state.signups) return fail('CONFLICT', 'a sign-up with this id exists', 'signupId');
  if (Object.values(state.signups).some((s) => s.participantId === pid && s.groupId === c.groupId)) {
    return fail('CONFLICT', 'you already signed up for this working group', 'groupId');
  }
  return accept({
    type: 'signup.added',
    signup: {
      id: c.signupId,
      groupId: c.groupId,
      participantId: pid,
      contact: hasContact ? c.contact : null,
      consent: c.consent,
      createdAt: now,
    },
  });
}

export function signupWithdraw(state: SessionState, pid: string, c: Of<'signup.withdraw'>): Decision {
  const signup = state.signups[c.signupId];
  // Someone else's sign-up answers like a missing one: its existence is nobody else's business.
  if (signup === undefined || signup.participantId !== pid) return fail('NOT_FOUND', 'no such sign-up', 'signupId');
  return accept({ type: 'signup.withdrawn', signupId: signup.id });
}
