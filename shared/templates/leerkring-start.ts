import type { Language, Setup } from '../model/session';

/**
 * The Leerkring's start session (see the reference, "Related formats"): a learning circle of
 * professionals starts here and goes on in four local sessions in the neighbourhood; together they
 * make a toolbox (gereedschapskist). The point of this session is that the participants choose the
 * themes: the tables gather what people meet in their work, the facilitator groups the cards into
 * themes in the wrap-up, and everyone gives dots to the themes (voting on themes). The themes with
 * the most dots become the tables of the local sessions (leerkring-local.ts).
 *
 * The reference gives no times; an afternoon of three hours (13:30–16:45) is what a facilitator of
 * a session for professionals would expect. One function for both languages keeps the ids equal.
 */
export function leerkringStart(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);

  return {
    title: t('Leerkring: de start', 'Learning circle (Leerkring): the start'),
    date: null,
    venue: '',
    language,
    goals: [
      t(
        'Elkaar leren kennen en horen hoe de leerkring werkt.',
        'Get to know each other and hear how the learning circle works.',
      ),
      t(
        'Samen de thema’s kiezen voor de vier sessies in de wijk.',
        'Choose together the themes for the four sessions in the neighbourhood.',
      ),
      t('Afspreken wie welke sessie in de wijk ontvangt.', 'Agree who hosts which session in the neighbourhood.'),
    ],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Inloop met koffie', 'Walk-in with coffee'),
        plannedStart: '13:30',
        durationMin: 30,
        instruction: t(
          'Welkom! Pak een kop koffie. Tik op je telefoon op "Ik ben er".',
          'Welcome! Get a cup of coffee. On your phone, tap "I am here".',
        ),
        round: null,
      },
      {
        id: 'opening',
        kind: 'plenary',
        title: t('Welkom: zo werkt de leerkring', 'Welcome: how the learning circle works'),
        plannedStart: '14:00',
        durationMin: 30,
        instruction: t(
          'We beginnen vandaag en gaan verder in vier sessies in de wijk. Samen maken we een gereedschapskist. Vandaag kies je de thema’s.',
          'We start today and go on in four sessions in the neighbourhood. Together we make a toolbox. Today you choose the themes.',
        ),
        round: null,
      },
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Tafelronde 1', 'Table round 1'),
        plannedStart: '14:30',
        durationMin: 30,
        instruction: t(
          'Ga naar je eerste tafel. Kijk op je telefoon welke. Schrijf je ideeën voor een thema op je telefoon.',
          'Go to your first table. Look at your phone to see which one. Write your ideas for a theme on your phone.',
        ),
        round: 1,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Tafelronde 2', 'Table round 2'),
        plannedStart: '15:00',
        durationMin: 30,
        instruction: t(
          'Ga naar je tweede tafel. Kijk op je telefoon welke. De host vertelt wat de vorige groep zei.',
          'Go to your second table. Look at your phone to see which one. The host tells you what the last group said.',
        ),
        round: 2,
      },
      {
        id: 'break',
        kind: 'break',
        title: t('Pauze', 'Break'),
        plannedStart: '15:30',
        durationMin: 15,
        instruction: t(
          'Pak iets te drinken. De gespreksleiders zetten de ideeën bij elkaar in thema’s.',
          'Get a drink. The facilitators put the ideas together into themes.',
        ),
        round: null,
      },
      // The vote on the themes: the reason this session exists.
      {
        id: 'choose-themes',
        kind: 'wrap-up',
        title: t('De thema’s kiezen', 'Choosing the themes'),
        plannedStart: '15:45',
        durationMin: 45,
        instruction: t(
          'Kijk naar de thema’s op het scherm. Geef op je telefoon je stippen aan de thema’s die jij het belangrijkst vindt.',
          'Look at the themes on the screen. On your phone, give your dots to the themes you find most important.',
        ),
        round: null,
      },
      {
        id: 'closing',
        kind: 'closing',
        title: t('Afspraken en afsluiting', 'Agreements and closing'),
        plannedStart: '16:30',
        durationMin: 15,
        instruction: t(
          'De thema’s met de meeste stippen komen in de sessies in de wijk. We spreken af waar en wanneer. Bedankt!',
          'The themes with the most dots go to the sessions in the neighbourhood. We agree where and when. Thank you!',
        ),
        round: null,
      },
    ],
    // A circle of some 20–30 professionals: three tables that each look for themes from another side.
    tables: [
      {
        id: 'in-practice',
        title: t('Wat zie je in je werk?', 'What do you see in your work?'),
        keyQuestion: t(
          'Waar loop je tegenaan in je werk in de wijk? Waar wil je beter in worden?',
          'What problems do you meet in your work in the neighbourhood? What do you want to get better at?',
        ),
        prompts: [
          t('Een situatie die je vaak meemaakt', 'A situation you meet often'),
          t('Waar heb je hulp bij nodig?', 'What do you need help with?'),
        ],
        capacity: 15,
        host: '',
      },
      {
        id: 'what-works',
        title: t('Wat werkt al?', 'What works already?'),
        keyQuestion: t(
          'Wat gaat al goed in jouw wijk? Wat kunnen anderen daarvan leren?',
          'What already goes well in your neighbourhood? What can others learn from it?',
        ),
        prompts: [
          t('Een goed voorbeeld uit je wijk', 'A good example from your neighbourhood'),
          t('Een werkwijze of instrument dat helpt', 'A way of working or a tool that helps'),
        ],
        capacity: 15,
        host: '',
      },
      {
        id: 'learn-together',
        title: t('Wat willen we samen leren?', 'What do we want to learn together?'),
        keyQuestion: t(
          'Welk thema moet in de leerkring aan bod komen? Wat moet er in de gereedschapskist?',
          'Which theme should the learning circle work on? What should go into the toolbox?',
        ),
        prompts: [
          t('Een thema voor een sessie in de wijk', 'A theme for a session in the neighbourhood'),
          t('Welke wijk past bij dat thema?', 'Which neighbourhood fits that theme?'),
        ],
        capacity: 15,
        host: '',
      },
    ],
    rounds: { count: 2, lengthMin: 30, tablesPerParticipant: 2 },
    infoCategories: [
      { id: 'sessions', label: t('Data en plekken van de sessies', 'Dates and places of the sessions') },
      { id: 'toolbox', label: t('De gereedschapskist', 'The toolbox') },
      { id: 'other', label: t('Overig', 'Other') },
    ],
    // Not in the reference, but every local session needs a place in the neighbourhood and a host
    // who opens it: the sign-up list is where the facilitator finds them.
    workingGroups: [
      {
        id: 'wg-host-session',
        title: t('Een sessie in je wijk ontvangen', 'Host a session in your neighbourhood'),
        description: t(
          'Je zorgt voor een plek in je wijk en vertelt de groep over je wijk.',
          'You find a place in your neighbourhood and tell the group about it.',
        ),
        tableId: null,
      },
    ],
  };
}
