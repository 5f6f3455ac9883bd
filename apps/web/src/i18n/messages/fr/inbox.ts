/** Messages of the inbox pages (French is the source; ar and en must have the same keys). */
export const inbox = {} as const;
