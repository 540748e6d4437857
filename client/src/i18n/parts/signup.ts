/** The cockpit's panel for the public sign-up page (Aanmeldingen tab; docs/registrations.md). */
export const signupNl = {
  'signup.settings.title': 'Aanmeldpagina',
  'signup.settings.open': 'Aanmeldpagina is open',
  'signup.settings.openHint': 'Staat dit uit, dan kan niemand zich via de pagina aanmelden.',
  'signup.settings.capacity': 'Aantal plaatsen',
  'signup.settings.capacityHint': 'Leeg: geen grens. Is het vol, dan komen nieuwe mensen op de wachtlijst.',
  'signup.settings.closesDate': 'Aanmelden sluit op (datum)',
  'signup.settings.closesTime': 'om (tijd)',
  'signup.settings.closesHint': 'Leeg: aanmelden kan tot de bijeenkomst begint.',
  'signup.settings.sandwich': 'Vraag of mensen een broodje willen',
  'signup.settings.save': 'Opslaan',
  'signup.settings.saved': 'Opgeslagen.',
  'signup.settings.link': 'Link naar de aanmeldpagina',
  'signup.settings.qr': 'QR-code van de aanmeldpagina',
  'signup.settings.badCapacity': 'Vul een heel getal in vanaf 1, of laat het leeg.',
} as const;
