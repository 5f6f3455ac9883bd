/** Messages of the reports pages (French is the source; ar and en must have the same keys). */
export const reports = {} as const;
