import { type CanActivate, type ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRule, type Action, type Actor } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import type { FastifyRequest } from 'fastify';
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

  constructor(
    private readonly reflector: Reflector,
    private readonly passport: PassportAuthenticator,
  ) {}

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
    const credential = await this.passport.authenticate<Credential>(['jwt', 'api-key'], request);
    if (!credential)
      throw unauthenticated('Send a valid access token or API key as `Authorization: Bearer …`.');
    // The database check and the permission follow in the request's transaction (UnitOfWorkInterceptor).
    request.credential = credential;
    request.requiredAction = rule.action;
    return true;
  }
}
