import type { Message } from '../../../../shared/plural';
import type { recommendationNl } from './recommendation';

export const recommendationEn: { readonly [K in keyof typeof recommendationNl]: Message } = {
  'host.rec.owner': 'Who takes it on?',
  'host.rec.ownerHint': 'A person or a department. You can fill it in later.',
  'host.rec.due': 'Done by',
  'host.rec.dueHint': 'You may leave it empty.',
  'host.rec.ownerShown': 'Who: {owner}',
};
