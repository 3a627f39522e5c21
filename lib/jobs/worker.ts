import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { heldUntil, sendClaimed, type DeliverContext } from "@/lib/notify/deliver";
import { expandPendingEvents } from "@/lib/notify/fanout";
import { closeTransports, createTransports, transportConfigFromEnv, type Transports } from "@/lib/notify/transports";
import { OutcomeRecorder } from "./outcomes";
import { claimDue, type Channel, type ClaimedDelivery, type Outcome } from "./queue";
import { TokenBucket } from "./rate-limit";
import { Waker } from "./waker";

/**
 * The alerts worker: expands outbox events into deliveries, then claims due deliveries
 * per channel and sends them, paced by a token bucket per channel. `runWorker` loops
 * until its signal aborts (scripts/worker.ts, the dev launcher); `runWorkerOnce` does one
 * pass (tests, benchmarks). Any number of workers may run against one database.
 */
export type WorkerOptions = {
  /** default: from the environment (SMTP_URL, TWILIO_*), else the dev mailbox */
  transports?: Transports;
  /** fixed current time (tests); default: the clock */
  now?: Date;
  /** most deliveries claimed per channel per pass, and events expanded per pass (default: WORKER_BATCH_SIZE) */
  batchSize?: number;
  /** sends in flight per channel (default: WORKER_CONCURRENCY) */
  concurrency?: number;
  /** default: DELIVERY_MAX_ATTEMPTS */
  maxAttempts?: number;
  /** default: one bucket per channel and process from EMAIL_PER_SECOND / SMS_PER_SECOND */
  limiters?: Record<Channel, TokenBucket>;
  /** only these events' deliveries (tests sharing one database, re-driving one event) */
  eventIds?: string[];
  /** expand outbox events first (default true) */
  expand?: boolean;
  /** stop claiming; in-flight sends finish, claimed-but-unsent rows go back to QUEUED */
  signal?: AbortSignal;
  /** jitter source for retry delays (tests) */
  random?: () => number;
};

export type TickStats = Record<Outcome["kind"], number> & { expanded: number; claimed: number; lost: number };

const CHANNELS: Channel[] = ["EMAIL", "SMS"];
/**
 * A claim holds at most ~this many seconds of sends at the channel's rate, so rows are
 * not parked behind a slow channel's bucket for long, and stay far inside the lease.
 */
const CLAIM_WINDOW_S = 10;

let processTransports: Transports | undefined;
let processLimiters: Record<Channel, TokenBucket> | undefined;

/** Per process, like the provider limits they model (the buckets must be shared by all passes). */
function defaultLimiters(): Record<Channel, TokenBucket> {
  processLimiters ??= { EMAIL: new TokenBucket(env().EMAIL_PER_SECOND), SMS: new TokenBucket(env().SMS_PER_SECOND) };
  return processLimiters;
}

type Resolved = Required<Pick<WorkerOptions, "batchSize" | "concurrency" | "limiters">> &
  Pick<WorkerOptions, "eventIds" | "signal"> & { ctx: DeliverContext };

function resolve(options: WorkerOptions): Resolved {
  const fixed = options.now;
  const transports = options.transports ?? (processTransports ??= createTransports(transportConfigFromEnv()));
  return {
    batchSize: options.batchSize ?? env().WORKER_BATCH_SIZE,
    concurrency: options.concurrency ?? env().WORKER_CONCURRENCY,
    limiters: options.limiters ?? defaultLimiters(),
    eventIds: options.eventIds,
    signal: options.signal,
    ctx: {
      transports,
      maxAttempts: options.maxAttempts ?? env().DELIVERY_MAX_ATTEMPTS,
      now: fixed ? () => fixed : () => new Date(),
      ...(options.random ? { random: options.random } : {}),
    },
  };
}

function emptyStats(): TickStats {
  return { expanded: 0, claimed: 0, lost: 0, sent: 0, failed: 0, dead: 0, bounced: 0, deferred: 0, released: 0 };
}

function logOutcome(row: ClaimedDelivery, outcome: Outcome): void {
  const context = { deliveryId: row.id, channel: row.channel, attempts: row.attempts, tenantId: row.tenantId };
  if (outcome.kind === "failed")
    logger.warn({ ...context, error: outcome.error, nextAttemptAt: outcome.nextAttemptAt }, "delivery failed, will retry");
  else if (outcome.kind === "dead" || outcome.kind === "bounced")
    logger.warn({ ...context, error: outcome.error }, `delivery ${outcome.kind}`);
  else logger.debug(context, `delivery ${outcome.kind}`);
}

