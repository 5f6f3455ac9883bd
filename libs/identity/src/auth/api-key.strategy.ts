import type { Actor } from '@jazari/access';
import { Strategy } from 'passport-strategy';

type Verify = (key: string) => Promise<Actor | null>;

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
    this.verify(match[1]).then(
      (actor) => (actor ? this.success(actor) : this.fail(401)),
      (error: unknown) => this.error(error as Error),
    );
  }
}
