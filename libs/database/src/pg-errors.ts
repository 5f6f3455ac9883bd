/** PostgreSQL error codes the services turn into problems (SQLSTATE, see the PostgreSQL manual, appendix A). */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

interface PgError {
  readonly code?: string;
  readonly constraint?: string;
}

function pgError(error: unknown): PgError {
  // TypeORM wraps driver errors in QueryFailedError and keeps the driver's fields on `driverError`.
  const e = error as (PgError & { driverError?: PgError }) | null;
  return e?.driverError ?? e ?? {};
}

/** True when `error` is a unique violation (of `constraint`, if named). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  return e.code === UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}

export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const e = pgError(error);
  return e.code === FOREIGN_KEY_VIOLATION && (constraint === undefined || e.constraint === constraint);
}
