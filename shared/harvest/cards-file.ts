import { z } from 'zod';

/** The harvest CLI's input: `{ language, cards: [{ id, table, text }] }`; extra fields (a bench set's `theme`) are ignored. */
export const CardsFileSchema = z.object({
  language: z.enum(['nl', 'en']),
  cards: z
    .array(z.object({ id: z.string().min(1), table: z.string(), text: z.string() }))
    .refine((cards) => new Set(cards.map((card) => card.id)).size === cards.length, 'card ids must be unique'),
});

export type CardsFile = z.infer<typeof CardsFileSchema>;
