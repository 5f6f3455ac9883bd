/** Messages of the workshops pages (French is the source; ar and en must have the same keys). */
export const workshops = {} as const;
