import type { Message } from '../../../../shared/plural';
import type { startNl } from './start';

/** English, the start page's texts (see start.ts). */
export const startEn: { readonly [K in keyof typeof startNl]: Message } = {
  'start.title': 'Create a meeting',
  'start.intro':
    'Choose a template. You will then get all the links: for the facilitators, the tables, the info point, the screen and the participants.',
  'start.template': 'Template',
  'start.group.worldCafe': 'World Café',
  'start.group.formats': 'Other formats',
  'start.language': 'Language of the meeting',
  'start.create': 'Create meeting',
  'start.deleted': 'The meeting was deleted. Nothing of it is kept.',
  'start.creating': 'Creating…',
  'start.created': 'The meeting has been created. Keep these links safe: anyone with a link can open that role.',
  'start.links': 'Links',
  'start.link.facilitator': 'Facilitators',
  'start.link.host': 'Table host: {title}',
  'start.link.desk': 'Info point',
  'start.link.screen': 'Screen (projector)',
  'start.link.participant': 'Participants',
  'start.code': 'Code',
  'start.another': 'Create another meeting',
  'start.copy': 'Copy',
  'start.copyLink': 'Copy link: {name}',
  'start.copied': 'Copied',
  'start.copyFailed': 'Copying did not work. Copy the link yourself.',
  'start.joinTitle': 'Join with a code',
  'start.joinLabel': 'Code of 6 characters',
  'start.joinButton': 'Join',
  'start.joinInvalid': 'A code has 6 characters, for example K7PX3M.',
};
