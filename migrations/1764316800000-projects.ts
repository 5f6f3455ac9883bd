import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

/** A partner sees a project (and everything under it) it takes part in. */
const PARTNER_OF = (table: string, projectColumn: string) => `EXISTS (
  SELECT 1 FROM project_partner pp
   WHERE pp.tenant_id = ${table}.tenant_id AND pp.project_id = ${table}.${projectColumn}
     AND pp.partner_tenant_id = ${TENANT})`;

/** Reference data: every tenant reads it, Root writes it. */
async function referenceTable(db: QueryRunner, table: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(`CREATE POLICY reference_read ON ${table} FOR SELECT USING (${TENANT} IS NOT NULL)`);
  await db.query(`CREATE POLICY root_insert ON ${table} FOR INSERT WITH CHECK (${KIND} = 'root')`);
  await db.query(
    `CREATE POLICY root_update ON ${table} FOR UPDATE USING (${KIND} = 'root') WITH CHECK (${KIND} = 'root')`,
  );
}

/**
 * A project table: its institute does everything (tenant_isolation); Root reads all; partners read the
 * projects they take part in (through `project_partner`, the participant table).
 */
async function projectTable(
  db: QueryRunner,
  table: string,
  projectColumn: string,
  grants: string,
): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
  );
  await db.query(`CREATE POLICY root_read ON ${table} FOR SELECT USING (${KIND} = 'root')`);
  await db.query(
    `CREATE POLICY partner_read ON ${table} FOR SELECT USING (${PARTNER_OF(table, projectColumn)})`,
  );
  await db.query(`GRANT ${grants} ON ${table} TO jazari_app`);
}

/**
 * Issue 4: reference data (national priorities, thematic domains), the directory profile, projects and
 * what hangs off them (team, partners, priorities, regions, domains, history, milestones, deliverables
 * and their files and evaluation results, KPIs and measurements, status reports), and the national
 * registry of beneficiaries with each project's supports.
 */
export class Projects1764316800000 implements MigrationInterface {
  name = 'Projects1764316800000';

  async up(db: QueryRunner): Promise<void> {
    // Search folds case and accents (French) and diacritics and letter variants (Arabic), so "energie"
    // finds "Énergie" and "الطاقة" finds "الطّاقة". unaccent is a trusted extension: the database owner
    // creates it. The wrapper is IMMUTABLE (unaccent is only STABLE) so it can feed an index.
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`
      CREATE FUNCTION jazari_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT SET search_path = public, pg_temp AS $$
        SELECT translate(
                 regexp_replace(lower(unaccent('unaccent'::regdictionary, value)), '[\u064B-\u065F\u0670\u0640]', '', 'g'),
                 'أإآٱىة', 'اااايه')
      $$
    `);
    await db.query(`GRANT EXECUTE ON FUNCTION jazari_fold(text) TO jazari_app`);

