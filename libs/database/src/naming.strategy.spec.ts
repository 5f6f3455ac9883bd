import { describe, expect, it } from '@jest/globals';
import { JazariNamingStrategy, snakeCase } from './naming.strategy.js';

describe('JazariNamingStrategy', () => {
  const naming = new JazariNamingStrategy();
  it('maps class names to singular snake_case tables and properties to snake_case columns', () => {
    expect(naming.tableName('MigrationHistory', undefined)).toBe('migration_history');
    expect(naming.tableName('Migrations', 'migration_history')).toBe('migration_history');
    expect(naming.columnName('leadUserId', undefined, [])).toBe('lead_user_id');
    expect(snakeCase('HTTPRequestLog')).toBe('http_request_log');
  });
  it('names constraints as the reviewed migrations do', () => {
    // The primary key TypeORM gives the table of applied migrations (the only object it names).
    expect(naming.primaryKeyName('migration_history')).toBe('pk_migration_history');
    // Names that exist in migrations/, written by hand there.
    expect(naming.primaryKeyName('outbox_event')).toBe('pk_outbox_event');
    expect(naming.foreignKeyName('project', ['lead_user_id'])).toBe('fk_project_lead_user_id');
    expect(naming.foreignKeyName('webhook_endpoint', ['tenant_id'])).toBe('fk_webhook_endpoint_tenant_id');
  });
});
