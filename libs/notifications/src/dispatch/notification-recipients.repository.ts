import { Injectable } from '@nestjs/common';
import { together, TransactionRunner, type TenantTx } from '@jazari/database';
import { currentJobBatch } from '@jazari/queue';
import {
  LOCALES,
  type InvitationNotice,
  type Locale,
  type PasswordResetNotice,
  type Recipient,
  type RecipientReader,
} from '../notification.types.js';

/** The roles that administer a tenant: who "the party's admins" and "the owner's managers" are. */
const ADMIN_ROLES = ['network_admin', 'institute_manager', 'partner_admin'];

function locale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'fr';
}

/**
 * The reads of the event resolvers, in the event's tenant transaction: `tx`, which the dispatcher
 * receives from the events handler's unit of work (`reader(tx)` binds it for the catalogue's resolvers).
 * People belong to other tenants (a party's signers and admins): those are read in that tenant's scope (`onBehalfOf`), which RLS admits
 * because `app_user` and `membership` are visible to the tenants a person is a member of.
 *
 * In a batch of events (`JobBatch`), a convention's words, its parties and a tenant's people are read once
 * for the whole batch: ten notices to the same parties cost one read of their admins, not ten. Handlers
 * never change those rows, so the first answer holds for the batch's transaction. What an event's own
 * state decides (a pending signer, an open invitation or reset link) is read for each event.
 */
