import type { Language } from '../../../shared/model/session';
import { en } from './en';
import type { Messages } from './messages';
import { nl } from './nl';
import { addLanguage } from './translate';

/**
 * Every language at once, for tests and tools in Node. The app itself loads a language only when
 * it is chosen (translate.ts); importing this file from client code would undo that.
 */
export const MESSAGES: Record<Language, Messages> = { nl, en };
for (const [language, messages] of Object.entries(MESSAGES) as [Language, Messages][]) addLanguage(language, messages);

export { translate, type VarsFor } from './translate';
