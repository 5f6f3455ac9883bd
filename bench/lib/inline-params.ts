/**
 * Turns a parameterised statement (`$1`, `$2`, …) into one with the values written in as SQL literals, so
 * it can travel in a multi-statement simple-protocol message (which takes no parameters). For the
 * benchmark's baseline only: values are quoted with standard SQL escaping; arrays become array literals.
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, index: string) => literal(params[Number(index) - 1]));
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) {
    return quote(`{${value.map((v) => `"${scalar(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  }
  return quote(scalar(value));
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  throw new Error(`cannot inline a ${typeof value} parameter`);
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
