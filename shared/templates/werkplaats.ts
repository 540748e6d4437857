import type { Language, Setup } from '../model/session';

/** Eight case tables: the reference says 6–8 trios, and removing a table is easier than adding one. */
const CASES = 8;

/**
 * A Werkplaats (see the reference, "Related formats"): 6–8 trios, each one neighbourhood civil
 * servant with two colleagues from other departments, work on their own local case; experts from
 * outside reflect on it. Each trio keeps its case table all afternoon, and the experts move from
 * trio to trio each round (the facilitator keeps the trios in place with the planner's teams).
 *
 * The reference gives no times; an afternoon of 13:00–17:15 with three expert rounds of 40 minutes
 * is what a facilitator would expect: with 3–4 experts, each trio then hears three of them.
 * One function for both languages keeps the ids equal.
 */
export function werkplaats(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);
  const caseTable = (n: number) => ({
    id: `case-${n}`,
    title: t(`Casus ${n}`, `Case ${n}`),
    keyQuestion: t(
      'Welke vraag uit de wijk wil dit trio oplossen? Wat is de volgende stap?',
      'Which question from the neighbourhood does this trio want to solve? What is the next step?',
    ),
    prompts: [
      t('Wat is er aan de hand?', 'What is going on?'),
      t('Wie zijn erbij betrokken?', 'Who is involved?'),
      t('Wat heeft het trio al geprobeerd?', 'What has the trio tried already?'),
      t('Wat zegt de expert?', 'What does the expert say?'),
    ],
    // The trio and one or two visiting experts; a little room for a guest.
    capacity: 6,
    host: '',
  });

  return {
    title: t('Werkplaats: trio’s werken aan hun casus', 'Werkplaats (workshop): trios work on their case'),
    date: null,
    venue: '',
    language,
    goals: [
      t(
        'Elk trio komt verder met een eigen casus uit de wijk.',
        'Each trio makes progress with its own case from the neighbourhood.',
      ),
      t('Experts van buiten kijken mee en stellen vragen.', 'Experts from outside look at the case and ask questions.'),
      t(
        'Collega’s van verschillende afdelingen leren samenwerken.',
        'Colleagues from different departments learn to work together.',
      ),
    ],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Inloop', 'Walk-in'),
        plannedStart: '13:00',
        durationMin: 30,
        instruction: t(
          'Welkom! Zoek je trio op. Tik op je telefoon op "Ik ben er".',
          'Welcome! Find your trio. On your phone, tap "I am here".',
        ),
        round: null,
      },
      {
        id: 'opening',
        kind: 'plenary',
        title: t('Opening: zo werkt de werkplaats', 'Opening: how the workshop works'),
        plannedStart: '13:30',
        durationMin: 20,
        instruction: t(
          'Elk trio werkt aan een eigen casus. Experts van buiten komen langs en denken mee. Na elke ronde wisselen de experts.',
          'Each trio works on its own case. Experts from outside come by and think along. After each round the experts change tables.',
        ),
        round: null,
      },
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Casus en expert, ronde 1', 'Case and expert, round 1'),
        plannedStart: '13:50',
        durationMin: 40,
        instruction: t(
          'Ga met je trio naar je casustafel. Leg de casus uit aan de expert. Schrijf op wat je leert.',
          'Go to your case table with your trio. Explain the case to the expert. Write down what you learn.',
        ),
        round: 1,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Casus en expert, ronde 2', 'Case and expert, round 2'),
        plannedStart: '14:30',
        durationMin: 40,
        instruction: t(
          'De experts wisselen van tafel, het trio blijft zitten. Vertel de nieuwe expert wat jullie al weten.',
          'The experts change tables, the trio stays. Tell the new expert what you know so far.',
        ),
        round: 2,
      },
      {
        id: 'break',
        kind: 'break',
        title: t('Pauze', 'Break'),
        plannedStart: '15:10',
        durationMin: 15,
        instruction: t(
          'Pak iets te drinken. Blijf na de pauze bij je eigen casustafel.',
          'Get a drink. After the break, go back to your own case table.',
        ),
        round: null,
      },
      {
        id: 'round-3',
        kind: 'table-round',
        title: t('Casus en expert, ronde 3', 'Case and expert, round 3'),
        plannedStart: '15:25',
        durationMin: 40,
        instruction: t(
          'De laatste expert komt langs. Wat is jullie volgende stap? Schrijf die op.',
          'The last expert comes by. What is your next step? Write it down.',
        ),
        round: 3,
      },
      {
        id: 'wrap-up',
        kind: 'wrap-up',
        title: t('Wat hebben de trio’s geleerd?', 'What did the trios learn?'),
        plannedStart: '16:05',
        durationMin: 30,
        instruction: t(
          'Elk trio vertelt in twee minuten zijn volgende stap. De experts vertellen wat hun opviel.',
          'Each trio shares its next step in two minutes. The experts say what they noticed.',
        ),
        round: null,
      },
      {
        id: 'closing',
        kind: 'closing',
        title: t('Afsluiting', 'Closing'),
        plannedStart: '16:35',
        durationMin: 10,
        instruction: t(
          'Bedankt! Neem je volgende stap mee naar je werk. Iedereen krijgt het verslag.',
          'Thank you! Take your next step back to work. Everyone gets the report.',
        ),
        round: null,
      },
      {
        id: 'drinks',
        kind: 'social',
        title: t('Napraten met een drankje', 'Drinks and a chat'),
        plannedStart: '16:45',
        durationMin: 30,
        instruction: t('Blijf nog even voor een drankje.', 'Stay for a drink.'),
        round: null,
      },
    ],
    tables: Array.from({ length: CASES }, (_, i) => caseTable(i + 1)),
    rounds: { count: 3, lengthMin: 40, tablesPerParticipant: 3 },
    infoCategories: [
      {
        id: 'departments',
        label: t('Samenwerken tussen afdelingen', 'Working across departments'),
      },
      { id: 'rules', label: t('Regels en beleid', 'Rules and policy') },
      { id: 'other', label: t('Overig', 'Other') },
    ],
    // Trios take their case back to work; the reference names no working groups.
    workingGroups: [],
  };
}
