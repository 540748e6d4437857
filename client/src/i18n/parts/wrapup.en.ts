import type { Message } from '../../../../shared/plural';
import type { wrapupNl } from './wrapup';

export const wrapupEn: { readonly [K in keyof typeof wrapupNl]: Message } = {};
