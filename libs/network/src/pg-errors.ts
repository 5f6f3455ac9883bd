/** The constraint a PostgreSQL error names, when it is a unique (23505) or foreign-key (23503) violation. */
export function violatedConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (code !== '23505' && code !== '23503') return undefined;
  return typeof constraint === 'string' ? constraint : undefined;
}
