// Types of jazari-verify.mjs (the self-contained verifier, plain JavaScript so it runs without a build).

export const EVIDENCE_FORMAT: string;

export type Verification =
  | {
      readonly valid: true;
      readonly events: number;
      readonly seals: number;
      readonly signatures: number;
      readonly keyId: string;
    }
  | { readonly valid: false; readonly location: string; readonly problem: string };

export function canonicalJson(value: unknown): string;
export function sha256Hex(data: string | ArrayBuffer | Uint8Array): Promise<string>;
export function verifyEvidenceBundle(
  bundle: unknown,
  options?: { pinnedPublicKeyPem?: string; requireAttestation?: boolean },
): Promise<Verification>;
export function publicKeyId(pem: string): Promise<string>;
export function checkDocument(
  bundle: unknown,
  bytes: ArrayBuffer | Uint8Array,
): Promise<{
  sha256: string;
  document: { id: string; version: number; filename: string; sha256: string } | null;
  signed: boolean;
}>;
export function describeVerification(result: Verification): string;
export function describeSignatures(bundle: unknown): string[];
export function main(
  args: readonly string[],
  io: {
    readFile(file: string): Promise<Uint8Array>;
    out(text: string): void;
    err(text: string): void;
  },
): Promise<number>;
