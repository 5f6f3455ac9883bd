import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { clampPageSize, idCursor, type FieldError } from '@jazari/http';
import { BeneficiaryMismatchRepository } from './beneficiary-mismatch.repository.js';
import { BeneficiaryProblems } from './beneficiary.problems.js';
import { BeneficiaryRepository } from './beneficiary.repository.js';
import { mergeBeneficiaryPatch, referencesToCheck } from './beneficiary.rules.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Beneficiary,
  type BeneficiaryFilter,
  type BeneficiaryMismatchReview,
  type BeneficiaryPatch,
  type Page,
  type SupportViewer,
} from './beneficiary.types.js';

/**
 * The national registry of beneficiaries: one entry per company (ICE), whichever institutes support it.
 * A support belongs to the institute that gives it, so each caller sees the supports it could read
 * anyway — its own institute's, a partner's projects', every one for Root — and, outside Root, only
 * the companies it has such a support of.
 */
@Injectable()
export class BeneficiaryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly beneficiaries: BeneficiaryRepository,
    private readonly mismatches: BeneficiaryMismatchRepository,
    private readonly audit: AuditLog,
  ) {}

  list(
    actor: Actor,
    filter: BeneficiaryFilter,
    page: { cursor?: string; limit?: number } = {},
  ): Promise<Page<Beneficiary>> {
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    const afterId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.beneficiaries.list(tx, viewerOf(actor), filter, afterId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }

  get(actor: Actor, id: string): Promise<Beneficiary> {
    return this.transactions.run(actorContext(actor), (tx) => this.load(tx, actor, id));
  }

  /**
   * Links that described a company otherwise than the registry, newest first, for Root to review (and
   * correct the entry where the institute was right). Root only: which institute supports which company
   * is each institute's to tell.
   */
  listMismatches(
    actor: Actor,
    filter: { beneficiaryId?: string },
    page: { cursor?: string; limit?: number } = {},
  ): Promise<Page<BeneficiaryMismatchReview>> {
    if (actor.tenantKind !== 'root') throw BeneficiaryProblems.rootOnlyReview();
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    const beforeId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.mismatches.list(tx, filter, beforeId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }

  /** Root's correction of a company's name, size, sector or region; the ICE never changes. */
  correct(actor: Actor, id: string, patch: BeneficiaryPatch): Promise<Beneficiary> {
    if (actor.tenantKind !== 'root') throw BeneficiaryProblems.rootOnly();
    return this.transactions.run(actorContext(actor), async (tx) => {
      const current = await this.beneficiaries.findRecord(tx, id, { lock: true });
      if (!current) throw BeneficiaryProblems.notFound();
      const change = mergeBeneficiaryPatch(current, patch);
      if (Object.keys(change.after).length === 0) return this.load(tx, actor, id);
      const errors = await this.referenceErrors(
        tx,
        referencesToCheck({ sector: current.sector, regionCode: current.region.code }, change.next),
      );
      if (errors.length > 0) throw BeneficiaryProblems.unknownReferences(errors);
      await this.beneficiaries.update(tx, id, change.next);
      await this.audit.record(
        tx,
        { userId: actor.userId, apiKeyId: actor.apiKeyId },
        {
          action: 'beneficiary.updated',
          targetType: 'beneficiary',
          targetId: id,
          data: { ice: current.ice, before: change.before, after: change.after },
        },
      );
      return this.load(tx, actor, id);
    });
  }

  /** Unknown region or sector codes, as field errors (shared with linking). */
  async referenceErrors(
    tx: TenantTx,
    values: { sector?: string; regionCode?: string },
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (values.regionCode !== undefined && !(await this.beneficiaries.regionExists(tx, values.regionCode))) {
      errors.push({ field: 'regionCode', messages: [`not a region: ${values.regionCode}`] });
    }
    if (values.sector !== undefined && !(await this.beneficiaries.sectorExists(tx, values.sector))) {
      errors.push({ field: 'sector', messages: [`not an active thematic domain: ${values.sector}`] });
    }
    return errors;
  }

  private async load(tx: TenantTx, actor: Actor, id: string): Promise<Beneficiary> {
    const beneficiary = await this.beneficiaries.findVisible(tx, viewerOf(actor), id);
    if (!beneficiary) throw BeneficiaryProblems.notFound();
    return beneficiary;
  }
}

export function viewerOf(actor: Actor): SupportViewer {
  return { tenantId: actor.tenantId, tenantKind: actor.tenantKind };
}
