import { uuidv7 } from '@jazari/database';
import type { Role } from '@jazari/access';
import type { AppConfig } from '@jazari/config';
import { PasswordHasher } from '@jazari/identity';
import { DEMO_PASSWORD, DEMO_USERS } from './data/people.js';
import type { InTransaction, Query, TenantIds } from './db.js';

/**
 * The demo people and their memberships, in each membership's tenant, right after the tenants. Their
 * password is hashed at the configuration's cost (production's unless PASSWORD_HASH_* say otherwise,
 * as the browser journeys' worlds do).
 */
export async function seedPeople(
  query: Query,
  inTransaction: InTransaction,
  ids: TenantIds,
  config: AppConfig,
): Promise<boolean> {
  const hasher = new PasswordHasher(config);
  for (const user of DEMO_USERS) {
    const userId = uuidv7();
    const hash = await hasher.hash(DEMO_PASSWORD);
    for (const [index, membership] of user.memberships.entries()) {
      const tenant = ids.get(membership.tenant)!;
      await inTransaction({ tenantId: tenant.id, tenantKind: tenant.kind, userId: null }, async () => {
        if (index === 0) {
          await query(
            `INSERT INTO app_user (id, email, display_name, locale, password_hash) VALUES ($1, $2, $3, $4, $5)`,
            [userId, user.email, user.name, user.locale, hash],
          );
        }
        await query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
          tenant.id,
          userId,
          membership.role,
        ]);
      });
    }
  }
  return true;
}

/** A demo tenant's members, as the seed's writers name their actors. */
export interface DemoMember {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
}

/** The members of each demo tenant (read in its own scope), by tenant slug. */
export async function demoMembers(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
): Promise<ReadonlyMap<string, readonly DemoMember[]>> {
  const members = new Map<string, DemoMember[]>();
  for (const [slug, tenant] of tenants) {
    const { rows } = await inTransaction({ tenantId: tenant.id, tenantKind: tenant.kind, userId: null }, () =>
      query(
        `SELECT u.id AS "userId", lower(u.email) AS email, m.role FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.tenant_id = $1 ORDER BY m.role, u.id`,
        [tenant.id],
      ),
    );
    members.set(slug, rows as DemoMember[]);
  }
  return members;
}

/** A tenant's administrator (who edits its directory profile): its first admin member, if any. */
export function tenantAdmin(members: readonly DemoMember[] | undefined): DemoMember | undefined {
  return members?.find((m) => ADMIN_ROLES.includes(m.role));
}

const ADMIN_ROLES: readonly Role[] = ['network_admin', 'institute_manager', 'partner_admin'];
