import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';

export interface DeliverableFileRow {
  readonly id: string;
  readonly deliverableId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: Buffer;
  readonly storageKey: string;
  readonly uploadedBy: string;
  readonly uploadedAt: Date;
}

type Scope = Pick<ProjectScope, 'tenantId' | 'projectId'>;

const COLUMNS = `id, deliverable_id, filename, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at`;

type Row = {
  id: string;
  deliverable_id: string;
  filename: string;
  content_type: string;
  size_bytes: string;
  sha256: Buffer;
  storage_key: string;
  uploaded_by: string;
  uploaded_at: Date;
};

const toFile = (r: Row): DeliverableFileRow => ({
  id: r.id,
  deliverableId: r.deliverable_id,
  filename: r.filename,
  contentType: r.content_type,
  // bigint arrives as a string; files are bounded by UPLOAD_MAX_BYTES, far below 2^53.
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  storageKey: r.storage_key,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
});

@Injectable()
export class DeliverableFileRepository {
  async list(
    tx: TenantTx,
    scope: Scope,
    deliverableId: string,
    afterId: string | null,
    limit: number,
  ): Promise<DeliverableFileRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM deliverable_file
        WHERE tenant_id = $1 AND project_id = $2 AND deliverable_id = $3 AND ($4::uuid IS NULL OR id > $4::uuid)
        ORDER BY id LIMIT $5`,
      [scope.tenantId, scope.projectId, deliverableId, afterId, limit],
    );
    return rows.map(toFile);
  }

  async find(
    tx: TenantTx,
    scope: Scope,
    deliverableId: string,
    id: string,
  ): Promise<DeliverableFileRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM deliverable_file
        WHERE tenant_id = $1 AND project_id = $2 AND deliverable_id = $3 AND id = $4`,
      [scope.tenantId, scope.projectId, deliverableId, id],
    );
    return rows[0] && toFile(rows[0]);
  }

  async insert(
    tx: TenantTx,
    scope: Scope,
    file: Omit<DeliverableFileRow, 'uploadedAt'>,
  ): Promise<DeliverableFileRow> {
    const rows = await tx.query<Row>(
      `INSERT INTO deliverable_file
         (tenant_id, id, deliverable_id, project_id, filename, content_type, size_bytes, sha256, storage_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        scope.tenantId,
        file.id,
        file.deliverableId,
        scope.projectId,
        file.filename,
        file.contentType,
        file.sizeBytes,
        file.sha256,
        file.storageKey,
        file.uploadedBy,
      ],
    );
    return toFile(rows[0]);
  }
}
