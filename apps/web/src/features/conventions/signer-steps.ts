/** One signer of a convention, for a party, in a step (equal steps sign in parallel, lower ones first). */
export interface SignerRow {
  readonly partyTenantId: string;
  readonly userId: string;
  readonly step: number;
}

export const MAX_STEP = 20;

/** The id a signer has in the editor's drag and drop. */
export const signerKey = (r: Pick<SignerRow, 'partyTenantId' | 'userId'>) => `${r.partyTenantId}/${r.userId}`;

/** The steps in order, each with its signers in the order the editor shows them. */
export function stepsOf(rows: readonly SignerRow[]): { step: number; rows: SignerRow[] }[] {
  const steps = [...new Set(rows.map((r) => r.step))].sort((a, b) => a - b);
  return steps.map((step) => ({ step, rows: rows.filter((r) => r.step === step) }));
}

/** Steps numbered 1, 2, 3… in their order, with no gap left by a step that emptied. */
export function renumber(rows: readonly SignerRow[]): SignerRow[] {
  const steps = [...new Set(rows.map((r) => r.step))].sort((a, b) => a - b);
  return rows.map((r) => ({ ...r, step: steps.indexOf(r.step) + 1 }));
}

/**
 * `key`'s signer moved to `step` (a new last step when it is past the last one), placed just before
 * `beforeKey` when given (the signer it was dropped on) or last in the step; steps renumbered.
 */
export function moveSigner(
  rows: readonly SignerRow[],
  key: string,
  step: number,
  beforeKey?: string,
): SignerRow[] {
  const moving = rows.find((r) => signerKey(r) === key);
  if (!moving || key === beforeKey) return [...rows];
  const moved = { ...moving, step: Math.min(MAX_STEP, Math.max(1, step)) };
  const rest = rows.filter((r) => signerKey(r) !== key);
  const at = beforeKey === undefined ? -1 : rest.findIndex((r) => signerKey(r) === beforeKey);
  if (at >= 0) return renumber([...rest.slice(0, at), moved, ...rest.slice(at)]);
  const lastOfStep = rest.reduce((last, r, i) => (r.step <= moved.step ? i : last), -1);
  return renumber([...rest.slice(0, lastOfStep + 1), moved, ...rest.slice(lastOfStep + 1)]);
}
