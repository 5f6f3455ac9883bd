import type { DbContext, TenantKind } from '@jazari/database';
import type pg from 'pg';

/** One statement on the seed's connection (the runtime role, inside the RLS context of `InTransaction`). */
export type Query = (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;
/** Runs `work` in one transaction opened for that tenant, as the API opens a request's. */
export type InTransaction = <T>(context: DbContext, work: () => Promise<T>) => Promise<T>;
/** The demo tenants present in the database, by slug. */
export type TenantIds = ReadonlyMap<string, { id: string; kind: TenantKind }>;

/** `YYYY-MM-DD`, `offset` days from today (UTC). */
export function day(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
}

/** A moment on that day, for timestamps (submitted, reviewed, history). */
export function at(offset: number, hour = 10): string {
  return `${day(offset)}T${String(hour).padStart(2, '0')}:00:00Z`;
}
