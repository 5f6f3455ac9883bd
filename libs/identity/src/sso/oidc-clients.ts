import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import * as oidc from 'openid-client';

/** How long an issuer's discovered metadata (and its key set, fetched as needed) is reused. */
const METADATA_TTL_MS = 10 * 60 * 1000;
const REQUEST_TIMEOUT_SECONDS = 10;

export interface ProviderSettings {
  readonly tenantId: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * openid-client's configuration per tenant provider, from the issuer's discovery document. Every
 * configuration verifies ID tokens in full: openid-client always checks `iss`, `aud`, `azp`, `exp`,
 * `iat` and the nonce, and `enableNonRepudiationChecks` adds the JWS signature against the issuer's
 * JWKS (by default it would trust the TLS connection to the token endpoint instead).
 */
@Injectable()
export class OidcClients {
  private readonly cache = new Map<
    string,
    { readonly at: number; readonly config: Promise<oidc.Configuration> }
  >();

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  /** The issuer must be https, except outside production when SSO_ALLOW_HTTP_ISSUERS allows http. */
  issuerAllowed(issuer: URL): boolean {
    return (
      issuer.protocol === 'https:' || (issuer.protocol === 'http:' && this.appConfig.sso.allowHttpIssuers)
    );
  }

  configuration(settings: ProviderSettings): Promise<oidc.Configuration> {
    const key = createHash('sha256')
      .update([settings.tenantId, settings.issuer, settings.clientId, settings.clientSecret].join('\u0000'))
      .digest('hex');
    // The key names every setting: a changed configuration is discovered afresh.
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < METADATA_TTL_MS) return cached.config;
    const config = this.discover(settings);
    this.cache.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next sign-in tries again.
    config.catch(() => this.cache.delete(key));
    return config;
  }

  private async discover(settings: ProviderSettings): Promise<oidc.Configuration> {
    const issuer = new URL(settings.issuer);
    if (!this.issuerAllowed(issuer)) throw new Error(`issuer ${settings.issuer} is not https`);
    const execute: ((config: oidc.Configuration) => void)[] = [oidc.enableNonRepudiationChecks];
    if (issuer.protocol === 'http:') execute.push(oidc.allowInsecureRequests);
    return oidc.discovery(
      issuer,
      settings.clientId,
      { client_secret: settings.clientSecret },
      oidc.ClientSecretBasic(settings.clientSecret),
      { execute, timeout: REQUEST_TIMEOUT_SECONDS },
    );
  }
}
