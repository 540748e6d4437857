/** Texts of the cockpit's harvest tab: themes board. Plain Dutch (B1), "je". */
export const harvestNl = {} as const;
