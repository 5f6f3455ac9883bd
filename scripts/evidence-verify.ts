import { readFileSync } from 'node:fs';
// The pure verifier only: the script needs no database, configuration or Nest application.
import {
  describeSignatures,
  describeVerification,
  verifyEvidenceBundle,
  type EvidenceBundle,
} from '../libs/conventions/src/evidence/evidence-verifier.js';

// Checks a convention's evidence bundle (GET /api/v1/conventions/{id}/evidence) offline, with nothing but
// the file and, optionally, the platform's public key pinned out of band (GET /api/v1/evidence/public-key).
// Prints OK and, one line each, the signatures (when, who, method: `password+totp`…), or the first
// problem with where it is; exit status 0 when valid, 1 otherwise, 2 on misuse.
// See docs/convention-evidence.md.

const USAGE = 'usage: npm run evidence:verify -- <bundle.json> [--public-key <spki.pem>]';

function main(args: readonly string[]): number {
  let file: string | undefined;
  let keyFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--public-key') keyFile = args[++i];
    else if (file === undefined && !args[i].startsWith('-')) file = args[i];
    else {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
  }
  if (!file || (args.includes('--public-key') && !keyFile)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bundle: unknown;
  let pinned: string | undefined;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
    pinned = keyFile ? readFileSync(keyFile, 'utf8') : undefined;
  } catch (error) {
    process.stdout.write(`INVALID: cannot read input: ${(error as Error).message}\n`);
    return 1;
  }
  const result = verifyEvidenceBundle(bundle, pinned === undefined ? {} : { pinnedPublicKeyPem: pinned });
  process.stdout.write(`${describeVerification(result)}\n`);
  if (result.valid) {
    for (const line of describeSignatures(bundle as EvidenceBundle)) process.stdout.write(`${line}\n`);
  }
  return result.valid ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
