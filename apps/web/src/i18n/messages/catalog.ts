/** A namespace's messages in another language: the same keys as the French source, nothing missing. */
export type Translation<T> = { readonly [K in keyof T]: string };

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: string };

/** Puts a namespace's keys under its name (`projects` + `list.title` → `projects.list.title`). */
export function ns<P extends string, T extends Readonly<Record<string, string>>>(
  prefix: P,
  messages: T,
): Prefixed<P, T> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) out[`${prefix}.${key}`] = value;
  return out as Prefixed<P, T>;
}
