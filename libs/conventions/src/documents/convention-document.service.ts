import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import {
  clampPageSize,
  CursorKey,
  cursorCodec,
  mediaTypeOf,
  payloadTooLarge,
  ProblemException,
  uploadFilename,
} from '@jazari/http';
import {
  FILE_STORAGE,
  type FileStorage,
  ObjectTooLargeError,
  type StoredObject,
  StoredObjectNotFoundError,
} from '@jazari/storage';
import { ConventionAccess, ownerScope, type ConventionScope } from '../convention-access.js';
import { ConventionProblems, requirePerson } from '../conventions/convention.problems.js';
import { ConventionRepository } from '../conventions/convention.repository.js';
import { assertTransition } from '../conventions/convention-workflow.js';
import type { ConventionStatus } from '../convention.types.js';
import type { ConventionDocumentDto } from '../conventions/dto/convention-response.dto.js';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import { ConventionDocumentRepository } from './convention-document.repository.js';
import type { ConventionDocumentPageDto, ConventionDocumentUploadedDto } from './convention-document.dto.js';
import { DOCUMENT_PAGE_SIZE, MAX_DOCUMENT_PAGE_SIZE } from './convention-document.dto.js';
import type { ConventionDocumentRow } from './current-document.js';
import { checkedPdf, notAPdf, PDF_CONTENT_TYPE } from './pdf-content.js';
import { readPdfInfo, type PdfInfo } from './pdf-info.js';

/** Versions are listed oldest first; a cursor holds the last version of the page (an int4 column). */
const versionCursor = cursorCodec(CursorKey.positive(2_147_483_647));

/** Statuses in which a new version may be uploaded; the last two go back to draft when one is. */
const UPLOADABLE: readonly ConventionStatus[] = ['draft', 'in_review', 'out_for_signature'];

export interface IncomingDocument {
  readonly body: IncomingMessage;
  readonly contentType: string | undefined;
  readonly contentLength: string | undefined;
  readonly contentEncoding: string | undefined;
  readonly filename: unknown;
  readonly contentDisposition: string | undefined;
}

export interface DocumentDownload {
  readonly document: ConventionDocumentDto;
  readonly sha256: Buffer;
  readonly content: Readable;
}

function documentNotFound(): ProblemException {
  return new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not found',
    'No such document in this convention.',
  );
}

/**
 * The versions of a convention's document (PDF). An upload is checked before a byte is read, streamed to
 * storage (which checks `%PDF-` and the size as it goes), then recorded as version max+1. A new version
 * of a convention in review or out for signature sends it back to draft: every signature collected is
 * cancelled and every signer waits again, since they signed another document (signatures keep the id
 * and SHA-256 of the version they signed).
 */
