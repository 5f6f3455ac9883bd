import { type CanActivate, type ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRule, type Actor } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from './auth.problems.js';
import { PassportAuthenticator } from './passport-authenticator.js';

/**
 * Global guard: every route declares `@Public()` or `@RequirePermission(action)`. A route that declares
 * neither is closed (and a test fails on it); a caller whose role or key lacks the action gets 403.
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
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    const actor = await this.passport.authenticate<Actor>(['jwt', 'api-key'], request);
    if (!actor) throw unauthenticated('Send a valid access token or API key as `Authorization: Bearer …`.');
    request.user = actor;
    if (!actor.permissions.has(rule.action)) {
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'permission-denied',
        'You do not have permission for this',
        `This needs the "${rule.action}" permission, which your ${actor.role ? `role (${actor.role})` : 'API key'} does not have.`,
        { permission: rule.action },
      );
    }
    return true;
  }
}
