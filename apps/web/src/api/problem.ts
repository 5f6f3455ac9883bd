/** A field the API found wrong, as `validation-failed` problems list them. */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

/**
 * An RFC 9457 problem the API answered (or one the app made for a network failure). `title` and `detail`
 * come in the language the request asked for; `slug` is the stable part of `type` that code branches on.
 */
export class ProblemError extends Error {
  readonly slug: string;

  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldError[] = [],
    readonly body: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ProblemError';
    this.slug = type.split('/').pop() ?? type;
  }

  /** The first message for each field, keyed by its path (`dueDate`, `signers.0.userId`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) if (e.messages[0] && !out[e.field]) out[e.field] = e.messages[0];
    return out;
  }
}

/** Builds the error of a failed response from its problem document (or from its status alone). */
export function problemFrom(status: number, body: unknown): ProblemError {
  const doc = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof doc[key] === 'string' ? doc[key] : undefined);
  const errors = Array.isArray(doc.errors)
    ? (doc.errors as unknown[]).filter(
        (e): e is FieldError =>
          !!e &&
          typeof e === 'object' &&
          typeof (e as FieldError).field === 'string' &&
          Array.isArray((e as FieldError).messages),
      )
    : [];
  return new ProblemError(
    status,
    text('type') ?? `https://jazari.ma/problems/http-${status}`,
    text('title') ?? `HTTP ${status}`,
    text('detail'),
    errors,
    doc,
  );
}

/** The app's own problem for a request that got no answer at all. */
export function networkProblem(): ProblemError {
  return new ProblemError(0, 'https://jazari.ma/problems/network-unreachable', '', undefined);
}
