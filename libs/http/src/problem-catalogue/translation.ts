// The shape of a catalogue entry, shared by the per-context catalogue files.
export interface Translation {
  readonly fr: string;
  readonly ar: string;
}

/**
 * Texts with values: `{name}` in the English stands for a value the code puts there; the French and
 * Arabic put it where it reads well. Values are shown as PROBLEM_VALUES (or the entry's own `values`)
 * has them, else as they are (ids, numbers, dates).
 */
export interface TemplateTranslation extends Translation {
  readonly values?: Readonly<Record<string, Translation>>;
}

export type Catalogue = Readonly<Record<string, Translation>>;
export type TemplateCatalogue = Readonly<Record<string, TemplateTranslation>>;

export const t = (fr: string, ar: string): Translation => ({ fr, ar });
