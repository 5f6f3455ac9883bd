import type { TenantContext, TenantKind } from '@jazari/database';
import type { Role } from './roles.js';
import type { Action } from './permissions.js';

/**
 * Who is calling, as verified on this request: a person signed in to one tenant, or an API key of one
 * tenant. Services take it as their first argument; the tenant never comes from anywhere else.
 */
export interface Actor {
  readonly type: 'user' | 'api_key';
  readonly tenantId: string;
  readonly tenantKind: TenantKind;
  /** The person; null for an API key. */
  readonly userId: string | null;
  readonly role: Role | null;
  readonly sessionId: string | null;
  readonly apiKeyId: string | null;
  readonly permissions: ReadonlySet<Action>;
}

/** A person signed in (routes that only people may use take this). */
export interface UserActor extends Actor {
  readonly type: 'user';
  readonly userId: string;
  readonly role: Role;
  readonly sessionId: string;
}

export function isUserActor(actor: Actor): actor is UserActor {
  return actor.type === 'user';
}

export function actorContext(actor: Actor): TenantContext {
  return { tenantId: actor.tenantId, tenantKind: actor.tenantKind, userId: actor.userId };
}
