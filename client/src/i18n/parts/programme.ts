/** The programme (reeks) in the cockpit: the next meeting, the series line, the programme report. */
export const programmeNl = {
  'programme.of': 'Bijeenkomst {number} van {title}',

  'next.title': 'Volgende bijeenkomst maken',
  'next.intro':
    'Maak de volgende bijeenkomst van deze reeks. Die krijgt eigen codes en links. Deze bijeenkomst blijft zoals ze is.',
  'next.becomes': 'Dit wordt bijeenkomst {number} van {title}.',
  'next.seriesName': 'Naam van de reeks',
  'next.seriesHint': 'Bijvoorbeeld: Leerkring Noord. Alle bijeenkomsten van de reeks horen bij deze naam.',
  'next.tables': 'Tafels van de volgende bijeenkomst',
  'next.tables.same': 'Dezelfde tafels',
  'next.tables.sameHint': 'De tafels van deze bijeenkomst, met hun vraag en hulpvragen.',
  'next.tables.themes': "De thema's van deze bijeenkomst als tafels",
  'next.tables.themesHint': {
    '=0': "Er zijn nog geen thema's. Maak ze eerst bij Oogst.",
    one: 'Het ene thema uit de oogst wordt een tafel.',
    other: "Elk van de {count} thema's uit de oogst wordt een tafel.",
  },
  'next.more': 'Wat gaat nog meer mee',
  'next.cards': 'Hoogtepunten als vragen aan tafel',
  'next.cardsHint':
    "Bij dezelfde tafels: de hoogtepunten van elke tafel. Bij thema's als tafels: de kaartjes van het thema.",
  'next.questions': 'Open vragen van het infopunt',
  'next.questionsHint': {
    '=0': 'Er zijn nu geen open vragen.',
    one: '1 vraag heeft nog geen antwoord. Wie hem stelde, gaat niet mee.',
    other: '{count} vragen hebben nog geen antwoord. Wie ze stelde, gaat niet mee.',
  },
  'next.groups': 'Werkgroepen',
  'next.groupsHint': 'De werkgroepen met hun naam en uitleg. De aanmeldingen gaan niet mee.',
  'next.create': 'Volgende bijeenkomst maken',
  'next.creating': 'Bezig met maken…',
  'next.failed': 'Het maken lukte niet ({code}). Probeer het opnieuw.',
  'next.failedNetwork': 'Geen verbinding met de server. Er is niets gemaakt. Probeer het opnieuw.',
  'next.failedLimit': 'Er zijn vanaf hier te veel bijeenkomsten gemaakt. Wacht een tijdje en probeer het opnieuw.',
  'next.failedLink': 'Je facilitatorlink werkt niet meer. Open deze bijeenkomst opnieuw met je link.',
  'next.done': 'Bijeenkomst {number} van {title} is gemaakt',
  'next.facilitator': 'Facilitatorlink van de nieuwe bijeenkomst',
  'next.keep':
    'Houd deze link voor jezelf: wie hem heeft, kan de bijeenkomst leiden. Je ziet hem hier maar één keer; bewaar hem goed.',
  'next.open': 'Nieuwe bijeenkomst openen',
  'next.participant': 'Link voor deelnemers',

  'programmeReport.title': 'Gereedschapskist van de reeks',
  'programmeReport.intro': {
    one: '{title} in één verslag: de oogst, de thema’s en stemmen, de antwoorden en de werkgroepen.',
    other:
      'Alle {count} bijeenkomsten van {title} in één verslag: de oogst, de thema’s en stemmen, de antwoorden en de werkgroepen. Een gewiste bijeenkomst staat erin als “niet meer bewaard”.',
  },
} as const;
