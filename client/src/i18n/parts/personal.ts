/** The phone's part of signing up: the personal link (/p#CODE), the join page's code, the calendar. */
export const personalNl = {
  'personal.refused':
    'Deze persoonlijke link werkt niet (meer). Vraag de organisatie om hulp, of doe mee met de code van de bijeenkomst.',
  'personal.hello': 'Hallo {name}, je bent aangemeld.',
  'personal.calendar': 'Zet in je agenda',
  'start.joinPersonal': 'Heb je een persoonlijke code? Die van 12 tekens kun je hier ook invullen.',
} as const;
