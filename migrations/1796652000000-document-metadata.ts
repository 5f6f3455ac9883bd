import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What comparing two versions of a convention's document shows (issue 19 point 1), recorded at upload:
 *
 * - `page_count`, `pdf_title`, `pdf_author`, `pdf_producer`: read from the PDF as it is received
 *   (libs/conventions/src/documents/pdf-info.ts); null when the file does not say or cannot be read.
 *   Rows uploaded before this migration keep null (the page says "unknown"): their bytes are in file
 *   storage, which a migration does not read.
 * - `uploaded_by_name`: the uploader's name as it was at upload. A person's name is visible to their own
 *   tenant only (RLS on app_user), so a partner reading the owner's convention could not join it; the
 *   name is part of the version's record, like its file name. Existing rows are filled from app_user.
 */
export class DocumentMetadata1796652000000 implements MigrationInterface {
  name = 'DocumentMetadata1796652000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE convention_document
        ADD COLUMN page_count       integer,
        ADD COLUMN pdf_title        text,
        ADD COLUMN pdf_author       text,
        ADD COLUMN pdf_producer     text,
        ADD COLUMN uploaded_by_name text,
        ADD CONSTRAINT ck_convention_document_page_count CHECK (page_count IS NULL OR page_count >= 0)
    `);
    // The backfill reads every tenant's rows: row-level security is lifted for the owner for the length
    // of this transaction only (ALTER TABLE is transactional), then forced again.
    await db.query(`ALTER TABLE convention_document NO FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE app_user NO FORCE ROW LEVEL SECURITY`);
    await db.query(`
      UPDATE convention_document d SET uploaded_by_name = u.display_name
        FROM app_user u WHERE u.id = d.uploaded_by
    `);
    await db.query(`ALTER TABLE app_user FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE convention_document FORCE ROW LEVEL SECURITY`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE convention_document
        DROP CONSTRAINT ck_convention_document_page_count,
        DROP COLUMN page_count, DROP COLUMN pdf_title, DROP COLUMN pdf_author,
        DROP COLUMN pdf_producer, DROP COLUMN uploaded_by_name
    `);
  }
}