/** One claim of one channel, sent with `concurrency` lanes. */
async function passChannel(channel: Channel, o: Resolved): Promise<TickStats> {
  const stats = emptyStats();
  if (o.signal?.aborted) return stats;
  const limiter = o.limiters[channel];
  const limit = Math.max(1, Math.min(o.batchSize, Math.ceil(limiter.ratePerSecond * CLAIM_WINDOW_S)));
  const rows = await claimDue({ channel, limit, now: o.ctx.now(), eventIds: o.eventIds });
  stats.claimed = rows.length;

  const decide = async (row: ClaimedDelivery): Promise<Outcome> => {
    const until = heldUntil(row, o.ctx.now());
    if (until) return { kind: "deferred", until };
    // Checked per row: on shutdown the rows not yet started are handed back untouched.
    if (!(await limiter.take(o.signal))) return { kind: "released" };
    return sendClaimed(row, o.ctx);
  };
  const recorder = new OutcomeRecorder(o.ctx.now, (row, outcome) => {
    stats.lost += 1;
    logger.warn({ deliveryId: row.id, outcome: outcome.kind }, "delivery claim was taken over before its outcome was recorded");
  });
  let next = 0;
  const lane = async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      const outcome = await decide(row);
      stats[outcome.kind] += 1;
      logOutcome(row, outcome);
      recorder.add(row, outcome);
    }
  };
  // allSettled: an error in one lane must not abandon the other lanes' sends mid-flight.
  const results = await Promise.allSettled(Array.from({ length: Math.min(o.concurrency, rows.length) }, lane));
  await recorder.close();
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
  return stats;
}

function add(into: TickStats, from: TickStats): TickStats {
  for (const key of Object.keys(from) as (keyof TickStats)[]) into[key] += from[key];
  return into;
}

/** One pass: expand pending events, then one claim per channel (in parallel). */
export async function runWorkerOnce(options: WorkerOptions = {}): Promise<TickStats> {
  const o = resolve(options);
  const stats = emptyStats();
  if (options.expand !== false && !o.signal?.aborted)
    stats.expanded = await expandPendingEvents({ limit: o.batchSize });
  for (const channelStats of await Promise.all(CHANNELS.map((channel) => passChannel(channel, o))))
    add(stats, channelStats);
  return stats;
}

/**
 * Runs until `signal` aborts, then returns once in-flight sends are recorded. Expansion
 * and each channel loop independently, so a slow channel (SMS at 1/s) never holds back
 * another; each loop goes again at once while it finds work and otherwise sleeps
 * `pollMs` (new deliveries from an expansion wake the channels early).
 */
export async function runWorker(options: WorkerOptions & { signal: AbortSignal; pollMs?: number }): Promise<void> {
  const { signal } = options;
  const o = resolve(options);
  const pollMs = options.pollMs ?? env().WORKER_POLL_MS;
  const wakers = { EMAIL: new Waker(), SMS: new Waker(), expand: new Waker() };

  const loop = async (name: string, waker: Waker, step: () => Promise<boolean>) => {
    let failures = 0;
    while (!signal.aborted) {
      let busy = false;
      try {
        busy = await step();
        failures = 0;
      } catch (error) {
        failures += 1;
        logger.error({ err: error }, `worker ${name} pass failed`);
      }
      // After errors (database down) back off up to a minute instead of spinning.
      if (!busy) await waker.wait(failures ? Math.min(60_000, pollMs * 2 ** failures) : pollMs, signal);
    }
  };

  logger.info({ email: o.ctx.transports.EMAIL.name, sms: o.ctx.transports.SMS.name, pollMs }, "worker started");
  try {
    await Promise.all([
      options.expand === false
        ? Promise.resolve()
        : loop("expand", wakers.expand, async () => {
            const expanded = await expandPendingEvents({ limit: o.batchSize });
            if (expanded > 0) CHANNELS.forEach((channel) => wakers[channel].wake());
            return expanded >= o.batchSize;
          }),
      ...CHANNELS.map((channel) =>
        loop(channel, wakers[channel], async () => (await passChannel(channel, o)).claimed > 0),
      ),
    ]);
  } finally {
    // Only close what this call created; injected transports belong to the caller.
    if (!options.transports && processTransports) {
      await closeTransports(processTransports);
      processTransports = undefined;
    }
  }
  logger.info("worker stopped");
}
