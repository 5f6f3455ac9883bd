import { HOTP, Secret } from 'otpauth';

/**
 * Signs a benchmark's person in through the API as a client does: the password, then, when the API asks
 * for a second factor (Root's network administrators must have one), setting up an authenticator app
 * on the challenge and answering with its code. Answers the access token; throws with what the API said.
 */
export async function benchSignIn(baseUrl: string, email: string, password: string): Promise<string> {
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${baseUrl}/api/v1${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300 && response.status !== 202) {
      throw new Error(`${route} for ${email}: ${response.status} ${JSON.stringify(json)}`);
    }
    return { status: response.status, body: json };
  };
  const first = await post('/auth/login', { email, password });
  if (first.status !== 202) return first.body.accessToken as string;
  const { challengeToken, enrolmentRequired } = first.body as {
    challengeToken: string;
    enrolmentRequired: boolean;
  };
  if (!enrolmentRequired) {
    throw new Error(`${email} has a second factor the benchmark does not know: use a fresh database`);
  }
  const begun = await post('/auth/second-factor/totp', { challengeToken });
  const code = HOTP.generate({
    secret: Secret.fromBase32(begun.body.secret as string),
    counter: Math.floor(Date.now() / 30_000),
    digits: 6,
    algorithm: 'SHA1',
  });
  const done = await post('/auth/second-factor/totp/confirm', { challengeToken, code });
  return done.body.accessToken as string;
}
