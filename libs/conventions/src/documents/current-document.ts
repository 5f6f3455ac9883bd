import type { TenantTx } from '@jazari/database';
import type { ConventionScope } from '../convention-access.js';

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
  readonly uploadedByName: string | null;
  readonly uploadedAt: Date;
  readonly pageCount: number | null;
  readonly pdfTitle: string | null;
  readonly pdfAuthor: string | null;
  readonly pdfProducer: string | null;
  /** When this version was sent for signature (the last time, if sent more than once); read, not stored. */
  readonly sentForSignatureAt: Date | null;
  /** This is the version every party signed and the chain sealed; read, not stored. */
  readonly sealed: boolean;
}

export const DOCUMENT_COLUMNS = `id, version, filename, content_type, size_bytes, sha256, storage_key, uploaded_by,
  uploaded_by_name, uploaded_at, page_count, pdf_title, pdf_author, pdf_producer`;

/**
 * When a version was sent for signature, from the evidence chain's `sent` events (each names the document
 * it froze), and whether it is the one sealed: the last version sent, of a convention that became active
 * (nothing is uploaded or sent after that). For `FROM convention_document d`.
 */
export const DOCUMENT_SIGNING_COLUMNS = `
  (SELECT max(e.occurred_at) FROM convention_event e
    WHERE e.tenant_id = d.tenant_id AND e.convention_id = d.convention_id AND e.type = 'sent'
      AND e.data->>'documentId' = d.id::text) AS sent_at,
  EXISTS (SELECT 1 FROM convention c
           WHERE c.tenant_id = d.tenant_id AND c.id = d.convention_id AND c.activated_at IS NOT NULL
             AND d.id::text = (SELECT e.data->>'documentId' FROM convention_event e
                                WHERE e.tenant_id = c.tenant_id AND e.convention_id = c.id AND e.type = 'sent'
                                ORDER BY e.seq DESC LIMIT 1)) AS sealed`;

export interface DocumentDbRow {
  id: string;
  version: number;
  filename: string;
  content_type: string;
  size_bytes: string;
  sha256: Buffer;
  storage_key: string;
  uploaded_by: string;
  uploaded_by_name: string | null;
  uploaded_at: Date;
  page_count: number | null;
  pdf_title: string | null;
  pdf_author: string | null;
  pdf_producer: string | null;
  sent_at?: Date | null;
  sealed?: boolean;
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
    uploadedByName: r.uploaded_by_name,
    uploadedAt: r.uploaded_at,
    pageCount: r.page_count,
    pdfTitle: r.pdf_title,
    pdfAuthor: r.pdf_author,
    pdfProducer: r.pdf_producer,
    sentForSignatureAt: r.sent_at ?? null,
    sealed: r.sealed ?? false,
  };
}

/**
 * The convention's current document: its latest version, or undefined if none was uploaded. What a signer
 * signs (the signing context records its id and SHA-256 on the signature). Read in whatever scope the
 * transaction has: the owner's, a party's or Root's.
 */
export async function currentDocument(
  tx: TenantTx,
  scope: Pick<ConventionScope, 'ownerTenantId' | 'conventionId'>,
): Promise<ConventionDocumentRow | undefined> {
  const rows = await tx.query<DocumentDbRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM convention_document
      WHERE tenant_id = $1 AND convention_id = $2 ORDER BY version DESC LIMIT 1`,
    [scope.ownerTenantId, scope.conventionId],
  );
  return rows[0] && toDocument(rows[0]);
}
