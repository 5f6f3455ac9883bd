import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OUTSIDE_UNIT_OF_WORK, READ_ONLY_UNIT_OF_WORK, type Action, type Actor } from '@jazari/access';
import { type TenantTx, TransactionRunner } from '@jazari/database';
import { ProblemException, USER_LOCALE } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import type { QueryResultRow } from 'pg';
import { lastValueFrom, mergeMap, Observable } from 'rxjs';
import type { AuthenticatedRequest } from './access.guard.js';
import { ActorResolver } from './actor.resolver.js';
import { unauthenticated } from './auth.problems.js';
import type { Credential } from './credential.js';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  idempotencyKeyOf,
  idempotencyKeyReused,
  requestHash,
} from '../idempotency/idempotency.js';
import { IdempotencyRepository } from '../idempotency/idempotency.repository.js';

/**
 * The promise's outcome as an Observable of one value: what rxjs's `from(promise)` gives, without its
 * generic conversion machinery on every request (ADR 0030).
 */
function settled<T>(promise: Promise<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    promise.then(
      (value) => {
        subscriber.next(value);
        subscriber.complete();
      },
      (error: unknown) => subscriber.error(error),
    );
  });
}

/** Headers a handler sets that belong to its answer, kept with it for a replay. */
const REPLAYED_HEADERS = ['location', 'etag'] as const;

interface KeptAnswer {
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

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
    private readonly idempotency: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { credential, requiredAction } = request;
    if (!credential || !requiredAction) return next.handle();
    const outside = this.reflector.get<boolean | undefined>(OUTSIDE_UNIT_OF_WORK, context.getHandler());
    // A read route's unit of work (GET only): opened READ ONLY, its COMMIT not waited for. Not for an API
    // key, whose check records its last use (a write) in the request's transaction.
    const readOnly =
      request.method === 'GET' &&
      credential.type === 'access_token' &&
      this.reflector.get<boolean | undefined>(READ_ONLY_UNIT_OF_WORK, context.getHandler()) === true;
    const unitOfWork = settled(
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
          const key =
            request.method === 'POST' ? idempotencyKeyOf(request.headers[IDEMPOTENCY_HEADER]) : undefined;
          if (key) return this.once(tx, request.user, key, context, next);
          return lastValueFrom<unknown, undefined>(next.handle(), { defaultValue: undefined });
        },
        { readOnly },
      ),
    );
    // A handler outside the unit of work runs after the check's transaction has committed.
    return outside ? unitOfWork.pipe(mergeMap(() => next.handle())) : unitOfWork;
  }

  /**
   * A POST with an `Idempotency-Key` (docs/problems.md#idempotency-key): the key is taken in the request's
   * transaction and the answer written in it before it commits, so either both the effect and the answer
   * are kept, or neither. The same key again (same caller, 24 hours) with the same request answers the
   * first answer without running the handler; with another request, 422.
   */
  private async once(
    tx: TenantTx,
    actor: Actor,
    key: string,
    context: ExecutionContext,
    next: CallHandler,
  ): Promise<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const subject = actor.userId ?? actor.apiKeyId;
    if (!subject) return lastValueFrom<unknown, undefined>(next.handle(), { defaultValue: undefined });
    const hash = requestHash(request.url, request.body);
    if (!(await this.idempotency.claim(tx, actor.tenantId, subject, key, hash))) {
      const stored = await this.idempotency.find(tx, actor.tenantId, subject, key);
      if (!stored || stored.requestHash !== hash || stored.statusCode === null) throw idempotencyKeyReused();
      const kept = stored.response as KeptAnswer;
      for (const [name, value] of Object.entries(kept.headers ?? {})) void reply.header(name, value);
      void reply.header(IDEMPOTENT_REPLAY_HEADER, 'true').status(stored.statusCode);
      return kept.body ?? undefined;
    }
    const body = await lastValueFrom<unknown, undefined>(next.handle(), { defaultValue: undefined });
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    const kept: KeptAnswer = { body: body ?? null, headers };
    await this.idempotency.answer(tx, actor.tenantId, subject, key, reply.statusCode, kept);
    return body;
  }

  private async authorise(
    tx: TenantTx,
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
