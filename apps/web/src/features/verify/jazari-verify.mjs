#!/usr/bin/env node
/* global TextEncoder, TextDecoder, atob, btoa -- Node.js 20+ and browsers have them */
// Jazari evidence verifier — one self-contained file, no dependencies, no build.
//
// Checks a convention's evidence bundle (jazari-evidence/1, GET /api/v1/conventions/{id}/evidence) with
// nothing but the file, WebCrypto (SHA-256, Ed25519) and, if given, the platform's public key pinned out of
// band (GET /api/v1/evidence/public-key) and the signed PDF. The same checks, in the same order and with the
// same messages, as `npm run evidence:verify` (libs/conventions/src/evidence/evidence-verifier.ts); the
// web page /verify runs this very file in the browser. See docs/convention-evidence.md.
//
//   node jazari-verify.mjs <bundle.json> [--public-key <spki.pem>] [--document <signed.pdf>]
//
// Prints `OK: …` or `INVALID: <where> <what>`; exit status 0 when valid, 1 otherwise, 2 on misuse.
// Needs Node.js 20 or later (Ed25519 in WebCrypto).

export const EVIDENCE_FORMAT = 'jazari-evidence/1';
const VERSION = 1;
const ATTESTED_SECTIONS = ['convention', 'documents', 'signers', 'signatures', 'events', 'seals'];
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
];
const HEX32 = /^[0-9a-f]{64}$/;
const ED25519 = { name: 'Ed25519' };
const SPKI_PREFIX = '302a300506032b6570032100';
const encoder = new TextEncoder();

class Broken extends Error {
  constructor(location, problem) {
    super(`${location} ${problem}`);
    this.location = location;
    this.problem = problem;
  }
}

/** Canonical JSON (RFC 8785 style), as the platform hashes it: sorted keys, no whitespace. */
export function canonicalJson(value, path = '$') {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${path} is ${String(value)}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new Error(`${path} is a ${typeof value}, which JSON cannot represent`);
  }
  if (typeof value.toJSON === 'function') return canonicalJson(value.toJSON(''), path);
  if (Array.isArray(value)) {
    const items = [];
    for (let i = 0; i < value.length; i++) items.push(canonicalJson(value[i], `${path}[${i}]`));
    return `[${items.join(',')}]`;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw new Error(`${path} is not a plain object, array or JSON primitive`);
  }
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k], `${path}.${k}`)}`).join(',')}}`;
}

function subtle() {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available (Node.js 20+ or a current browser is needed)');
  return s;
}

