import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { TransactionRunner, type TenantTx, uuidv7 } from '@jazari/database';
import { mediaTypeOf, payloadTooLarge, ProblemException, uploadFilename } from '@jazari/http';
import {
  FILE_STORAGE,
  type FileStorage,
  ObjectTooLargeError,
  type StoredObject,
  StoredObjectNotFoundError,
} from '@jazari/storage';
import { idCursor } from '@jazari/http';
import { type Page, pageSize } from '../attention/work-list.js';
import { requirePerson, WorkProblems } from '../attention/work-problems.js';
import { ProjectAccess, type ProjectScope } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { deliverableLocked, isOpenForChanges } from './deliverable-workflow.js';
import type { DeliverableFileDto } from './deliverable-file.dto.js';
import { DeliverableFileRepository, type DeliverableFileRow } from './deliverable-file.repository.js';
import { DeliverableRepository } from './deliverable.repository.js';
import { checkedUpload, notAccepted, signatureFor } from './upload-content.js';

/** A file as it arrived: the unread body and what the request's headers and query say about it. */
export interface IncomingUpload {
  readonly body: IncomingMessage;
  readonly contentType: string | undefined;
  readonly contentLength: string | undefined;
  readonly contentEncoding: string | undefined;
  readonly filename: unknown;
  readonly contentDisposition: string | undefined;
}

export interface FileDownload {
  readonly file: DeliverableFileDto;
  readonly sha256: Buffer;
  readonly content: Readable;
}

/**
 * The files of a deliverable. An upload is checked (access, the deliverable open for changes, name,
 * type, declared size) before a byte is read, then streamed to storage, which checks the content's
 * first bytes and the size as it goes and keeps nothing if either fails; the row comes last.
 */
@Injectable()
export class DeliverableFileService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly deliverables: DeliverableRepository,
    private readonly files: DeliverableFileRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(
    actor: Actor,
    projectId: string,
    deliverableId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<DeliverableFileDto>> {
    const after = idCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      await this.assertDeliverable(tx, scope, deliverableId);
      const rows = await this.files.list(tx, scope, deliverableId, after?.[0] ?? null, limit + 1);
      const page = idCursor.page(rows, limit, (f) => [f.id]);
      return { data: page.data.map(toDto), nextCursor: page.nextCursor };
    });
  }

  async upload(
    actor: Actor,
    projectId: string,
    deliverableId: string,
    upload: IncomingUpload,
  ): Promise<DeliverableFileDto> {
    // Three steps, so no database connection is held while the body arrives (the route runs outside the
    // request's unit of work): check, receive into storage, then record — checking again, in the
    // recording transaction, that the deliverable is still open.
    const uploader = requirePerson(actor);
    const { scope, filename, contentType, signature, maxBytes } = await this.transactions.run(
      actorContext(actor),
      async (tx) => {
        const scope = await this.access.edit(tx, actor, projectId);
        const deliverable = await this.deliverables.find(tx, scope, deliverableId);
        if (!deliverable) throw WorkProblems.notFound('deliverable');
        if (!isOpenForChanges(deliverable.status)) throw deliverableLocked(deliverable.status);
        const contentType = mediaTypeOf(upload.contentType);
        const encoding = upload.contentEncoding?.trim().toLowerCase();
        if (encoding && encoding !== 'identity') {
          throw notAccepted(contentType, 'Send the file as it is, without a Content-Encoding.');
        }
        const maxBytes = this.config.storage.maxUploadBytes;
        // Refused before reading: Node then reads and drops the rest of the body, and the client gets the answer.
        if (Number(upload.contentLength) > maxBytes) throw payloadTooLarge(maxBytes);
        return {
          scope,
          filename: uploadFilename(upload.filename, upload.contentDisposition),
          contentType: contentType!,
          signature: signatureFor(contentType),
          maxBytes,
        };
      },
    );

    const stored = await this.receive(upload.body, scope.tenantId, contentType, signature, maxBytes);
    try {
      return await this.transactions.run(actorContext(actor), async (tx) => {
        const recheck = await this.access.edit(tx, actor, projectId);
        // Submitted meanwhile? Then this file was not part of what the reviewers got.
        const current = await this.deliverables.findForUpdate(tx, recheck, deliverableId);
        if (!current) throw WorkProblems.notFound('deliverable');
        if (!isOpenForChanges(current.status)) throw deliverableLocked(current.status);
        const file = await this.files.insert(tx, recheck, {
          id: uuidv7(),
          deliverableId,
          filename,
          contentType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedBy: uploader.userId,
        });
        await this.history.record(tx, recheck, actor, 'deliverable.file_added', {
          deliverableId,
          fileId: file.id,
          filename,
          contentType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256.toString('hex'),
        });
        return toDto(file);
      });
    } catch (error) {
      // Nothing half-stored: no row, so no file either. (If the commit itself failed, the object would
      // stay unreferenced; a sweep of keys without rows would reclaim it.)
      await this.storage.delete(stored.key).catch(() => undefined);
      throw error;
    }
  }

  download(actor: Actor, projectId: string, deliverableId: string, fileId: string): Promise<FileDownload> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const file = await this.files.find(tx, scope, deliverableId, fileId);
      if (!file) throw WorkProblems.notFound('file');
      try {
        return { file: toDto(file), sha256: file.sha256, content: await this.storage.open(file.storageKey) };
      } catch (error) {
        if (!(error instanceof StoredObjectNotFoundError)) throw error;
        throw new ProblemException(
          HttpStatus.INTERNAL_SERVER_ERROR,
          'file-unavailable',
          "The file's content cannot be found in storage",
          'The file is recorded but its content is missing; the administrators have been told.',
        );
      }
    });
  }

  private async receive(
    body: IncomingMessage,
    tenantId: string,
    contentType: string,
    signature: ReturnType<typeof signatureFor>,
    maxBytes: number,
  ): Promise<StoredObject> {
    // Reading stops at the first problem without destroying the request: its socket must carry the answer.
    const source = body.iterator({ destroyOnReturn: false });
    try {
      return await this.storage.put(checkedUpload(source, contentType, signature), {
        prefix: `${tenantId}/deliverables`,
        maxBytes,
      });
    } catch (error) {
      // The client may still be sending: read and drop the rest, so it gets the answer.
      if (!body.readableEnded && !body.destroyed) body.resume();
      if (error instanceof ObjectTooLargeError) throw payloadTooLarge(maxBytes);
      throw error;
    }
  }

  private async assertDeliverable(tx: TenantTx, scope: ProjectScope, deliverableId: string): Promise<void> {
    if (!(await this.deliverables.find(tx, scope, deliverableId))) {
      throw WorkProblems.notFound('deliverable');
    }
  }
}

function toDto(f: DeliverableFileRow): DeliverableFileDto {
  return {
    id: f.id,
    deliverableId: f.deliverableId,
    filename: f.filename,
    contentType: f.contentType,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256.toString('hex'),
    uploadedBy: f.uploadedBy,
    uploadedAt: f.uploadedAt.toISOString(),
  };
}
