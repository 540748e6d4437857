import type { Language, Setup } from '../model/session';

/**
 * The Wijklab (see the reference, "Related formats"): a one-day "pressure cooker" in which an
 * expert panel of 7–8 people and a chair meet residents, officials and professionals about one
 * neighbourhood's question, and end the day with recommendations for the local administrators.
 *
 * The reference gives no timetable for the day, so the times are what a facilitator would expect
 * of an office day (09:30–16:30, lunch at noon). It names no site visit either, so there is none;
 * a facilitator who walks the neighbourhood adds a phase. Each Wijklab has its own question, so
 * the three tables are angles on "the question of the neighbourhood" that the facilitator
 * rewrites from the starting memo (startnotitie); the panel spreads over them, 2–3 per table.
 *
 * Both languages come from this one function, so the ids cannot drift apart.
 */
export function wijklabDay(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);

  return {
    title: t('Wijklab: een dag met een panel van experts', 'Wijklab: a day with a panel of experts'),
    date: null,
    venue: '',
    language,
    goals: [
      t(
        'Het panel hoort bewoners, professionals en de gemeente over de vraag van de wijk.',
        'The panel hears residents, professionals and the municipality on the question of the neighbourhood.',
      ),
      t(
        'De vragen die vooraf zijn gestuurd, krijgen een antwoord.',
        'The questions that were sent in beforehand get an answer.',
      ),
      t(
        'Het panel geeft aan het eind van de dag adviezen aan het bestuur van de gemeente.',
        'At the end of the day, the panel gives its recommendations to the local administrators.',
      ),
      t(
        'Na de dag krijgt iedereen een verslag met de adviezen.',
        'After the day, everyone gets a report with the recommendations.',
      ),
    ],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Ontvangst met koffie', 'Welcome with coffee'),
        plannedStart: '09:30',
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
        title: t('Opening: de vraag van de wijk', 'Opening: the question of the neighbourhood'),
        plannedStart: '10:00',
        durationMin: 30,
        // The questions sent in before the day are the panel's starting point: the chair says so.
        instruction: t(
          'De voorzitter opent de dag en stelt het panel voor. We horen de vraag van de wijk en de vragen die vooraf zijn gestuurd.',
          'The chair opens the day and introduces the panel. We hear the question of the neighbourhood and the questions sent in beforehand.',
        ),
        round: null,
      },
      {
        id: 'to-tables',
        kind: 'break',
        title: t('Naar de tafels', 'To the tables'),
        plannedStart: '10:30',
        durationMin: 10,
        instruction: t(
          'Ga naar je eerste tafel. Kijk op je telefoon welke. Aan elke tafel zitten twee of drie leden van het panel.',
          'Go to your first table. Look at your phone to see which one. Two or three panel members sit at each table.',
        ),
        round: null,
      },
      // Three rounds, so every panel member and every guest talks about each angle once.
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Gesprek met het panel, ronde 1', 'Talking with the panel, round 1'),
        plannedStart: '10:40',
        durationMin: 40,
        instruction: t(
          'Vertel het panel wat je ziet in de wijk. Wat gaat goed? Wat moet beter? De tafelhost schrijft mee.',
          'Tell the panel what you see in the neighbourhood. What goes well? What must get better? The table host takes notes.',
        ),
        round: 1,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Gesprek met het panel, ronde 2', 'Talking with the panel, round 2'),
        plannedStart: '11:20',
        durationMin: 40,
        instruction: t(
          'Ga naar je tweede tafel. Kijk op je telefoon welke. De tafelhost vertelt wat de vorige groep zei.',
          'Go to your second table. Look at your phone to see which one. The host tells you what the last group said.',
        ),
        round: 2,
      },
      {
        id: 'round-3',
        kind: 'table-round',
        title: t('Gesprek met het panel, ronde 3', 'Talking with the panel, round 3'),
        plannedStart: '12:00',
        durationMin: 40,
        instruction: t(
          'Ga naar je derde tafel. Kijk op je telefoon welke. Zeg wat je nog niet hebt kunnen zeggen.',
          'Go to your third table. Look at your phone to see which one. Say what you could not say yet.',
        ),
        round: 3,
      },
      {
        id: 'lunch',
        kind: 'social',
        title: t('Lunch', 'Lunch'),
        plannedStart: '12:40',
        durationMin: 50,
        instruction: t(
          'Eet smakelijk! Praat verder met het panel en met elkaar.',
          'Enjoy your lunch! Keep talking with the panel and with each other.',
        ),
        round: null,
      },
      // The panel deliberates on its own; for everyone else in the room it is a pause.
      {
        id: 'deliberation',
        kind: 'break',
        title: t('Het panel overlegt', 'The panel deliberates'),
        plannedStart: '13:30',
        durationMin: 90,
        instruction: t(
          'Het panel praat apart over wat het vandaag heeft gehoord en schrijft zijn adviezen. Heb je nog een vraag? Stel die bij het informatiepunt.',
          'The panel meets on its own about what it heard today and writes its recommendations. Any questions? Ask them at the info point.',
        ),
        round: null,
      },
      {
        id: 'recommendations',
        kind: 'wrap-up',
        title: t('De adviezen van het panel', 'The panel’s recommendations'),
        plannedStart: '15:00',
        durationMin: 45,
        instruction: t(
          'Het panel geeft zijn adviezen aan het bestuur van de gemeente. Het bestuur reageert. Je kunt vragen stellen.',
          'The panel gives its recommendations to the local administrators. They respond. You can ask questions.',
        ),
        round: null,
      },
      {
        id: 'closing',
        kind: 'closing',
        title: t('Afsluiting', 'Closing'),
        plannedStart: '15:45',
        durationMin: 15,
        instruction: t(
          'Bedankt voor je komst! Je krijgt een verslag met de adviezen en de antwoorden op de vragen.',
          'Thank you for coming! You will get a report with the recommendations and the answers to the questions.',
        ),
        round: null,
      },
      {
        id: 'drinks',
        kind: 'social',
        title: t('Napraten met een drankje', 'Drinks and a chat'),
        plannedStart: '16:00',
        durationMin: 30,
        instruction: t('Blijf nog even voor een drankje.', 'Stay for a drink.'),
        round: null,
      },
    ],
    // A day for some 30–60 guests and 8 panel members over three tables: 25 a table leaves room.
    tables: [
      {
        id: 'daily-life',
        title: t('Leven in de wijk', 'Life in the neighbourhood'),
        keyQuestion: t(
          'Hoe is het om hier te wonen en te werken? Wat zie je van de vraag van de wijk?',
          'What is it like to live and work here? What do you see of the question of the neighbourhood?',
        ),
        prompts: [
          t('Wat gaat goed in de wijk?', 'What goes well in the neighbourhood?'),
          t('Wat moet beter?', 'What must get better?'),
          t('Een voorbeeld uit je eigen straat', 'An example from your own street'),
        ],
        capacity: 25,
        host: '',
      },
      {
        id: 'working-together',
        title: t('Samenwerken', 'Working together'),
        keyQuestion: t(
          'Hoe werken bewoners, professionals en de gemeente nu samen? Waar loopt het vast?',
          'How do residents, professionals and the municipality work together now? Where does it get stuck?',
        ),
        prompts: [
          t('Wie doet nu wat?', 'Who does what now?'),
          t('Waar gaat het mis?', 'Where does it go wrong?'),
          t('Wat helpt om beter samen te werken?', 'What helps to work together better?'),
        ],
        capacity: 25,
        host: '',
      },
      {
        id: 'what-is-needed',
        title: t('Wat is er nodig?', 'What is needed?'),
        keyQuestion: t(
          'Wat moet er gebeuren om de vraag van de wijk op te lossen? Wie kan wat doen?',
          'What must happen to solve the question of the neighbourhood? Who can do what?',
        ),
        prompts: [
          t('Wat kan de gemeente doen?', 'What can the municipality do?'),
          t('Wat kunnen bewoners en organisaties zelf doen?', 'What can residents and organisations do themselves?'),
          t('Wat moet als eerste gebeuren?', 'What must happen first?'),
        ],
        capacity: 25,
        host: '',
      },
    ],
    rounds: { count: 3, lengthMin: 40, tablesPerParticipant: 3 },
    // The questions sent in before the day get their own category, so the chair sees them together.
    infoCategories: [
      { id: 'beforehand', label: t('Vragen vooraf', 'Questions sent beforehand') },
      { id: 'after-today', label: t('Wat gebeurt er na vandaag?', 'What happens after today?') },
      { id: 'other', label: t('Overig', 'Other') },
    ],
    // A Wijklab ends in recommendations, not in working groups (the reference names none).
    workingGroups: [],
  };
}
