/** Texts of the cockpit's word cloud, votes by group and what the screen shows. Plain Dutch (B1), "je". */
export const wrapupNl = {} as const;
