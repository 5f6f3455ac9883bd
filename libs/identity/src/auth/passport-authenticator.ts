import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import type { FastifyRequest } from 'fastify';
import { Passport } from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { Strategy as LocalStrategy } from 'passport-local';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS,
  AccessTokenService,
  type AccessClaims,
} from './access-token.service.js';
import { ActorResolver } from './actor.resolver.js';
import { BearerApiKeyStrategy } from './api-key.strategy.js';
import type { Credential } from './credential.js';
import { AuthService } from './auth.service.js';
import { clientOf } from './client-info.js';

/**
 * Passport, with one authenticator per application (not passport's process-wide singleton, so two API
 * instances in one process — as in the tests — never use each other's strategies):
 *   - `local`: email + password (argon2id), used by login;
 *   - `jwt`: access tokens, HS256 only, issuer and audience pinned, expiry enforced — `alg: none`, another
 *     algorithm, a wrong audience or an expired token fail before any lookup;
 *   - `api-key`: the shape of the tenant's API keys.
 * `jwt` and `api-key` answer a Credential; the database check runs in the request's transaction
 * (UnitOfWorkInterceptor).
 */
@Injectable()
export class PassportAuthenticator {
  private readonly passport = new Passport();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    tokens: AccessTokenService,
    actors: ActorResolver,
    auth: AuthService,
  ) {
    this.passport.use(
      'local',
      new LocalStrategy(
        { usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false },
        (request, email, password, done) => {
          auth.verifyPassword(email, password, clientOf(request as unknown as FastifyRequest)).then(
            (userId) => done(null, userId),
            (error: unknown) => done(error),
          );
        },
      ),
    );
    this.passport.use(
      'jwt',
      new JwtStrategy(
        {
          jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
          // A KeyObject made once: given raw bytes, jsonwebtoken would try to parse them as a public key
          // on every request (a tenth of the API's CPU under load, measured).
          secretOrKey: tokens.verificationKey as unknown as Buffer,
          algorithms: [ACCESS_TOKEN_ALGORITHM],
          issuer: config.auth.issuer,
          audience: config.auth.audience,
          ignoreExpiration: false,
          jsonWebTokenOptions: { clockTolerance: ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS },
        },
        (claims: Partial<AccessClaims>, done: (error: unknown, credential?: Credential | false) => void) => {
          done(null, actors.accessCredential(claims) ?? false);
        },
      ),
    );
    this.passport.use(new BearerApiKeyStrategy((key) => actors.apiKeyCredential(key)));
  }

  /** Runs the strategies in order; answers what the first one to succeed verified, or false. */
  authenticate<T>(strategies: string | string[], request: FastifyRequest): Promise<T | false> {
    return new Promise((resolve, reject) => {
      const middleware = this.passport.authenticate(
        strategies,
        { session: false },
        (error: Error | null, user: T | false | undefined) =>
          error ? reject(error) : resolve(user ?? false),
      ) as (req: unknown, res: unknown, next: (error?: Error) => void) => void;
      middleware(request, {}, (error) => (error ? reject(error) : resolve(false)));
    });
  }
}
