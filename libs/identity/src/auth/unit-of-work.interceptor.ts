import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OUTSIDE_UNIT_OF_WORK, type Action, type Actor } from '@jazari/access';
import { TransactionRunner, type Tx } from '@jazari/database';
import { ProblemException, USER_LOCALE } from '@jazari/http';
import type { QueryResultRow } from 'pg';
import { from, lastValueFrom, mergeMap, of, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from './access.guard.js';
import { ActorResolver } from './actor.resolver.js';
import { unauthenticated } from './auth.problems.js';
import type { Credential } from './credential.js';

/**
 * Runs each authenticated request as one unit of work: a tenant transaction whose opening message also
 * runs the access check (session, tenant, user and membership still valid, the role as it is now), so
 * the check costs no round trip of its own; then the permission; then the handler, whose repository calls
 * share the transaction. It commits when the handler returns and rolls back if it throws.
 */
@Injectable()
export class UnitOfWorkInterceptor implements NestInterceptor {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly actors: ActorResolver,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { credential, requiredAction } = request;
    if (!credential || !requiredAction) return next.handle();
    const outside = this.reflector.get<boolean | undefined>(OUTSIDE_UNIT_OF_WORK, context.getHandler());
    return from(
      this.transactions.runWithPrelude(
        this.actors.contextOf(credential),
        this.actors.preludeOf(credential),
        async (tx, rows) => {
          // The user's profile locale came with the access check: problems are written in it.
          if (credential.type === 'access_token') {
            (request as { [USER_LOCALE]?: unknown })[USER_LOCALE] = rows[0]?.locale;
          }
          request.user = await this.authorise(tx, credential, rows, requiredAction);
          if (outside) return undefined;
          return lastValueFrom<unknown, undefined>(next.handle(), { defaultValue: undefined });
        },
      ),
    ).pipe(
      // A handler outside the unit of work runs after the check's transaction has committed.
      mergeMap((result) => (outside ? next.handle() : of(result))),
    );
  }

  private async authorise(
    tx: Tx,
    credential: Credential,
    rows: readonly QueryResultRow[],
    requiredAction: Action,
  ): Promise<Actor> {
    const actor = await this.actors.resolve(tx, credential, rows);
    if (!actor) throw unauthenticated('This credential no longer grants access: sign in again.');
    if (!actor.permissions.has(requiredAction)) {
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'permission-denied',
        'You do not have permission for this',
        actor.role
          ? `This needs the "${requiredAction}" permission, which your role (${actor.role}) does not have.`
          : `This needs the "${requiredAction}" permission, which your API key does not have.`,
        { permission: requiredAction },
      );
    }
    return actor;
  }
}
