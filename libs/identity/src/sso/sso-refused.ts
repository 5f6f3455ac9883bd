/** Why an SSO sign-in was refused: the sign-in page shows each in words (`?sso-error=`). */
export const SSO_REFUSALS = [
  'sso-unavailable',
  'sso-provider-unavailable',
  'sso-state-invalid',
  'sso-failed',
  'sso-email-unverified',
  'sso-domain-not-allowed',
  'sso-invitation-required',
  'sso-account-disabled',
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

/** Thrown during the browser's round trip; the controller turns it into a redirect to the sign-in page. */
export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    /** The tenant, when known, so the sign-in page offers its button again. */
    readonly tenantSlug?: string,
  ) {
    super(reason);
  }
}
