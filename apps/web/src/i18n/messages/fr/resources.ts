/** Messages of the resources pages (French is the source; ar and en must have the same keys). */
export const resources = {} as const;
