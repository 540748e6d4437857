import type { SessionState } from '../model/session';

/**
 * The participants who did nothing: no idea card (hidden and merged ones count), no question,
 * no dot, no table pick, no working-group sign-up. A name, a group, the sandwich tick and a
 * check-in do not count, because a script makes those as easily as a join. The facilitator's
 * "remove who did nothing" takes exactly these, so a flood of made-up participants can be
 * cleared without touching anyone who took part. In the order they joined. Nobody who came from
 * a registration or was added at the door counts: a real person stands behind them.
 */
export function inactiveParticipants(state: SessionState): string[] {
  const active = new Set<string>();
  for (const card of Object.values(state.cards))
    if (card.authorRole === 'participant' && card.authorId !== null) active.add(card.authorId);
  for (const q of Object.values(state.questions)) if (q.authorId !== null) active.add(q.authorId);
  for (const s of Object.values(state.signups)) active.add(s.participantId);
  for (const [pid, dots] of Object.entries(state.votes)) if (dots.length > 0) active.add(pid);
  return Object.values(state.participants)
    .filter(
      (p) => p.picks.length === 0 && !active.has(p.id) && (p.registrationId ?? null) === null && p.noPhone !== true,
    )
    .sort((a, b) => a.joinedAt - b.joinedAt)
    .map((p) => p.id);
}
