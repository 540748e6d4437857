/** Texts of theme suggestions in the cockpit. Plain Dutch (B1), "je". */
export const suggestNl = {} as const;
