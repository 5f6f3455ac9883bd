import type { Tx } from '@jazari/database';
import type { ConventionScope } from '../access/convention-access.js';

/** A stored version of a convention's document. */
export interface ConventionDocumentRow {
  readonly id: string;
  readonly version: number;
  readonly filename: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: Buffer;
  readonly storageKey: string;
  readonly uploadedBy: string;
  readonly uploadedAt: Date;
}

export const DOCUMENT_COLUMNS = `id, version, filename, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at`;

export interface DocumentDbRow {
  id: string;
  version: number;
  filename: string;
  content_type: string;
  size_bytes: string;
  sha256: Buffer;
  storage_key: string;
  uploaded_by: string;
  uploaded_at: Date;
}

export function toDocument(r: DocumentDbRow): ConventionDocumentRow {
  return {
    id: r.id,
    version: r.version,
    filename: r.filename,
    contentType: r.content_type,
    // bigint arrives as a string; files are bounded by UPLOAD_MAX_BYTES, far below 2^53.
    sizeBytes: Number(r.size_bytes),
    sha256: r.sha256,
    storageKey: r.storage_key,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}

/**
 * The convention's current document: its latest version, or undefined if none was uploaded. What a signer
 * signs (the signing context records its id and SHA-256 on the signature). Read in whatever scope the
 * transaction has: the owner's, a party's or Root's.
 */
export async function currentDocument(
  tx: Tx,
  scope: Pick<ConventionScope, 'ownerTenantId' | 'conventionId'>,
): Promise<ConventionDocumentRow | undefined> {
  const rows = await tx.query<DocumentDbRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM convention_document
      WHERE tenant_id = $1 AND convention_id = $2 ORDER BY version DESC LIMIT 1`,
    [scope.ownerTenantId, scope.conventionId],
  );
  return rows[0] && toDocument(rows[0]);
}
