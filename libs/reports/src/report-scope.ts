import type { Actor } from '@jazari/access';
import type { TenantKind } from '@jazari/database';
import { ReportProblems } from './report.problems.js';
import type { ReportScope } from './report.types.js';

/**
 * Who may have a report (or a recurring report) on what: national figures are for Root staff who read
 * the national dashboard; an institute's for its own managers (or Root); a partner's for its own
 * administrators (or Root). Another tenant's report is answered as if the tenant did not exist (404).
 * Returns the subject tenant (null for national).
 */
export async function subjectOf(
  actor: Actor,
  scope: ReportScope,
  tenantId: string | undefined,
  kindOf: (tenantId: string) => Promise<TenantKind | undefined>,
): Promise<string | null> {
  if (scope === 'national') {
    if (tenantId !== undefined)
      throw ReportProblems.invalid('tenantId', 'tenantId is not allowed for a national report');
    if (actor.tenantKind !== 'root' || !actor.permissions.has('dashboards.national')) {
      throw ReportProblems.nationalScopeForbidden();
    }
    return null;
  }
  const subject = tenantId ?? (actor.tenantKind === scope ? actor.tenantId : undefined);
  if (!subject) throw ReportProblems.invalid('tenantId', `tenantId is required for a ${scope} report`);
  if (actor.tenantKind === 'root') {
    if ((await kindOf(subject)) !== scope) throw ReportProblems.notFound('tenant');
    return subject;
  }
  if (subject !== actor.tenantId || actor.tenantKind !== scope) throw ReportProblems.notFound('tenant');
  return subject;
}
