import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { AuthRepository } from '../auth/auth.repository.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { ProfileRepository } from '../profile/profile.repository.js';
import { PasskeyRepository } from './passkey.repository.js';
import { PasskeyService } from './passkey.service.js';
import { PasskeySettingsService } from './passkey-settings.service.js';
import { SecondFactorRepository } from './second-factor.repository.js';
import { SecondFactorService } from './second-factor.service.js';
import { SecondFactorSettingsService } from './second-factor-settings.service.js';

/**
 * The second factor's mechanics, shared by identity (sign-in, settings) and the contexts that ask for a
 * step-up (conventions, to sign): they import this module and use `SecondFactorSettingsService.stepUp`.
 */
@Module({
  imports: [AuditLogModule],
  providers: [
    AuthRepository,
    ProfileRepository,
    LoginThrottle,
    PasskeyRepository,
    PasskeyService,
    PasskeySettingsService,
    SecondFactorRepository,
    SecondFactorService,
    SecondFactorSettingsService,
  ],
  exports: [
    SecondFactorService,
    SecondFactorRepository,
    SecondFactorSettingsService,
    PasskeyService,
    PasskeySettingsService,
  ],
})
export class SecondFactorModule {}
