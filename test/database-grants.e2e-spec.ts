import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runtimeClient } from '@jazari/testing';
import type pg from 'pg';

/**
 * Issue 16, point 5: the runtime role holds column-level UPDATE grants, so a column the code writes
 * without a grant fails only when that statement runs (editing a workshop wrote `kind` and answered 500).
 * This reads every UPDATE statement (and `ON CONFLICT … DO UPDATE`) in the code the API and worker run,
 * and asks PostgreSQL whether the runtime role may update each column it sets.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const CODE_DIRS = ['libs', 'apps/api', 'apps/worker'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The column names a `SET a = …, (b, c) = …` clause assigns. */
function assignedColumns(setClause: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of setClause) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.flatMap((item) => {
    const tuple = /^\s*\(([^)]*)\)\s*=/.exec(item);
    if (tuple) return tuple[1].split(',').map((c) => c.trim());
    const single = /^\s*"?([a-z_][a-z0-9_]*)"?\s*=/i.exec(item);
    return single ? [single[1]] : [];
  });
}

interface Write {
  readonly file: string;
  readonly table: string;
  readonly columns: readonly string[];
}

const END_OF_SET = String.raw`(?=\bWHERE\b|\bFROM\b|\bRETURNING\b|$)`;
const UPDATE = new RegExp(
  String.raw`\bUPDATE\s+([a-z_][a-z0-9_]*)(?:\s+(?:AS\s+)?(?!SET\b)[a-z_]+)?\s+SET\s+([\s\S]*?)` + END_OF_SET,
  'gi',
);
const UPSERT = new RegExp(
  String.raw`\bINSERT\s+INTO\s+([a-z_][a-z0-9_]*)[\s\S]*?\bON\s+CONFLICT\b[\s\S]*?\bDO\s+UPDATE\s+SET\s+([\s\S]*?)` +
    END_OF_SET,
  'gi',
);

function updatesIn(file: string): Write[] {
  const text = readFileSync(file, 'utf8');
  const writes: Write[] = [];
  // SQL lives in template literals and quoted strings; a statement never spans two of them.
  for (const literal of text.match(/`[^`]*`|'(?:[^'\\\n]|\\.)*'/g) ?? []) {
    const sql = literal.slice(1, -1);
    for (const pattern of [UPDATE, UPSERT]) {
      for (const match of sql.matchAll(pattern)) {
        const columns = assignedColumns(match[2]);
        if (columns.length > 0) writes.push({ file: path.relative(ROOT, file), table: match[1], columns });
      }
    }
  }
  return writes;
}

describe('database grants', () => {
  let runtime: pg.Client;
  beforeAll(async () => {
    runtime = await runtimeClient();
  });
  afterAll(() => runtime.end());

  it('lets the runtime role update every column the code updates, on every table', async () => {
    const writes = CODE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap(updatesIn);
    // The reading works: the code has dozens of UPDATE statements over many tables.
    expect(writes.length).toBeGreaterThan(60);
    expect(new Set(writes.map((w) => w.table)).size).toBeGreaterThan(25);

    const missing: string[] = [];
    for (const write of writes) {
      const { rows } = await runtime.query<{ exists: boolean }>(
        `SELECT to_regclass($1) IS NOT NULL AS exists`,
        [write.table],
      );
      if (!rows[0].exists) {
        missing.push(`${write.file}: table ${write.table} does not exist`);
        continue;
      }
      for (const column of write.columns) {
        const granted = await runtime.query<{ ok: boolean }>(
          `SELECT has_column_privilege(current_user, $1, $2, 'UPDATE') AS ok`,
          [write.table, column],
        );
        if (!granted.rows[0].ok) missing.push(`${write.file}: UPDATE ${write.table}.${column}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
