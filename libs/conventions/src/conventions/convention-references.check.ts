import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { TenantTx } from '@jazari/database';
import { ProblemException, type FieldError } from '@jazari/http';
import { ProjectAccess } from '@jazari/projects';
import { ConventionRepository } from './convention.repository.js';

/** Checks what a convention refers to; each method answers the field errors, empty when all is well. */
@Injectable()
export class ConventionReferenceCheck {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly projectAccess: ProjectAccess,
  ) {}

  async partyErrors(tx: TenantTx, tenantIds: readonly string[]): Promise<FieldError[]> {
    const active = new Set(await this.conventions.activeTenants(tx, tenantIds));
    const bad = tenantIds.filter((id) => !active.has(id));
    return bad.length === 0
      ? []
      : [{ field: 'parties', messages: [`not an active tenant: ${bad.join(', ')}`] }];
  }

  async priorityErrors(tx: TenantTx, codes: readonly string[]): Promise<FieldError[]> {
    const active = new Set(await this.conventions.activePriorityCodes(tx, codes));
    const bad = codes.filter((c) => !active.has(c));
    return bad.length === 0
      ? []
      : [{ field: 'priorityCodes', messages: [`not an active national priority: ${bad.join(', ')}`] }];
  }

  /** The projects must be visible to the caller (their own institute's, one they partner in, any for Root). */
  async projectErrors(
    tx: TenantTx,
    actor: Actor,
    projectIds: readonly string[],
  ): Promise<{ projects: { tenantId: string; id: string }[]; errors: FieldError[] }> {
    const projects: { tenantId: string; id: string }[] = [];
    const bad: string[] = [];
    for (const id of projectIds) {
      try {
        const scope = await this.projectAccess.read(tx, actor, id);
        projects.push({ tenantId: scope.tenantId, id });
      } catch (error) {
        if (!(error instanceof ProblemException) || error.getStatus() !== 404) throw error;
        bad.push(id);
      }
    }
    return {
      projects,
      errors:
        bad.length === 0 ? [] : [{ field: 'projectIds', messages: [`no such project: ${bad.join(', ')}`] }],
    };
  }
}
