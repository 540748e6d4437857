import type { Message } from '../../../../shared/plural';
import type { venueNl } from './venue';

export const venueEn: { readonly [K in keyof typeof venueNl]: Message } = {
  'venue.unreachable.title': 'Phones cannot join yet',
  'venue.unreachable.why': 'The app can only be opened on this computer now ({url}). Phones cannot reach that address.',
  'venue.unreachable.fix':
    'Restart the app with "npm run start:lan", or set PUBLIC_URL. The venue guide (docs/venue.md) says how.',
};
