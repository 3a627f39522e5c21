/**
 * The job queue's tables (pg-boss, schema `pgboss`), installed and upgraded by the owner
 * role with the migrations, so the worker can run as the app role, which creates nothing.
 * pg-boss creates one partition table per queue when a queue is first declared; its two
 * functions that do so run with the owner's rights (SECURITY DEFINER), so the worker can
 * declare the queues of its job registry without owning anything.
 *
 * pg-boss's own queue (its timekeeper's, for schedules) is declared here too. Every
 * scheduler start calls create_queue for it without the advisory lock lib/jobs/enqueue.ts
 * takes; on a database where it did not exist yet, that creation could run beside another
 * (a second worker starting, or ensureQueue): each held ROW EXCLUSIVE on pgboss.queue
 * from its insert and waited for SHARE ROW EXCLUSIVE to add its partition's foreign key,
 * and PostgreSQL failed one with 40P01 (deadlock detected). Once the queue exists,
 * pg-boss's call inserts nothing and waits for no one.
 */
import pg from "pg";
import PgBoss from "pg-boss";
import { JOB_SCHEMA } from "../../lib/jobs/contract";

/** pg-boss's timekeeper queue (node_modules/pg-boss/src/timekeeper.js, QUEUES.SEND_IT). */
export const PG_BOSS_CRON_QUEUE = "__pgboss__send-it";

export async function ensureJobSchema(ownerUrl: string): Promise<void> {
  // migrate: true installs or upgrades the schema to this pg-boss version; nothing else runs.
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => undefined);
  await boss.start();
  // Declared by the owner before any worker starts (see above); a no-op when it exists.
  await boss.createQueue(PG_BOSS_CRON_QUEUE);
  await boss.stop({ graceful: false, wait: true });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      ALTER FUNCTION ${JOB_SCHEMA}.create_queue(text, json) SECURITY DEFINER SET search_path = ${JOB_SCHEMA}, pg_catalog;
      ALTER FUNCTION ${JOB_SCHEMA}.delete_queue(text) SECURITY DEFINER SET search_path = ${JOB_SCHEMA}, pg_catalog;
    `);
  } finally {
    await client.end();
  }
}
