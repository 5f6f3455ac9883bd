import { Injectable } from '@nestjs/common';
import {
  isAction,
  isRoleOf,
  PERSONAL_ACTIONS,
  permissionsOf,
  type Action,
  type Actor,
  type Role,
} from '@jazari/access';
import { isUuid, TENANT_KINDS, TransactionRunner, type TenantKind } from '@jazari/database';
import { ApiKeyRepository } from '../api-keys/api-key.repository.js';
import { decodeOpaqueToken, secretMatches } from '../opaque-token.js';
import type { AccessClaims } from './access-token.service.js';
import { AuthRepository } from './auth.repository.js';

export const API_KEY_PREFIX = 'jzk';

/**
 * Turns a verified credential into the request's Actor, checking the database every time: a suspended
 * tenant, a removed membership, a changed role, a revoked session or key takes effect on the next request,
 * not when a token expires.
 */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly sessions: AuthRepository,
    private readonly apiKeys: ApiKeyRepository,
  ) {}

  async fromAccessToken(claims: Partial<AccessClaims>): Promise<Actor | null> {
    const { sub, tid, kind, sid } = claims;
    if (!isUuid(sub) || !isUuid(tid) || !isUuid(sid) || !isTenantKind(kind)) return null;
    const state = await this.transactions.run({ tenantId: tid, tenantKind: kind, userId: sub }, (tx) =>
      this.sessions.sessionState(tx, tid, sub, sid),
    );
    if (
      !state ||
      !state.sessionLive ||
      state.kind !== kind ||
      state.tenantStatus !== 'active' ||
      state.userStatus !== 'active' ||
      state.role === null ||
      // A role that does not belong to this kind of tenant (say, network_admin in an institute) grants nothing.
      !isRoleOf(kind, state.role)
    ) {
      return null;
    }
    const role: Role = state.role;
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

  async fromApiKey(key: string): Promise<Actor | null> {
    const token = decodeOpaqueToken(API_KEY_PREFIX, key);
    if (!token) return null;
    const found = await this.transactions.run(
      { tenantId: token.tenantId, tenantKind: null, userId: null },
      async (tx) => {
        const row = await this.apiKeys.findForAuthentication(tx, token.tenantId, token.id);
        if (!row || !secretMatches(token.secret, row.secretHash)) return null;
        if (row.revoked || row.expired || row.tenantStatus !== 'active') return null;
        await this.apiKeys.markUsed(tx, token.tenantId, token.id);
        return row;
      },
    );
    if (!found) return null;
    const permissions = new Set<Action>(
      found.permissions.filter((p): p is Action => isAction(p) && !PERSONAL_ACTIONS.has(p)),
    );
    return {
      type: 'api_key',
      tenantId: token.tenantId,
      tenantKind: found.kind,
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
