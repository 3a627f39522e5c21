/** Retry schedule of failed deliveries. */
export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 60 * 60_000;
/** Never retry sooner than this, even when the jitter rolls ~0 (avoids a hot loop on a dead relay). */
const RETRY_FLOOR_MS = 1_000;

/**
 * Exponential backoff with full jitter: a uniformly random wait in
 * [0, min(cap, base · 2^(attempt−1))]. The randomness spreads out a burst of deliveries
 * that failed together (relay outage), so they do not all retry in the same second.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.max(RETRY_FLOOR_MS, Math.floor(random() * ceiling));
}
