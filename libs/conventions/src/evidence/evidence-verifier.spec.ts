import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  EVIDENCE_FORMAT,
  EVIDENCE_GENESIS_HASH,
  evidenceEventHash,
  evidenceKeyId,
  rawPublicKey,
  sealMessage,
  verifyEvidenceBundle,
  type EvidenceBundle,
  type EvidenceBundleEvent,
} from './evidence-verifier.js';

const CONVENTION = '01a21810-0000-7000-8000-000000000001';
const OWNER = '01a21810-0000-7000-8000-0000000000aa';
const SHA = 'ab'.repeat(32);

function bundle(): { bundle: EvidenceBundle; otherKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const specs: [string, Record<string, unknown>][] = [
    ['created', { title: 'Test' }],
    ['document_added', { documentId: 'd1', version: 1, filename: 'c.pdf', sizeBytes: 10, sha256: SHA }],
    ['sent', { documentId: 'd1', documentSha256: SHA }],
    [
      'signed',
      {
        signatureId: 's1',
        signerId: 'g1',
        userId: 'u1',
        partyTenantId: 'p1',
        documentId: 'd1',
        documentSha256: SHA,
        signedAt: '2026-01-02T03:04:05.678Z',
        ip: '10.0.0.1',
        userAgent: 'jest',
        method: 'password',
      },
    ],
    [
      'activated',
      {
        activatedAt: '2026-01-02T03:04:05.678Z',
        convention: { reference: 'INS-2026-0001', title: 'Test', type: 'partnership', parties: [] },
      },
    ],
  ];
  let prev = EVIDENCE_GENESIS_HASH;
  const events: EvidenceBundleEvent[] = specs.map(([type, data], i) => {
    const event = {
      seq: i + 1,
      id: `e${i + 1}`,
      occurredAt: `2026-01-02T03:04:0${i}.000Z`,
      type,
      actorUserId: null,
      actorTenantId: null,
      data,
    };
    const hash = evidenceEventHash(prev, { ...event, conventionId: CONVENTION, ownerTenantId: OWNER });
    const row = { ...event, prevHash: prev.toString('hex'), hash: hash.toString('hex') };
    prev = hash;
    return row;
  });
  const head = events[events.length - 1];
  const keyId = evidenceKeyId(publicKey);
  const signature = sign(
    null,
    sealMessage({ conventionId: CONVENTION, ownerTenantId: OWNER, headSeq: head.seq, headHash: head.hash }),
    privateKey,
  );
  return {
    otherKeyPem: other,
    bundle: {
      format: EVIDENCE_FORMAT,
      generatedAt: '2026-01-02T04:00:00.000Z',
      convention: {
        id: CONVENTION,
        ownerTenantId: OWNER,
        reference: 'INS-2026-0001',
        title: 'Test',
        type: 'partnership',
        status: 'active',
        activatedAt: '2026-01-02T03:04:05.678Z',
        parties: [],
      },
      documents: [{ id: 'd1', version: 1, filename: 'c.pdf', sha256: SHA, size: 10 }],
      signers: [],
      signatures: [
        {
          id: 's1',
          signerId: 'g1',
          userId: 'u1',
          partyTenantId: 'p1',
          documentId: 'd1',
          documentSha256: SHA,
          signedAt: '2026-01-02T03:04:05.678Z',
          ip: '10.0.0.1',
          userAgent: 'jest',
          method: 'password',
          cancelledAt: null,
        },
      ],
      events,
      seals: [
        {
          id: 'seal1',
          headSeq: head.seq,
          headHash: head.hash,
          keyId,
          signature: signature.toString('base64'),
          sealedAt: '2026-01-02T03:04:06.000Z',
        },
      ],
      publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      publicKeyRaw: rawPublicKey(publicKey).toString('base64'),
      keyId,
    },
  };
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('verifyEvidenceBundle', () => {
  it('accepts an intact bundle, with and without the pinned key', () => {
    const { bundle: b } = bundle();
    expect(verifyEvidenceBundle(b)).toEqual({ valid: true, events: 5, seals: 1, signatures: 1 });
    expect(verifyEvidenceBundle(copy(b), { pinnedPublicKeyPem: b.publicKey }).valid).toBe(true);
  });

  it('names the first event whose content changed', () => {
    const b = copy(bundle().bundle);
    b.events[1].data.documentSha256 = 'cd'.repeat(32);
    expect(verifyEvidenceBundle(b)).toMatchObject({ valid: false, location: 'events[1].hash' });
  });

  it('finds a removed event and a broken link', () => {
    const removed = copy(bundle().bundle);
    removed.events.splice(1, 1);
    expect(verifyEvidenceBundle(removed)).toMatchObject({ valid: false, location: 'events[1].seq' });
    const relinked = copy(bundle().bundle);
    relinked.events[2].prevHash = '00'.repeat(32);
    expect(verifyEvidenceBundle(relinked)).toMatchObject({ valid: false, location: 'events[2].prevHash' });
  });

  it('checks each signature against the chain, and the document it names', () => {
    const b = copy(bundle().bundle);
    b.signatures[0].signedAt = '2026-01-02T03:04:05.679Z';
    expect(verifyEvidenceBundle(b)).toMatchObject({ valid: false, location: 'signatures[0].signedAt' });
    const d = copy(bundle().bundle);
    d.documents[0].sha256 = 'cd'.repeat(32);
    expect(verifyEvidenceBundle(d)).toMatchObject({ valid: false, location: 'signatures[0].documentSha256' });
  });

  it('rejects a forged seal, a replaced key and a key that is not the pinned one', () => {
    const forged = copy(bundle().bundle);
    forged.seals[0].signature = Buffer.alloc(64, 1).toString('base64');
    expect(verifyEvidenceBundle(forged)).toMatchObject({
      valid: false,
      location: 'seals[0].signature',
      problem: expect.stringContaining('seal signature invalid') as unknown as string,
    });
    const { bundle: b, otherKeyPem } = bundle();
    expect(verifyEvidenceBundle(b, { pinnedPublicKeyPem: otherKeyPem })).toMatchObject({
      valid: false,
      location: 'publicKey',
    });
    const swapped = copy(b);
    swapped.publicKey = otherKeyPem;
    expect(verifyEvidenceBundle(swapped)).toMatchObject({ valid: false, location: 'publicKeyRaw' });
  });

  it('requires a seal on an active convention and reports unreadable input', () => {
    const b = copy(bundle().bundle);
    b.seals = [];
    expect(verifyEvidenceBundle(b)).toMatchObject({ valid: false, location: 'seals' });
    expect(verifyEvidenceBundle('nope')).toMatchObject({ valid: false, location: 'bundle' });
  });
});
