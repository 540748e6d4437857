import type { Language, Setup } from '../model/session';

/**
 * One of a series of online meetings of two hours (see the reference, "Related formats") on
 * instruments for neighbourhood profiles and agendas: statistics ("tellen", counting) combined
 * with residents' experience ("vertellen", telling), turned into a shared agenda. People talk in
 * small groups, so every table is online: its video link (of the organisation's own meeting tool)
 * is left empty for the facilitator to fill in; no video runs through our server.
 *
 * The reference gives the length, not the time of day: 10:00–12:00 is a facilitator's guess, with
 * ten minutes to log in and a short break between the two group rounds (nobody sits still on a
 * call for two hours). One function for both languages keeps the ids equal.
 */
export function onlineMeeting(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);
  const group = (id: string, title: string, keyQuestion: string, prompts: string[]) => ({
    id,
    title,
    keyQuestion,
    prompts,
    // A small group on a video call: more than eight and not everyone gets to speak.
    capacity: 8,
    host: '',
    online: true,
    videoUrl: null,
  });

  return {
    title: t('Online bijeenkomst: tellen en vertellen', 'Online meeting: counting and telling'),
    date: null,
    venue: '',
    language,
    goals: [
      t(
        'Cijfers over de wijk (tellen) en ervaringen van bewoners (vertellen) samen bekijken.',
        'Look together at figures about the neighbourhood (counting) and residents’ experience (telling).',
      ),
      t('Daarvan samen een wijkagenda maken.', 'Turn them into a shared neighbourhood agenda.'),
    ],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Inloggen', 'Logging in'),
        plannedStart: '10:00',
        durationMin: 10,
        instruction: t(
          'Welkom! Zet je camera en microfoon aan als dat kan. Tik op je telefoon op "Ik ben er".',
          'Welcome! Turn on your camera and microphone if you can. On your phone, tap "I am here".',
        ),
        round: null,
      },
      {
        id: 'opening',
        kind: 'plenary',
        title: t('Opening: tellen en vertellen', 'Opening: counting and telling'),
        plannedStart: '10:10',
        durationMin: 20,
        instruction: t(
          'We laten zien hoe je cijfers over de wijk en verhalen van bewoners samen gebruikt. Daarna praat je in kleine groepen.',
          'We show how to use figures about the neighbourhood and residents’ stories together. Then you talk in small groups.',
        ),
        round: null,
      },
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Kleine groepen, ronde 1', 'Small groups, round 1'),
        plannedStart: '10:30',
        durationMin: 30,
        instruction: t(
          'Ga naar je groep: open de videolink op je telefoon. Praat over de vraag van je groep.',
          'Go to your group: open the video link on your phone. Talk about the question of your group.',
        ),
        round: 1,
      },
      {
        id: 'break',
        kind: 'break',
        title: t('Korte pauze', 'Short break'),
        plannedStart: '11:00',
        durationMin: 5,
        instruction: t(
          'Even pauze. Sta op en pak iets te drinken. Kijk op je telefoon welke groep de volgende is.',
          'A short break. Stand up and get a drink. Look at your phone to see your next group.',
        ),
        round: null,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Kleine groepen, ronde 2', 'Small groups, round 2'),
        plannedStart: '11:05',
        durationMin: 30,
        instruction: t(
          'Ga naar je tweede groep: open de nieuwe videolink. De host vertelt wat de vorige groep zei.',
          'Go to your second group: open the new video link. The host tells you what the last group said.',
        ),
        round: 2,
      },
      {
        id: 'wrap-up',
        kind: 'wrap-up',
        title: t('Samen naar een wijkagenda', 'Toward a shared agenda'),
        plannedStart: '11:35',
        durationMin: 15,
        instruction: t(
          'Kom terug in de grote groep. Elke host vertelt wat er in de groep is gezegd. Wat zetten we op de wijkagenda?',
          'Come back to the whole group. Each host shares what was said in the group. What goes on the neighbourhood agenda?',
        ),
        round: null,
      },
      {
        id: 'closing',
        kind: 'closing',
        title: t('Afsluiting en de volgende keer', 'Closing and next time'),
        plannedStart: '11:50',
        durationMin: 10,
        instruction: t(
          'Bedankt voor het meedoen! In de volgende bijeenkomst gaan we verder. Je krijgt het verslag.',
          'Thank you for taking part! We go on in the next meeting. You will get the report.',
        ),
        round: null,
      },
    ],
    tables: [
      group(
        'counting',
        t('Tellen: de cijfers', 'Counting: the figures'),
        t(
          'Wat zeggen de cijfers over de wijk? Wat valt je op?',
          'What do the figures say about the neighbourhood? What do you notice?',
        ),
        [
          t('Welke cijfers gebruik je al?', 'Which figures do you use already?'),
          t('Welke cijfers mis je?', 'Which figures are missing?'),
        ],
      ),
      group(
        'telling',
        t('Vertellen: de verhalen', 'Telling: the stories'),
        t(
          'Wat vertellen bewoners over hun wijk? Past dat bij de cijfers?',
          'What do residents tell about their neighbourhood? Does it match the figures?',
        ),
        [
          t('Hoe hoor je de verhalen van bewoners?', 'How do you hear the stories of residents?'),
          t('Wie hoor je nog niet?', 'Whom do you not hear yet?'),
        ],
      ),
      group(
        'agenda',
        t('Samen een wijkagenda', 'A shared neighbourhood agenda'),
        t(
          'Wat moet er op de wijkagenda? Wat doen we eerst?',
          'What goes on the neighbourhood agenda? What do we do first?',
        ),
        [
          t('Wie maakt de agenda mee?', 'Who helps to make the agenda?'),
          t('Hoe houd je de agenda levend?', 'How do you keep the agenda alive?'),
        ],
      ),
    ],
    rounds: { count: 2, lengthMin: 30, tablesPerParticipant: 2 },
    infoCategories: [
      { id: 'instruments', label: t('Instrumenten voor het wijkprofiel', 'Tools for the neighbourhood profile') },
      { id: 'technology', label: t('Techniek (video, geluid)', 'Technology (video, sound)') },
      { id: 'other', label: t('Overig', 'Other') },
    ],
    // A series of meetings carries its work over to the next one, not to working groups.
    workingGroups: [],
  };
}