    // ---- Reference data ------------------------------------------------------------------------------
    await db.query(`
      CREATE TABLE national_priority (
        code        text        NOT NULL,
        parent_code text,
        label_fr    text        NOT NULL,
        label_ar    text        NOT NULL,
        label_en    text        NOT NULL,
        position    integer     NOT NULL DEFAULT 0,
        active      boolean     NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_national_priority PRIMARY KEY (code),
        CONSTRAINT fk_national_priority_parent FOREIGN KEY (parent_code) REFERENCES national_priority (code),
        CONSTRAINT ck_national_priority_code CHECK (code ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$'),
        -- Two levels: a child's code is its parent's code, a dot, and its own part.
        CONSTRAINT ck_national_priority_level CHECK (
          (parent_code IS NULL AND position('.' in code) = 0)
          OR (parent_code IS NOT NULL AND code LIKE parent_code || '.%' AND position('.' in parent_code) = 0))
      )
    `);
    await db.query(`
      INSERT INTO national_priority (code, parent_code, label_fr, label_ar, label_en, position) VALUES
        ('research_innovation', NULL, 'Recherche et innovation', 'البحث والابتكار', 'Research and innovation', 1),
        ('human_capital', NULL, 'Capital humain et compétences', 'الرأسمال البشري والكفاءات', 'Human capital and skills', 2),
        ('startup_support', NULL, 'Soutien aux startups', 'دعم المقاولات الناشئة', 'Startup support', 3),
        ('sme_adoption', NULL, 'Adoption de l''IA par les PME', 'اعتماد المقاولات الصغرى والمتوسطة للذكاء الاصطناعي', 'SME adoption of AI', 4),
        ('territorial_inclusion', NULL, 'Inclusion territoriale', 'الإدماج الترابي', 'Territorial inclusion', 5),
        ('public_service', NULL, 'Modernisation du service public', 'تحديث المرفق العمومي', 'Public-service modernisation', 6),
        ('sovereign_infrastructure', NULL, 'Infrastructure et données souveraines', 'البنية التحتية والمعطيات السيادية', 'Sovereign infrastructure and data', 7),
        ('international_cooperation', NULL, 'Coopération internationale', 'التعاون الدولي', 'International cooperation', 8),
        ('research_innovation.applied_research', 'research_innovation', 'Recherche appliquée', 'البحث التطبيقي', 'Applied research', 1),
        ('research_innovation.technology_transfer', 'research_innovation', 'Transfert de technologie', 'نقل التكنولوجيا', 'Technology transfer', 2),
        ('human_capital.training', 'human_capital', 'Formation et reconversion', 'التكوين وإعادة التأهيل', 'Training and reskilling', 1),
        ('startup_support.incubation', 'startup_support', 'Incubation et accélération', 'الاحتضان والتسريع', 'Incubation and acceleration', 1),
        ('sovereign_infrastructure.compute', 'sovereign_infrastructure', 'Calcul haute performance', 'الحوسبة عالية الأداء', 'High-performance compute', 1),
        ('sovereign_infrastructure.open_data', 'sovereign_infrastructure', 'Données ouvertes', 'المعطيات المفتوحة', 'Open data', 2)
    `);
    await referenceTable(db, 'national_priority');
    await db.query(`GRANT SELECT, INSERT ON national_priority TO jazari_app`);
    await db.query(
      `GRANT UPDATE (label_fr, label_ar, label_en, position, active, updated_at) ON national_priority TO jazari_app`,
    );

    await db.query(`
      CREATE TABLE thematic_domain (
        code       text        NOT NULL,
        label_fr   text        NOT NULL,
        label_ar   text        NOT NULL,
        label_en   text        NOT NULL,
        position   integer     NOT NULL DEFAULT 0,
        active     boolean     NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_thematic_domain PRIMARY KEY (code),
        CONSTRAINT ck_thematic_domain_code CHECK (code ~ '^[a-z][a-z0-9_]*$')
      )
    `);
    await db.query(`
      INSERT INTO thematic_domain (code, label_fr, label_ar, label_en, position) VALUES
        ('health', 'Santé', 'الصحة', 'Health', 1),
        ('agriculture', 'Agriculture', 'الفلاحة', 'Agriculture', 2),
        ('education', 'Éducation', 'التعليم', 'Education', 3),
        ('energy', 'Énergie', 'الطاقة', 'Energy', 4),
        ('industry', 'Industrie', 'الصناعة', 'Industry', 5),
        ('public_administration', 'Administration publique', 'الإدارة العمومية', 'Public administration', 6),
        ('water', 'Eau', 'الماء', 'Water', 7),
        ('transport', 'Transport et logistique', 'النقل واللوجستيك', 'Transport and logistics', 8),
        ('finance', 'Finance', 'المالية', 'Finance', 9),
        ('environment', 'Environnement et climat', 'البيئة والمناخ', 'Environment and climate', 10),
        ('tourism', 'Tourisme', 'السياحة', 'Tourism', 11),
        ('culture_language', 'Culture et langues', 'الثقافة واللغات', 'Culture and languages', 12)
    `);
    await referenceTable(db, 'thematic_domain');
    await db.query(`GRANT SELECT, INSERT ON thematic_domain TO jazari_app`);
    await db.query(
      `GRANT UPDATE (label_fr, label_ar, label_en, position, active, updated_at) ON thematic_domain TO jazari_app`,
    );

