import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, isAction, PERSONAL_ACTIONS, type Actor, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { API_KEY_PREFIX } from '../auth/actor.resolver.js';
import { encodeOpaqueToken, hashSecret, newSecret } from '../opaque-token.js';
import { page } from '@jazari/http';
import type { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto.js';
import { ApiKeyRepository, type ApiKeyRow } from './api-key.repository.js';

/** API keys for a tenant's systems: a subset of their creator's permissions, shown once, revocable. */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: ApiKeyRepository,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: UserActor, input: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    const refused = input.permissions.filter(
      (p) => !isAction(p) || PERSONAL_ACTIONS.has(p) || !actor.permissions.has(p),
    );
    if (refused.length > 0) {
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'permission-not-delegable',
        'An API key cannot have these permissions',
        'A key gets a subset of your own permissions, and never the ones only a person may use.',
        { permissions: refused },
      );
    }
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new ProblemException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'expiry-in-past',
        'expiresAt is in the past',
      );
    }
    return this.transactions.run(actorContext(actor), async (tx) => {
      const id = uuidv7();
      const secret = newSecret();
      const row = await this.repository.insert(tx, {
        tenantId: actor.tenantId,
        id,
        name: input.name,
        permissions: [...new Set(input.permissions)].sort(),
        secretHash: hashSecret(secret),
        createdBy: actor.userId,
        expiresAt,
      });
      await this.audit.record(tx, actor, {
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: id,
        data: { name: row.name, permissions: row.permissions, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return {
        ...toDto(row),
        key: encodeOpaqueToken(API_KEY_PREFIX, { tenantId: actor.tenantId, id, secret }),
      };
    });
  }

  list(actor: Actor, cursor: string | undefined, limit = 50): Promise<ApiKeyPageDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.repository.list(tx, actor.tenantId, cursor ?? null, limit + 1);
      const { data, nextCursor } = page(rows, limit);
      return { data: data.map(toDto), nextCursor };
    });
  }

  get(actor: Actor, id: string): Promise<ApiKeyDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.find(tx, actor.tenantId, id);
      if (!row) throw apiKeyNotFound();
      return toDto(row);
    });
  }

  /** Revoking twice is fine; the key stops working on its next request. */
  revoke(actor: UserActor, id: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.find(tx, actor.tenantId, id);
      if (!row) throw apiKeyNotFound();
      if (await this.repository.revoke(tx, actor.tenantId, id)) {
        await this.audit.record(tx, actor, {
          action: 'api_key.revoked',
          targetType: 'api_key',
          targetId: id,
          data: { name: row.name },
        });
      }
    });
  }
}

function apiKeyNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such API key.');
}

function toDto(row: ApiKeyRow): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    permissions: [...row.permissions],
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
