import type { Message } from '../../../../shared/plural';
import type { harvestNl } from './harvest';

export const harvestEn: { readonly [K in keyof typeof harvestNl]: Message } = {};
