import type { Language, Setup } from '../model/session';

/**
 * One of the Leerkring's four local sessions (see the reference, "Related formats"), held in a
 * neighbourhood: the professionals work on the themes chosen at the start (leerkring-start.ts)
 * and end with what goes into the shared toolbox (gereedschapskist). The themes are not known
 * beforehand, so the tables are "Theme 1–3" with prompts that lead to the toolbox; the facilitator
 * types the chosen themes in (or carries them over from the start session).
 *
 * The reference gives no times; an afternoon of 2¾ hours (14:00–16:45) at a place in the
 * neighbourhood is what a facilitator would expect. One function for both languages.
 */
export function leerkringLocal(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);
  const theme = (n: number) => ({
    id: `theme-${n}`,
    title: t(`Thema ${n}`, `Theme ${n}`),
    keyQuestion: t(
      'Wat werkt bij dit thema in deze wijk? Wat geef je mee aan de gereedschapskist?',
      'What works for this theme in this neighbourhood? What do you give to the toolbox?',
    ),
    prompts: [
      t('Een voorbeeld uit deze wijk', 'An example from this neighbourhood'),
      t('Wat werkt, en waarom?', 'What works, and why?'),
      t('Een tip, werkwijze of instrument voor de gereedschapskist', 'A tip, way of working or tool for the toolbox'),
    ],
    capacity: 15,
    host: '',
  });

  return {
    title: t('Leerkring: sessie in de wijk', 'Learning circle (Leerkring): session in the neighbourhood'),
    date: null,
    venue: '',
    language,
    goals: [
      t(
        'Leren van de praktijk in deze wijk, over de thema’s die we samen kozen.',
        'Learn from practice in this neighbourhood, on the themes we chose together.',
      ),
      t(
        'Tips, werkwijzen en instrumenten verzamelen voor de gereedschapskist.',
        'Collect tips, ways of working and tools for the toolbox.',
      ),
    ],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Inloop', 'Walk-in'),
        plannedStart: '14:00',
        durationMin: 15,
        instruction: t(
          'Welkom in de wijk! Pak een kop koffie. Tik op je telefoon op "Ik ben er".',
          'Welcome to the neighbourhood! Get a cup of coffee. On your phone, tap "I am here".',
        ),
        round: null,
      },
      {
        id: 'opening',
        kind: 'plenary',
        title: t('Welkom: de wijk en de thema’s', 'Welcome: the neighbourhood and the themes'),
        plannedStart: '14:15',
        durationMin: 15,
        instruction: t(
          'Onze gastheer of gastvrouw vertelt over de wijk. We kijken kort terug op de vorige sessie.',
          'Our host tells us about the neighbourhood. We look back briefly at the last session.',
        ),
        round: null,
      },
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Tafelronde 1', 'Table round 1'),
        plannedStart: '14:30',
        durationMin: 40,
        instruction: t(
          'Ga naar je eerste tafel. Kijk op je telefoon welke. Vertel wat werkt in jouw praktijk.',
          'Go to your first table. Look at your phone to see which one. Tell what works in your practice.',
        ),
        round: 1,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Tafelronde 2', 'Table round 2'),
        plannedStart: '15:10',
        durationMin: 40,
        instruction: t(
          'Ga naar je tweede tafel. Kijk op je telefoon welke. De host vertelt wat de vorige groep zei.',
          'Go to your second table. Look at your phone to see which one. The host tells you what the last group said.',
        ),
        round: 2,
      },
      {
        id: 'break',
        kind: 'break',
        title: t('Korte pauze', 'Short break'),
        plannedStart: '15:50',
        durationMin: 10,
        instruction: t(
          'Pak iets te drinken. De hosts kiezen de beste tips van hun tafel.',
          'Get a drink. The hosts pick the best tips of their table.',
        ),
        round: null,
      },
      // Toward the toolbox: the dots decide which tips go in first.
      {
        id: 'toolbox',
        kind: 'wrap-up',
        title: t('Wat gaat in de gereedschapskist?', 'What goes into the toolbox?'),
        plannedStart: '16:00',
        durationMin: 30,
        instruction: t(
          'De hosts vertellen de beste tips. Geef op je telefoon je stippen aan wat zeker in de gereedschapskist moet.',
          'The hosts share the best tips. On your phone, give your dots to what must go into the toolbox.',
        ),
        round: null,
      },
      {
        id: 'closing',
        kind: 'closing',
        title: t('Afsluiting en de volgende sessie', 'Closing and the next session'),
        plannedStart: '16:30',
        durationMin: 15,
        instruction: t(
          'Bedankt! Alles van vandaag komt in de gereedschapskist. We horen waar de volgende sessie is.',
          'Thank you! Everything from today goes into the toolbox. We hear where the next session is.',
        ),
        round: null,
      },
    ],
    tables: [theme(1), theme(2), theme(3)],
    rounds: { count: 2, lengthMin: 40, tablesPerParticipant: 2 },
    infoCategories: [
      { id: 'toolbox', label: t('De gereedschapskist', 'The toolbox') },
      { id: 'next-session', label: t('De volgende sessie', 'The next session') },
      { id: 'other', label: t('Overig', 'Other') },
    ],
    // The toolbox needs writers after the sessions; the reference names the toolbox as the output.
    workingGroups: [
      {
        id: 'wg-toolbox',
        title: t('Werkgroep Gereedschapskist', 'Working group Toolbox'),
        description: t(
          'Help de tips en werkwijzen op te schrijven, zodat andere professionals ze kunnen gebruiken.',
          'Help write down the tips and ways of working, so other professionals can use them.',
        ),
        tableId: null,
      },
    ],
  };
}