const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
function fromBase64(text) {
  try {
    return Uint8Array.from(atob(String(text)), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array(0);
  }
}
const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const concat = (a, b) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** SHA-256 of bytes (or of a string's UTF-8), as bytes. */
export async function sha256(data) {
  const bytes = typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
  return new Uint8Array(await subtle().digest('SHA-256', bytes));
}

/** SHA-256, hex. */
export async function sha256Hex(data) {
  return toHex(await sha256(data));
}

function hex32(value, location) {
  if (typeof value !== 'string' || !HEX32.test(value)) {
    throw new Broken(location, 'is not a 32-byte lower-case hex hash');
  }
  return fromHex(value);
}

/** An Ed25519 SPKI PEM: its raw 32 bytes and a WebCrypto key. */
async function publicKeyOf(pem, location) {
  try {
    const body = String(pem)
      .replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '')
      .replace(/\s+/g, '');
    const der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    if (der.length !== 44 || toHex(der.subarray(0, 12)) !== SPKI_PREFIX) throw new Error('not ed25519');
    const key = await subtle().importKey('spki', der, ED25519, false, ['verify']);
    return { raw: der.subarray(12), key };
  } catch {
    throw new Broken(location, 'is not an Ed25519 public key (SPKI PEM)');
  }
}

/** SHA-256 of the raw public key, hex, first 16 characters. */
async function keyIdOf(raw) {
  return (await sha256Hex(raw)).slice(0, 16);
}

async function verifies(key, signatureBase64, message) {
  const signature = fromBase64(signatureBase64);
  if (signature.length !== 64) return false;
  try {
    return await subtle().verify(ED25519, key, signature, encoder.encode(message));
  } catch {
    return false;
  }
}

/**
 * Checks a bundle (parsed JSON) with nothing but itself and, if given, a pinned public key (SPKI PEM).
 * Resolves to `{ valid: true, events, seals, signatures, keyId }` or to the FIRST problem,
 * `{ valid: false, location, problem }` (e.g. `events[3].hash` `does not match`).
 */
export async function verifyEvidenceBundle(bundle, options = {}) {
  try {
    return await check(bundle, options);
  } catch (error) {
    if (error instanceof Broken) return { valid: false, location: error.location, problem: error.problem };
    const message = error instanceof Error ? error.message : String(error);
    return { valid: false, location: 'bundle', problem: `cannot be read: ${message}` };
  }
}

async function check(bundle, options) {
  if (typeof bundle !== 'object' || bundle === null) throw new Broken('bundle', 'is not a JSON object');
  if (bundle.format !== EVIDENCE_FORMAT) throw new Broken('format', `is not "${EVIDENCE_FORMAT}"`);
  const convention = bundle.convention;
  if (typeof convention?.id !== 'string' || typeof convention.ownerTenantId !== 'string') {
    throw new Broken('convention', 'lacks its id or ownerTenantId');
  }
  for (const name of ['events', 'seals', 'signatures', 'documents']) {
    if (!Array.isArray(bundle[name])) throw new Broken(name, 'is not a list');
  }

  // 1. The chain: gapless from 1, each link to the previous hash, each hash recomputed.
  let prev = new Uint8Array(32);
  for (const [i, event] of bundle.events.entries()) {
    const at = `events[${i}]`;
    if (event.seq !== i + 1) throw new Broken(`${at}.seq`, `is ${String(event.seq)}, expected ${i + 1}`);
    if (!equal(hex32(event.prevHash, `${at}.prevHash`), prev)) {
      throw new Broken(`${at}.prevHash`, 'does not link to the previous event');
    }
    const hash = hex32(event.hash, `${at}.hash`);
    let document;
    try {
      document = canonicalJson({
        v: VERSION,
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
      throw new Broken(at, `cannot be hashed: ${error.message}`);
    }
    const computed = await sha256(concat(prev, encoder.encode(document)));
    if (!equal(computed, hash)) throw new Broken(`${at}.hash`, 'does not match');
    prev = hash;
  }

  // 2. The key: the bundle's own, which must be the pinned one when one is given.
  const { raw, key } = await publicKeyOf(bundle.publicKey, 'publicKey');
  if (toBase64(raw) !== bundle.publicKeyRaw) {
    throw new Broken('publicKeyRaw', 'is not the raw form of publicKey');
  }
  const keyId = await keyIdOf(raw);
  if (keyId !== bundle.keyId) throw new Broken('keyId', 'is not the id of publicKey');
  if (options.pinnedPublicKeyPem !== undefined) {
    const pinned = await publicKeyOf(options.pinnedPublicKeyPem, 'pinned public key');
    if (!equal(pinned.raw, raw)) throw new Broken('publicKey', 'is not the pinned public key');
  }

  // 3. Seals: each over a head that is in the chain, signed by the key.
  for (const [i, seal] of bundle.seals.entries()) {
    const at = `seals[${i}]`;
    const head = bundle.events[seal.headSeq - 1];
    if (!Number.isInteger(seal.headSeq) || !head) {
      throw new Broken(`${at}.headSeq`, 'is not an event of the chain');
    }
    if (seal.headHash !== head.hash) {
      throw new Broken(`${at}.headHash`, `does not match events[${seal.headSeq - 1}].hash`);
    }
    if (seal.keyId !== bundle.keyId) throw new Broken(`${at}.keyId`, 'is not the bundle key');
    const message = canonicalJson({
      v: VERSION,
      conventionId: convention.id,
      ownerTenantId: convention.ownerTenantId,
      headSeq: seal.headSeq,
      headHash: seal.headHash,
    });
    if (!(await verifies(key, seal.signature, message))) {
      throw new Broken(`${at}.signature`, 'does not verify: seal signature invalid');
    }
  }
  if (convention.status === 'active' && bundle.seals.length === 0) {
    throw new Broken('seals', 'is empty, but the convention is active');
  }

  // 4. Signatures: each one as the chain recorded it, on a document of the bundle.
  const signedEvents = new Map();
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
  const added = new Map();
  bundle.events.forEach((event, index) => {
    if (event.type === 'document_added') added.set(event.data?.documentId, { index, data: event.data });
  });
  bundle.documents.forEach((document, i) => {
    const at = `documents[${i}]`;
    const recorded = added.get(document.id);
    if (!recorded) throw new Broken(`${at}.id`, 'has no "document_added" event in the chain');
    const expected = {
      version: recorded.data.version,
      filename: recorded.data.filename,
      sha256: recorded.data.sha256,
      size: recorded.data.sizeBytes,
    };
    for (const field of ['version', 'filename', 'sha256', 'size']) {
      if (document[field] !== expected[field]) {
        throw new Broken(`${at}.${field}`, `does not match events[${recorded.index}].data`);
      }
    }
  });

  // 6. Signers: as the last `signers_set` event named them.
  const signersSet = [...bundle.events].reverse().find((e) => e.type === 'signers_set');
  if (Array.isArray(bundle.signers) && bundle.signers.length > 0) {
    const named = Array.isArray(signersSet?.data.signers) ? signersSet.data.signers : [];
    bundle.signers.forEach((signer, i) => {
      const recorded = named.find((n) => n.id === signer.id);
      if (!recorded) throw new Broken(`signers[${i}].id`, 'is not in the last "signers_set" event');
      for (const field of ['partyTenantId', 'userId', 'step']) {
        if (signer[field] !== recorded[field]) {
          throw new Broken(`signers[${i}].${field}`, 'does not match the last "signers_set" event');
        }
      }
    });
  }

  // 7. The header: as the `activated` event (which the seal covers) recorded the convention.
  const activated = [...bundle.events].reverse().find((e) => e.type === 'activated');
  const snapshot = activated?.data.convention;
  if (snapshot) {
    for (const field of ['reference', 'title', 'type']) {
      if (convention[field] !== snapshot[field]) {
        throw new Broken(`convention.${field}`, 'does not match the "activated" event');
      }
    }
    if (canonicalJson(convention.parties) !== canonicalJson(snapshot.parties)) {
      throw new Broken('convention.parties', 'do not match the "activated" event');
    }
    if (convention.activatedAt !== activated.data.activatedAt) {
      throw new Broken('convention.activatedAt', 'does not match the "activated" event');
    }
  }

  // 8. Everything else (names, current statuses, export time): the attestation, section by section.
  if (bundle.attestation !== undefined) {
    const attestation = bundle.attestation;
    const message = canonicalJson({
      v: VERSION,
      generatedAt: bundle.generatedAt,
      digests: attestation.digests,
    });
    if (!(await verifies(key, attestation.signature, message))) {
      throw new Broken('attestation.signature', 'does not verify (or generatedAt was changed)');
    }
    for (const name of ATTESTED_SECTIONS) {
      if (attestation.digests[name] !== (await sha256Hex(canonicalJson(bundle[name])))) {
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
    keyId,
  };
}

/** The key id (first 16 hex of SHA-256 of the raw key) of an Ed25519 SPKI PEM; rejects anything else. */
export async function publicKeyId(pem) {
  const { raw } = await publicKeyOf(pem, 'public key');
  return keyIdOf(raw);
}

/**
 * A document (the signed PDF's bytes) against a bundle: its SHA-256, the bundle's document with that
 * hash (or null) and whether a signature of the bundle names it.
 */
export async function checkDocument(bundle, bytes) {
  const hash = await sha256Hex(bytes);
  const documents = Array.isArray(bundle?.documents) ? bundle.documents : [];
  const signatures = Array.isArray(bundle?.signatures) ? bundle.signatures : [];
  const document = documents.find((d) => d.sha256 === hash) ?? null;
  const signed = signatures.some((s) => s.documentSha256 === hash && s.cancelledAt === null);
  return { sha256: hash, document, signed };
}

/**
 * One line per signature in force, for people: when, who, and how they proved it was them (`password`,
 * or with a second factor, `password+totp`, `password+recovery_code`, `password+webauthn` for a passkey).
 * Bundles from before the method was recorded say so.
 */
export function describeSignatures(bundle) {
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
export function describeVerification(result) {
  if (result.valid) {
    return `OK: ${result.events} events chained, ${result.seals} seal(s) and ${result.signatures} signature(s) verified`;
  }
  return `INVALID: ${result.location} ${result.problem}`;
}

const USAGE =
  'usage: node jazari-verify.mjs <bundle.json> [--public-key <spki.pem>] [--document <signed.pdf>]';

/** The command line: answers the exit status. */
export async function main(args, io) {
  const { readFile, out, err } = io;
  let file;
  let keyFile;
  let documentFile;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--public-key' && i + 1 < args.length) keyFile = args[++i];
    else if (args[i] === '--document' && i + 1 < args.length) documentFile = args[++i];
    else if (file === undefined && !args[i].startsWith('-')) file = args[i];
    else {
      err(`${USAGE}\n`);
      return 2;
    }
  }
  if (!file) {
    err(`${USAGE}\n`);
    return 2;
  }
  let bundle;
  let pinned;
  let documentBytes;
  try {
    bundle = JSON.parse(new TextDecoder().decode(await readFile(file)));
    if (keyFile) pinned = new TextDecoder().decode(await readFile(keyFile));
    if (documentFile) documentBytes = await readFile(documentFile);
  } catch (error) {
    out(`INVALID: cannot read input: ${error.message}\n`);
    return 1;
  }
  const result = await verifyEvidenceBundle(
    bundle,
    pinned === undefined ? {} : { pinnedPublicKeyPem: pinned },
  );
  if (result.valid && documentBytes !== undefined) {
    const doc = await checkDocument(bundle, documentBytes);
    if (!doc.signed) {
      out(
        `INVALID: document ${documentFile} (sha256 ${doc.sha256}) is not a document signed in this bundle\n`,
      );
      return 1;
    }
  }
  out(`${describeVerification(result)}\n`);
  if (result.valid) for (const line of describeSignatures(bundle)) out(`${line}\n`);
  return result.valid ? 0 : 1;
}

// Run as a program (`node jazari-verify.mjs …`), not when imported (the web page, tests).
if (typeof process === 'object' && process.versions?.node && import.meta.url.startsWith('file:')) {
  const load = (name) => import(/* @vite-ignore */ name);
  void Promise.all([load('node:fs/promises'), load('node:url'), load('node:fs')]).then(
    async ([fs, url, fsSync]) => {
      const self = url.fileURLToPath(import.meta.url);
      const invoked = process.argv[1];
      if (!invoked || fsSync.realpathSync(invoked) !== fsSync.realpathSync(self)) return;
      process.exitCode = await main(process.argv.slice(2), {
        readFile: (f) => fs.readFile(f),
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
      });
    },
  );
}
