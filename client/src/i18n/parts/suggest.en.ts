import type { Message } from '../../../../shared/plural';
import type { suggestNl } from './suggest';

export const suggestEn: { readonly [K in keyof typeof suggestNl]: Message } = {};
