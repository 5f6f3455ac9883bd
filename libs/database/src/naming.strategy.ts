import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

const tableOf = (table: Table | string): string =>
  (typeof table === 'string' ? table : table.name).split('.').pop()!;
const named = (prefix: string, table: Table | string, columns: string[] = []): string =>
  [prefix, tableOf(table), ...columns].join('_').slice(0, 63);

/**
 * Jazari has no TypeORM entities: runtime SQL is written by hand in repositories and the schema changes
 * through reviewed SQL migrations. The one object TypeORM names itself is the table in which it records
 * applied migrations (`migration_history`, primary key `pk_migration_history`); this strategy gives it,
 * and anything TypeORM might name later, the names the reviewed migrations use by hand: singular
 * snake_case tables, snake_case columns, and constraint names a person can read in an error message
 * (`pk_outbox_event`, `fk_project_lead_user_id`, `uq_webhook_delivery_event_endpoint`).
 */
export class JazariNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snakeCase(targetName);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snakeCase([...prefixes, customName ?? propertyName].join('_'));
  }
  override primaryKeyName(table: Table | string): string {
    return named('pk', table);
  }
  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return named('uq', table, columns);
  }
  override foreignKeyName(table: Table | string, columns: string[]): string {
    return named('fk', table, columns);
  }
  override indexName(table: Table | string, columns: string[]): string {
    return named('ix', table, columns);
  }
  override checkConstraintName(table: Table | string, expression: string): string {
    return named('ck', table, [String(Math.abs(hash(expression)))]);
  }
  override exclusionConstraintName(table: Table | string, expression: string): string {
    return named('ex', table, [String(Math.abs(hash(expression)))]);
  }
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}