@Injectable()
export class ConventionDocumentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ConventionAccess,
    private readonly conventions: ConventionRepository,
    private readonly documents: ConventionDocumentRepository,
    private readonly evidence: EvidenceChain,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(
    actor: Actor,
    conventionId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<ConventionDocumentPageDto> {
    const after = versionCursor.decodeOptional(query.cursor)?.[0] ?? 0;
    const limit = clampPageSize(query.limit, { fallback: DOCUMENT_PAGE_SIZE, max: MAX_DOCUMENT_PAGE_SIZE });
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, conventionId);
      const rows = await this.documents.list(tx, scope, after, limit + 1);
      const { data, nextCursor } = versionCursor.page(rows, limit, (d) => [d.version]);
      return { data: data.map(toDto), nextCursor };
    });
  }

  async upload(
    actor: Actor,
    conventionId: string,
    upload: IncomingDocument,
  ): Promise<ConventionDocumentUploadedDto> {
    // Three steps, so no database connection is held while the body arrives (the route runs outside the
    // request's unit of work): check, receive into storage, then record — checking again under the lock.
    const uploader = requirePerson(actor);
    const { scope, maxBytes } = await this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, conventionId);
      assertUploadable(scope.status);
      const contentType = mediaTypeOf(upload.contentType);
      if (contentType !== PDF_CONTENT_TYPE) {
        throw notAPdf(
          contentType,
          contentType === undefined
            ? 'Send the PDF with Content-Type: application/pdf.'
            : `${contentType} is not a PDF.`,
        );
      }
      const encoding = upload.contentEncoding?.trim().toLowerCase();
      if (encoding && encoding !== 'identity') {
        throw notAPdf(contentType, 'Send the file as it is, without a Content-Encoding.');
      }
      const maxBytes = this.config.storage.maxUploadBytes;
      // Refused before reading: Node then reads and drops the rest of the body, and the client gets the answer.
      if (Number(upload.contentLength) > maxBytes) throw payloadTooLarge(maxBytes);
      return { scope, maxBytes };
    });
    const filename = uploadFilename(upload.filename, upload.contentDisposition, 'convention.pdf');

    const { stored, info } = await this.receive(upload.body, scope.ownerTenantId, maxBytes);
    try {
      return await this.transactions.run(actorContext(actor), async (tx) => {
        const recheck = await this.access.manage(tx, actor, conventionId);
        const locked = await this.conventions.lock(tx, recheck);
        if (!locked) throw documentNotFound();
        assertUploadable(locked.status);
        const document = await this.documents.insert(tx, recheck, {
          id: uuidv7(),
          filename,
          contentType: PDF_CONTENT_TYPE,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedBy: uploader.userId,
          uploadedByName: await this.documents.personName(tx, uploader.userId),
          pageCount: info.pageCount,
          pdfTitle: info.title,
          pdfAuthor: info.author,
          pdfProducer: info.producer,
        });
        await this.record(tx, actor, recheck, 'document_added', {
          documentId: document.id,
          version: document.version,
          filename,
          sizeBytes: document.sizeBytes,
          sha256: document.sha256.toString('hex'),
        });
        let status = locked.status;
        let cancelledSignatureIds: string[] = [];
        if (status !== 'draft') {
          assertTransition(status, 'draft');
          cancelledSignatureIds = await this.documents.cancelSignatures(tx, recheck);
          const resetSignerIds = await this.documents.resetSigners(tx, recheck);
          await this.conventions.updateStatus(tx, recheck, 'draft');
          await this.record(tx, actor, recheck, 'returned_to_draft', {
            from: status,
            to: 'draft',
            reason: 'document_replaced',
            documentId: document.id,
            cancelledSignatureIds,
            resetSignerIds,
          });
          status = 'draft';
        } else {
          await this.conventions.touch(tx, recheck);
        }
        return {
          ...toDto(document),
          conventionStatus: status,
          conventionVersion: locked.version + 1,
          cancelledSignatureIds,
        };
      });
    } catch (error) {
      // Nothing half-stored: no row, so no file either.
      await this.storage.delete(stored.key).catch(() => undefined);
      throw error;
    }
  }

  download(actor: Actor, conventionId: string, documentId: string): Promise<DocumentDownload> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, conventionId);
      const document = await this.documents.find(tx, scope, documentId);
      if (!document) throw documentNotFound();
      try {
        return {
          document: toDto(document),
          sha256: document.sha256,
          content: await this.storage.open(document.storageKey),
        };
      } catch (error) {
        if (!(error instanceof StoredObjectNotFoundError)) throw error;
        throw new ProblemException(
          HttpStatus.INTERNAL_SERVER_ERROR,
          'file-unavailable',
          "The file's content cannot be found in storage",
          'The document is recorded but its content is missing; the administrators have been told.',
        );
      }
    });
  }

  private async receive(
    body: IncomingMessage,
    ownerTenantId: string,
    maxBytes: number,
  ): Promise<{ stored: StoredObject; info: PdfInfo }> {
    // Reading stops at the first problem without destroying the request: its socket must carry the answer.
    const source = body.iterator({ destroyOnReturn: false });
    // The bytes are kept as they pass (at most maxBytes) to read the page count and info once stored.
    const chunks: Buffer[] = [];
    async function* kept(from: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
      for await (const chunk of from) {
        chunks.push(chunk);
        yield chunk;
      }
    }
    try {
      const stored = await this.storage.put(kept(checkedPdf(source)), {
        prefix: `${ownerTenantId}/conventions`,
        maxBytes,
      });
      return { stored, info: readPdfInfo(Buffer.concat(chunks)) };
    } catch (error) {
      if (!body.readableEnded && !body.destroyed) body.resume();
      if (error instanceof ObjectTooLargeError) throw payloadTooLarge(maxBytes);
      throw error;
    }
  }

  private async record(
    tx: TenantTx,
    actor: Actor,
    scope: ConventionScope,
    type: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.evidence.append(tx, ownerScope(actor, scope), {
      conventionId: scope.conventionId,
      type,
      actorUserId: actor.userId,
      actorTenantId: actor.tenantId,
      actorApiKeyId: actor.apiKeyId,
      data,
    });
  }
}

function assertUploadable(status: ConventionStatus): void {
  if (!UPLOADABLE.includes(status)) {
    throw ConventionProblems.locked(status, `A ${status} convention's document no longer changes.`);
  }
}

function toDto(d: ConventionDocumentRow): ConventionDocumentDto {
  return {
    id: d.id,
    version: d.version,
    filename: d.filename,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256.toString('hex'),
    uploadedBy: d.uploadedBy,
    uploadedByName: d.uploadedByName,
    uploadedAt: d.uploadedAt.toISOString(),
    pageCount: d.pageCount,
    pdfTitle: d.pdfTitle,
    pdfAuthor: d.pdfAuthor,
    pdfProducer: d.pdfProducer,
    sentForSignatureAt: d.sentForSignatureAt?.toISOString() ?? null,
    sealed: d.sealed,
  };
}
