import type { Message } from '../../../shared/plural';
import type { cockpitNl } from './cockpit';
import type { commonNl } from './common';
import type { deskNl } from './parts/desk';
import type { hostNl } from './parts/host';
import type { screenNl } from './parts/screen';
import type { reportNl } from './parts/report';
import type { signupPageNl } from './parts/signup-page';
import type { startNl } from './parts/start';
import type { wrapupNl } from './parts/wrapup';

type Dutch = typeof commonNl &
  typeof startNl &
  typeof reportNl &
  typeof cockpitNl &
  typeof hostNl &
  typeof deskNl &
  typeof screenNl &
  typeof wrapupNl &
  typeof signupPageNl;
/** The keys every language must have: those of Dutch, the default. */
export type MessageKey = keyof Dutch;
/** A text is plain or, when it counts something, its plural forms (shared/plural.ts). */
export type Messages = { readonly [K in MessageKey]: Message };
/** Every route's texts, and the cockpit's own: each language has both, key for key. */
export type CommonMessages = { readonly [K in keyof typeof commonNl]: Message };
export type CockpitMessages = { readonly [K in keyof typeof cockpitNl]: Message };
/** The keys whose Dutch text counts: `t()` asks for their `count`. */
export type PluralKey = { [K in MessageKey]: Dutch[K] extends string ? never : K }[MessageKey];
