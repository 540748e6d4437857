/** The room's address: what staff see when phones could not open it. Plain Dutch (B1), "je". */
export const venueNl = {
  'venue.unreachable.title': 'Telefoons kunnen nog niet meedoen',
  'venue.unreachable.why':
    'De app is nu alleen op deze computer te openen ({url}). Telefoons kunnen dat adres niet vinden.',
  'venue.unreachable.fix':
    'Start de app opnieuw met "npm run start:lan", of stel PUBLIC_URL in. Hoe dat gaat, staat in de zaalgids (docs/venue.md).',
} as const;
