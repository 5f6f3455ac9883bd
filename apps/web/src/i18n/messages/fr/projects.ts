/** Messages of the projects pages (French is the source; ar and en must have the same keys). */
export const projects = {} as const;
