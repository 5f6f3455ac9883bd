/** Longest string an audit summary keeps as is; longer ones (a user agent, a reason) are cut. */
const MAX_TEXT = 120;
const TRUNCATED = '…';

type Scalar = string | number | boolean | null;

function scalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function short(value: Scalar): Scalar {
  return typeof value === 'string' && value.length > MAX_TEXT
    ? value.slice(0, MAX_TEXT - TRUNCATED.length) + TRUNCATED
    : value;
}

/**
 * What a convention's audit entry keeps of its evidence event's data: the evidence chain has the whole
 * payload, the audit log says what changed in a few words. Scalars are kept (long strings cut), a list
 * becomes its length (`<key>Count`), an object of scalars is kept, any other object becomes its keys
 * (`updated`'s `changes` → the names of the fields that changed).
 */
export function auditSummary(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (scalar(value)) {
      summary[key] = short(value);
    } else if (Array.isArray(value)) {
      summary[`${key}Count`] = value.length;
    } else if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      summary[key] = entries.every(([, v]) => scalar(v))
        ? Object.fromEntries(entries.map(([k, v]) => [k, short(v as Scalar)]))
        : entries.map(([k]) => k).sort();
    }
  }
  return summary;
}
