/** Messages of the admin pages (French is the source; ar and en must have the same keys). */
export const admin = {} as const;
