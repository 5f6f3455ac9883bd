import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ConventionKey } from '../conventions/convention.repository.js';
import {
  DOCUMENT_COLUMNS,
  DOCUMENT_SIGNING_COLUMNS,
  toDocument,
  type ConventionDocumentRow,
  type DocumentDbRow,
} from './current-document.js';

@Injectable()
export class ConventionDocumentRepository {
  async list(
    tx: TenantTx,
    key: ConventionKey,
    afterVersion: number,
    limit: number,
  ): Promise<ConventionDocumentRow[]> {
    const rows = await tx.query<DocumentDbRow>(
      `SELECT ${DOCUMENT_COLUMNS}, ${DOCUMENT_SIGNING_COLUMNS} FROM convention_document d
        WHERE d.tenant_id = $1 AND d.convention_id = $2 AND d.version > $3 ORDER BY d.version LIMIT $4`,
      [key.ownerTenantId, key.conventionId, afterVersion, limit],
    );
    return rows.map(toDocument);
  }

  async find(tx: TenantTx, key: ConventionKey, id: string): Promise<ConventionDocumentRow | undefined> {
    const rows = await tx.query<DocumentDbRow>(
      `SELECT ${DOCUMENT_COLUMNS}, ${DOCUMENT_SIGNING_COLUMNS} FROM convention_document d
        WHERE d.tenant_id = $1 AND d.convention_id = $2 AND d.id = $3`,
      [key.ownerTenantId, key.conventionId, id],
    );
    return rows[0] && toDocument(rows[0]);
  }

  /** The next version number is taken under the convention's row lock, which the caller holds. */
  async insert(
    tx: TenantTx,
    key: ConventionKey,
    doc: Omit<ConventionDocumentRow, 'uploadedAt' | 'version' | 'sentForSignatureAt' | 'sealed'>,
  ): Promise<ConventionDocumentRow> {
    const rows = await tx.query<DocumentDbRow>(
      `INSERT INTO convention_document
         (tenant_id, id, convention_id, version, filename, content_type, size_bytes, sha256, storage_key, uploaded_by,
          uploaded_by_name, page_count, pdf_title, pdf_author, pdf_producer)
       SELECT $1, $2, $3, COALESCE(max(version), 0) + 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
         FROM convention_document WHERE tenant_id = $1 AND convention_id = $3
       RETURNING ${DOCUMENT_COLUMNS}`,
      [
        key.ownerTenantId,
        doc.id,
        key.conventionId,
        doc.filename,
        doc.contentType,
        doc.sizeBytes,
        doc.sha256,
        doc.storageKey,
        doc.uploadedBy,
        doc.uploadedByName,
        doc.pageCount,
        doc.pdfTitle,
        doc.pdfAuthor,
        doc.pdfProducer,
      ],
    );
    return toDocument(rows[0]);
  }

  /** The uploader's name as it reads now (their own row: visible to them under RLS). */
  async personName(tx: TenantTx, userId: string): Promise<string | null> {
    const rows = await tx.query<{ display_name: string }>(`SELECT display_name FROM app_user WHERE id = $1`, [
      userId,
    ]);
    return rows[0]?.display_name ?? null;
  }

  /** Cancels every signature still standing; answers their ids. */
  async cancelSignatures(tx: TenantTx, key: ConventionKey): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE convention_signature SET cancelled_at = now()
        WHERE tenant_id = $1 AND convention_id = $2 AND cancelled_at IS NULL RETURNING id`,
      [key.ownerTenantId, key.conventionId],
    );
    return rows.map((r) => r.id).sort();
  }

  /** Every signer who acted waits again: pending, no act, no decline reason. Answers their ids. */
  async resetSigners(tx: TenantTx, key: ConventionKey): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE convention_signer SET status = 'pending', acted_at = NULL, decline_reason = NULL
        WHERE tenant_id = $1 AND convention_id = $2 AND status <> 'pending' RETURNING id`,
      [key.ownerTenantId, key.conventionId],
    );
    return rows.map((r) => r.id).sort();
  }
}
