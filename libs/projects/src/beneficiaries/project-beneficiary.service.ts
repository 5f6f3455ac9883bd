import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { clampPageSize, idCursor } from '@jazari/http';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { BeneficiaryMismatchRepository } from './beneficiary-mismatch.repository.js';
import { BeneficiaryProblems } from './beneficiary.problems.js';
import { BeneficiaryRepository } from './beneficiary.repository.js';
import { differencesOf } from './beneficiary.rules.js';
import { BeneficiaryService } from './beneficiary.service.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type NewBeneficiary,
  type NewSupport,
  type Page,
  type ProjectBeneficiary,
  type ProjectBeneficiaryLink,
} from './beneficiary.types.js';
import { ProjectBeneficiaryRepository } from './project-beneficiary.repository.js';

/**
 * The companies a project supports. Linking registers the company in the national registry if its ICE
 * is new (else the registry's entry is used as it is) and records the support, with a history entry, in
 * one transaction; only the project's editors may link or unlink. When the registry already knows the
 * ICE under another name, size, sector or region, the link still uses the registry's entry, but the
 * answer says what differed and the difference is kept for Root to review (`beneficiary_mismatch`).
 */
@Injectable()
export class ProjectBeneficiaryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly registry: BeneficiaryRepository,
    private readonly links: ProjectBeneficiaryRepository,
    private readonly mismatches: BeneficiaryMismatchRepository,
    private readonly beneficiaries: BeneficiaryService,
  ) {}

  list(
    actor: Actor,
    projectId: string,
    page: { cursor?: string; limit?: number } = {},
  ): Promise<Page<ProjectBeneficiary>> {
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    const afterId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const rows = await this.links.list(tx, scope, afterId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.beneficiary.id]);
    });
  }

  link(
    actor: Actor,
    projectId: string,
    company: NewBeneficiary,
    support: NewSupport,
  ): Promise<ProjectBeneficiaryLink> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const errors = await this.beneficiaries.referenceErrors(tx, {
        sector: company.sector,
        regionCode: company.regionCode,
      });
      if (errors.length > 0) throw BeneficiaryProblems.unknownReferences(errors);
      const beneficiary = await this.registry.register(tx, uuidv7(), company);
      if (!(await this.links.link(tx, scope, beneficiary.id, support))) {
        throw BeneficiaryProblems.alreadyLinked(beneficiary.id);
      }
      const differences = differencesOf(beneficiary, company);
      const mismatch = differences.length > 0 ? { id: uuidv7(), differences } : null;
      if (mismatch) {
        await this.mismatches.insert(tx, scope, {
          id: mismatch.id,
          beneficiaryId: beneficiary.id,
          reportedBy: actor.userId,
          differences,
        });
      }
      await this.history.record(tx, scope, actor, 'beneficiary.linked', {
        beneficiaryId: beneficiary.id,
        ice: beneficiary.ice,
        name: beneficiary.name,
        supportKind: support.supportKind,
        startedOn: support.startedOn,
        ...(mismatch ? { mismatchId: mismatch.id, differences } : {}),
      });
      const linked = await this.links.find(tx, scope, beneficiary.id);
      if (!linked) throw new Error('The link just written is not readable');
      return { ...linked, mismatch };
    });
  }

  unlink(actor: Actor, projectId: string, beneficiaryId: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const current = await this.links.find(tx, scope, beneficiaryId);
      if (!current || !(await this.links.unlink(tx, scope, beneficiaryId)))
        throw BeneficiaryProblems.notLinked();
      await this.history.record(tx, scope, actor, 'beneficiary.unlinked', {
        beneficiaryId,
        ice: current.beneficiary.ice,
        name: current.beneficiary.name,
        supportKind: current.supportKind,
      });
    });
  }
}
