import { Injectable } from '@nestjs/common';
import type { TenantKind, TenantTx } from '@jazari/database';
import type { DirectoryEntry, DirectoryFilter, DirectoryProfile } from './directory.types.js';
import type { LocalizedLabels } from '../reference.types.js';
import type { TenantStatus } from '../tenant.types.js';
import { regionOfRow } from '../regions/region-of-row.js';

interface DirectoryRow {
  id: string;
  kind: TenantKind;
  slug: string;
  legal_name: string;
  name_fr: string;
  name_ar: string;
  name_en: string;
  status: TenantStatus;
  region_code: string | null;
  region_name_fr: string | null;
  region_name_ar: string | null;
  region_name_en: string | null;
  city: string | null;
  host_organisation: string | null;
  description: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  profile_updated_at: Date | null;
  domains: { code: string; labels: LocalizedLabels }[];
}

const SELECT_ENTRY = `
  SELECT t.id, t.kind, t.slug, t.legal_name, t.name_fr, t.name_ar, t.name_en, t.status,
         t.region_code, r.name_fr AS region_name_fr, r.name_ar AS region_name_ar, r.name_en AS region_name_en,
         t.city, t.host_organisation,
         p.description, p.contact_email, p.contact_phone, p.website, p.updated_at AS profile_updated_at,
         COALESCE((
           SELECT json_agg(json_build_object(
                    'code', d.code,
                    'labels', json_build_object('fr', d.label_fr, 'ar', d.label_ar, 'en', d.label_en))
                  ORDER BY d.position, d.code)
             FROM directory_domain dd
             JOIN thematic_domain d ON d.code = dd.domain_code
            WHERE dd.tenant_id = t.id), '[]'::json) AS domains
    FROM tenant t
    LEFT JOIN region r ON r.code = t.region_code
    LEFT JOIN directory_profile p ON p.tenant_id = t.id`;

/** The folded columns `q` is searched in. */
const SEARCHED = ['t.name_fr', 't.name_ar', 't.name_en', 't.legal_name', 't.city', 't.host_organisation'];

/** `q` with the LIKE wildcards (and the escape character) escaped, so it matches literally. */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The network directory: every tenant's identity (`tenant`, global) and the profile it maintains
 * (`directory_profile`, `directory_domain`). RLS lets every tenant read all of it and a tenant write
 * only its own profile rows; the tenant id written is always the caller's.
 */
@Injectable()
export class DirectoryRepository {
  /** One page ordered by id, after `afterId`; asks for `limit` rows. */
  async list(
    tx: TenantTx,
    filter: DirectoryFilter,
    afterId: string | null,
    limit: number,
  ): Promise<DirectoryEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    where.push(filter.kind ? `t.kind = ${param(filter.kind)}` : `t.kind IN ('institute', 'partner')`);
    if (!filter.includeSuspended) where.push(`t.status = 'active'`);
    if (filter.regionCode) where.push(`t.region_code = ${param(filter.regionCode)}`);
    if (filter.domainCode) {
      where.push(
        `EXISTS (SELECT 1 FROM directory_domain dd WHERE dd.tenant_id = t.id AND dd.domain_code = ${param(filter.domainCode)})`,
      );
    }
    if (filter.q) {
      const q = param(escapeLike(filter.q));
      where.push(
        `(${SEARCHED.map((c) => `jazari_fold(${c}) LIKE '%' || jazari_fold(${q}) || '%'`).join(' OR ')})`,
      );
    }
    if (afterId) where.push(`t.id > ${param(afterId)}`);
    const rows = await tx.query<DirectoryRow>(
      `${SELECT_ENTRY} WHERE ${where.join(' AND ')} ORDER BY t.id LIMIT ${param(limit)}`,
      params,
    );
    return rows.map(toEntry);
  }

  async findById(tx: TenantTx, id: string, includeSuspended: boolean): Promise<DirectoryEntry | undefined> {
    const rows = await tx.query<DirectoryRow>(
      `${SELECT_ENTRY} WHERE t.id = $1${includeSuspended ? '' : ` AND t.status = 'active'`}`,
      [id],
    );
    return rows[0] ? toEntry(rows[0]) : undefined;
  }

  /**
   * The tenant's profile, locked for an edit. The row is created empty first if it did not exist, so
   * concurrent edits of one profile always queue on its row lock.
   */
  async lockProfile(tx: TenantTx, tenantId: string): Promise<DirectoryProfile> {
    await tx.query(
      `INSERT INTO directory_profile (tenant_id) VALUES ($1) ON CONFLICT (tenant_id) DO NOTHING`,
      [tenantId],
    );
    const rows = await tx.query<{
      description: string | null;
      contact_email: string | null;
      contact_phone: string | null;
      website: string | null;
      domain_codes: string[];
    }>(
      `SELECT p.description, p.contact_email, p.contact_phone, p.website,
              ARRAY(SELECT dd.domain_code FROM directory_domain dd
                     WHERE dd.tenant_id = p.tenant_id ORDER BY dd.domain_code) AS domain_codes
         FROM directory_profile p
        WHERE p.tenant_id = $1
          FOR UPDATE OF p`,
      [tenantId],
    );
    const row = rows[0];
    return {
      description: row.description,
      contactEmail: row.contact_email,
      contactPhone: row.contact_phone,
      website: row.website,
      domainCodes: row.domain_codes,
    };
  }

  async saveProfile(tx: TenantTx, tenantId: string, profile: DirectoryProfile): Promise<void> {
    await tx.query(
      `UPDATE directory_profile
          SET description = $2, contact_email = $3, contact_phone = $4, website = $5, updated_at = now()
        WHERE tenant_id = $1`,
      [tenantId, profile.description, profile.contactEmail, profile.contactPhone, profile.website],
    );
    await tx.query(
      `DELETE FROM directory_domain WHERE tenant_id = $1 AND NOT (domain_code = ANY ($2::text[]))`,
      [tenantId, profile.domainCodes],
    );
    await tx.query(
      `INSERT INTO directory_domain (tenant_id, domain_code)
       SELECT $1, code FROM unnest($2::text[]) AS c(code)
       ON CONFLICT (tenant_id, domain_code) DO NOTHING`,
      [tenantId, profile.domainCodes],
    );
  }
}

function toEntry(row: DirectoryRow): DirectoryEntry {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    legalName: row.legal_name,
    names: { fr: row.name_fr, ar: row.name_ar, en: row.name_en },
    status: row.status,
    region: regionOfRow(row),
    city: row.city,
    hostOrganisation: row.host_organisation,
    description: row.description,
    contact: { email: row.contact_email, phone: row.contact_phone, website: row.website },
    domains: row.domains.map((d) => ({
      code: d.code,
      labels: { fr: d.labels.fr, ar: d.labels.ar, en: d.labels.en },
    })),
    profileUpdatedAt: row.profile_updated_at,
  };
}
