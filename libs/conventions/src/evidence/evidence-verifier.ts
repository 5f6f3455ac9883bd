import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@jazari/audit';

/**
 * The evidence of a convention, as a file anyone can check offline (docs/convention-evidence.md): its
 * events hash-chained per convention, the platform's Ed25519 seal over the chain's head, and the
 * signatures and documents, which must agree with what the chain says. Pure functions, shared by the API
 * (hashing when appending, signing the seal), `npm run evidence:verify` and the tests.
 */

export const EVIDENCE_FORMAT = 'jazari-evidence/1';
export const EVIDENCE_HASH_VERSION = 1;
export const EVIDENCE_GENESIS_HASH: Buffer = Buffer.alloc(32);

/** The fields an event's hash covers. */
export interface EvidenceEventForHash {
  readonly conventionId: string;
  readonly ownerTenantId: string;
  readonly seq: number;
  readonly id: string;
  /** ISO 8601 UTC with milliseconds, exactly as `timestamptz` gives it back. */
  readonly occurredAt: string;
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorTenantId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/** SHA-256(prev_hash ‖ canonical JSON of the event). */
export function evidenceEventHash(prevHash: Buffer, event: EvidenceEventForHash): Buffer {
  if (prevHash.length !== 32) throw new Error(`prev_hash must be 32 bytes, got ${prevHash.length}`);
  const document = canonicalJson({
    v: EVIDENCE_HASH_VERSION,
    conventionId: event.conventionId,
    ownerTenantId: event.ownerTenantId,
    seq: event.seq,
    id: event.id,
    occurredAt: event.occurredAt,
    type: event.type,
    actorUserId: event.actorUserId,
    actorTenantId: event.actorTenantId,
    data: event.data,
  });
  return createHash('sha256').update(prevHash).update(document, 'utf8').digest();
}

/** The message a seal signs: the chain's head, bound to its convention and owner. */
export function sealMessage(seal: {
  conventionId: string;
  ownerTenantId: string;
  headSeq: number;
  headHash: string;
}): Buffer {
  return Buffer.from(
    canonicalJson({
      v: EVIDENCE_HASH_VERSION,
      conventionId: seal.conventionId,
      ownerTenantId: seal.ownerTenantId,
      headSeq: seal.headSeq,
      headHash: seal.headHash,
    }),
    'utf8',
  );
}

/** The 32 raw bytes of an Ed25519 public key (the SPKI DER ends with them). */
export function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32);
}

/** SHA-256 of the raw public key, hex, first 16 characters. */
export function evidenceKeyId(key: KeyObject): string {
  return createHash('sha256').update(rawPublicKey(key)).digest('hex').slice(0, 16);
}

export interface EvidenceBundleEvent {
  seq: number;
  id: string;
  occurredAt: string;
  type: string;
  actorUserId: string | null;
  actorTenantId: string | null;
  data: Record<string, unknown>;
  /** Hex. */
  prevHash: string;
  hash: string;
}

export interface EvidenceBundleSignature {
  id: string;
  signerId: string;
  userId: string;
  partyTenantId: string;
  documentId: string;
  documentSha256: string;
  signedAt: string;
  ip: string | null;
  userAgent: string | null;
  method: string;
  cancelledAt: string | null;
}

export interface EvidenceBundleSeal {
  id: string;
  headSeq: number;
  headHash: string;
  keyId: string;
  /** Base64 Ed25519 signature over `sealMessage`. */
  signature: string;
  sealedAt: string;
}

export interface EvidenceBundle {
  format: string;
  generatedAt: string;
  convention: {
    id: string;
    ownerTenantId: string;
    reference: string;
    title: string;
    type: string;
    status: string;
    activatedAt: string | null;
    parties: { tenantId: string; name: string; roleLabel: string }[];
  };
  documents: { id: string; version: number; filename: string; sha256: string; size: number }[];
  signers: {
    id: string;
    partyTenantId: string;
    userId: string;
    name: string | null;
    step: number;
    status: string;
    actedAt: string | null;
  }[];
  signatures: EvidenceBundleSignature[];
  events: EvidenceBundleEvent[];
  seals: EvidenceBundleSeal[];
  /** SPKI PEM of the sealing key. */
  publicKey: string;
  /** Base64 of the raw 32-byte key. */
  publicKeyRaw: string;
  keyId: string;
  /** The platform's Ed25519 signature, at export, over a digest of each section of the bundle. */
  attestation?: { digests: Record<string, string>; signature: string };
}

