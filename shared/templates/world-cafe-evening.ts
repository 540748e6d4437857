import type { Language, Setup } from '../model/session';

/**
 * The reference evening (see the reference "world-cafe-evening"): a World Café from 18:30 to
 * 22:00 about turning neighbourhood councils into neighbourhood platforms.
 *
 * Both languages are built from this one function, so ids and structure cannot drift apart:
 * a session may switch language halfway through and must still find its phases and tables.
 * Text is plain language (B1): residents of many languages read it on a phone or a projector.
 */
export function worldCafeEvening(language: Language): Setup {
  const t = (nl: string, en: string): string => (language === 'nl' ? nl : en);

  return {
    title: t(
      'Wijkavond: van wijkraad naar wijkplatform',
      'Neighbourhood evening: from neighbourhood council to neighbourhood platform',
    ),
    date: null,
    venue: '',
    language,
    goals: [
      t(
        'Uitleggen waarom en hoe de wijkraden wijkplatforms worden.',
        'Explain why and how the neighbourhood councils become neighbourhood platforms.',
      ),
      t('Ideeën ophalen aan de thematafels.', 'Collect ideas at the theme tables.'),
      t('De mensen in de zaal inspireren.', 'Inspire the people in the room.'),
      t(
        'Een netwerk bouwen: mensen en partijen met elkaar verbinden.',
        'Build a network: connect people and organisations.',
      ),
    ],
    agenda: [
      {
        id: 'walk-in',
        kind: 'walk-in',
        title: t('Inloop', 'Walk-in'),
        plannedStart: '18:30',
        durationMin: 30,
        // The phones show this too, after they scanned: the screen asks to scan beside its QR.
        instruction: t(
          'Welkom! Pak een broodje als je dat hebt besteld. Tik op je telefoon op "Ik ben er".',
          'Welcome! Take a sandwich if you ordered one. On your phone, tap "I am here".',
        ),
        round: null,
      },
      {
        id: 'plenary-1',
        kind: 'plenary',
        title: t('Opening en uitleg', 'Opening and explanation'),
        plannedStart: '19:00',
        durationMin: 30,
        instruction: t(
          'We beginnen. De gemeente vertelt waarom de wijkraad een wijkplatform wordt.',
          'We are starting. The municipality explains why the neighbourhood council becomes a platform.',
        ),
        round: null,
      },
      {
        id: 'break-1',
        kind: 'break',
        title: t('Korte pauze', 'Short break'),
        plannedStart: '19:30',
        durationMin: 10,
        instruction: t(
          'Ga naar je eerste tafel. Kijk op je telefoon welke.',
          'Go to your first table. Look at your phone to see which one.',
        ),
        round: null,
      },
      // The reference has one block "theme tables 19:40–21:10" with two rounds. Our model plays
      // one table-round phase per round, so the block becomes two phases of 45 minutes.
      {
        id: 'round-1',
        kind: 'table-round',
        title: t('Tafelronde 1', 'Table round 1'),
        plannedStart: '19:40',
        durationMin: 45,
        instruction: t(
          'Praat mee aan je eerste tafel. De tafelhost schrijft op wat er gezegd wordt.',
          'Talk with others at your first table. The table host writes down what is said.',
        ),
        round: 1,
      },
      {
        id: 'round-2',
        kind: 'table-round',
        title: t('Tafelronde 2', 'Table round 2'),
        plannedStart: '20:25',
        durationMin: 45,
        instruction: t(
          'Ga naar je tweede tafel. Kijk op je telefoon welke. De host vertelt wat de vorige groep zei.',
          'Go to your second table. Look at your phone to see which one. The host tells you what the last group said.',
        ),
        round: 2,
      },
      {
        id: 'break-2',
        kind: 'break',
        title: t('Korte pauze', 'Short break'),
        plannedStart: '21:10',
        durationMin: 5,
        instruction: t(
          'Kom terug naar de grote zaal. We gaan zo verder.',
          'Come back to the main room. We will start again soon.',
        ),
        round: null,
      },
      {
        id: 'wrap-up',
        kind: 'wrap-up',
        title: t('Wat hebben we gehoord?', 'What did we hear?'),
        plannedStart: '21:15',
        durationMin: 15,
        instruction: t(
          'We vertellen wat er aan de tafels is gezegd, en wat de volgende stappen zijn. Doe mee met een werkgroep!',
          'We share what was said at the tables, and what happens next. Join a working group!',
        ),
        round: null,
      },
      {
        id: 'drinks',
        kind: 'social',
        title: t('Napraten met een drankje', 'Drinks and a chat'),
        plannedStart: '21:30',
        durationMin: 30,
        instruction: t(
          'Bedankt voor je komst! Blijf nog even voor een drankje. Je kunt je nog opgeven voor een werkgroep.',
          'Thank you for coming! Stay for a drink. You can still sign up for a working group.',
        ),
        round: null,
      },
    ],
    // About 100 people, two rounds, three tables: roughly 35 per table per round. 40 leaves room.
    // Hosts stay empty: the facilitator fills in names, which we cannot know.
    tables: [
      {
        id: 'wijkhub',
        title: 'Wijkhub',
        keyQuestion: t(
          'Welke voorzieningen heeft een wijkplatform nodig om goed te werken? Wat verbindt de mensen?',
          'Which facilities does a neighbourhood platform need to work well? What connects people?',
        ),
        prompts: [
          t('De organisatie: wie doet wat?', 'The organisation: who does what?'),
          t('Een aanspreekpunt of trekker', 'A point of contact or lead person'),
          t('Een vaste plek in de wijk', 'A physical place in the neighbourhood'),
          t('Een digitaal platform', 'A digital platform'),
        ],
        capacity: 40,
        host: '',
      },
      {
        id: 'wijksamenwerking',
        title: 'Wijksamenwerking',
        keyQuestion: t(
          'Wie vormen samen het wijkplatform? En wat is de rol van ieder?',
          'Who together make up the neighbourhood platform? And what is the role of each?',
        ),
        prompts: [
          t('Hoe bouw je een netwerk in de wijk?', 'How do you build a network in the neighbourhood?'),
          t(
            'Hoe werk je samen aan thema’s die over meer wijken gaan?',
            'How do you work together on themes that cross neighbourhoods?',
          ),
          t('Hoe werk je samen met de gemeente?', 'How do you work together with the municipality?'),
        ],
        capacity: 40,
        host: '',
      },
      {
        id: 'wijkstem',
        title: 'Wijkstem',
        keyQuestion: t(
          'Hoe werkt een actief netwerk in de wijk samen met de gemeente aan participatie (meedoen)?',
          'How does an active network in the neighbourhood work with the municipality on participation (taking part)?',
        ),
        prompts: [
          t('Bewoners doen mee met plannen van de gemeente.', 'Residents take part in plans of the municipality.'),
          t('De gemeente helpt bij plannen van bewoners.', 'The municipality helps with plans of residents.'),
        ],
        capacity: 40,
        host: '',
      },
    ],
    rounds: { count: 2, lengthMin: 45, tablesPerParticipant: 2 },
    // The info point's themes named in the reference, plus a catch-all.
    infoCategories: [
      { id: 'bylaw', label: t('Verordening (regels)', 'Bylaw (rules)') },
      { id: 'funding', label: t('Financiering (geld)', 'Funding (money)') },
      { id: 'transition', label: t('Overgang naar volgend jaar', 'Change-over to next year') },
      { id: 'other', label: t('Overig', 'Other') },
    ],
    // One group per theme table, so people who liked a table can keep working on it.
    workingGroups: [
      {
        id: 'wg-wijkhub',
        title: t('Werkgroep Wijkhub', 'Working group Wijkhub'),
        description: t(
          'Werk verder aan de plek, het aanspreekpunt en het digitale platform van de wijk.',
          'Keep working on the place, the point of contact and the digital platform of the neighbourhood.',
        ),
        tableId: 'wijkhub',
      },
      {
        id: 'wg-wijksamenwerking',
        title: t('Werkgroep Wijksamenwerking', 'Working group Wijksamenwerking'),
        description: t(
          'Werk verder aan het netwerk in de wijk en de samenwerking met de gemeente.',
          'Keep working on the network in the neighbourhood and the cooperation with the municipality.',
        ),
        tableId: 'wijksamenwerking',
      },
      {
        id: 'wg-wijkstem',
        title: t('Werkgroep Wijkstem', 'Working group Wijkstem'),
        description: t(
          'Werk verder aan hoe bewoners meepraten en meedoen met de gemeente.',
          'Keep working on how residents have a say and take part with the municipality.',
        ),
        tableId: 'wijkstem',
      },
    ],
  };
}
