import { cockpitNl } from './cockpit';
import { commonNl } from './common';

/** Every Dutch text, for tests and tools; the app loads them per route (translate.ts). */
export const nl = { ...commonNl, ...cockpitNl };
