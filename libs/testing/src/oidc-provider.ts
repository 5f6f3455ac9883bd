import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the provider says about a person: `login` on its sign-in form names one of these. */
export interface TestAccount {
  readonly email: string;
  readonly email_verified: boolean;
  readonly name?: string;
  readonly locale?: string;
  /**
   * How the provider says it authenticated the person (the ID token's `amr`, RFC 8176), e.g. `['pwd',
   * 'otp', 'mfa']`; none unless given.
   */
  readonly amr?: readonly string[];
}

export interface TestOidcProvider {
  /** The issuer identifier: `http://127.0.0.1:<port>`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /**
   * Signs `login` in on the provider's own pages (oidc-provider's development interactions: the login
   * form, then the consent form), as a browser would, starting at `authorizationUrl`; answers the URL the
   * provider redirects back to (the relying party's redirect URI with `code`, `state` and `iss`).
   */
  authorize(authorizationUrl: string, login: string): Promise<URL>;
  /**
   * While set, this provider's token endpoint is answered by `other` (another issuer, with its own keys):
   * what a relying party sees when something between it and its provider swaps the token response.
   */
  answerTokensWith(other: TestOidcProvider | undefined): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A real OpenID provider (`oidc-provider`) in the test process on 127.0.0.1 and a random port, with one
 * confidential client whose redirect URI is `redirectUri`, its own RSA signing key, and the accounts given.
 * ID tokens carry `email`, `email_verified`, `name` and `locale` (conformIdTokenClaims off, as most
 * enterprise providers do).
 */
export async function startOidcProvider(options: {
  readonly redirectUri: string;
  readonly accounts: Readonly<Record<string, TestAccount>>;
  /** The client's credentials; random unless given (a second provider may register the same client). */
  readonly client?: { readonly id: string; readonly secret: string };
}): Promise<TestOidcProvider> {
  let handler: Handler = (_req, res) => res.writeHead(503).end();
  let tokensFrom: TestOidcProvider | undefined;
  const server: Server = createServer((req, res) => {
    const swapped = tokensFrom && req.method === 'POST' && req.url?.startsWith('/token');
    const interaction = req.method === 'POST' && /^\/interaction\/[^/?]+$/.test(req.url ?? '');
    if (interaction) {
      return void finishLogin(req, res).catch(() => res.headersSent || res.writeHead(500).end());
    }
    ((swapped && registry.get(tokensFrom!.issuer)) || handler)(req, res);
  });
  /**
   * The development login form's answer, finished here rather than by oidc-provider's own handler, so
   * the session carries the account's `amr` (the development handler sets none).
   */
  const finishLogin = async (req: IncomingMessage, res: ServerResponse) => {
    // The consent form's answer goes to oidc-provider as it is (its body not read here).
    const prompt = await provider.interactionDetails(req, res).then(
      (details) => details.prompt.name,
      () => undefined, // no such interaction: oidc-provider answers its own error
    );
    if (prompt !== 'login') return handler(req, res);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const accountId = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('login') ?? '';
    const amr = options.accounts[accountId]?.amr;
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, ...(amr ? { amr: [...amr] } : {}) } },
      { mergeWithLastSubmission: false },
    );
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = options.client?.id ?? `jazari-${randomBytes(4).toString('hex')}`;
  const clientSecret = options.client?.secret ?? randomBytes(24).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  // Loaded here, not at the top: every test file imports @jazari/testing, and only the SSO suites need a
  // provider (loading it costs time and prints a runtime warning in every file).
  const { default: Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: {
      keys: [{ ...privateKey.export({ format: 'jwk' }), kid: `k-${clientId}`, use: 'sig', alg: 'RS256' }],
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // `amr` with `openid`: in every ID token whose login set it (as an enterprise provider sends it).
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name', 'locale'] },
    conformIdTokenClaims: false,
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
    },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: unknown, id: string) => {
      const account = options.accounts[id];
      if (!account) return undefined;
      const { amr: _amr, ...claims } = account;
      return { accountId: id, claims: () => ({ sub: id, ...claims }) };
    },
  });
  // Errors the provider answers to the relying party are expected in these tests; keep them quiet.
  provider.on('server_error', () => undefined);
  handler = provider.callback();

  const self: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    authorize: (url, login) => signInAt(issuer, options.redirectUri, url, login),
    answerTokensWith(other) {
      tokensFrom = other;
    },
    close: () => {
      registry.delete(issuer);
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  registry.set(issuer, handler);
  return self;
}

/** The providers started in this process, by issuer: one can answer another's token requests. */
const registry = new Map<string, Handler>();

/** Follows the provider's redirects with a cookie jar, filling its login and consent forms. */
async function signInAt(issuer: string, redirectUri: string, start: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = start;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt) {
      throw new Error(`the provider ${issuer} answered ${response.status}: ${html.slice(0, 500)}`);
    }
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error(`the provider ${issuer} never sent the browser back`);
}
