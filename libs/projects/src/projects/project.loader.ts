import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import { projectNotFound, type ProjectScope, type ProjectStatus } from '../project-access.js';
import { ProjectProblems } from './project.problems.js';
import { ProjectRepository } from './project.repository.js';
import { ifMatchSatisfied, projectView } from './project.rules.js';
import type { ProjectDetail, ProjectView } from './project.types.js';

/** What every project write starts and ends with: lock and check the version, then answer the view. */
@Injectable()
export class ProjectLoader {
  constructor(private readonly projects: ProjectRepository) {}

  async detail(tx: TenantTx, scope: ProjectScope): Promise<ProjectDetail> {
    const detail = await this.projects.findDetail(tx, scope);
    if (!detail) throw projectNotFound();
    return detail;
  }

  async view(tx: TenantTx, scope: ProjectScope): Promise<ProjectView> {
    return projectView(await this.detail(tx, scope), scope);
  }

  /**
   * Locks the project row, so concurrent writers queue, then applies `If-Match` to the version as locked:
   * a stale one is a 412 and nothing is written.
   */
  async lockMatching(
    tx: TenantTx,
    scope: ProjectScope,
    ifMatch: string | undefined,
  ): Promise<{ status: ProjectStatus; version: number; leadUserId: string }> {
    const locked = await this.projects.lock(tx, scope);
    if (!locked) throw projectNotFound();
    if (!ifMatchSatisfied(ifMatch, locked.version)) throw ProjectProblems.preconditionFailed(locked.version);
    return locked;
  }
}
