import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, PRODUCTION_PASSWORD_HASH } from '@jazari/config';
import argon2, { type HashOptions } from 'argon2';

/** argon2id's memory (KiB) and passes; one lane. */
export type PasswordHashCost = AppConfig['auth']['passwordHash'];

/**
 * argon2id at the configured cost (`auth.passwordHash`: OWASP's recommended minimum, 19 MiB and 2 passes,
 * unless lowered outside production, as the tests do). The PHC string stores the parameters, so a hash of
 * another cost still verifies, and is re-hashed at the configured cost on the next sign-in (`needsRehash`).
 * Built without a configuration (the demo seed, tests' own hashes), it uses the production cost.
 */
@Injectable()
export class PasswordHasher {
  private readonly options: HashOptions;

  /** `config`: the application's (`APP_CONFIG`), or just `{ auth: { passwordHash } }`. */
  constructor(
    @Optional() @Inject(APP_CONFIG) config?: { readonly auth: { readonly passwordHash: PasswordHashCost } },
  ) {
    const cost = config?.auth.passwordHash ?? PRODUCTION_PASSWORD_HASH;
    this.options = {
      type: argon2.argon2id,
      memoryCost: cost.memoryKib,
      timeCost: cost.timeCost,
      parallelism: 1,
    };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed stored hash never authenticates
    }
  }

  /** Whether a stored hash was made at another cost than the configured one (higher or lower). */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, this.options);
  }
}
