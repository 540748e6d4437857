import { cockpitNl } from './cockpit';
import { commonNl } from './common';
import { deskNl } from './parts/desk';
import { startNl } from './parts/start';
import { reportNl } from './parts/report';
import { hostNl } from './parts/host';
import { screenNl } from './parts/screen';
import { signupPageNl } from './parts/signup-page';
import { wrapupNl } from './parts/wrapup';

/** Every Dutch text, for tests and tools; the app loads them per route (translate.ts). */
export const nl = {
  ...commonNl,
  ...startNl,
  ...reportNl,
  ...cockpitNl,
  ...hostNl,
  ...deskNl,
  ...screenNl,
  ...wrapupNl,
  ...signupPageNl,
};
