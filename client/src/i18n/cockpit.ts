import { facilitatorNl } from './parts/facilitator';
import { harvestNl } from './parts/harvest';
import { programmeNl } from './parts/programme';
import { importNl } from './parts/import';
import { mailNl } from './parts/mail';
import { plannerNl } from './parts/planner';
import { registrationsNl } from './parts/registrations';
import { signupNl } from './parts/signup';
import { suggestNl } from './parts/suggest';

/**
 * The texts only the facilitator's cockpit shows, in their own chunk: a phone on venue Wi-Fi
 * does not download the planner's or the harvest's words. main.tsx loads them with the cockpit.
 */
export const cockpitNl = {
  ...facilitatorNl,
  ...plannerNl,
  ...harvestNl,
  ...suggestNl,
  ...programmeNl,
  ...registrationsNl,
  ...signupNl,
  ...mailNl,
  ...importNl,
};