    // ---- Directory profile: what a tenant shows the network ---------------------------------------------
    await db.query(`
      CREATE TABLE directory_profile (
        tenant_id     uuid        NOT NULL,
        description   text,
        contact_email text,
        contact_phone text,
        website       text,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_directory_profile PRIMARY KEY (tenant_id),
        CONSTRAINT fk_directory_profile_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      )
    `);
    await db.query(`
      CREATE TABLE directory_domain (
        tenant_id   uuid NOT NULL,
        domain_code text NOT NULL,
        CONSTRAINT pk_directory_domain PRIMARY KEY (tenant_id, domain_code),
        CONSTRAINT fk_directory_domain_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_directory_domain_domain_code FOREIGN KEY (domain_code) REFERENCES thematic_domain (code)
      )
    `);
    await db.query(`CREATE INDEX ix_directory_domain_domain ON directory_domain (domain_code, tenant_id)`);
    for (const table of ['directory_profile', 'directory_domain']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      // A tenant edits its own entry; the whole network reads every entry.
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`CREATE POLICY directory_read ON ${table} FOR SELECT USING (${TENANT} IS NOT NULL)`);
    }
    await db.query(`GRANT SELECT, INSERT, UPDATE ON directory_profile TO jazari_app`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON directory_domain TO jazari_app`);

    // ---- Projects -----------------------------------------------------------------------------------
    await db.query(`
      CREATE TABLE project (
        tenant_id    uuid          NOT NULL,
        id           uuid          NOT NULL,
        type         text          NOT NULL,
        title        text          NOT NULL,
        summary      text          NOT NULL DEFAULT '',
        start_date   date,
        end_date     date,
        budget_mad   numeric(16,2) NOT NULL DEFAULT 0,
        spent_mad    numeric(16,2) NOT NULL DEFAULT 0,
        lead_user_id uuid          NOT NULL,
        status       text          NOT NULL DEFAULT 'proposed',
        version      integer       NOT NULL DEFAULT 1,
        created_by   uuid          NOT NULL,
        created_at   timestamptz   NOT NULL DEFAULT now(),
        updated_at   timestamptz   NOT NULL DEFAULT now(),
        search       tsvector      GENERATED ALWAYS AS (
                       to_tsvector('simple', jazari_fold(title || ' ' || summary))) STORED,
        CONSTRAINT pk_project PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_project_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_project_lead_user_id FOREIGN KEY (lead_user_id) REFERENCES app_user (id),
        CONSTRAINT ck_project_type CHECK (type IN (
          'research', 'applied_rnd', 'prototype', 'startup_support', 'sme_adoption', 'training', 'public_service')),
        CONSTRAINT ck_project_status CHECK (status IN ('proposed', 'active', 'on_hold', 'completed', 'cancelled')),
        CONSTRAINT ck_project_money CHECK (budget_mad >= 0 AND spent_mad >= 0),
        CONSTRAINT ck_project_dates CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
        CONSTRAINT ck_project_title CHECK (length(title) BETWEEN 1 AND 300)
      )
    `);
    // Lists: newest first within a tenant, narrowed by status/type/lead; Root's network-wide list by id.
    await db.query(`CREATE INDEX ix_project_tenant_status ON project (tenant_id, status, id DESC)`);
    await db.query(`CREATE INDEX ix_project_tenant_type ON project (tenant_id, type, id DESC)`);
    await db.query(`CREATE INDEX ix_project_tenant_lead ON project (tenant_id, lead_user_id, id DESC)`);
    await db.query(`CREATE INDEX ix_project_id ON project (id DESC)`);
    await db.query(`CREATE INDEX ix_project_search ON project USING gin (search)`);

    // The participant table: partners taking part read the project. Tenant-owned by the institute.
    await db.query(`
      CREATE TABLE project_partner (
        tenant_id         uuid        NOT NULL,
        project_id        uuid        NOT NULL,
        partner_tenant_id uuid        NOT NULL,
        added_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_project_partner PRIMARY KEY (tenant_id, project_id, partner_tenant_id),
        CONSTRAINT fk_project_partner_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_project_partner_partner FOREIGN KEY (partner_tenant_id) REFERENCES tenant (id)
      )
    `);
    await db.query(
      `CREATE INDEX ix_project_partner_partner ON project_partner (partner_tenant_id, tenant_id, project_id)`,
    );
    await db.query(`ALTER TABLE project_partner ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE project_partner FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON project_partner USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`CREATE POLICY root_read ON project_partner FOR SELECT USING (${KIND} = 'root')`);
    await db.query(
      `CREATE POLICY partner_read ON project_partner FOR SELECT USING (partner_tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT, DELETE ON project_partner TO jazari_app`);
    // The project's own policies consult project_partner, so they come after it.
    await projectTable(db, 'project', 'id', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (title, summary, start_date, end_date, budget_mad, spent_mad, lead_user_id, status, version, updated_at) ON project TO jazari_app`,
    );

    await db.query(`
      CREATE TABLE project_member (
        tenant_id  uuid        NOT NULL,
        project_id uuid        NOT NULL,
        user_id    uuid        NOT NULL,
        added_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_project_member PRIMARY KEY (tenant_id, project_id, user_id),
        CONSTRAINT fk_project_member_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_project_member_user_id FOREIGN KEY (user_id) REFERENCES app_user (id)
      )
    `);
    await db.query(`CREATE INDEX ix_project_member_user ON project_member (tenant_id, user_id, project_id)`);
    await projectTable(db, 'project_member', 'project_id', 'SELECT, INSERT, DELETE');

    await db.query(`
      CREATE TABLE project_priority (
        tenant_id     uuid NOT NULL,
        project_id    uuid NOT NULL,
        priority_code text NOT NULL,
        CONSTRAINT pk_project_priority PRIMARY KEY (tenant_id, project_id, priority_code),
        CONSTRAINT fk_project_priority_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_project_priority_code FOREIGN KEY (priority_code) REFERENCES national_priority (code)
      )
    `);
    await db.query(
      `CREATE INDEX ix_project_priority_code ON project_priority (tenant_id, priority_code, project_id)`,
    );
    await projectTable(db, 'project_priority', 'project_id', 'SELECT, INSERT, DELETE');

    await db.query(`
      CREATE TABLE project_region (
        tenant_id   uuid NOT NULL,
        project_id  uuid NOT NULL,
        region_code text NOT NULL,
        CONSTRAINT pk_project_region PRIMARY KEY (tenant_id, project_id, region_code),
        CONSTRAINT fk_project_region_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_project_region_code FOREIGN KEY (region_code) REFERENCES region (code)
      )
    `);
    await db.query(
      `CREATE INDEX ix_project_region_code ON project_region (tenant_id, region_code, project_id)`,
    );
    await projectTable(db, 'project_region', 'project_id', 'SELECT, INSERT, DELETE');

    await db.query(`
      CREATE TABLE project_domain (
        tenant_id   uuid NOT NULL,
        project_id  uuid NOT NULL,
        domain_code text NOT NULL,
        CONSTRAINT pk_project_domain PRIMARY KEY (tenant_id, project_id, domain_code),
        CONSTRAINT fk_project_domain_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_project_domain_code FOREIGN KEY (domain_code) REFERENCES thematic_domain (code)
      )
    `);
    await db.query(
      `CREATE INDEX ix_project_domain_code ON project_domain (tenant_id, domain_code, project_id)`,
    );
    await projectTable(db, 'project_domain', 'project_id', 'SELECT, INSERT, DELETE');

    // Every change to a project, in order: who, when, what (before/after of the changed fields).
    await db.query(`
      CREATE TABLE project_history (
        tenant_id     uuid        NOT NULL,
        id            uuid        NOT NULL,
        project_id    uuid        NOT NULL,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        action        text        NOT NULL,
        changes       jsonb       NOT NULL DEFAULT '{}',
        CONSTRAINT pk_project_history PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_project_history_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id)
      )
    `);
    await db.query(`CREATE INDEX ix_project_history_project ON project_history (tenant_id, project_id, id)`);
    await projectTable(db, 'project_history', 'project_id', 'SELECT, INSERT');

    await db.query(`
      CREATE TABLE milestone (
        tenant_id  uuid        NOT NULL,
        id         uuid        NOT NULL,
        project_id uuid        NOT NULL,
        title      text        NOT NULL,
        due_date   date        NOT NULL,
        done_date  date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_milestone PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_milestone_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id)
      )
    `);
    await db.query(`CREATE INDEX ix_milestone_project ON milestone (tenant_id, project_id, due_date)`);
    await db.query(
      `CREATE INDEX ix_milestone_late ON milestone (tenant_id, due_date) WHERE done_date IS NULL`,
    );
    await projectTable(db, 'milestone', 'project_id', 'SELECT, INSERT, DELETE');
    await db.query(`GRANT UPDATE (title, due_date, done_date, updated_at) ON milestone TO jazari_app`);

    await db.query(`
      CREATE TABLE deliverable (
        tenant_id        uuid        NOT NULL,
        id               uuid        NOT NULL,
        project_id       uuid        NOT NULL,
        kind             text        NOT NULL,
        title            text        NOT NULL,
        description      text        NOT NULL DEFAULT '',
        due_date         date        NOT NULL,
        status           text        NOT NULL DEFAULT 'planned',
        submitted_at     timestamptz,
        reviewed_at      timestamptz,
        reviewer_user_id uuid,
        review_comment   text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_deliverable PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_deliverable_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_deliverable_reviewer FOREIGN KEY (reviewer_user_id) REFERENCES app_user (id),
        CONSTRAINT ck_deliverable_kind CHECK (kind IN ('technology_brick', 'prototype', 'model_evaluation', 'dataset',
          'technical_report', 'methodology', 'publication', 'software')),
        CONSTRAINT ck_deliverable_status CHECK (status IN ('planned', 'submitted', 'accepted', 'rejected'))
      )
    `);
    await db.query(`CREATE INDEX ix_deliverable_project ON deliverable (tenant_id, project_id, due_date)`);
    await db.query(
      `CREATE INDEX ix_deliverable_overdue ON deliverable (tenant_id, due_date) WHERE status IN ('planned', 'rejected')`,
    );
    await projectTable(db, 'deliverable', 'project_id', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (title, description, due_date, status, submitted_at, reviewed_at, reviewer_user_id, review_comment, updated_at) ON deliverable TO jazari_app`,
    );

    await db.query(`
      CREATE TABLE deliverable_file (
        tenant_id      uuid        NOT NULL,
        id             uuid        NOT NULL,
        deliverable_id uuid        NOT NULL,
        project_id     uuid        NOT NULL,
        filename       text        NOT NULL,
        content_type   text        NOT NULL,
        size_bytes     bigint      NOT NULL,
        sha256         bytea       NOT NULL,
        storage_key    text        NOT NULL,
        uploaded_by    uuid        NOT NULL,
        uploaded_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_deliverable_file PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_deliverable_file_storage_key UNIQUE (tenant_id, storage_key),
        CONSTRAINT fk_deliverable_file_deliverable FOREIGN KEY (tenant_id, deliverable_id) REFERENCES deliverable (tenant_id, id),
        CONSTRAINT fk_deliverable_file_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT ck_deliverable_file_sha256 CHECK (octet_length(sha256) = 32),
        CONSTRAINT ck_deliverable_file_size CHECK (size_bytes >= 0)
      )
    `);
    await db.query(
      `CREATE INDEX ix_deliverable_file_deliverable ON deliverable_file (tenant_id, deliverable_id)`,
    );
    await projectTable(db, 'deliverable_file', 'project_id', 'SELECT, INSERT');

    // Structured results of a model_evaluation deliverable.
    await db.query(`
      CREATE TABLE evaluation_result (
        tenant_id      uuid          NOT NULL,
        id             uuid          NOT NULL,
        deliverable_id uuid          NOT NULL,
        project_id     uuid          NOT NULL,
        model_name     text          NOT NULL,
        model_version  text          NOT NULL,
        benchmark      text          NOT NULL,
        metric         text          NOT NULL,
        score          numeric       NOT NULL,
        evaluated_on   date          NOT NULL,
        evaluator      text          NOT NULL,
        created_at     timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT pk_evaluation_result PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_evaluation_result_deliverable FOREIGN KEY (tenant_id, deliverable_id) REFERENCES deliverable (tenant_id, id),
        CONSTRAINT fk_evaluation_result_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id)
      )
    `);
    await db.query(
      `CREATE INDEX ix_evaluation_result_deliverable ON evaluation_result (tenant_id, deliverable_id)`,
    );
    await projectTable(db, 'evaluation_result', 'project_id', 'SELECT, INSERT, DELETE');

    await db.query(`
      CREATE TABLE kpi (
        tenant_id  uuid        NOT NULL,
        id         uuid        NOT NULL,
        project_id uuid        NOT NULL,
        name       text        NOT NULL,
        unit       text        NOT NULL,
        target     numeric     NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_kpi PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_kpi_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id)
      )
    `);
    await db.query(`CREATE INDEX ix_kpi_project ON kpi (tenant_id, project_id)`);
    await projectTable(db, 'kpi', 'project_id', 'SELECT, INSERT');
    await db.query(`GRANT UPDATE (name, unit, target, updated_at) ON kpi TO jazari_app`);

    await db.query(`
      CREATE TABLE kpi_measurement (
        tenant_id   uuid        NOT NULL,
        id          uuid        NOT NULL,
        kpi_id      uuid        NOT NULL,
        project_id  uuid        NOT NULL,
        measured_on date        NOT NULL,
        value       numeric     NOT NULL,
        note        text,
        recorded_by uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_kpi_measurement PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_kpi_measurement_kpi FOREIGN KEY (tenant_id, kpi_id) REFERENCES kpi (tenant_id, id),
        CONSTRAINT fk_kpi_measurement_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id)
      )
    `);
    await db.query(`CREATE INDEX ix_kpi_measurement_kpi ON kpi_measurement (tenant_id, kpi_id, measured_on)`);
    await projectTable(db, 'kpi_measurement', 'project_id', 'SELECT, INSERT');

    await db.query(`
      CREATE TABLE status_report (
        tenant_id    uuid        NOT NULL,
        id           uuid        NOT NULL,
        project_id   uuid        NOT NULL,
        period_start date        NOT NULL,
        period_end   date        NOT NULL,
        rag          text        NOT NULL,
        narrative    text        NOT NULL,
        risks        text        NOT NULL DEFAULT '',
        author_id    uuid        NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_status_report PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_status_report_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT ck_status_report_rag CHECK (rag IN ('red', 'amber', 'green')),
        CONSTRAINT ck_status_report_period CHECK (period_start <= period_end)
      )
    `);
    await db.query(
      `CREATE INDEX ix_status_report_project ON status_report (tenant_id, project_id, period_end DESC)`,
    );
    await projectTable(db, 'status_report', 'project_id', 'SELECT, INSERT');

    // ---- Beneficiaries: one national registry, deduplicated by ICE -------------------------------------
    // Global (no tenant_id): a company is the same company whichever institute supports it.
    await db.query(`
      CREATE TABLE beneficiary (
        id          uuid        NOT NULL,
        ice         text        NOT NULL,
        name        text        NOT NULL,
        size        text        NOT NULL,
        sector      text        NOT NULL,
        region_code text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_beneficiary PRIMARY KEY (id),
        CONSTRAINT uq_beneficiary_ice UNIQUE (ice),
        CONSTRAINT fk_beneficiary_region_code FOREIGN KEY (region_code) REFERENCES region (code),
        -- A company's sector is one of the thematic domains.
        CONSTRAINT fk_beneficiary_sector FOREIGN KEY (sector) REFERENCES thematic_domain (code),
        -- Identifiant Commun de l'Entreprise: 15 digits.
        CONSTRAINT ck_beneficiary_ice CHECK (ice ~ '^[0-9]{15}$'),
        CONSTRAINT ck_beneficiary_size CHECK (size IN ('startup', 'micro', 'small', 'medium'))
      )
    `);
    await db.query(`ALTER TABLE beneficiary ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE beneficiary FORCE ROW LEVEL SECURITY`);
    // Any tenant registers a company and reads the registry; corrections are Root's.
    await db.query(`CREATE POLICY registry_read ON beneficiary FOR SELECT USING (${TENANT} IS NOT NULL)`);
    await db.query(
      `CREATE POLICY registry_insert ON beneficiary FOR INSERT WITH CHECK (${TENANT} IS NOT NULL)`,
    );
    await db.query(
      `CREATE POLICY root_update ON beneficiary FOR UPDATE USING (${KIND} = 'root') WITH CHECK (${KIND} = 'root')`,
    );
    await db.query(`GRANT SELECT, INSERT ON beneficiary TO jazari_app`);
    await db.query(`GRANT UPDATE (name, size, sector, region_code, updated_at) ON beneficiary TO jazari_app`);

    await db.query(`
      CREATE TABLE project_beneficiary (
        tenant_id      uuid        NOT NULL,
        project_id     uuid        NOT NULL,
        beneficiary_id uuid        NOT NULL,
        support_kind   text        NOT NULL,
        started_on     date        NOT NULL,
        note           text,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_project_beneficiary PRIMARY KEY (tenant_id, project_id, beneficiary_id),
        CONSTRAINT fk_project_beneficiary_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_project_beneficiary_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT ck_project_beneficiary_kind CHECK (support_kind IN (
          'incubation', 'acceleration', 'technical_assistance', 'co_development', 'training', 'compute_access', 'funding'))
      )
    `);
    await db.query(
      `CREATE INDEX ix_project_beneficiary_beneficiary ON project_beneficiary (beneficiary_id, tenant_id, project_id)`,
    );
    await projectTable(db, 'project_beneficiary', 'project_id', 'SELECT, INSERT, DELETE');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'project_beneficiary',
      'beneficiary',
      'status_report',
      'kpi_measurement',
      'kpi',
      'evaluation_result',
      'deliverable_file',
      'deliverable',
      'milestone',
      'project_history',
      'project_domain',
      'project_region',
      'project_priority',
      'project_member',
      'project_partner',
      'project',
      'directory_domain',
      'directory_profile',
      'thematic_domain',
      'national_priority',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION jazari_fold(text)`);
  }
}
