import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from './actor.js';
import type { Action } from './permissions.js';

export const ACCESS_METADATA = 'jazari:access';

export type AccessRule = { readonly public: true } | { readonly public: false; readonly action: Action };

/** The route needs no credentials (login, refresh, accepting an invitation). */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/** The route needs a verified caller whose role (or API key) grants `action`. */
export const RequirePermission = (action: Action): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { public: false, action } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid access token or API key' }),
    ApiForbiddenResponse({ description: `Needs the \`${action}\` permission` }),
  );

/** The verified caller of this request (set by the access guard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ user?: Actor }>();
  if (!request.user) throw new Error('CurrentActor used on a route without RequirePermission');
  return request.user;
});

export const OUTSIDE_UNIT_OF_WORK = 'jazari:outside-unit-of-work';

/**
 * The handler opens its own short transactions instead of running inside the request's one — for a
 * streaming upload, so no database connection is held while the body arrives. The access check and the
 * permission still run first, in a transaction of their own.
 */
export const OutsideUnitOfWork = (): MethodDecorator => SetMetadata(OUTSIDE_UNIT_OF_WORK, true);

export const READ_ONLY_UNIT_OF_WORK = 'jazari:read-only-unit-of-work';

/**
 * The request's unit of work only reads: it opens `READ ONLY` (PostgreSQL refuses any write in it), and
 * its COMMIT goes out without the connection waiting for its answer (docs/adr/0032): one round trip less
 * per request. For `GET` routes whose handler and everything it calls only read.
 */
export const ReadOnlyUnitOfWork = (): MethodDecorator => SetMetadata(READ_ONLY_UNIT_OF_WORK, true);
