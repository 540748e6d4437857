import type { nl } from './nl';

/** The keys every language must have: those of Dutch, the default. */
export type MessageKey = keyof typeof nl;
export type Messages = { readonly [K in MessageKey]: string };
