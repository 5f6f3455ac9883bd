/** Messages of the conventions pages (French is the source; ar and en must have the same keys). */
export const conventions = {} as const;
