/**
 * The report downloads, deleting a session and the public follow-up page: loaded with the cockpit and the follow-up page (the 'report' pack).
 * Plain Dutch (B1), "je". `{name}` marks a value filled in by `t(key, { name })`.
 */
export const reportNl = {
  'cockpit.tab.report': 'Verslag',
  'report.title': 'Verslag en terugkoppeling',
  'report.intro': 'Download het verslag van deze avond. De openbare versie heeft geen namen en geen contactgegevens.',
  'report.version': 'Versie',
  'report.public': 'Openbaar (zonder persoonsgegevens)',
  'report.internal': 'Intern (met contacten van werkgroepen, alleen met toestemming)',
  'report.download': 'Download {format}',
  'report.printable': 'Open om te printen (PDF)',
  'report.csv': 'CSV: {file}',
  'report.csv.cards': 'kaartjes',
  'report.csv.questions': 'vragen',
  'report.csv.signups': 'aanmeldingen',
  'report.csv.attendance': 'aanwezigen',
  'report.csv.themes': "thema's",
  'report.failed': 'Downloaden lukte niet. Probeer het opnieuw.',
  'report.publishTitle': 'Terugkoppeling publiceren',
  'report.publishIntro':
    'Beantwoord eerst de open vragen. Na publiceren zien deelnemers via dezelfde QR-code de antwoorden en het openbare verslag.',
  'report.publishAfterEnd': 'Dit kan als de avond is afgesloten.',
  'deleteSession.title': 'Alles wissen',
  'deleteSession.what':
    'Dit wist de hele avond: kaartjes, vragen, namen, aanmeldingen en alle links. Download eerst het verslag. Wissen kun je niet terugdraaien.',
  'deleteSession.automatic':
    'Doe je niets, dan wist de server een afgesloten avond vanzelf na een vaste termijn (meestal 90 dagen).',
  'deleteSession.sure': 'Ik heb het verslag bewaard en wil alles van deze avond wissen',
  'deleteSession.button': 'Avond wissen',
  'deleteSession.failed': 'Wissen lukte niet ({code}). Er is niets gewist; probeer het opnieuw.',
  'report.openLeft': {
    one: '{count} vraag wacht nog op een antwoord.',
    other: '{count} vragen wachten nog op een antwoord.',
  },
  'report.publish': 'Publiceer de terugkoppeling',
  'report.unpublish': 'Haal de terugkoppeling offline',
  'report.published': 'Gepubliceerd. Deelnemers zien de antwoorden op:',

  'followup.title': 'Terugkoppeling',
  'followup.loading': 'Even laden…',
  'followup.notYet': 'De terugkoppeling is nog niet klaar. Kijk later nog eens.',
  'followup.notFound':
    'Onder deze code staat (nog) niets. Kijk of je de code goed hebt overgenomen, of kom later terug.',
  'followup.failed': 'Laden lukte niet. Probeer het opnieuw.',
  'followup.retry': 'Probeer opnieuw',
  'followup.answers': 'Antwoorden op de vragen',
  'followup.beforehand': 'Vragen vooraf',
  'followup.mine': 'Jouw vraag',
  'followup.noAnswer': 'Hier komt nog een antwoord.',
  'followup.askedTimes': '{count} keer gesteld',
  'followup.recommendations': 'Aanbevelingen',
  'followup.tables': 'Wat zeiden de tafels?',
  'followup.vote': 'Wat vond de zaal het belangrijkst?',
  'followup.dots': { one: '{count} stip', other: '{count} stippen' },
  'followup.groups': 'Werkgroepen',
  'followup.signups': { one: '{count} aanmelding', other: '{count} aanmeldingen' },
  'followup.fullReport': 'Het hele verslag (om te printen)',
} as const;
