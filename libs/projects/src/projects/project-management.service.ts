import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { ProjectReferenceCheck } from './project-reference.check.js';
import { transition, type StatusAction } from './project-workflow.js';
import { ProjectLoader } from './project.loader.js';
import { ProjectProblems } from './project.problems.js';
import { ProjectRepository } from './project.repository.js';
import { codeSet, isEmptyDelta, setDelta } from './project.rules.js';
import type { ProjectView } from './project.types.js';

/** What only the owning institute's managers do: the status workflow, the team and lead, the partners. */
@Injectable()
export class ProjectManagementService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly projects: ProjectRepository,
    private readonly loader: ProjectLoader,
    private readonly references: ProjectReferenceCheck,
    private readonly audit: AuditLog,
  ) {}

  /** One move of the workflow (`project-workflow.ts`); an illegal one is a 409 naming what is allowed. */
  move(actor: Actor, projectId: string, action: StatusAction, ifMatch?: string): Promise<ProjectView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, projectId);
      const locked = await this.loader.lockMatching(tx, scope, ifMatch);
      const outcome = transition(locked.status, action);
      if (!outcome.legal) throw ProjectProblems.illegalTransition(outcome.from, outcome.to, outcome.allowed);
      await this.projects.updateStatus(tx, scope, outcome.to);
      await this.history.record(tx, scope, actor, 'project.status_changed', {
        from: outcome.from,
        to: outcome.to,
      });
      return this.loader.view(tx, scope);
    });
  }

  /** Replaces the team, and the lead if one is given. Newcomers must be members of the institute. */
  setTeam(
    actor: Actor,
    projectId: string,
    input: { leadUserId?: string; team: readonly string[] },
    ifMatch?: string,
  ): Promise<ProjectView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, projectId);
      const locked = await this.loader.lockMatching(tx, scope, ifMatch);
      const current = await this.loader.detail(tx, scope);
      const team = setDelta(
        current.team.map((p) => p.id),
        codeSet(input.team),
      );
      const lead =
        input.leadUserId !== undefined && input.leadUserId !== locked.leadUserId
          ? input.leadUserId
          : undefined;
      if (isEmptyDelta(team) && lead === undefined) return this.loader.view(tx, scope);

      const errors = await this.references.errors(tx, scope.tenantId, {
        people: [
          { field: 'leadUserId', ids: lead === undefined ? [] : [lead] },
          { field: 'team', ids: team.added },
        ],
      });
      if (errors.length > 0) throw new ValidationProblem(errors);

      await this.projects.touch(tx, scope, lead);
      await this.projects.removeLinks(tx, 'member', scope, team.removed);
      await this.projects.addLinks(tx, 'member', scope, team.added);
      await this.history.record(tx, scope, actor, 'project.team_changed', {
        ...(lead === undefined ? {} : { leadUserId: { from: locked.leadUserId, to: lead } }),
        ...(isEmptyDelta(team) ? {} : { team }),
      });
      return this.loader.view(tx, scope);
    });
  }

  /** Replaces the partners; a partner removed no longer sees the project. Newcomers must be active partners. */
  setPartners(
    actor: Actor,
    projectId: string,
    partnerTenantIds: readonly string[],
    ifMatch?: string,
  ): Promise<ProjectView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, projectId);
      await this.loader.lockMatching(tx, scope, ifMatch);
      const current = await this.loader.detail(tx, scope);
      const partners = setDelta(
        current.partners.map((p) => p.id),
        codeSet(partnerTenantIds),
      );
      if (isEmptyDelta(partners)) return this.loader.view(tx, scope);

      const errors = await this.references.errors(tx, scope.tenantId, { partnerTenantIds: partners.added });
      if (errors.length > 0) throw new ValidationProblem(errors);

      await this.projects.touch(tx, scope);
      await this.projects.removeLinks(tx, 'partner', scope, partners.removed);
      await this.projects.addLinks(tx, 'partner', scope, partners.added);
      await this.history.record(tx, scope, actor, 'project.partners_changed', { partners });
      // Which partners take part is a commitment between tenants: also in the hash-chained audit log.
      await this.audit.record(tx, actor, {
        action: 'project.partners_changed',
        targetType: 'project',
        targetId: scope.projectId,
        data: { added: [...partners.added], removed: [...partners.removed] },
      });
      return this.loader.view(tx, scope);
    });
  }
}
