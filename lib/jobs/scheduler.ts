import "server-only";
import os from "node:os";
import cronParser from "cron-parser";
import PgBoss from "pg-boss";
import { withScope } from "@/lib/db/scope";
import { logger } from "@/lib/log";
import { shortError } from "@/lib/notify/transports";
import { JOB_SCHEMA, queueOptions, type AnyJob } from "./contract";
import { ensureQueue } from "./enqueue";

/**
 * The worker's scheduler: pg-boss (a PostgreSQL job queue) runs the jobs of the registry
 * (lib/jobs/registry.ts) — periodic ones on their cron schedule, delayed ones when their
 * time comes — with retries, in any number of worker processes:
 *  - pg-boss creates one job per schedule tick across all workers (its cron monitor runs
 *    in one process at a time, and the tick's job is a singleton), and a job is fetched
 *    by one worker at a time (SKIP LOCKED);
 *  - a job that throws is retried (the job's `retry`); a job whose worker died is failed
 *    by pg-boss's maintenance once its `timeoutSeconds` pass, then retried;
 *  - every run is recorded in JobRun (status, attempts, output, last error); its unique
 *    (name, period) makes "once per period" hold even if a tick were ever sent twice.
 */
export type SchedulerOptions = {
  /** the app role's connection string (the worker creates nothing) */
  connectionString: string;
  jobs: readonly AnyJob[];
  /** how often an idle worker looks for due jobs */
  pollingIntervalSeconds?: number;
  /** how often one of the workers checks the schedules (pg-boss: 1–45 s) */
  cronMonitorIntervalSeconds?: number;
  /** how often one of the workers fails timed-out jobs and archives finished ones */
  maintenanceIntervalSeconds?: number;
  /**
   * Remove stored schedules of jobs that are no longer in `jobs` (default true). Tests
   * sharing one database with other test files pass false.
   */
  pruneSchedules?: boolean;
};

export type ScheduleInfo = { job: string; cron: string; tz: string; next: Date };

export type Scheduler = {
  schedules: ScheduleInfo[];
  /** Stops fetching and waits (up to 30 s) for running jobs to finish. */
  stop(): Promise<void>;
};

const LOST = "the previous attempt did not finish (worker stopped or timed out)";
const WORKER = `${os.hostname()}:${process.pid}`;

/** The schedule tick a job was created for: the latest tick at or before its creation. */
export function periodOf(schedule: { cron: string; tz?: string | undefined }, createdOn: Date): Date {
  const ticks = cronParser.parseExpression(schedule.cron, {
    tz: schedule.tz ?? "UTC",
    currentDate: new Date(createdOn.getTime() + 1),
  });
  return ticks.prev().toDate();
}

function nextTick(schedule: { cron: string; tz?: string | undefined }, now = new Date()): Date {
  return cronParser.parseExpression(schedule.cron, { tz: schedule.tz ?? "UTC", currentDate: now }).next().toDate();
}

/**
 * Starts (or resumes after a lost attempt) the run record of a job; false when another
 * job already ran for this period, which is then completed without running.
 */
async function startRun(run: { id: string; name: string; period: Date | null; attempt: number; now: Date }): Promise<boolean> {
  return withScope({ audience: "worker" }, async (tx) => {
    const existing = await tx.jobRun.findUnique({ where: { id: run.id }, select: { status: true, lastError: true } });
    const fields = { status: "RUNNING" as const, attempts: run.attempt, worker: WORKER, startedAt: run.now, finishedAt: null };
    if (existing) {
      await tx.jobRun.update({
        where: { id: run.id },
        data: { ...fields, lastError: existing.status === "RUNNING" ? LOST : existing.lastError },
      });
      return true;
    }
    // skipDuplicates: a (name, period) that already has a run inserts nothing.
    const { count } = await tx.jobRun.createMany({
      data: [{ id: run.id, name: run.name, period: run.period, ...fields }],
      skipDuplicates: true,
    });
    return count === 1;
  });
}

async function finishRun(id: string, result: { status: "SUCCEEDED" | "FAILED"; output?: unknown; error?: string }) {
  await withScope({ audience: "worker" }, (tx) =>
    tx.jobRun.update({
      where: { id },
      data: {
        status: result.status,
        finishedAt: new Date(),
        ...(result.output !== undefined ? { output: JSON.parse(JSON.stringify(result.output)) } : {}),
        ...(result.error !== undefined ? { lastError: result.error } : {}),
      },
    }),
  );
}

/** One job of the queue through its definition: payload check, run record, handler, outcome. */
export async function runJob(definition: AnyJob, job: PgBoss.JobWithMetadata<unknown>): Promise<unknown> {
  const now = new Date();
  const attempt = job.retryCount + 1;
  const period = definition.schedule ? periodOf(definition.schedule, job.createdOn) : null;
  const log = logger.child({ job: definition.name, jobId: job.id, attempt });
  if (!(await startRun({ id: job.id, name: definition.name, period, attempt, now }))) {
    log.info({ period }, "job skipped: this period already has a run");
    return { skipped: true };
  }
  try {
    const payload = definition.payload.parse(job.data ?? {});
    const output = await definition.handler(payload, { jobId: job.id, name: definition.name, attempt, period, now, log });
    await finishRun(job.id, { status: "SUCCEEDED", output: output ?? null });
    log.info({ ms: Date.now() - now.getTime(), output }, "job succeeded");
    return output;
  } catch (error) {
    await finishRun(job.id, { status: "FAILED", error: shortError(error) }).catch(() => undefined);
    log.error({ err: error }, "job failed");
    // pg-boss records the failure and retries while the job's retry limit allows.
    throw error;
  }
}

export async function startScheduler(options: SchedulerOptions): Promise<Scheduler> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    application_name: "canal-worker",
    max: 3,
    // The owner installs and upgrades the schema with the migrations (scripts/db/jobs-schema.ts).
    migrate: false,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
    cronWorkerIntervalSeconds: Math.min(5, options.cronMonitorIntervalSeconds ?? 5),
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();

  const schedules: ScheduleInfo[] = [];
  const names = new Set<string>();
  for (const definition of options.jobs) {
    names.add(definition.name);
    const queue = queueOptions(definition);
    // Declared if missing, then made to follow the code (retries, timeout).
    await withScope({ audience: "worker" }, (tx) => ensureQueue(tx, definition));
    await boss.updateQueue(definition.name, queue);
    if (definition.schedule) {
      const { cron, tz = "UTC", payload } = definition.schedule;
      await boss.schedule(definition.name, cron, payload as object, { tz });
      schedules.push({ job: definition.name, cron, tz, next: nextTick(definition.schedule) });
    } else {
      await boss.unschedule(definition.name);
    }
    await boss.work(
      definition.name,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]) => (job ? runJob(definition, job) : undefined),
    );
  }
  if (options.pruneSchedules !== false) {
    for (const stored of await boss.getSchedules()) {
      if (!names.has(stored.name)) {
        await boss.unschedule(stored.name);
        logger.info({ job: stored.name }, "schedule removed: the job is no longer in the registry");
      }
    }
  }
  for (const schedule of schedules) logger.info(schedule, "job scheduled");

  return {
    schedules,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
