import type { AuditActor, AuditLog } from '@jazari/audit';
import type { TenantTx } from '@jazari/database';

export type RegistrationAuditAction =
  'registered' | 'waitlisted' | 'invited' | 'declined' | 'cancelled' | 'promoted' | 'checked_in';

/**
 * A change to someone's place at a workshop — a commitment between the organiser and the registrant's
 * tenant — in the organiser's audit chain: pass the organiser's scope (`tx`), the transaction of the
 * change. A registrant of another tenant is named as `actorTenantId` (AuditLog), the registrant's tenant
 * as `registrantTenantId`.
 */
export function recordRegistration(
  tx: TenantTx,
  audit: AuditLog,
  actor: AuditActor | null,
  workshopId: string,
  registration: { readonly id: string; readonly userId: string; readonly registrantTenantId: string },
  action: RegistrationAuditAction,
  data: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  return audit.record(tx, actor, {
    action: `workshop_registration.${action}`,
    targetType: 'workshop_registration',
    targetId: registration.id,
    data: {
      workshopId,
      userId: registration.userId,
      registrantTenantId: registration.registrantTenantId,
      ...data,
    },
  });
}
