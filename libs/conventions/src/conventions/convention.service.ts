import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { networkToday } from '@jazari/config';
import { ConventionAccess, ownerScope, type ConventionScope } from '../convention-access.js';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { ConventionReferenceCheck } from './convention-references.check.js';
import { ConventionLoader } from './convention.loader.js';
import { ConventionProblems, requirePerson } from './convention.problems.js';
import { ConventionRepository } from './convention.repository.js';
import { normalizeMoney, ownerCode, partiesWithOwner, referenceOf, termErrors } from './convention.rules.js';
import {
  OWNER_ROLE_LABEL,
  type ConventionPatch,
  type ConventionTerms,
  type ConventionType,
  type ConventionView,
  type NewAmendment,
  type NewConvention,
  type PartyInput,
} from '../convention.types.js';

/** Creating, amending, reading and editing (while draft) a convention. Status moves: ConventionLifecycleService. */
@Injectable()
export class ConventionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ConventionAccess,
    private readonly conventions: ConventionRepository,
    private readonly loader: ConventionLoader,
    private readonly references: ConventionReferenceCheck,
    private readonly evidence: EvidenceChain,
    private readonly evidenceViews: EvidenceService,
  ) {}

  /** A `draft` convention owned by the caller's tenant (Root or an institute), which is always a party. */
  create(actor: Actor, input: NewConvention): Promise<ConventionView> {
    if (actor.tenantKind !== 'root' && actor.tenantKind !== 'institute')
      throw ConventionProblems.ownerKindOnly();
    const person = requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const terms = normalizeTerms(input);
      const { parties, errors: partyErrors } = partiesWithOwner(
        actor.tenantId,
        input.parties,
        OWNER_ROLE_LABEL,
      );
      const priorityCodes = [...new Set(input.priorityCodes)].sort();
      const linked = await this.references.projectErrors(tx, actor, [...new Set(input.projectIds)]);
      const errors = [
        ...termErrors(terms),
        ...partyErrors,
        ...(await this.references.partyErrors(
          tx,
          parties.map((p) => p.tenantId),
        )),
        ...(await this.references.priorityErrors(tx, priorityCodes)),
        ...linked.errors,
      ];
      if (errors.length > 0) throw new ValidationProblem(errors);

      const id = await this.insert(tx, actor.tenantId, person.userId, {
        ...terms,
        type: input.type,
        parentId: null,
      });
      const key = { ownerTenantId: actor.tenantId, conventionId: id };
      await this.conventions.upsertParties(tx, key, parties);
      await this.conventions.setPriorities(tx, key, priorityCodes);
      await this.conventions.setProjects(tx, key, linked.projects);
      const scope = await this.access.read(tx, actor, id);
      await this.record(tx, actor, scope, 'created', {
        ...terms,
        type: input.type,
        parties,
        priorityCodes,
        projects: linked.projects,
      });
      return this.loader.view(tx, scope, actor);
    });
  }

  /** An amendment of an active convention: same owner, a reference of its own, the parent's parties. */
  amend(actor: Actor, parentId: string, input: NewAmendment): Promise<ConventionView> {
    const person = requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const parent = await this.access.manage(tx, actor, parentId);
      const locked = await this.loader.lockMatching(tx, parent, undefined, false);
      if (locked.status !== 'active') throw ConventionProblems.notActive(locked.status);
      const current = await this.loader.detail(tx, parent);
      const terms = normalizeTerms({
        title: input.title,
        effectiveDate: input.effectiveDate ?? null,
        expiryDate: input.expiryDate ?? null,
        valueMad: input.valueMad ?? null,
        signingDeadline: input.signingDeadline ?? null,
        reminderIntervalDays: input.reminderIntervalDays ?? current.reminderIntervalDays,
      });
      const errors = termErrors(terms);
      if (errors.length > 0) throw new ValidationProblem(errors);

      const id = await this.insert(tx, parent.ownerTenantId, person.userId, {
        ...terms,
        type: 'amendment',
        parentId,
      });
      const key = { ownerTenantId: parent.ownerTenantId, conventionId: id };
      const parties = current.parties.map((p) => ({
        tenantId: p.id,
        roleLabel: p.roleLabel,
        position: p.position,
      }));
      await this.conventions.upsertParties(tx, key, parties);
      const scope = await this.access.read(tx, actor, id);
      await this.record(tx, actor, scope, 'created', { ...terms, type: 'amendment', parentId, parties });
      await this.record(tx, actor, parent, 'amended', { amendmentId: id });
      return this.loader.view(tx, scope, actor);
    });
  }

  /** A signer opening the convention is on record (`viewed`, once per signer), as with its evidence. */
  get(actor: Actor, conventionId: string): Promise<ConventionView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, conventionId);
      await this.evidenceViews.recordViewed(actor, scope);
      return this.loader.view(tx, scope, actor);
    });
  }

  /**
   * A partial edit of a draft, under `If-Match` (required: 428 without it, 412 when stale). Lists replace
   * the stored ones; the owner stays a party whatever the list says. No change, no new version.
   */
  update(
    actor: Actor,
    conventionId: string,
    patch: ConventionPatch,
    ifMatch: string | undefined,
  ): Promise<ConventionView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, conventionId);
      const locked = await this.loader.lockMatching(tx, scope, ifMatch, true);
      if (locked.status !== 'draft') {
        throw ConventionProblems.locked(
          locked.status,
          `A ${locked.status} convention is not edited; only a draft is.`,
        );
      }
      const current = await this.loader.detail(tx, scope);
      const before: ConventionTerms = {
        title: current.title,
        effectiveDate: current.effectiveDate,
        expiryDate: current.expiryDate,
        valueMad: current.valueMad,
        signingDeadline: current.signingDeadline,
        reminderIntervalDays: current.reminderIntervalDays,
      };
      const next = normalizeTerms({ ...before, ...definedOnly(patch) });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of Object.keys(before) as (keyof ConventionTerms)[]) {
        if (next[field] !== before[field]) changes[field] = { from: before[field], to: next[field] };
      }
      const errors = termErrors(next);

      let parties: (PartyInput & { position: number })[] | undefined;
      let removedParties: string[] = [];
      if (patch.parties !== undefined) {
        const ownerLabel =
          current.parties.find((p) => p.id === scope.ownerTenantId)?.roleLabel ?? OWNER_ROLE_LABEL;
        const replaced = partiesWithOwner(scope.ownerTenantId, patch.parties, ownerLabel);
        const beforeParties = current.parties.map((p) => ({
          tenantId: p.id,
          roleLabel: p.roleLabel,
          position: p.position,
        }));
        const newIds = new Set(replaced.parties.map((p) => p.tenantId));
        const oldIds = new Set(beforeParties.map((p) => p.tenantId));
        removedParties = [...oldIds].filter((id) => !newIds.has(id));
        errors.push(...replaced.errors);
        errors.push(
          ...(await this.references.partyErrors(
            tx,
            [...newIds].filter((id) => !oldIds.has(id)),
          )),
        );
        if (JSON.stringify(beforeParties) !== JSON.stringify(replaced.parties)) {
          parties = replaced.parties;
          changes.parties = { from: beforeParties, to: parties };
        }
      }
      let priorityCodes: string[] | undefined;
      if (patch.priorityCodes !== undefined) {
        const codes = [...new Set(patch.priorityCodes)].sort();
        if (codes.join('\n') !== current.priorityCodes.join('\n')) {
          errors.push(
            ...(await this.references.priorityErrors(
              tx,
              codes.filter((c) => !current.priorityCodes.includes(c)),
            )),
          );
          priorityCodes = codes;
          changes.priorityCodes = { from: current.priorityCodes, to: codes };
        }
      }
      let projects: { tenantId: string; id: string }[] | undefined;
      if (patch.projectIds !== undefined) {
        const ids = [...new Set(patch.projectIds)].sort();
        const beforeIds = current.projects.map((p) => p.id).sort();
        if (ids.join('\n') !== beforeIds.join('\n')) {
          const linked = await this.references.projectErrors(tx, actor, ids);
          errors.push(...linked.errors);
          projects = linked.projects;
          changes.projectIds = { from: beforeIds, to: ids };
        }
      }
      if (errors.length > 0) throw new ValidationProblem(errors);
      if (Object.keys(changes).length === 0) return this.loader.view(tx, scope, actor);

      if (parties !== undefined) {
        const inUse = await this.conventions.partiesInUse(tx, scope, removedParties);
        if (inUse.length > 0) throw ConventionProblems.partyInUse(inUse);
        await this.conventions.removeParties(tx, scope, removedParties);
        await this.conventions.upsertParties(tx, scope, parties);
      }
      if (priorityCodes !== undefined) await this.conventions.setPriorities(tx, scope, priorityCodes);
      if (projects !== undefined) await this.conventions.setProjects(tx, scope, projects);
      await this.conventions.updateTerms(tx, scope, next);
      await this.record(tx, actor, scope, 'updated', { changes });
      return this.loader.view(tx, scope, actor);
    });
  }

  private async insert(
    tx: TenantTx,
    ownerTenantId: string,
    createdBy: string,
    row: ConventionTerms & { type: ConventionType; parentId: string | null },
  ): Promise<string> {
    const owner = await this.conventions.tenantSlug(tx, ownerTenantId);
    const year = Number(networkToday().slice(0, 4));
    const seq = await this.conventions.nextSequence(tx, ownerTenantId, year);
    const id = uuidv7();
    await this.conventions.insert(tx, ownerTenantId, {
      ...row,
      id,
      reference: referenceOf(ownerCode(owner.kind, owner.slug), year, seq),
      refYear: year,
      refSeq: seq,
      createdBy,
    });
    return id;
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

function normalizeTerms(terms: ConventionTerms): ConventionTerms {
  return {
    title: terms.title,
    effectiveDate: terms.effectiveDate,
    expiryDate: terms.expiryDate,
    valueMad: terms.valueMad === null ? null : normalizeMoney(terms.valueMad),
    signingDeadline: terms.signingDeadline,
    reminderIntervalDays: terms.reminderIntervalDays,
  };
}

/** The term fields a PATCH names (absent ones are kept). */
function definedOnly(patch: ConventionPatch): Partial<ConventionTerms> {
  const out: Record<string, unknown> = {};
  for (const field of [
    'title',
    'effectiveDate',
    'expiryDate',
    'valueMad',
    'signingDeadline',
    'reminderIntervalDays',
  ]) {
    const value = patch[field as keyof ConventionPatch];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
