/**
 * A token bucket per channel and process: at most `ratePerSecond` sends on average, with
 * bursts up to one second's worth. It paces the worker below a provider's limit (an SMTP
 * relay's hourly quota, Twilio's per-number rate) instead of collecting 429s.
 */
export class TokenBucket {
  readonly ratePerSecond: number;
  private readonly capacity: number;
  private tokens: number;
  private last: number;

  constructor(
    ratePerSecond: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    if (!(ratePerSecond > 0)) throw new Error("ratePerSecond must be positive");
    this.ratePerSecond = ratePerSecond;
    this.capacity = Math.max(1, ratePerSecond);
    this.tokens = this.capacity;
    this.last = clock();
  }

  /** Takes a token now and returns 0, or returns the milliseconds until one is available. */
  tryTake(): number {
    const now = this.clock();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000);
  }

  /** Waits for a token; false when `signal` aborted first (the caller must not send). */
  async take(signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      if (signal?.aborted) return false;
      const wait = this.tryTake();
      if (wait === 0) return true;
      await sleep(wait, signal);
    }
  }
}

/** Resolves after `ms`, or early when `signal` aborts (never rejects). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
