import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuditLogModule } from '@jazari/audit';
import { OutboxModule } from '@jazari/outbox';
import { ApiKeyController } from './api-keys/api-key.controller.js';
import { ApiKeyRepository } from './api-keys/api-key.repository.js';
import { ApiKeyService } from './api-keys/api-key.service.js';
import { AccessGuard } from './auth/access.guard.js';
import { AccessTokenService } from './auth/access-token.service.js';
import { ActorResolver } from './auth/actor.resolver.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthRepository } from './auth/auth.repository.js';
import { AuthService } from './auth/auth.service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { PassportAuthenticator } from './auth/passport-authenticator.js';
import { UnitOfWorkInterceptor } from './auth/unit-of-work.interceptor.js';
import { IdempotencyRepository } from './idempotency/idempotency.repository.js';
import { IdentityNoticeLinks } from './invitations/identity-notice-links.js';
import { InvitationController } from './invitations/invitation.controller.js';
import { InvitationRepository } from './invitations/invitation.repository.js';
import { InvitationService } from './invitations/invitation.service.js';
import { MemberController } from './members/member.controller.js';
import { MemberRepository } from './members/member.repository.js';
import { MemberService } from './members/member.service.js';
import { PasswordResetController } from './password-reset/password-reset.controller.js';
import { PasswordResetRepository } from './password-reset/password-reset.repository.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';
import { PasswordHasher } from './password.hasher.js';
import { MemberSessionsController, MySessionsController } from './sessions/session.controller.js';
import { SessionRepository } from './sessions/session.repository.js';
import { SessionService } from './sessions/session.service.js';
import { ProfileController } from './profile/profile.controller.js';
import {
  MySecondFactorController,
  SecurityPolicyController,
  SignInSecondFactorController,
} from './second-factor/second-factor.controller.js';
import { SecondFactorModule } from './second-factor/second-factor.module.js';
import { MyPasskeysController, SignInPasskeyController } from './second-factor/passkey.controller.js';
import { SignInGate } from './second-factor/sign-in-gate.js';
import { ProfileRepository } from './profile/profile.repository.js';
import { ProfileService } from './profile/profile.service.js';
import { OidcClients } from './sso/oidc-clients.js';
import { SsoConfigService } from './sso/sso-config.service.js';
import { SsoConfigController, SsoSignInController } from './sso/sso.controller.js';
import { SsoRepository } from './sso/sso.repository.js';
import { SsoSecretBox } from './sso/sso-secret-box.js';
import { SsoSignInService } from './sso/sso-sign-in.service.js';

/**
 * Identity and access for the API: sign-in and sessions, API keys, invitations, members, the profile, and
 * the global guard (credentials + permission map) and unit-of-work interceptor every route passes through.
 */
@Module({
  imports: [JwtModule.register({}), AuditLogModule, OutboxModule, SecondFactorModule],
  controllers: [
    AuthController,
    PasswordResetController,
    SsoSignInController,
    SsoConfigController,
    ProfileController,
    MemberController,
    InvitationController,
    ApiKeyController,
    MySessionsController,
    MemberSessionsController,
    MySecondFactorController,
    SignInSecondFactorController,
    MyPasskeysController,
    SignInPasskeyController,
    SecurityPolicyController,
  ],
  providers: [
    PasswordHasher,
    AccessTokenService,
    ActorResolver,
    PassportAuthenticator,
    LoginThrottle,
    AuthRepository,
    AuthService,
    ApiKeyRepository,
    ApiKeyService,
    MemberRepository,
    MemberService,
    InvitationRepository,
    InvitationService,
    ProfileRepository,
    ProfileService,
    PasswordResetRepository,
    PasswordResetService,
    SessionRepository,
    SessionService,
    IdempotencyRepository,
    SignInGate,
    SsoRepository,
    SsoSecretBox,
    OidcClients,
    SsoSignInService,
    SsoConfigService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: UnitOfWorkInterceptor },
  ],
  exports: [PasswordHasher],
})
export class IdentityModule {}

/**
 * The worker's side of identity: the links with a secret that notifications asks for when it tells
 * people about identity's events (it subscribes to them itself).
 */
@Module({ providers: [InvitationRepository, IdentityNoticeLinks], exports: [IdentityNoticeLinks] })
export class IdentityJobsModule {}
