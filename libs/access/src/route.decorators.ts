import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiFoundResponse,
  ApiGoneResponse,
  ApiHeader,
  type ApiHeaderOptions,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  type ApiParamOptions,
  ApiPayloadTooLargeResponse,
  ApiPreconditionFailedResponse,
  type ApiResponseOptions,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { RawUploadRoute } from '@jazari/http';
import { OutsideUnitOfWork, Public, ReadOnlyUnitOfWork, RequirePermission } from './access.decorators.js';
import type { Action } from './permissions.js';

/** A success answer: the response DTO class, or the full response (headers, schema, description). */
type Success = ApiResponseOptions | (abstract new (...args: never[]) => unknown);

/** The problem responses a route names beyond those every route of its kind shares (see below). */
const PROBLEMS = {
  400: ApiBadRequestResponse,
  401: ApiUnauthorizedResponse,
  403: ApiForbiddenResponse,
  404: ApiNotFoundResponse,
  409: ApiConflictResponse,
  410: ApiGoneResponse,
  412: ApiPreconditionFailedResponse,
  413: ApiPayloadTooLargeResponse,
  415: ApiUnsupportedMediaTypeResponse,
  422: ApiUnprocessableEntityResponse,
  429: ApiTooManyRequestsResponse,
} as const;

export type ProblemStatus = keyof typeof PROBLEMS;

export interface RouteOptions {
  /** Relative to the controller's prefix; none for the prefix itself. */
  readonly path?: string;
  /** The permission the caller's role or API key must grant, or `'public'` for a route without credentials. */
  readonly permission?: Action | 'public';
  /** The OpenAPI operation: one line of what the route does, and a longer word when needed. */
  readonly summary: string;
  readonly description?: string;
  /** The path parameters' documentation. */
  readonly params?: readonly ApiParamOptions[];
  /** Request headers the route reads (other than If-Match, which has its own option). */
  readonly headers?: readonly ApiHeaderOptions[];
  /**
   * The route honours `If-Match` (optimistic concurrency): the header is documented, and so is the 412
   * `precondition-failed` a stale ETag gets unless `problems[412]` says it otherwise.
   */
  readonly ifMatch?: ApiHeaderOptions;
  /** Success: 200 (`ok`), 201 (`created`), 202 (`accepted`), 204 (`noContent`) or 302 (`found`). */
  readonly ok?: Success;
  readonly created?: Success;
  readonly accepted?: Success;
  readonly noContent?: Success;
  readonly found?: Success;
  /** The answer's status when it is not the method's default (Nest: 201 for POST, 200 otherwise). */
  readonly status?: number;
  /** The problem `type`s this route may answer, by status, e.g. `{ 409: 'illegal-transition' }`. */
  readonly problems?: Partial<Record<ProblemStatus, string>>;
  /**
   * A read route whose unit of work only reads (`ReadOnlyUnitOfWork`): opened `READ ONLY`, its COMMIT not
   * waited for before the connection serves the next request.
   */
  readonly readOnly?: boolean;
}

type Method = 'post' | 'patch' | 'put' | 'delete';

const MAPPINGS = { get: Get, post: Post, patch: Patch, put: Put, delete: Delete } as const;

const PRECONDITION_FAILED = '`precondition-failed`: the If-Match ETag is not the current version';

function successOf(success: Success): ApiResponseOptions {
  return typeof success === 'function' ? { type: success } : success;
}

/**
 * The decorators a route's options stand for, in the order one would stack them by hand (route, status,
 * access, operation, parameters, responses). They are applied bottom-up, as a hand-written stack is, so
 * the OpenAPI document reads the same as it did from the stack.
 */
function route(
  method: keyof typeof MAPPINGS,
  options: RouteOptions,
  more: MethodDecorator[] = [],
  body: MethodDecorator[] = [],
): MethodDecorator {
  const stack: MethodDecorator[] = [MAPPINGS[method](options.path ?? '')];
  if (options.status !== undefined) stack.push(HttpCode(options.status));
  if (options.readOnly) stack.push(ReadOnlyUnitOfWork());
  stack.push(...more);
  if (options.permission === 'public') stack.push(Public());
  else if (options.permission !== undefined) stack.push(RequirePermission(options.permission));
  stack.push(ApiOperation({ summary: options.summary, description: options.description }));
  stack.push(...body);
  for (const param of options.params ?? []) stack.push(ApiParam(param));
  for (const header of options.headers ?? []) stack.push(ApiHeader(header));
  if (options.ifMatch) stack.push(ApiHeader(options.ifMatch));
  if (options.ok) stack.push(ApiOkResponse(successOf(options.ok)));
  if (options.created) stack.push(ApiCreatedResponse(successOf(options.created)));
  if (options.accepted) stack.push(ApiAcceptedResponse(successOf(options.accepted)));
  if (options.noContent) stack.push(ApiNoContentResponse(successOf(options.noContent)));
  if (options.found) stack.push(ApiFoundResponse(successOf(options.found)));
  const problems: Partial<Record<ProblemStatus, string>> = { ...options.problems };
  if (options.ifMatch) problems[412] ??= PRECONDITION_FAILED;
  for (const [status, description] of Object.entries(problems)) {
    stack.push(PROBLEMS[Number(status) as ProblemStatus]({ description }));
  }
  return applyDecorators(...stack.reverse());
}

/**
 * A read: `GET`, no effect. Every route also gets, from the OpenAPI post-processing
 * (`withErrorResponses` in @jazari/http), the problems its kind always has: 400 when it takes input,
 * 401/403 when it needs a credential, 404 when its path names an object, and a default problem.
 */
export function ReadRoute(options: RouteOptions): MethodDecorator {
  return route('get', options);
}

/** An action: `POST`/`PATCH`/`PUT`/`DELETE` with a JSON body or none. */
export function ActionRoute(options: RouteOptions & { readonly method: Method }): MethodDecorator {
  return route(options.method, options);
}

/**
 * A file upload: `POST`/`PUT` whose body is the file itself, in one of the `consumes` types, streamed to
 * the handler unread (`rawBody(request)`) and outside the request's transaction, so no connection waits
 * on the upload. An upload may always be refused as too large (413) or not of an accepted type (415).
 */
export function UploadRoute(
  options: RouteOptions & { readonly method?: 'post' | 'put'; readonly consumes: readonly string[] },
): MethodDecorator {
  const problems: Partial<Record<ProblemStatus, string>> = {
    413: '`payload-too-large` (nothing is stored)',
    415: '`unsupported-media-type`: a type not accepted, or content that is not of that type',
    ...options.problems,
  };
  return route(
    options.method ?? 'post',
    { ...options, problems },
    [RawUploadRoute(), OutsideUnitOfWork()],
    [ApiConsumes(...options.consumes), ApiBody({ schema: { type: 'string', format: 'binary' } })],
  );
}
