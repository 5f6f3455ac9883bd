import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@jazari/access';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import type { TenantKind } from '@jazari/database';
import { deriveKey } from './auth-keys.js';

/** The claims of an access token: who (`sub`), in which tenant (`tid`, `kind`), as what (`role`), which session (`sid`). */
export interface AccessClaims {
  readonly sub: string;
  readonly tid: string;
  readonly kind: TenantKind;
  readonly role: Role;
  readonly sid: string;
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';
/** Leeway on an access token's `exp` and `nbf` when it is verified. */
export const ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS = 5;

/** Issues access tokens: HS256 with a derived key, issuer and audience pinned, 15 minutes by default. */
@Injectable()
export class AccessTokenService {
  readonly key: Buffer;
  readonly verificationKey: KeyObject;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
  ) {
    this.key = deriveKey(config.auth.secret, 'access-token');
    this.verificationKey = createSecretKey(this.key);
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessClaims): Promise<string> {
    return this.jwt.signAsync(
      { tid: claims.tid, kind: claims.kind, role: claims.role, sid: claims.sid },
      {
        secret: this.key,
        algorithm: ACCESS_TOKEN_ALGORITHM,
        subject: claims.sub,
        issuer: this.config.auth.issuer,
        audience: this.config.auth.audience,
        expiresIn: this.config.auth.accessTokenTtlSeconds,
      },
    );
  }
}
