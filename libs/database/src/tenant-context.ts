import { isUuid } from './uuid.js';

export const TENANT_KINDS = ['root', 'institute', 'partner'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/**
 * Who a unit of work runs for. RLS policies read these values from `app.tenant_id`, `app.tenant_kind`
 * and `app.user_id`; a context without a tenant sees no tenant rows at all (fail closed).
 */
export interface DbContext {
  readonly tenantId: string | null;
  readonly tenantKind: TenantKind | null;
  readonly userId: string | null;
}

export const NO_TENANT: DbContext = Object.freeze({ tenantId: null, tenantKind: null, userId: null });

export class InvalidDbContextError extends Error {}

function literal(value: string | null): string {
  // Values are checked against strict patterns below, so quoting cannot be escaped; '' means "unset".
  return `'${value ?? ''}'`;
}

/**
 * One simple-protocol message that opens the transaction and sets the tenant: a single round trip.
 * Parameters are not allowed in multi-statement messages, hence the validated literals.
 */
export function beginTransactionSql(
  context: DbContext,
  options: { readonly readOnly?: boolean } = {},
): string {
  return (options.readOnly ? 'BEGIN READ ONLY; ' : 'BEGIN; ') + setContextSql(context);
}

/** The statement that sets (or, inside a transaction, changes) the RLS scope. */
export function setContextSql(context: DbContext): string {
  if (context.tenantId !== null && !isUuid(context.tenantId)) {
    throw new InvalidDbContextError('tenantId must be a UUID');
  }
  if (context.userId !== null && !isUuid(context.userId))
    throw new InvalidDbContextError('userId must be a UUID');
  if (context.tenantKind !== null && !TENANT_KINDS.includes(context.tenantKind)) {
    throw new InvalidDbContextError('tenantKind is not a tenant kind');
  }
  return (
    'SELECT ' +
    `set_config('app.tenant_id', ${literal(context.tenantId)}, true), ` +
    `set_config('app.tenant_kind', ${literal(context.tenantKind)}, true), ` +
    `set_config('app.user_id', ${literal(context.userId)}, true)`
  );
}
