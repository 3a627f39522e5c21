import "server-only";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { z } from "zod";
import type { Tx } from "@/lib/db/scope";
import { JOB_SCHEMA, queueOptions, type AnyJob, type JobDefinition } from "./contract";

/**
 * pg-boss only to build its insert statement: it never connects (every call passes the
 * caller's transaction as `db`), so the web app holds no queue connection pool.
 */
let sender: PgBoss | undefined;
function queueSender(): PgBoss {
  sender ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: {
      executeSql() {
        throw new Error("enqueueJob runs in the caller's transaction only");
      },
    },
  });
  return sender;
}

/** A stable job id from a key, so enqueueing the same thing twice is harmless. */
function idFor(name: string, key: string): string {
  const hex = createHash("sha256").update(`${name}\0${key}`).digest("hex");
  // UUID layout, version 8 ("custom"), RFC 4122 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Declares a job's queue if it does not exist yet (pg-boss creates a partition table per
 * queue, with the owner's rights: scripts/db/jobs-schema.ts). Creations are serialized by
 * one advisory lock: two workers starting together on a fresh database would otherwise
 * deadlock attaching partitions. An existing queue costs one read and no lock. (pg-boss's
 * own queue, which it declares without this lock, is created with the schema:
 * scripts/db/jobs-schema.ts.)
 */
export async function ensureQueue(tx: Tx, job: AnyJob): Promise<void> {
  const existing = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 AS one FROM ${JOB_SCHEMA}.queue WHERE name = $1`, job.name);
  if (existing.length > 0) return;
  await tx.$queryRawUnsafe(`SELECT 1 AS one FROM (SELECT pg_advisory_xact_lock(hashtext('canal:create_queue'))) AS locked`);
  await tx.$queryRawUnsafe(
    `SELECT 1 AS one FROM (SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)) AS created`,
    job.name,
    JSON.stringify(queueOptions(job)),
  );
}

/**
 * Enqueues a delayed job in the caller's transaction: it exists if and only if the
 * change that asked for it commits (a reminder for a deal that was saved, an SLA timeout
 * for a claim that was submitted). The payload is checked against the job's schema now,
 * not when the job runs. With `key`, the job id is derived from it: enqueueing the same
 * key again while the job is pending or kept in the queue does nothing.
 */
export async function enqueueJob<S extends z.ZodType>(
  tx: Tx,
  job: JobDefinition<S>,
  payload: z.input<S>,
  options: { startAfter?: Date; key?: string } = {},
): Promise<string | null> {
  const data = job.payload.parse(payload) as object;
  const db = {
    async executeSql(text: string, values: unknown[] = []) {
      // JSON values travel as text; the statement casts them (pg-boss writes `$3::jsonb`).
      const params = values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      return { rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params) };
    },
  };
  // The job's queue may not exist yet (no worker has started since the job was added).
  await ensureQueue(tx, job);
  return queueSender().send(job.name, data, {
    db,
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.key ? { id: idFor(job.name, options.key) } : {}),
  });
}
