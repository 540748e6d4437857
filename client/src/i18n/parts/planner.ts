/**
 * The seating plan in the cockpit: making, judging and publishing it. Plain Dutch (B1), "je", as
 * the rest of the cockpit. Texts that count have plural forms.
 */
export const plannerNl = {
  'plan.title': 'Tafelplan',
  'plan.intro':
    'Het plan zegt per ronde wie aan welke tafel zit. Het kijkt naar de keuzes van mensen, naar nieuwe gesprekspartners en naar een goede mix.',
  'plan.nobody': 'Nog niemand doet mee. Maak het plan als de mensen er zijn.',
  'plan.noTables': 'Er zijn nog geen tafels. Voeg ze toe bij Voorbereiden.',
  'plan.picked': 'Tafels gekozen: {count} van de {joined}.',
  'plan.scopeCheckedIn': 'Plan alleen wie is ingecheckt',
  'plan.scopeHint': 'Ingecheckt: {checkedIn} van {joined}. De rest krijgt een tafel bij het inchecken.',
  'plan.notPublished': 'Nog geen plan gepubliceerd. Tot dan zitten mensen aan de tafels die ze kozen.',
  'plan.published': 'Gepubliceerd om {time}.',
  'plan.since': 'Sinds het publiceren: {what}.',
  'plan.arrivals': { one: '{count} nieuwe persoon', other: '{count} nieuwe mensen' },
  'plan.leavers': { one: '{count} persoon weg', other: '{count} mensen weg' },
  'plan.sinceHint':
    'Nieuwe mensen krijgen vanzelf een vrije plek. Opnieuw plannen zoekt een betere plek en verschuift zo min mogelijk anderen.',
  'plan.make': 'Plan maken',
  'plan.lists': 'Lijst per tafel',
  'plan.listsClose': 'Sluiten',
  'plan.makeNew': 'Helemaal nieuw plan',
  'plan.replan': 'Opnieuw plannen',
  'plan.making': 'Bezig met plannen…',
  'plan.ready': 'Het plan is klaar. Kijk het na en publiceer het.',
  'plan.failed': 'Het plannen lukte niet. Probeer het opnieuw.',
  'plan.problem': 'Dit plan lukt niet.',
  'plan.problem.LOCK_OVER_CAPACITY':
    'Je hebt meer mensen met de hand aan één tafel gezet dan er passen. Verplaats eerst iemand.',
  'plan.problem.NO_TABLES': 'Er zijn nog geen tafels. Voeg ze toe bij Voorbereiden.',
  'plan.quality': 'Hoe goed is dit plan?',
  'plan.fact.revisits': {
    one: 'Eén keer komt iemand terug aan een tafel waar die al zat. Dat mag niet.',
    other: '{count} keer komt iemand terug aan een tafel waar die al zat. Dat mag niet.',
  },
  'plan.fact.capacity': {
    one: 'De tafels zitten samen {count} plek te vol of te leeg.',
    other: 'De tafels zitten samen {count} plekken te vol of te leeg.',
  },
  'plan.fact.crowded': 'Ronde {round}: {table} is te vol. Er zitten {people} mensen, er passen er {max}.',
  'plan.fact.empty': {
    '=0': 'Ronde {round}: {table} blijft leeg.',
    one: 'Ronde {round}: aan {table} zit maar {count} persoon (minstens {min}).',
    other: 'Ronde {round}: aan {table} zitten te weinig mensen ({count}, minstens {min}).',
  },
  'plan.fact.prefHit': '{percent}% van de plekken is aan een tafel die mensen zelf kozen.',
  'plan.fact.repeats': {
    '=0': 'Niemand zit twee keer met dezelfde persoon aan tafel.',
    one: '{count} tweetal zit twee keer samen aan tafel.',
    other: '{count} tweetallen zitten twee keer samen aan tafel.',
  },
  'plan.fact.mix': 'Aan sommige tafels is de mix van groepen niet helemaal goed.',
  'plan.fact.mixGood': 'Elke tafel heeft een goede mix van groepen.',
  'plan.fact.seats': 'Ronde {round}: {min} tot {max} mensen per tafel.',
  'plan.fact.seatsEven': {
    one: 'Ronde {round}: {count} persoon per tafel.',
    other: 'Ronde {round}: {count} mensen per tafel.',
  },
  'plan.fact.more': { one: "En nog {count} zo'n probleem.", other: 'En nog {count} van zulke problemen.' },
  'plan.moved': {
    '=0': 'Niemand die al een plek had, hoeft te verschuiven.',
    one: '{count} persoon die al een plek had, krijgt een andere tafel.',
    other: '{count} mensen die al een plek hadden, krijgen een andere tafel.',
  },
  'plan.kept': 'Plekken die je met de hand hebt gezet, blijven zoals ze zijn ({count}).',
  'plan.fixed': {
    one: 'Ronde {count} is al begonnen. Daar verandert niets.',
    other: 'Ronde 1 tot en met {count} zijn al begonnen. Daar verandert niets.',
  },
  'plan.stale':
    'Er is iets veranderd sinds je dit plan maakte (nieuwe mensen of een verplaatsing). Maak het plan opnieuw voordat je publiceert.',
  'plan.seatsCaption': 'Mensen per tafel in dit plan',
  'plan.out': 'Zit niet aan tafel',
  'plan.capacity': '(max. {count})',
  'plan.publish': 'Publiceren',
  'plan.publishHint':
    'Na het publiceren zien mensen op hun telefoon aan welke tafel ze zitten. Tafelhosts zien wie er komt.',
  'plan.publishedNow': 'Het plan is gepubliceerd.',
  'plan.person': 'Bekijk één persoon',
  'plan.personLabel': 'Persoon',
  'plan.personChoose': 'Kies iemand',
  'plan.personInPlan': 'In het nieuwe plan (nog niet gepubliceerd):',
  'plan.personNow': 'Zoals het nu is:',
  'plan.personRound': 'Ronde {round}: {table}',
  'plan.personOut': 'Ronde {round}: zit niet aan tafel',
  'plan.pickRank': 'keuze {rank}',
  'plan.notPicked': 'niet gekozen',
  'plan.metBefore': { one: 'zit weer met {count} persoon van eerder', other: 'zit weer met {count} mensen van eerder' },
  'plan.byHand': 'met de hand gezet',
};
