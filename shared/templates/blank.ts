import type { Language, Setup } from '../model/session';

/**
 * A blank World Café: the smallest agenda that still runs end to end (19:00–21:00), so a
 * facilitator edits a working evening instead of starting from an empty list.
 * One function for both languages keeps the ids identical when the language is switched.
 */
export function blankSession(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);

  return {
    title: t('Nieuwe World Café-bijeenkomst', 'New World Café meeting'),
    date: null,
    venue: '',
    language,
    goals: [],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Inloop', 'Walk-in'),
        plannedStart: '19:00',
        durationMin: 15,
        // The phones show this too, after they scanned: the screen asks to scan beside its QR.
        instruction: t('Welkom! Tik op je telefoon op "Ik ben er".', 'Welcome! On your phone, tap "I am here".'),
        round: null,
      },
      {
        id: 'plenary-1',
        kind: 'plenary',
        title: t('Opening', 'Opening'),
        plannedStart: '19:15',
        durationMin: 15,
        instruction: t('We beginnen. Luister naar de uitleg.', 'We are starting. Listen to the explanation.'),
        round: null,
      },
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Tafelronde 1', 'Table round 1'),
        plannedStart: '19:30',
        durationMin: 30,
        instruction: t(
          'Ga naar je eerste tafel. Kijk op je telefoon welke.',
          'Go to your first table. Look at your phone to see which one.',
        ),
        round: 1,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Tafelronde 2', 'Table round 2'),
        plannedStart: '20:00',
        durationMin: 30,
        instruction: t(
          'Ga naar je tweede tafel. Kijk op je telefoon welke.',
          'Go to your second table. Look at your phone to see which one.',
        ),
        round: 2,
      },
      {
        id: 'wrap-up',
        kind: 'wrap-up',
        title: t('Wat hebben we gehoord?', 'What did we hear?'),
        plannedStart: '20:30',
        durationMin: 20,
        instruction: t('We vertellen wat er aan de tafels is gezegd.', 'We share what was said at the tables.'),
        round: null,
      },
      {
        id: 'closing',
        kind: 'closing',
        title: t('Afsluiting', 'Closing'),
        plannedStart: '20:50',
        durationMin: 10,
        instruction: t('Bedankt voor je komst!', 'Thank you for coming!'),
        round: null,
      },
    ],
    // Two placeholders show the facilitator what a table looks like; the questions are theirs to write.
    tables: [
      { id: 'table-1', title: t('Tafel 1', 'Table 1'), keyQuestion: '', prompts: [], capacity: 20, host: '' },
      { id: 'table-2', title: t('Tafel 2', 'Table 2'), keyQuestion: '', prompts: [], capacity: 20, host: '' },
    ],
    rounds: { count: 2, lengthMin: 30, tablesPerParticipant: 2 },
    // The info point needs at least one category to file a question under.
    infoCategories: [{ id: 'other', label: t('Overig', 'Other') }],
    workingGroups: [],
  };
}
