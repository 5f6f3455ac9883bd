import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { actorContext, isRoleOf, type Actor, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner } from '@jazari/database';
import { ProblemException, ValidationProblem } from '@jazari/http';
import { ADMIN_ROLE } from '../members/member.service.js';
import { OidcClients } from './oidc-clients.js';
import type { SaveSsoConfigDto, SsoConfigDto, SsoSettingsDto } from './sso.dto.js';
import { SsoRepository, type SsoConfigRow } from './sso.repository.js';
import { SsoSecretBox } from './sso-secret-box.js';
import { SsoSignInService } from './sso-sign-in.service.js';

/** A tenant's OpenID provider, as its administrator sets it. The client secret goes in sealed, never out. */
@Injectable()
export class SsoConfigService {
  private readonly logger = new Logger(SsoConfigService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: SsoRepository,
    private readonly box: SsoSecretBox,
    private readonly clients: OidcClients,
    private readonly signIns: SsoSignInService,
    private readonly audit: AuditLog,
  ) {}

  get(actor: Actor): Promise<SsoSettingsDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.find(tx, actor.tenantId);
      return { redirectUri: this.signIns.redirectUri, config: row ? toDto(row) : null };
    });
  }

  async save(actor: UserActor, input: SaveSsoConfigDto): Promise<SsoSettingsDto> {
    const issuer = input.issuer.replace(/\/+$/, '');
    if (!this.clients.issuerAllowed(new URL(issuer))) {
      throw new ValidationProblem([{ field: 'issuer', messages: ['issuer must be an https URL'] }]);
    }
    if (input.firstSignIn === 'default_role') {
      const role = input.defaultRole;
      if (!role || !isRoleOf(actor.tenantKind, role) || role === ADMIN_ROLE[actor.tenantKind]) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'role-not-allowed',
          'This role cannot be given on a first sign-in',
          'Choose a role of your organisation other than its administrator role.',
          { role: role ?? null },
        );
      }
    } else if (input.defaultRole !== undefined) {
      throw new ValidationProblem([
        { field: 'defaultRole', messages: ['defaultRole goes with firstSignIn default_role only'] },
      ]);
    }
    if (!input.passwordSignIn && !input.enabled) {
      throw new ValidationProblem([
        {
          field: 'passwordSignIn',
          messages: ['password sign-in can be turned off only while SSO is enabled'],
        },
      ]);
    }

    const stored = await this.transactions.run(actorContext(actor), (tx) =>
      this.repository.find(tx, actor.tenantId),
    );
    const clientSecret = input.clientSecret ?? (stored && this.box.open(actor.tenantId, stored.clientSecret));
    if (!clientSecret) {
      throw new ValidationProblem([
        { field: 'clientSecret', messages: ['clientSecret is required the first time'] },
      ]);
    }
    // The issuer must answer with its discovery document before members are sent to it.
    try {
      await this.clients.configuration({
        tenantId: actor.tenantId,
        issuer,
        clientId: input.clientId,
        clientSecret,
      });
    } catch (error) {
      this.logger.warn(
        { issuer, error: error instanceof Error ? error.message : String(error) },
        'discovery failed',
      );
      throw new ProblemException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'issuer-unreachable',
        'The identity provider did not answer',
        'Check the issuer URL: its /.well-known/openid-configuration must answer and name the same issuer.',
        { issuer },
      );
    }

    return this.transactions.run(actorContext(actor), async (tx) => {
      const row: Omit<SsoConfigRow, 'updatedAt'> = {
        tenantId: actor.tenantId,
        enabled: input.enabled,
        displayName: input.displayName.trim(),
        issuer,
        clientId: input.clientId,
        clientSecret: this.box.seal(actor.tenantId, clientSecret),
        allowedDomains: input.allowedDomains,
        firstSignIn: input.firstSignIn,
        defaultRole: input.firstSignIn === 'default_role' ? (input.defaultRole ?? null) : null,
        passwordSignIn: input.passwordSignIn,
        trustProviderMfa: input.trustProviderMfa ?? false,
      };
      await this.repository.save(tx, row);
      // Turning passwords off ends the password sessions of those who may no longer use one.
      const endedSessions =
        !input.passwordSignIn && (stored?.passwordSignIn ?? true)
          ? await this.repository.revokePasswordSessions(tx, actor.tenantId, ADMIN_ROLE[actor.tenantKind])
          : 0;
      await this.audit.record(tx, actor, {
        action: 'sso.configured',
        targetType: 'tenant',
        targetId: actor.tenantId,
        data: {
          created: !stored,
          enabled: row.enabled,
          issuer: row.issuer,
          clientId: row.clientId,
          secretChanged: input.clientSecret !== undefined,
          allowedDomains: [...row.allowedDomains],
          firstSignIn: row.firstSignIn,
          defaultRole: row.defaultRole,
          passwordSignIn: row.passwordSignIn,
          trustProviderMfa: row.trustProviderMfa,
          endedSessions,
        },
      });
      const saved = await this.repository.find(tx, actor.tenantId);
      return { redirectUri: this.signIns.redirectUri, config: toDto(saved!) };
    });
  }

  async remove(actor: UserActor): Promise<void> {
    await this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.repository.remove(tx, actor.tenantId))) return;
      await this.audit.record(tx, actor, {
        action: 'sso.removed',
        targetType: 'tenant',
        targetId: actor.tenantId,
        data: {},
      });
    });
  }
}

function toDto(row: SsoConfigRow): SsoConfigDto {
  return {
    enabled: row.enabled,
    displayName: row.displayName,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: 'set',
    allowedDomains: [...row.allowedDomains],
    firstSignIn: row.firstSignIn,
    defaultRole: row.defaultRole,
    passwordSignIn: row.passwordSignIn,
    trustProviderMfa: row.trustProviderMfa,
    updatedAt: row.updatedAt.toISOString(),
  };
}
