/**
 * A sleep that can be cut short: `wait(ms, signal)` resolves after `ms`, when `signal`
 * aborts, or when someone calls `wake()` (new work arrived).
 */
export class Waker {
  private pending: (() => void) | undefined;
  private woken = false;

  wake(): void {
    if (this.pending) this.pending();
    else this.woken = true; // remember it: the wake came between two waits
  }

  wait(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (this.woken || signal?.aborted) {
        this.woken = false;
        return resolve();
      }
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.pending = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done, { once: true });
      this.pending = done;
    });
  }
}
