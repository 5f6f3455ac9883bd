/** Messages of the profile pages (French is the source; ar and en must have the same keys). */
export const profile = {} as const;