/** The sections of a bundle the attestation covers, each hashed on its own so a change is located. */
export const ATTESTED_SECTIONS = [
  'convention',
  'documents',
  'signers',
  'signatures',
  'events',
  'seals',
] as const;

/** SHA-256 (hex) of each section's canonical JSON. */
export function bundleDigests(
  bundle: Pick<EvidenceBundle, (typeof ATTESTED_SECTIONS)[number]>,
): Record<string, string> {
  return Object.fromEntries(
    ATTESTED_SECTIONS.map((name) => [
      name,
      createHash('sha256').update(canonicalJson(bundle[name]), 'utf8').digest('hex'),
    ]),
  );
}

/** The message the attestation signs. */
export function attestationMessage(generatedAt: string, digests: Record<string, string>): Buffer {
  return Buffer.from(canonicalJson({ v: EVIDENCE_HASH_VERSION, generatedAt, digests }), 'utf8');
}

export type EvidenceVerification =
  | { readonly valid: true; readonly events: number; readonly seals: number; readonly signatures: number }
  | { readonly valid: false; readonly location: string; readonly problem: string };

class Broken extends Error {
  constructor(
    readonly location: string,
    readonly problem: string,
  ) {
    super(`${location} ${problem}`);
  }
}

const HEX32 = /^[0-9a-f]{64}$/;

function hex32(value: unknown, location: string): Buffer {
  if (typeof value !== 'string' || !HEX32.test(value)) {
    throw new Broken(location, 'is not a 32-byte lower-case hex hash');
  }
  return Buffer.from(value, 'hex');
}

function publicKeyOf(pem: unknown, location: string): KeyObject {
  try {
    const key = createPublicKey(pem as string);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    return key;
  } catch {
    throw new Broken(location, 'is not an Ed25519 public key (SPKI PEM)');
  }
}

/** Signature fields that the `signed` event records and the signature row must repeat exactly. */
const SIGNATURE_FIELDS = [
  'signerId',
  'userId',
  'partyTenantId',
  'documentId',
  'documentSha256',
  'signedAt',
  'ip',
  'userAgent',
  'method',
] as const;

/**
 * Checks a bundle with nothing but itself (and, if given, a public key pinned out of band). Answers the
 * FIRST problem with where it is, e.g. `events[3].hash does not match`, or that all is well.
 */
export function verifyEvidenceBundle(
  bundle: unknown,
  options: { pinnedPublicKeyPem?: string; requireAttestation?: boolean } = {},
): EvidenceVerification {
  try {
    return check(bundle as EvidenceBundle, options);
  } catch (error) {
    if (error instanceof Broken) return { valid: false, location: error.location, problem: error.problem };
    const message = error instanceof Error ? error.message : String(error);
    return { valid: false, location: 'bundle', problem: `cannot be read: ${message}` };
  }
}

