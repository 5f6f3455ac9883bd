import type { OpaqueToken } from '../opaque-token.js';
import type { AccessClaims } from './access-token.service.js';

/**
 * What passport verified from the request, before any database lookup: an access token's signature and
 * claims, or the shape of an API key. The access check then runs in the request's own transaction.
 */
export type Credential =
  | { readonly type: 'access_token'; readonly claims: AccessClaims }
  | { readonly type: 'api_key'; readonly token: OpaqueToken };
