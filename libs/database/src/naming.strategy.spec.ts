import { describe, expect, it } from '@jest/globals';
import { JazariNamingStrategy, snakeCase } from './naming.strategy.js';

describe('JazariNamingStrategy', () => {
  const naming = new JazariNamingStrategy();
  it('maps classes to singular snake_case tables and properties to snake_case columns', () => {
    expect(naming.tableName('OutboxEvent', undefined)).toBe('outbox_event');
    expect(naming.columnName('publishedAt', undefined, [])).toBe('published_at');
    expect(snakeCase('HTTPRequestLog')).toBe('http_request_log');
  });
  it('names constraints after the table and columns', () => {
    expect(naming.primaryKeyName('outbox_event')).toBe('pk_outbox_event');
    expect(naming.foreignKeyName('project', ['tenant_id', 'lead_id'])).toBe('fk_project_tenant_id_lead_id');
  });
});