function check(
  bundle: EvidenceBundle,
  options: { pinnedPublicKeyPem?: string; requireAttestation?: boolean },
): EvidenceVerification {
  if (typeof bundle !== 'object' || bundle === null) throw new Broken('bundle', 'is not a JSON object');
  if (bundle.format !== EVIDENCE_FORMAT) throw new Broken('format', `is not "${EVIDENCE_FORMAT}"`);
  const convention = bundle.convention;
  if (typeof convention?.id !== 'string' || typeof convention.ownerTenantId !== 'string') {
    throw new Broken('convention', 'lacks its id or ownerTenantId');
  }
  for (const name of ['events', 'seals', 'signatures', 'documents'] as const) {
    if (!Array.isArray(bundle[name])) throw new Broken(name, 'is not a list');
  }

  // 1. The chain: gapless from 1, each link to the previous hash, each hash recomputed.
  let prev = EVIDENCE_GENESIS_HASH;
  bundle.events.forEach((event, i) => {
    const at = `events[${i}]`;
    if (event.seq !== i + 1) throw new Broken(`${at}.seq`, `is ${String(event.seq)}, expected ${i + 1}`);
    if (!hex32(event.prevHash, `${at}.prevHash`).equals(prev)) {
      throw new Broken(`${at}.prevHash`, 'does not link to the previous event');
    }
    const hash = hex32(event.hash, `${at}.hash`);
    let computed: Buffer;
    try {
      computed = evidenceEventHash(prev, {
        conventionId: convention.id,
        ownerTenantId: convention.ownerTenantId,
        seq: event.seq,
        id: event.id,
        occurredAt: event.occurredAt,
        type: event.type,
        actorUserId: event.actorUserId,
        actorTenantId: event.actorTenantId,
        data: event.data,
      });
    } catch (error) {
      throw new Broken(at, `cannot be hashed: ${(error as Error).message}`);
    }
    if (!computed.equals(hash)) throw new Broken(`${at}.hash`, 'does not match');
    prev = hash;
  });

  // 2. The key: the bundle's own, which must be the pinned one when one is given.
  const key = publicKeyOf(bundle.publicKey, 'publicKey');
  if (rawPublicKey(key).toString('base64') !== bundle.publicKeyRaw) {
    throw new Broken('publicKeyRaw', 'is not the raw form of publicKey');
  }
  if (evidenceKeyId(key) !== bundle.keyId) throw new Broken('keyId', 'is not the id of publicKey');
  if (options.pinnedPublicKeyPem !== undefined) {
    const pinned = publicKeyOf(options.pinnedPublicKeyPem, 'pinned public key');
    if (!rawPublicKey(pinned).equals(rawPublicKey(key))) {
      throw new Broken('publicKey', 'is not the pinned public key');
    }
  }

  // 3. Seals: each over a head that is in the chain, signed by the key.
  bundle.seals.forEach((seal, i) => {
    const at = `seals[${i}]`;
    const head = bundle.events[seal.headSeq - 1];
    if (!Number.isInteger(seal.headSeq) || !head) {
      throw new Broken(`${at}.headSeq`, 'is not an event of the chain');
    }
    if (seal.headHash !== head.hash) {
      throw new Broken(`${at}.headHash`, `does not match events[${seal.headSeq - 1}].hash`);
    }
    if (seal.keyId !== bundle.keyId) throw new Broken(`${at}.keyId`, 'is not the bundle key');
    const message = sealMessage({
      conventionId: convention.id,
      ownerTenantId: convention.ownerTenantId,
      headSeq: seal.headSeq,
      headHash: seal.headHash,
    });
    const signature = Buffer.from(String(seal.signature), 'base64');
    if (signature.length !== 64 || !verifySignature(null, message, key, signature)) {
      throw new Broken(`${at}.signature`, 'does not verify: seal signature invalid');
    }
  });
  if (bundle.convention.status === 'active' && bundle.seals.length === 0) {
    throw new Broken('seals', 'is empty, but the convention is active');
  }

  // 4. Signatures: each one as the chain recorded it, on a document of the bundle.
  const signedEvents = new Map<string, { index: number; data: Record<string, unknown> }>();
  bundle.events.forEach((event, index) => {
    if (event.type === 'signed' && typeof event.data?.signatureId === 'string') {
      signedEvents.set(event.data.signatureId, { index, data: event.data });
    }
  });
  bundle.signatures.forEach((signature, i) => {
    const at = `signatures[${i}]`;
    const recorded = signedEvents.get(signature.id);
    if (!recorded) throw new Broken(`${at}.id`, 'has no "signed" event in the chain');
    for (const field of SIGNATURE_FIELDS) {
      if (signature[field] !== recorded.data[field]) {
        throw new Broken(`${at}.${field}`, `does not match events[${recorded.index}].data.${field}`);
      }
    }
    const document = bundle.documents.find((d) => d.id === signature.documentId);
    if (!document) throw new Broken(`${at}.documentId`, 'is not a document of the bundle');
    if (document.sha256 !== signature.documentSha256) {
      throw new Broken(`${at}.documentSha256`, 'is not the sha256 of the document signed');
    }
  });
  // 5. Documents: each one as its `document_added` event recorded it.
  const added = lastEventsBy(bundle.events, 'document_added', 'documentId');
  bundle.documents.forEach((document, i) => {
    const at = `documents[${i}]`;
    const recorded = added.get(document.id);
    if (!recorded) throw new Broken(`${at}.id`, 'has no "document_added" event in the chain');
    const expected: Record<string, unknown> = {
      version: recorded.data.version,
      filename: recorded.data.filename,
      sha256: recorded.data.sha256,
      size: recorded.data.sizeBytes,
    };
    for (const field of ['version', 'filename', 'sha256', 'size'] as const) {
      if (document[field] !== expected[field]) {
        throw new Broken(`${at}.${field}`, `does not match events[${recorded.index}].data`);
      }
    }
  });

  // 6. Signers: as the last `signers_set` event named them.
  const signersSet = [...bundle.events].reverse().find((e) => e.type === 'signers_set');
  if (bundle.signers.length > 0) {
    const named = Array.isArray(signersSet?.data.signers)
      ? (signersSet.data.signers as Record<string, unknown>[])
      : [];
    bundle.signers.forEach((signer, i) => {
      const recorded = named.find((n) => n.id === signer.id);
      if (!recorded) throw new Broken(`signers[${i}].id`, 'is not in the last "signers_set" event');
      for (const field of ['partyTenantId', 'userId', 'step'] as const) {
        if (signer[field] !== recorded[field]) {
          throw new Broken(`signers[${i}].${field}`, 'does not match the last "signers_set" event');
        }
      }
    });
  }

  // 7. The header: as the `activated` event (which the seal covers) recorded the convention.
  const activated = [...bundle.events].reverse().find((e) => e.type === 'activated');
  const snapshot = activated?.data.convention as
    { reference: string; title: string; type: string; parties: unknown[] } | undefined;
  if (snapshot) {
    for (const field of ['reference', 'title', 'type'] as const) {
      if (convention[field] !== snapshot[field]) {
        throw new Broken(`convention.${field}`, 'does not match the "activated" event');
      }
    }
    if (canonicalJson(convention.parties) !== canonicalJson(snapshot.parties)) {
      throw new Broken('convention.parties', 'do not match the "activated" event');
    }
    if (convention.activatedAt !== activated?.data.activatedAt) {
      throw new Broken('convention.activatedAt', 'does not match the "activated" event');
    }
  }
  // 8. Everything else (names, current statuses, export time): the attestation, section by section.
  if (bundle.attestation !== undefined) {
    const attestation = bundle.attestation;
    const signature = Buffer.from(String(attestation.signature), 'base64');
    const message = attestationMessage(bundle.generatedAt, attestation.digests);
    if (signature.length !== 64 || !verifySignature(null, message, key, signature)) {
      throw new Broken('attestation.signature', 'does not verify (or generatedAt was changed)');
    }
    const digests = bundleDigests(bundle);
    for (const name of ATTESTED_SECTIONS) {
      if (attestation.digests[name] !== digests[name]) {
        throw new Broken(name, 'was changed after export (its digest does not match the attestation)');
      }
    }
  } else if (options.requireAttestation) {
    throw new Broken('attestation', 'is missing');
  }
  return {
    valid: true,
    events: bundle.events.length,
    seals: bundle.seals.length,
    signatures: bundle.signatures.length,
  };
}

