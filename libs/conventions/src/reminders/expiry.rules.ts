/** Days before the expiry date at which the parties are told, each once. */
export const EXPIRY_NOTICE_DAYS = [90, 30, 7] as const;
export type ExpiryThreshold = (typeof EXPIRY_NOTICE_DAYS)[number];

/**
 * The notice due with `daysLeft` days to go: the tightest threshold reached, unless it was already sent.
 * Only the tightest one: a convention activated 20 days before it expires gets the 30-day notice, not the
 * 90-day one as well; a sweep that missed the exact day (worker down) still sends it the day after.
 */
export function dueExpiryNotice(daysLeft: number, sent: ReadonlySet<number>): ExpiryThreshold | null {
  if (daysLeft <= 0) return null;
  const reached = [...EXPIRY_NOTICE_DAYS].sort((a, b) => a - b).find((t) => daysLeft <= t);
  if (reached === undefined || sent.has(reached)) return null;
  return reached;
}

/** An active convention expires on its expiry date (that day included: it is valid until the day before). */
export function isExpired(expiryDate: string, today: string): boolean {
  return expiryDate <= today;
}

/** Out for signature past its signing deadline (the deadline day itself is still open). */
export function isPastSigningDeadline(signingDeadline: string | null, today: string): boolean {
  return signingDeadline !== null && signingDeadline < today;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
