import "server-only";
import { recordOutcomes, type ClaimedDelivery, type Outcome, type RecordedOutcome } from "./queue";

/** Outcomes written per statement at most, and how long one may wait for company. */
const FLUSH_SIZE = 50;
const FLUSH_AFTER_MS = 50;

/**
 * Collects the outcomes of a claim's sends and writes them in batches (one UPDATE per
 * outbox for up to FLUSH_SIZE rows) instead of one transaction per message — at a few
 * hundred messages a second the per-row round trips were most of the worker's time. A
 * batch waits at most FLUSH_AFTER_MS, so the window in which a crash would re-send
 * (the same Message-ID) stays as short as before in practice.
 */
export class OutcomeRecorder {
  private buffer: RecordedOutcome[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly now: () => Date,
    /** called for each outcome that could not be written because another worker took the row over */
    private readonly onLost: (row: ClaimedDelivery, outcome: Outcome) => void,
  ) {}

  add(row: ClaimedDelivery, outcome: Outcome): void {
    this.buffer.push({ row, outcome });
    if (this.buffer.length >= FLUSH_SIZE) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_AFTER_MS);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length === 0) return;
    // Batches are written one after another, so a row's outcome never races its own retry.
    this.writing = this.writing.then(async () => {
      try {
        const written = await recordOutcomes(batch, this.now());
        for (const item of batch) {
          if (!written.has(item.row.id)) this.onLost(item.row as ClaimedDelivery, item.outcome);
        }
      } catch (error) {
        this.failure ??= error;
      }
    });
  }

  /** Writes what is left; throws the first write error (the rows stay claimed until their lease passes). */
  async close(): Promise<void> {
    this.flush();
    await this.writing;
    if (this.failure) throw this.failure;
  }
}
