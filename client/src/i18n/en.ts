import { cockpitEn } from './cockpit.en';
import { commonEn } from './common.en';
import type { Messages } from './messages';

/** Every English text, for tests and tools; the app loads them per route (translate.ts). */
export const en: Messages = { ...commonEn, ...cockpitEn };