/** The last event of `type` for each value of `data[key]`, with its index. */
function lastEventsBy(
  events: readonly EvidenceBundleEvent[],
  type: string,
  key: string,
): Map<unknown, { index: number; data: Record<string, unknown> }> {
  const found = new Map<unknown, { index: number; data: Record<string, unknown> }>();
  events.forEach((event, index) => {
    if (event.type === type) found.set(event.data?.[key], { index, data: event.data });
  });
  return found;
}

/**
 * One line per signature in force, for people: when, who, and how they proved it was them (`password`,
 * or with a second factor, `password+totp`, `password+recovery_code`, `password+webauthn` for a passkey).
 * Bundles from before the method was recorded say so.
 */
export function describeSignatures(bundle: EvidenceBundle): string[] {
  const signatures = Array.isArray(bundle?.signatures) ? bundle.signatures : [];
  const signers = Array.isArray(bundle?.signers) ? bundle.signers : [];
  return signatures
    .filter((s) => s.cancelledAt === null)
    .map((s) => {
      const who = signers.find((g) => g.id === s.signerId)?.name ?? s.signerId;
      return `  signed ${s.signedAt} by ${who}, method: ${s.method ?? 'not recorded'}`;
    });
}

/** One line for people: `OK …` or the first problem. */
export function describeVerification(result: EvidenceVerification): string {
  if (result.valid) {
    return `OK: ${result.events} events chained, ${result.seals} seal(s) and ${result.signatures} signature(s) verified`;
  }
  return `INVALID: ${result.location} ${result.problem}`;
}
