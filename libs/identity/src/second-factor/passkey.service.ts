import { Inject, Injectable } from '@nestjs/common';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { type TenantTx, type Tx, uuidv7 } from '@jazari/database';
import { noPasskey, passkeyNotRegistered } from './second-factor.problems.js';
import { PasskeyRepository, type CeremonyPurpose, type PasskeyRow } from './passkey.repository.js';

/** How long a ceremony's challenge may be answered; the browser's own timeout is shorter. */
export const CEREMONY_TTL_SECONDS = 300;
const BROWSER_TIMEOUT_MS = 120_000;

/**
 * The WebAuthn ceremonies of passkeys used as a second factor: registration (a new passkey of the
 * signed-in person) and authentication (an assertion that proves the person holds one). Challenges are
 * stored server-side, single use and short-lived; the relying party's id and the expected origin come
 * from the configuration (WEBAUTHN_RP_ID, PUBLIC_URL); user verification is required and the signature
 * counter must move forward. Every method runs in the caller's transaction, which must name the user.
 */
@Injectable()
export class PasskeyService {
  private readonly rpId: string;
  private readonly origin: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly passkeys: PasskeyRepository,
  ) {
    this.rpId = config.webauthn.rpId;
    this.origin = config.webauthn.origin;
  }

  list(tx: TenantTx, userId: string): Promise<PasskeyRow[]> {
    return this.passkeys.list(tx, userId);
  }

  count(tx: Tx, userId: string): Promise<number> {
    return this.passkeys.count(tx, userId);
  }

  /** What `navigator.credentials.create` needs; the person's passkeys are excluded (one per authenticator). */
  async registrationOptions(
    tx: TenantTx,
    user: { id: string; email: string; displayName: string },
  ): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const options = await generateRegistrationOptions({
      rpName: 'Jazari',
      rpID: this.rpId,
      userName: user.email,
      userDisplayName: user.displayName,
      // The user handle is the person's id, never their address.
      userID: Buffer.from(user.id.replaceAll('-', ''), 'hex'),
      timeout: BROWSER_TIMEOUT_MS,
      attestationType: 'none',
      excludeCredentials: (await this.passkeys.credentials(tx, user.id)).map((c) => ({
        id: c.credentialId,
        transports: c.transports as AuthenticatorTransportFuture[],
      })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      supportedAlgorithmIDs: [-7, -8, -257],
    });
    await this.saveChallenge(tx, user.id, options.challenge, 'registration', 'enrol');
    return options;
  }

  /** Verifies a registration answer against its challenge (used up here) and stores the passkey. */
  async register(
    tx: TenantTx,
    userId: string,
    name: string,
    response: RegistrationResponseJSON,
  ): Promise<PasskeyRow> {
    const challenge = challengeOf(response.response?.clientDataJSON);
    if (!challenge || !(await this.passkeys.useChallenge(tx, userId, challenge, 'registration', ['enrol']))) {
      throw passkeyNotRegistered();
    }
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpId,
      requireUserPresence: true,
      requireUserVerification: true,
    }).catch(() => undefined);
    if (!verified?.verified) throw passkeyNotRegistered();
    const { credential } = verified.registrationInfo;
    const id = uuidv7();
    const added = await this.passkeys.insert(tx, {
      userId,
      id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? response.response.transports ?? [],
      name,
    });
    if (!added) throw passkeyNotRegistered();
    return (await this.passkeys.list(tx, userId)).find((p) => p.id === id)!;
  }

  /** What `navigator.credentials.get` needs to prove the person holds one of their passkeys. */
  async authenticationOptions(
    tx: TenantTx,
    userId: string,
    purpose: Exclude<CeremonyPurpose, 'enrol'>,
  ): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const credentials = await this.passkeys.credentials(tx, userId);
    if (credentials.length === 0) throw noPasskey();
    const options = await generateAuthenticationOptions({
      rpID: this.rpId,
      timeout: BROWSER_TIMEOUT_MS,
      userVerification: 'required',
      allowCredentials: credentials.map((c) => ({
        id: c.credentialId,
        transports: c.transports as AuthenticatorTransportFuture[],
      })),
    });
    await this.saveChallenge(tx, userId, options.challenge, 'authentication', purpose);
    return options;
  }

  /**
   * Checks an assertion: a challenge of this person for this purpose, unused and unexpired (used up
   * now), one of the person's own passkeys, this origin and RP id, user verification, a valid signature
   * and a counter that moved forward. Answers the passkey's id, or undefined when any of it fails.
   */
  async check(
    tx: TenantTx,
    userId: string,
    response: AuthenticationResponseJSON,
    purpose: Exclude<CeremonyPurpose, 'enrol'>,
  ): Promise<{ passkeyId: string } | undefined> {
    const challenge = challengeOf(response.response?.clientDataJSON);
    if (!challenge || typeof response.id !== 'string') return undefined;
    if (!(await this.passkeys.useChallenge(tx, userId, challenge, 'authentication', [purpose]))) {
      return undefined;
    }
    const passkey = await this.passkeys.byCredential(tx, userId, response.id);
    if (!passkey) return undefined;
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpId,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
      requireUserVerification: true,
    }).catch(() => undefined);
    if (!verified?.verified) return undefined;
    if (!(await this.passkeys.used(tx, userId, passkey.id, verified.authenticationInfo.newCounter))) {
      return undefined;
    }
    return { passkeyId: passkey.id };
  }

  async remove(tx: TenantTx, userId: string, id: string): Promise<{ name: string } | undefined> {
    return this.passkeys.remove(tx, userId, id);
  }

  private async saveChallenge(
    tx: TenantTx,
    userId: string,
    challenge: string,
    ceremony: 'registration' | 'authentication',
    purpose: CeremonyPurpose,
  ): Promise<void> {
    await this.passkeys.insertChallenge(tx, {
      userId,
      id: uuidv7(),
      challenge,
      ceremony,
      purpose,
      expiresAt: new Date(Date.now() + CEREMONY_TTL_SECONDS * 1000),
    });
  }
}

/** The challenge a browser's answer quotes in its client data (base64url), or undefined if unreadable. */
function challengeOf(clientDataJSON: unknown): string | undefined {
  if (typeof clientDataJSON !== 'string' || clientDataJSON.length > 4096) return undefined;
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as {
      challenge?: unknown;
    };
    return typeof data.challenge === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(data.challenge)
      ? data.challenge
      : undefined;
  } catch {
    return undefined;
  }
}
