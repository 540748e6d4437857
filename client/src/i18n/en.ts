import { cockpitEn } from './cockpit.en';
import { commonEn } from './common.en';
import { deskEn } from './parts/desk.en';
import { startEn } from './parts/start.en';
import { reportEn } from './parts/report.en';
import { hostEn } from './parts/host.en';
import { screenEn } from './parts/screen.en';
import { signupPageEn } from './parts/signup-page.en';
import { wrapupEn } from './parts/wrapup.en';
import type { Messages } from './messages';

/** Every English text, for tests and tools; the app loads them per route (translate.ts). */
export const en: Messages = {
  ...commonEn,
  ...startEn,
  ...reportEn,
  ...cockpitEn,
  ...hostEn,
  ...deskEn,
  ...screenEn,
  ...wrapupEn,
  ...signupPageEn,
};
