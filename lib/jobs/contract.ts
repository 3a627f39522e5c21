import type { Logger } from "pino";
import type { z } from "zod";

/**
 * The typed contract of a background job (lib/jobs/scheduler.ts runs them, in the
 * worker). A module declares each job once with `defineJob` and lists it in
 * lib/jobs/registry.ts:
 *
 *   export const expireQuotes = defineJob({
 *     name: "quotes.expire",                          // <module>.<verb>, stable: it names the queue
 *     payload: z.object({}),                          // parsed before the handler runs
 *     schedule: { cron: "5 * * * *", payload: {} },   // periodic (UTC unless `tz`); omit for delayed-only jobs
 *     retry: { limit: 5, delaySeconds: 30 },          // on a thrown error or a lost worker
 *     timeoutSeconds: 300,                            // longer = lost, retried
 *     handler: async (payload, job) => ({ expired: await expireDueQuotes(job.now) }),
 *   });
 *
 * Delayed jobs (a reminder in three days, an SLA timeout) are enqueued by a service in
 * its own transaction with `enqueueJob(tx, job, payload, { startAfter, key })`
 * (lib/jobs/enqueue.ts). Handlers must be safe to run again: a retry after a lost
 * worker repeats whatever the lost attempt had done.
 */
export type JobRun = {
  /** the queue's job id (pg-boss uuid) */
  jobId: string;
  name: string;
  /** 1 on the first try */
  attempt: number;
  /** the schedule's tick this run is for; null for a delayed job */
  period: Date | null;
  /** when the run started (handlers use it instead of reading the clock) */
  now: Date;
  /** a child logger carrying the job's name, id and attempt */
  log: Logger;
};

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  handler: (payload: z.output<S>, run: JobRun) => Promise<unknown>;
  schedule?: { cron: string; tz?: string; payload: z.input<S> };
  retry?: { limit: number; delaySeconds: number; backoff?: boolean };
  timeoutSeconds?: number;
};

/** Any job, whatever its payload (the registry's element type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJob = JobDefinition<any>;

/** The PostgreSQL schema of the job queue's tables (pg-boss), installed by scripts/db/jobs-schema.ts. */
export const JOB_SCHEMA = "pgboss";

const NAME = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  if (!NAME.test(definition.name)) throw new Error(`job name "${definition.name}" must look like "module.verb"`);
  if (definition.schedule) definition.payload.parse(definition.schedule.payload);
  return definition;
}

/** The pg-boss queue settings of a job: its retries and timeout, declared in code. */
export function queueOptions(definition: AnyJob) {
  return {
    name: definition.name,
    policy: "standard" as const,
    retryLimit: definition.retry?.limit ?? 2,
    retryDelay: definition.retry?.delaySeconds ?? 30,
    retryBackoff: definition.retry?.backoff ?? false,
    expireInSeconds: definition.timeoutSeconds ?? 15 * 60,
  };
}
