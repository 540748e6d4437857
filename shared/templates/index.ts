import { Setup, type Language } from '../model/session';
import type { TemplateId } from '../protocol/api';
import { blankSession } from './blank';
import { leerkringLocal } from './leerkring-local';
import { leerkringStart } from './leerkring-start';
import { onlineMeeting } from './online-meeting';
import { werkplaats } from './werkplaats';
import { wijklabDay } from './wijklab-day';
import { worldCafeEvening } from './world-cafe-evening';

// A Record over TemplateId makes the compiler demand a builder for every id in TEMPLATE_IDS.
export const TEMPLATE_BUILDERS: Record<TemplateId, (language: Language) => Setup> = {
  'world-cafe-evening': worldCafeEvening,
  blank: blankSession,
  'wijklab-day': wijklabDay,
  'leerkring-start': leerkringStart,
  'leerkring-local': leerkringLocal,
  werkplaats,
  'online-meeting': onlineMeeting,
};

/**
 * The setup a new session starts from. Builders return fresh objects, so sessions never share
 * arrays; parsing makes a broken template fail loudly here instead of deep inside a session.
 */
export function templateSetup(id: TemplateId, language: Language): Setup {
  return Setup.parse(TEMPLATE_BUILDERS[id](language));
}

/** The start page's two headings: World Café evenings, and the organisation's other formats. */
export type TemplateGroup = 'world-cafe' | 'format';

export type TemplateInfo = {
  id: TemplateId;
  group: TemplateGroup;
  title: Record<Language, string>;
  /** One sentence: the start page lists seven templates and must stay easy to scan on a phone. */
  description: Record<Language, string>;
};

/** What the start page offers, in the order it shows them (grouped by `group`, in this order). */
export const TEMPLATES: TemplateInfo[] = [
  {
    id: 'world-cafe-evening',
    group: 'world-cafe',
    title: {
      nl: 'Wijkavond: van wijkraad naar wijkplatform',
      en: 'Neighbourhood evening: from neighbourhood council to neighbourhood platform',
    },
    description: {
      nl: 'Drie thematafels, twee rondes, een informatiepunt en werkgroepen.',
      en: 'Three theme tables, two rounds, an info point and working groups.',
    },
  },
  {
    id: 'blank',
    group: 'world-cafe',
    title: { nl: 'Leeg World Café', en: 'Blank World Café' },
    description: {
      nl: 'Twee tafels en twee rondes; de vragen schrijf je zelf.',
      en: 'Two tables and two rounds; you write the questions.',
    },
  },
  {
    id: 'wijklab-day',
    group: 'format',
    title: { nl: 'Wijklab: dag met een expertpanel', en: 'Wijklab: a day with an expert panel' },
    description: {
      nl: 'Het panel spreekt de wijk en geeft advies aan het bestuur.',
      en: 'The panel hears the neighbourhood and advises the administrators.',
    },
  },
  {
    id: 'leerkring-start',
    group: 'format',
    title: { nl: 'Leerkring: de start', en: 'Learning circle: the start' },
    description: {
      nl: 'De deelnemers kiezen samen de thema’s voor de sessies in de wijk.',
      en: 'The participants choose the themes for the sessions in the neighbourhood.',
    },
  },
  {
    id: 'leerkring-local',
    group: 'format',
    title: { nl: 'Leerkring: sessie in de wijk', en: 'Learning circle: session in the neighbourhood' },
    description: {
      nl: 'Werken aan de gekozen thema’s, voor de gereedschapskist.',
      en: 'Working on the chosen themes, for the shared toolbox.',
    },
  },
  {
    id: 'werkplaats',
    group: 'format',
    title: { nl: 'Werkplaats: trio’s met een casus', en: 'Werkplaats: trios with a case' },
    description: {
      nl: 'Elk trio aan een eigen casustafel; experts komen langs.',
      en: 'Each trio at its own case table; experts come by.',
    },
  },
  {
    id: 'online-meeting',
    group: 'format',
    title: { nl: 'Online bijeenkomst van twee uur', en: 'Online meeting of two hours' },
    description: {
      nl: 'Praten in kleine groepen, elk met een eigen videolink.',
      en: 'Talking in small groups, each with its own video link.',
    },
  },
];

/** The planned span of a template's agenda ("18:30–22:00"), for the start page: derived, so it cannot drift. */
export function templateSpan(id: TemplateId): string {
  const { agenda } = TEMPLATE_BUILDERS[id]('nl');
  const first = agenda[0];
  const last = agenda.at(-1);
  if (first === undefined || last === undefined) return '';
  const [h = 0, m = 0] = last.plannedStart.split(':').map(Number);
  const end = (h * 60 + m + last.durationMin) % (24 * 60);
  const hhmm = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  return `${first.plannedStart}–${hhmm}`;
}
