import { Injectable } from '@nestjs/common';
import { actorContext, isUserActor, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { ProjectReferenceCheck } from './project-reference.check.js';
import { ProjectLoader } from './project.loader.js';
import { ProjectProblems } from './project.problems.js';
import { ProjectRepository } from './project.repository.js';
import type { ProjectLink } from './project.sql.js';
import {
  applyPatch,
  codeSet,
  contentOf,
  dateOrderErrors,
  normalizeMoney,
  setDelta,
  type SetDelta,
} from './project.rules.js';
import type { NewProject, ProjectPatch, ProjectView } from './project.types.js';

/** Creating, reading and editing a project's content. Team, partners and status: ProjectManagementService. */
@Injectable()
export class ProjectService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly projects: ProjectRepository,
    private readonly loader: ProjectLoader,
    private readonly references: ProjectReferenceCheck,
  ) {}

  /** An institute's project, `proposed`; the creator's institute owns it. */
  create(actor: Actor, input: NewProject): Promise<ProjectView> {
    if (actor.tenantKind !== 'institute') throw ProjectProblems.instituteOnly();
    // `created_by` names a person; an API key with `projects.create` has none.
    if (!isUserActor(actor)) throw ProjectProblems.personRequired();
    return this.transactions.run(actorContext(actor), async (tx) => {
      const project = {
        ...input,
        budgetMad: normalizeMoney(input.budgetMad),
        spentMad: normalizeMoney(input.spentMad),
        team: codeSet(input.team),
        partnerTenantIds: codeSet(input.partnerTenantIds),
        priorityCodes: codeSet(input.priorityCodes),
        regionCodes: codeSet(input.regionCodes),
        domainCodes: codeSet(input.domainCodes),
      };
      const errors = [
        ...dateOrderErrors(project.startDate, project.endDate),
        ...(await this.references.errors(tx, actor.tenantId, {
          priorityCodes: project.priorityCodes,
          regionCodes: project.regionCodes,
          domainCodes: project.domainCodes,
          partnerTenantIds: project.partnerTenantIds,
          people: [
            { field: 'leadUserId', ids: [project.leadUserId] },
            { field: 'team', ids: project.team },
          ],
        })),
      ];
      if (errors.length > 0) throw new ValidationProblem(errors);

      const key = { tenantId: actor.tenantId, projectId: uuidv7() };
      await this.projects.insert(tx, key, { ...project, createdBy: actor.userId });
      await this.projects.addLinks(tx, 'member', key, project.team);
      await this.projects.addLinks(tx, 'partner', key, project.partnerTenantIds);
      await this.projects.addLinks(tx, 'priority', key, project.priorityCodes);
      await this.projects.addLinks(tx, 'region', key, project.regionCodes);
      await this.projects.addLinks(tx, 'domain', key, project.domainCodes);
      await this.history.record(tx, key, actor, 'project.created', {
        type: project.type,
        title: project.title,
        status: 'proposed',
        startDate: project.startDate,
        endDate: project.endDate,
        budgetMad: project.budgetMad,
        spentMad: project.spentMad,
        leadUserId: project.leadUserId,
        team: project.team,
        partnerTenantIds: project.partnerTenantIds,
        priorityCodes: project.priorityCodes,
        regionCodes: project.regionCodes,
        domainCodes: project.domainCodes,
      });
      return this.loader.view(tx, await this.access.read(tx, actor, key.projectId));
    });
  }

  get(actor: Actor, projectId: string): Promise<ProjectView> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      this.loader.view(tx, await this.access.read(tx, actor, projectId)),
    );
  }

  /**
   * A partial edit of the content. Only the values a change brings in are checked against the reference
   * data, so a priority retired since stays on the projects that have it. No change, no new version.
   */
  update(actor: Actor, projectId: string, patch: ProjectPatch, ifMatch?: string): Promise<ProjectView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      await this.loader.lockMatching(tx, scope, ifMatch);
      const current = await this.loader.detail(tx, scope);
      const before = contentOf(current);
      const { next, changes } = applyPatch(before, patch);
      if (Object.keys(changes).length === 0) return this.loader.view(tx, scope);

      const deltas: [ProjectLink, SetDelta][] = [
        ['priority', setDelta(before.priorityCodes, next.priorityCodes)],
        ['region', setDelta(before.regionCodes, next.regionCodes)],
        ['domain', setDelta(before.domainCodes, next.domainCodes)],
      ];
      const errors = [
        ...dateOrderErrors(next.startDate, next.endDate),
        ...(await this.references.errors(tx, scope.tenantId, {
          priorityCodes: deltas[0][1].added,
          regionCodes: deltas[1][1].added,
          domainCodes: deltas[2][1].added,
        })),
      ];
      if (errors.length > 0) throw new ValidationProblem(errors);

      await this.projects.updateColumns(tx, scope, next);
      for (const [link, delta] of deltas) {
        await this.projects.removeLinks(tx, link, scope, delta.removed);
        await this.projects.addLinks(tx, link, scope, delta.added);
      }
      await this.history.record(tx, scope, actor, 'project.updated', changes);
      return this.loader.view(tx, scope);
    });
  }
}
