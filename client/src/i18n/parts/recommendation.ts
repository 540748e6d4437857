/** A recommendation's owner and date: the host tablet, the cockpit and the follow-up page show them. */
export const recommendationNl = {
  'host.rec.owner': 'Wie pakt het op?',
  'host.rec.ownerHint': 'Een persoon of een afdeling. Mag je later invullen.',
  'host.rec.due': 'Klaar op',
  'host.rec.dueHint': 'Mag je leeg laten.',
  'host.rec.ownerShown': 'Wie: {owner}',
} as const;
