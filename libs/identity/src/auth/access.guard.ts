import {
  type CanActivate,
  type ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRule, type Action, type Actor } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import type { FastifyRequest } from 'fastify';
import { ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS, AccessTokenService } from './access-token.service.js';
import { verifyOurAccessToken, type AccessTokenExpectations } from './access-token-verifier.js';
import { ActorResolver } from './actor.resolver.js';
import { unauthenticated } from './auth.problems.js';
import type { Credential } from './credential.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/** What the guard leaves on the request for the unit of work. */
export interface AuthenticatedRequest extends FastifyRequest {
  credential?: Credential;
  requiredAction?: Action;
  user?: Actor;
}

/**
 * Global guard: every route declares `@Public()` or `@RequirePermission(action)`. A route that declares
 * neither is closed (and a test fails on it). Passport verifies the credential's signature or shape here;
 * the database check and the permission (403 when the role or key lacks the action) follow in the
 * request's transaction, in UnitOfWorkInterceptor.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  private readonly ourTokens: AccessTokenExpectations;

  constructor(
    private readonly reflector: Reflector,
    private readonly passport: PassportAuthenticator,
    private readonly actors: ActorResolver,
    tokens: AccessTokenService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ourTokens = {
      key: tokens.verificationKey,
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      clockToleranceSeconds: ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS,
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Not allowed');
    }
    if (rule.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // An access token of ours, valid now, is read without passport's machinery (access-token-verifier.ts);
    // anything else — API keys, and every token that path does not accept — goes through passport.
    const claims = verifyOurAccessToken(request.headers.authorization, this.ourTokens);
    const credential =
      (claims && this.actors.accessCredential(claims)) ||
      (await this.passport.authenticate<Credential>(['jwt', 'api-key'], request));
    if (!credential)
      throw unauthenticated('Send a valid access token or API key as `Authorization: Bearer …`.');
    // The database check and the permission follow in the request's transaction (UnitOfWorkInterceptor).
    request.credential = credential;
    request.requiredAction = rule.action;
    return true;
  }
}
