/** Told after each section is written: `done` of `total`. */
export type SectionProgress = (done: number, total: number) => Promise<void>;

export const noProgress: SectionProgress = () => Promise.resolve();
