import type { Credential } from './credential.js';
import { Strategy } from 'passport-strategy';

type Verify = (key: string) => Credential | null;

/** Passport strategy for `Authorization: Bearer jzk_…`: an API key, told apart from a JWT by its prefix. */
export class BearerApiKeyStrategy extends Strategy {
  name = 'api-key';

  constructor(private readonly verify: Verify) {
    super();
  }

  override authenticate(request: { headers: Record<string, string | string[] | undefined> }): void {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(jzk_\S+)$/i.exec(header) : null;
    if (!match) return this.fail(401);
    const credential = this.verify(match[1]);
    return credential ? this.success(credential) : this.fail(401);
  }
}