@Injectable()
export class NotificationRecipientsRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** The reads of one event's resolver, in that event's transaction. */
  reader(tx: TenantTx): RecipientReader {
    return {
      invitation: (tenantId, invitationId) => this.invitation(tx, tenantId, invitationId),
      passwordReset: (tenantId, resetId) => this.passwordReset(tx, tenantId, resetId),
      convention: (tenantId, conventionId) => this.convention(tx, tenantId, conventionId),
      signers: (tenantId, conventionId, signerIds) => this.signers(tx, tenantId, conventionId, signerIds),
      partyTenants: (tenantId, conventionId) => this.partyTenants(tx, tenantId, conventionId),
      admins: (tenantIds) => this.admins(tenantIds),
      roleHolders: (tenantIds, roles) => this.roleHolders(tenantIds, roles),
      users: (tenantId, userIds) => this.users(tenantId, userIds),
    };
  }

  async invitation(
    tx: TenantTx,
    tenantId: string,
    invitationId: string,
  ): Promise<InvitationNotice | undefined> {
    const rows = await tx.query<{
      email: string;
      role: string;
      name_fr: string;
      name_ar: string;
      name_en: string;
    }>(
      `SELECT i.email, i.role, t.name_fr, t.name_ar, t.name_en
         FROM invitation i JOIN tenant t ON t.id = i.tenant_id
        WHERE i.tenant_id = $1 AND i.id = $2 AND i.accepted_at IS NULL AND i.revoked_at IS NULL`,
      [tenantId, invitationId],
    );
    const row = rows[0];
    return (
      row && {
        email: row.email,
        role: row.role,
        tenantNames: { fr: row.name_fr, ar: row.name_ar, en: row.name_en },
      }
    );
  }

  async passwordReset(
    tx: TenantTx,
    tenantId: string,
    resetId: string,
  ): Promise<PasswordResetNotice | undefined> {
    const rows = await tx.query<{
      user_id: string;
      email: string;
      locale: string;
      state: PasswordResetNotice['state'];
    }>(
      `SELECT r.user_id, u.email, u.locale,
              CASE WHEN r.used_at IS NOT NULL THEN 'used'
                   WHEN r.revoked_at IS NULL AND r.expires_at > now() THEN 'open'
                   ELSE 'closed' END AS state
         FROM password_reset r JOIN app_user u ON u.id = r.user_id
        WHERE r.tenant_id = $1 AND r.id = $2 AND u.status = 'active'`,
      [tenantId, resetId],
    );
    const row = rows[0];
    return (
      row && {
        recipient: { userId: row.user_id, email: row.email, locale: locale(row.locale), tenantId },
        state: row.state,
      }
    );
  }

  async convention(
    tx: TenantTx,

    tenantId: string,
    conventionId: string,
  ): Promise<{ reference: string; title: string } | undefined> {
    const rows = await this.once(`convention ${tenantId} ${conventionId}`, () =>
      tx.query<{ reference: string; title: string }>(
        `SELECT reference, title FROM convention WHERE tenant_id = $1 AND id = $2`,
        [tenantId, conventionId],
      ),
    );
    return rows[0];
  }

  async signers(
    tx: TenantTx,
    tenantId: string,
    conventionId: string,
    signerIds: readonly string[],
  ): Promise<Recipient[]> {
    const signers = await tx.query<{ user_id: string; party_tenant_id: string }>(
      `SELECT user_id, party_tenant_id FROM convention_signer
          WHERE tenant_id = $1 AND convention_id = $2 AND id = ANY($3::uuid[]) AND status = 'pending'
          ORDER BY id`,
      [tenantId, conventionId, signerIds],
    );
    const byParty = new Map<string, string[]>();
    for (const s of signers)
      byParty.set(s.party_tenant_id, [...(byParty.get(s.party_tenant_id) ?? []), s.user_id]);
    const lists = await together(
      [...byParty].map(([party, userIds]) =>
        this.inTenant(
          party,
          `SELECT u.id, u.email, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.tenant_id = $1 AND m.user_id = ANY($2::uuid[]) AND u.status = 'active' ORDER BY u.id`,
          [party, userIds],
        ),
      ),
    );
    return lists.flat();
  }

  async partyTenants(tx: TenantTx, tenantId: string, conventionId: string): Promise<string[]> {
    const rows = await this.once(`parties ${tenantId} ${conventionId}`, () =>
      tx.query<{ party_tenant_id: string }>(
        `SELECT party_tenant_id FROM convention_party WHERE tenant_id = $1 AND convention_id = $2 ORDER BY position`,
        [tenantId, conventionId],
      ),
    );
    return rows.map((r) => r.party_tenant_id);
  }

  admins(tenantIds: readonly string[]): Promise<Recipient[]> {
    return this.roleHolders(tenantIds, ADMIN_ROLES);
  }

  async roleHolders(tenantIds: readonly string[], roles: readonly string[]): Promise<Recipient[]> {
    // Each tenant in its scope, all sent at once (`together`): one round trip, not one per tenant.
    const lists = await together(
      tenantIds.map((tenantId) =>
        this.inTenant(
          tenantId,
          `SELECT u.id, u.email, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.tenant_id = $1 AND m.role = ANY($2::text[]) AND u.status = 'active' ORDER BY u.id`,
          [tenantId, roles],
        ),
      ),
    );
    return lists.flat();
  }

  users(tenantId: string, userIds: readonly string[]): Promise<Recipient[]> {
    return this.inTenant(
      tenantId,
      `SELECT u.id, u.email, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND m.user_id = ANY($2::uuid[]) AND u.status = 'active' ORDER BY u.id`,
      [tenantId, userIds],
    );
  }

  /**
   * People of another tenant, in that tenant's scope: `onBehalfOf` moves the scope of the event's open
   * transaction (the one the caller passed) and moves it back.
   */
  private async inTenant(tenantId: string, sql: string, params: unknown[]): Promise<Recipient[]> {
    const rows = await this.once(`people ${tenantId} ${sql} ${JSON.stringify(params)}`, () =>
      this.transactions.onBehalfOf({ tenantId, tenantKind: null, userId: null }, (tx) =>
        tx.query<{ id: string; email: string; locale: string }>(sql, params),
      ),
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, locale: locale(r.locale), tenantId }));
  }

  /** `load` once per batch of events (its rows are never changed by a handler); every time otherwise. */
  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    const batch = currentJobBatch();
    return batch ? batch.read(`notifications.recipients ${key}`, load) : load();
  }
}
