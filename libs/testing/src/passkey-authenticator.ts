import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A passkey authenticator of the test suites, built from node's crypto as a security key would: an
 * ES256 (P-256) key pair per credential, `none` attestation, authenticator data with the RP id's hash,
 * the flags UP (user present), UV (user verified) and AT (attested credential data, at registration),
 * and a signature counter that moves forward on every assertion. Its answers are the JSON that
 * `@simplewebauthn/browser` sends, so the API's verification runs for real.
 */
export interface PasskeyCredential {
  readonly id: Buffer;
  readonly privateKey: KeyObject;
  readonly rpId: string;
  counter: number;
}

interface CreationOptions {
  readonly challenge: string;
  readonly rp: { readonly id?: string };
  readonly user: { readonly id: string };
}

interface RequestOptions {
  readonly challenge: string;
  readonly rpId?: string;
  readonly allowCredentials?: readonly { readonly id: string }[];
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

/** What a test may change in an answer to see it refused. */
export interface CeremonyOverrides {
  readonly origin?: string;
  /** Leaves UV out of the flags: the person was present but not verified. */
  readonly userVerified?: boolean;
  /** Use this counter instead of moving the credential's forward. */
  readonly counter?: number;
}

export class PasskeyAuthenticator {
  readonly credentials: PasskeyCredential[] = [];

  constructor(readonly origin: string) {}

  /** Answers `navigator.credentials.create(options)` with a new credential. */
  create(options: object, overrides: CeremonyOverrides = {}): Record<string, unknown> {
    const o = options as CreationOptions;
    const rpId = o.rp.id ?? new URL(this.origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = cbor(
      new Map<number, unknown>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]),
    );
    const credential: PasskeyCredential = { id: randomBytes(32), privateKey, rpId, counter: 0 };
    this.credentials.push(credential);
    const attested = Buffer.concat([
      Buffer.alloc(16), // AAGUID: none
      u16(credential.id.length),
      credential.id,
      cose,
    ]);
    const flags = FLAG_UP | (overrides.userVerified === false ? 0 : FLAG_UV) | FLAG_AT;
    const authData = Buffer.concat([rpIdHash(rpId), Buffer.from([flags]), u32(0), attested]);
    const attestationObject = cbor(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    const clientData = this.clientData('webauthn.create', o.challenge, overrides);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        attestationObject: attestationObject.toString('base64url'),
        transports: ['internal'],
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /**
   * Answers `navigator.credentials.get(options)` with `credential` (by default the first of this
   * authenticator's that the options allow).
   */
  get(
    options: object,
    overrides: CeremonyOverrides = {},
    credential?: PasskeyCredential,
  ): Record<string, unknown> {
    const o = options as RequestOptions;
    const allowed = new Set((o.allowCredentials ?? []).map((c) => c.id));
    const chosen =
      credential ??
      this.credentials.find((c) => allowed.size === 0 || allowed.has(c.id.toString('base64url')));
    if (!chosen) throw new Error('no credential of this authenticator is allowed by the options');
    const counter = overrides.counter ?? ++chosen.counter;
    const flags = FLAG_UP | (overrides.userVerified === false ? 0 : FLAG_UV);
    const authData = Buffer.concat([rpIdHash(o.rpId ?? chosen.rpId), Buffer.from([flags]), u32(counter)]);
    const clientData = this.clientData('webauthn.get', o.challenge, overrides);
    const signature = sign(
      'sha256',
      Buffer.concat([authData, createHash('sha256').update(clientData).digest()]),
      chosen.privateKey,
    );
    const id = chosen.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: clientData.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  private clientData(type: string, challenge: string, overrides: CeremonyOverrides): Buffer {
    return Buffer.from(
      JSON.stringify({ type, challenge, origin: overrides.origin ?? this.origin, crossOrigin: false }),
    );
  }
}

function rpIdHash(rpId: string): Buffer {
  return createHash('sha256').update(rpId).digest();
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** The few CBOR types WebAuthn's structures use: small integers, byte and text strings, maps. */
function cbor(value: unknown): Buffer {
  const head = (major: number, n: number): Buffer => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
    if (n < 0x10000) return Buffer.concat([Buffer.from([(major << 5) | 25]), u16(n)]);
    return Buffer.concat([Buffer.from([(major << 5) | 26]), u32(n)]);
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Map) {
    const parts = [head(5, value.size)];
    for (const [k, v] of value as Map<unknown, unknown>) parts.push(cbor(k), cbor(v));
    return Buffer.concat(parts);
  }
  throw new Error(`cbor: cannot encode ${typeof value}`);
}
