import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Reference regions, tenants, users and memberships: the minimum the demo network and every later
 * context stand on. `tenant`, `app_user` and `region` are global (Citus reference tables); `membership`
 * is a tenant table.
 */
export class NetworkIdentity1764144100000 implements MigrationInterface {
  name = 'NetworkIdentity1764144100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE region (
        code    text     NOT NULL,
        name_fr text     NOT NULL,
        name_ar text     NOT NULL,
        name_en text     NOT NULL,
        CONSTRAINT pk_region PRIMARY KEY (code),
        CONSTRAINT ck_region_code CHECK (code ~ '^MA-[0-9]{2}$')
      )
    `);
    // The 12 regions of the 2015 territorial division, ISO 3166-2:MA codes.
    await db.query(`
      INSERT INTO region (code, name_fr, name_ar, name_en) VALUES
        ('MA-01', 'Tanger-Tétouan-Al Hoceïma', 'طنجة تطوان الحسيمة', 'Tangier-Tetouan-Al Hoceima'),
        ('MA-02', 'L''Oriental', 'الشرق', 'Oriental'),
        ('MA-03', 'Fès-Meknès', 'فاس مكناس', 'Fez-Meknes'),
        ('MA-04', 'Rabat-Salé-Kénitra', 'الرباط سلا القنيطرة', 'Rabat-Sale-Kenitra'),
        ('MA-05', 'Béni Mellal-Khénifra', 'بني ملال خنيفرة', 'Beni Mellal-Khenifra'),
        ('MA-06', 'Casablanca-Settat', 'الدار البيضاء سطات', 'Casablanca-Settat'),
        ('MA-07', 'Marrakech-Safi', 'مراكش آسفي', 'Marrakesh-Safi'),
        ('MA-08', 'Drâa-Tafilalet', 'درعة تافيلالت', 'Draa-Tafilalet'),
        ('MA-09', 'Souss-Massa', 'سوس ماسة', 'Souss-Massa'),
        ('MA-10', 'Guelmim-Oued Noun', 'كلميم واد نون', 'Guelmim-Oued Noun'),
        ('MA-11', 'Laâyoune-Sakia El Hamra', 'العيون الساقية الحمراء', 'Laayoune-Sakia El Hamra'),
        ('MA-12', 'Dakhla-Oued Ed-Dahab', 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab')
    `);
    await db.query(`GRANT SELECT ON region TO jazari_app`);

    await db.query(`
      CREATE TABLE tenant (
        id                uuid        NOT NULL,
        kind              text        NOT NULL,
        slug              text        NOT NULL,
        legal_name        text        NOT NULL,
        name_fr           text        NOT NULL,
        name_ar           text        NOT NULL,
        name_en           text        NOT NULL,
        status            text        NOT NULL DEFAULT 'active',
        region_code       text,
        city              text,
        host_organisation text,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tenant PRIMARY KEY (id),
        CONSTRAINT uq_tenant_slug UNIQUE (slug),
        CONSTRAINT fk_tenant_region_code FOREIGN KEY (region_code) REFERENCES region (code),
        CONSTRAINT ck_tenant_kind CHECK (kind IN ('root', 'institute', 'partner')),
        CONSTRAINT ck_tenant_status CHECK (status IN ('active', 'suspended')),
        CONSTRAINT ck_tenant_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT ck_tenant_institute_region CHECK (kind <> 'institute' OR (region_code IS NOT NULL AND city IS NOT NULL))
      )
    `);
    await db.query(`CREATE UNIQUE INDEX uq_tenant_single_root ON tenant ((true)) WHERE kind = 'root'`);

    await db.query(`
      CREATE TABLE app_user (
        id            uuid        NOT NULL,
        email         text        NOT NULL,
        display_name  text        NOT NULL,
        locale        text        NOT NULL DEFAULT 'fr',
        password_hash text,
        status        text        NOT NULL DEFAULT 'active',
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_app_user PRIMARY KEY (id),
        CONSTRAINT ck_app_user_locale CHECK (locale IN ('fr', 'ar', 'en')),
        CONSTRAINT ck_app_user_status CHECK (status IN ('active', 'disabled')),
        CONSTRAINT ck_app_user_email CHECK (email = lower(email) AND email LIKE '%_@_%')
      )
    `);
    await db.query(`CREATE UNIQUE INDEX uq_app_user_email ON app_user (email)`);

    await db.query(`
      CREATE TABLE membership (
        tenant_id  uuid        NOT NULL,
        user_id    uuid        NOT NULL,
        role       text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_membership PRIMARY KEY (tenant_id, user_id),
        CONSTRAINT fk_membership_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_membership_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_membership_role CHECK (role IN (
          'network_admin', 'ministry_analyst', 'institute_manager', 'researcher', 'partner_admin', 'partner_member'))
      )
    `);
    await db.query(`CREATE INDEX ix_membership_user_id ON membership (user_id)`);

    // tenant: the directory is readable by every tenant; only Root writes it.
    await db.query(`ALTER TABLE tenant ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE tenant FORCE ROW LEVEL SECURITY`);
    await db.query(`CREATE POLICY directory_read ON tenant FOR SELECT USING (${TENANT} IS NOT NULL)`);
    await db.query(`CREATE POLICY root_insert ON tenant FOR INSERT WITH CHECK (${KIND} = 'root')`);
    await db.query(
      `CREATE POLICY root_update ON tenant FOR UPDATE USING (${KIND} = 'root') WITH CHECK (${KIND} = 'root')`,
    );
    await db.query(`GRANT SELECT, INSERT ON tenant TO jazari_app`);
    await db.query(
      `GRANT UPDATE (legal_name, name_fr, name_ar, name_en, status, region_code, city, host_organisation, updated_at) ON tenant TO jazari_app`,
    );

    // membership: a tenant sees its members; a user sees their own memberships; Root reads all.
    await db.query(`ALTER TABLE membership ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE membership FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON membership USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`CREATE POLICY own_memberships ON membership FOR SELECT USING (user_id = ${USER})`);
    await db.query(`CREATE POLICY root_read ON membership FOR SELECT USING (${KIND} = 'root')`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON membership TO jazari_app`);
    await db.query(`GRANT UPDATE (role) ON membership TO jazari_app`);

    // app_user: a user sees themself and the members of the current tenant; Root reads all.
    await db.query(`ALTER TABLE app_user ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE app_user FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY visible_users ON app_user FOR SELECT USING (
        id = ${USER}
        OR ${KIND} = 'root'
        OR EXISTS (SELECT 1 FROM membership m WHERE m.tenant_id = ${TENANT} AND m.user_id = app_user.id)
      )
    `);
    // Users are created inside a tenant's unit of work (an invitation accepted, a seed).
    await db.query(
      `CREATE POLICY create_in_tenant ON app_user FOR INSERT WITH CHECK (${TENANT} IS NOT NULL)`,
    );
    await db.query(
      `CREATE POLICY update_self ON app_user FOR UPDATE USING (id = ${USER}) WITH CHECK (id = ${USER})`,
    );
    await db.query(`GRANT SELECT, INSERT ON app_user TO jazari_app`);
    await db.query(
      `GRANT UPDATE (display_name, locale, password_hash, updated_at) ON app_user TO jazari_app`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE membership`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE tenant`);
    await db.query(`DROP TABLE region`);
  }
}
