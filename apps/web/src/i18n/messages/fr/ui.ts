/** Messages of the ui pages (French is the source; ar and en must have the same keys). */
export const ui = {} as const;
