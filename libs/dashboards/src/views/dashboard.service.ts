import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { DashboardReader, isUnfiltered } from './dashboard.reader.js';
import { DashboardProblems } from '../dashboard.problems.js';
import type {
  DashboardRange,
  DashboardFilters,
  InstituteDashboard,
  NationalDashboard,
  PartnerDashboard,
} from '../dashboard.types.js';

/**
 * Dashboards are read through `TransactionRunner.read`: on the read replica when one is configured and
 * current enough (DATABASE_READ_URL), else the primary.
 *
 * Who may open which dashboard: the national one with `dashboards.national` (the route checks it); an
 * institute's or a partner's by its own people, and by Root's; anyone else gets 404, as if it did not exist.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reader: DashboardReader,
  ) {}

  national(actor: Actor, filters: DashboardFilters): Promise<NationalDashboard> {
    return this.transactions.read(actorContext(actor), (tx) => this.reader.national(tx, filters));
  }

  /** The unfiltered national dashboard as ready JSON text, when the stored rendering is current. */
  renderedNational(actor: Actor, filters: DashboardFilters): Promise<string | undefined> {
    if (!isUnfiltered(filters)) return Promise.resolve(undefined);
    return this.transactions.read(actorContext(actor), (tx) => this.reader.renderedNationalJson(tx));
  }

  institute(actor: Actor, tenantId: string, range: DashboardRange = {}): Promise<InstituteDashboard> {
    this.mayOpen(actor, tenantId);
    return this.transactions.read(actorContext(actor), (tx) => this.reader.institute(tx, tenantId, range));
  }

  partner(actor: Actor, tenantId: string, range: DashboardRange = {}): Promise<PartnerDashboard> {
    this.mayOpen(actor, tenantId);
    return this.transactions.read(actorContext(actor), (tx) => this.reader.partner(tx, tenantId, range));
  }

  /** Where the caller's own dashboard lives (relative to the API prefix). */
  mine(actor: Actor): string {
    if (actor.tenantKind === 'root') {
      if (!actor.permissions.has('dashboards.national')) throw DashboardProblems.notFound();
      return 'dashboards/national';
    }
    return `dashboards/${actor.tenantKind === 'institute' ? 'institutes' : 'partners'}/${actor.tenantId}`;
  }

  private mayOpen(actor: Actor, tenantId: string): void {
    if (actor.tenantKind !== 'root' && actor.tenantId !== tenantId) throw DashboardProblems.notFound();
  }
}
