import type { Message } from '../../../shared/plural';
import type { nl } from './nl';

/** The keys every language must have: those of Dutch, the default. */
export type MessageKey = keyof typeof nl;
/** A text is plain or, when it counts something, its plural forms (shared/plural.ts). */
export type Messages = { readonly [K in MessageKey]: Message };
/** The keys whose Dutch text counts: `t()` asks for their `count`. */
export type PluralKey = { [K in MessageKey]: (typeof nl)[K] extends string ? never : K }[MessageKey];
