import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { evidenceKeyId, rawPublicKey } from './evidence-verifier.js';

/**
 * The platform's Ed25519 sealing key. In production it comes from EVIDENCE_SIGNING_KEY and nothing else
 * (the API refuses to start without it; the worker, which never seals, boots without it); in development and tests it is read from `evidence.keyFile`, or
 * generated there (mode 0600) on first use, so a fresh checkout seals with no setup.
 */
@Injectable()
export class EvidenceKey {
  private readonly logger = new Logger(EvidenceKey.name);
  private loaded?: {
    privateKey: KeyObject;
    publicKey: KeyObject;
    publicKeyPem: string;
    publicKeyRaw: string;
    keyId: string;
  };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** SPKI PEM. */
  get publicKeyPem(): string {
    return this.key().publicKeyPem;
  }

  /** Base64 of the raw 32-byte key. */
  get publicKeyRaw(): string {
    return this.key().publicKeyRaw;
  }

  /** SHA-256 of the raw key, hex, first 16. */
  get keyId(): string {
    return this.key().keyId;
  }

  sign(message: Buffer): Buffer {
    return sign(null, message, this.key().privateKey);
  }

  /**
   * Loads the key now, or throws. The API calls it at boot (EvidenceService), so a missing production key
   * stops it before it serves anything; the worker never does, and never seals, so it needs no key.
   */
  ensureLoaded(): void {
    this.key();
  }

  // Loaded on first use (the first seal, or `ensureLoaded`), so processes that only append need no key.
  private key(): NonNullable<EvidenceKey['loaded']> {
    if (this.loaded) return this.loaded;
    const privateKey = this.load(this.config);
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error('The evidence sealing key must be an Ed25519 key');
    }
    const publicKey = createPublicKey(privateKey);
    this.loaded = {
      privateKey,
      publicKey,
      publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      publicKeyRaw: rawPublicKey(publicKey).toString('base64'),
      keyId: evidenceKeyId(publicKey),
    };
    return this.loaded;
  }

  private load(config: AppConfig): KeyObject {
    return loadEvidenceSigningKey(config, (file) =>
      this.logger.log(`generated a development evidence sealing key in ${file}`),
    );
  }
}

/**
 * The sealing key: EVIDENCE_SIGNING_KEY; in production nothing else; otherwise the development key file
 * `<DATA_DIR>/evidence-ed25519.pem`, generated there (mode 0600) when absent. Shared with the demo seed,
 * so the API seals and serves with the key that sealed the demo.
 */
export function loadEvidenceSigningKey(
  config: AppConfig,
  onGenerated: (file: string) => void = () => undefined,
): KeyObject {
  const { privateKeyPem, keyFile } = config.evidence;
  if (privateKeyPem) return createPrivateKey(privateKeyPem);
  if (config.env === 'production') {
    throw new Error(
      'EVIDENCE_SIGNING_KEY is required when NODE_ENV=production (the key that seals evidence)',
    );
  }
  try {
    return createPrivateKey(readFileSync(keyFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(path.dirname(keyFile), { recursive: true });
  try {
    // `wx`: if another process generated it meanwhile, use theirs.
    writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    onGenerated(keyFile);
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return createPrivateKey(readFileSync(keyFile, 'utf8'));
  }
}
