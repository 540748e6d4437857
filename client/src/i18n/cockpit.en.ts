import type { CockpitMessages } from './messages';
import { facilitatorEn } from './parts/facilitator.en';
import { harvestEn } from './parts/harvest.en';
import { programmeEn } from './parts/programme.en';
import { importEn } from './parts/import.en';
import { mailEn } from './parts/mail.en';
import { plannerEn } from './parts/planner.en';
import { registrationsEn } from './parts/registrations.en';
import { signupEn } from './parts/signup.en';
import { suggestEn } from './parts/suggest.en';

/** English, the cockpit's own texts (see cockpit.ts). */
export const cockpitEn: CockpitMessages = {
  ...facilitatorEn,
  ...plannerEn,
  ...harvestEn,
  ...suggestEn,
  ...programmeEn,
  ...registrationsEn,
  ...signupEn,
  ...mailEn,
  ...importEn,
};
