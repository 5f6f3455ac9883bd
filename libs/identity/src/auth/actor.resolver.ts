import { Injectable } from '@nestjs/common';
import { isAction, isRoleOf, PERSONAL_ACTIONS, permissionsOf, type Action, type Actor } from '@jazari/access';
import { isUuid, TENANT_KINDS, type TenantContext, type TenantKind, type TenantTx } from '@jazari/database';
import type { QueryResultRow } from 'pg';
import { decodeOpaqueToken, secretMatches } from '../opaque-token.js';
import type { AccessClaims } from './access-token.service.js';
import type { Credential } from './credential.js';

export const API_KEY_PREFIX = 'jzk';

/**
 * Turns a verified credential into the request's Actor, checking the database on every request: a
 * suspended tenant, a removed membership, a changed role, a revoked session or key takes effect on the
 * next request, not when a token expires. The check is a prelude of the request's transaction — it
 * travels in the message that opens it — so it costs no round trip of its own.
 */
@Injectable()
export class ActorResolver {
  /** Claims that name a well-formed subject, tenant, kind and session; anything else is not a credential. */
  accessCredential(claims: Partial<AccessClaims>): Credential | null {
    const { sub, tid, kind, sid, role } = claims;
    if (!isUuid(sub) || !isUuid(tid) || !isUuid(sid) || !isTenantKind(kind) || typeof role !== 'string')
      return null;
    return { type: 'access_token', claims: { sub, tid, kind, sid, role } };
  }

  apiKeyCredential(key: string): Credential | null {
    const token = decodeOpaqueToken(API_KEY_PREFIX, key);
    return token ? { type: 'api_key', token } : null;
  }

  /** The RLS scope the request's transaction opens with. */
  contextOf(credential: Credential): TenantContext {
    return credential.type === 'access_token'
      ? { tenantId: credential.claims.tid, tenantKind: credential.claims.kind, userId: credential.claims.sub }
      : // The key's tenant kind is known once its row is read; resolve() sets it then.
        { tenantId: credential.token.tenantId, tenantKind: null, userId: null };
  }

  /** The check, as one parameterless statement (every value in it is a validated UUID). */
  preludeOf(credential: Credential): string {
    if (credential.type === 'access_token') {
      const { tid, sub, sid } = credential.claims;
      return `SELECT * FROM access_session_state('${tid}', '${sub}', '${sid}')`;
    }
    return `SELECT * FROM access_api_key_state('${credential.token.tenantId}', '${credential.token.id}')`;
  }

  /** The Actor, from the prelude's rows; null when the credential no longer grants anything. */
  async resolve(
    tx: TenantTx,
    credential: Credential,
    rows: readonly QueryResultRow[],
  ): Promise<Actor | null> {
    return credential.type === 'access_token'
      ? this.userActor(credential.claims, rows[0])
      : this.apiKeyActor(tx, credential.token, rows[0]);
  }

  private userActor(claims: AccessClaims, state: QueryResultRow | undefined): Actor | null {
    const { sub, tid, kind, sid } = claims;
    if (
      !state ||
      state.session_live !== true ||
      state.kind !== kind ||
      state.tenant_status !== 'active' ||
      state.user_status !== 'active' ||
      typeof state.role !== 'string' ||
      // A role that does not belong to this kind of tenant (say, network_admin in an institute) grants nothing.
      !isRoleOf(kind, state.role)
    ) {
      return null;
    }
    const role = state.role;
    return {
      type: 'user',
      tenantId: tid,
      tenantKind: kind,
      userId: sub,
      role,
      sessionId: sid,
      apiKeyId: null,
      permissions: permissionsOf(role),
    };
  }

  private async apiKeyActor(
    tx: TenantTx,
    token: { tenantId: string; id: string; secret: Buffer },
    state: QueryResultRow | undefined,
  ): Promise<Actor | null> {
    if (!state || !secretMatches(token.secret, state.secret_hash as Buffer)) return null;
    if (state.revoked || state.expired || state.tenant_status !== 'active') return null;
    const kind = state.kind as TenantKind;
    // A key never outlives its creator's rights: gone from the tenant (or disabled), the key is dead;
    // demoted, it keeps only what the creator's current role still allows.
    const creatorRole = state.creator_role as string | null;
    if (!creatorRole || !isRoleOf(kind, creatorRole)) return null;
    const creatorMay = permissionsOf(creatorRole);
    // Now the kind is known: Root's keys read network-wide through the kind-based policies.
    await tx.rescope({ tenantId: token.tenantId, tenantKind: kind, userId: null });
    const lastUsed = state.last_used_at as Date | null;
    if (!lastUsed || Date.now() - lastUsed.getTime() > 60_000) {
      // Last use, to the minute: a busy integration does not write on every request.
      await tx.query(`UPDATE api_key SET last_used_at = now() WHERE tenant_id = $1 AND id = $2`, [
        token.tenantId,
        token.id,
      ]);
    }
    const permissions = new Set<Action>(
      (state.permissions as string[]).filter(
        (p): p is Action => isAction(p) && !PERSONAL_ACTIONS.has(p) && creatorMay.has(p),
      ),
    );
    return {
      type: 'api_key',
      tenantId: token.tenantId,
      tenantKind: kind,
      userId: null,
      role: null,
      sessionId: null,
      apiKeyId: token.id,
      permissions,
    };
  }
}

function isTenantKind(value: unknown): value is TenantKind {
  return typeof value === 'string' && (TENANT_KINDS as readonly string[]).includes(value);
}
