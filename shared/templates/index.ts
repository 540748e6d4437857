import { Setup, type Language } from '../model/session';
import type { TemplateId } from '../protocol/api';
import { blankSession } from './blank';
import { worldCafeEvening } from './world-cafe-evening';

// A Record over TemplateId makes the compiler demand a builder for every id in TEMPLATE_IDS.
const BUILDERS: Record<TemplateId, (language: Language) => Setup> = {
  'world-cafe-evening': worldCafeEvening,
  blank: blankSession,
};

/**
 * The setup a new session starts from. Builders return fresh objects, so sessions never share
 * arrays; parsing makes a broken template fail loudly here instead of deep inside a session.
 */
export function templateSetup(id: TemplateId, language: Language): Setup {
  return Setup.parse(BUILDERS[id](language));
}

export type TemplateInfo = {
  id: TemplateId;
  title: Record<Language, string>;
  description: Record<Language, string>;
};

/** What the start page offers, in the order it shows them. */
export const TEMPLATES: TemplateInfo[] = [
  {
    id: 'world-cafe-evening',
    title: {
      nl: 'Wijkavond: van wijkraad naar wijkplatform',
      en: 'Neighbourhood evening: from neighbourhood council to neighbourhood platform',
    },
    description: {
      nl: 'Een complete avond van 18:30 tot 22:00. Drie thematafels, twee rondes van 45 minuten, een informatiepunt en werkgroepen.',
      en: 'A complete evening from 18:30 to 22:00. Three theme tables, two rounds of 45 minutes, an info point and working groups.',
    },
  },
  {
    id: 'blank',
    title: { nl: 'Leeg World Café', en: 'Blank World Café' },
    description: {
      nl: 'Een eenvoudig programma met twee tafels en twee rondes van 30 minuten. Vul zelf de vragen in.',
      en: 'A simple programme with two tables and two rounds of 30 minutes. You write the questions.',
    },
  },
];
