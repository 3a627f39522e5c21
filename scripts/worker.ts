/**
 * `npm run worker`: Canal's background process — the alerts worker (outbox expansion,
 * e-mail and SMS delivery) and the job scheduler (periodic and delayed jobs of
 * lib/jobs/registry.ts, logged with their next run at start). `npm run dev` / `npm start`
 * start it next to Next (scripts/run-app.ts); any number may run against one database.
 * SIGTERM/SIGINT stop claiming; in-flight sends and running jobs finish and are recorded,
 * claimed rows not yet sent go back to the queue, then the process exits. A second
 * signal exits at once (whatever it held is taken again once its lease or timeout passes).
 * Usage: tsx --import ./scripts/db/server-only-shim.ts scripts/worker.ts
 */
import { prisma } from "@/lib/db/client";
import { authSecretForLaunch } from "./db/secret";

// Unsubscribe links are signed with AUTH_SECRET; started alone, use the app's local one.
process.env.AUTH_SECRET = authSecretForLaunch();
import { env } from "@/lib/env";
import { JOBS } from "@/lib/jobs/registry";
import { startScheduler, type Scheduler } from "@/lib/jobs/scheduler";
import { runWorker } from "@/lib/jobs/worker";
import { closeWorkerPool } from "@/lib/jobs/worker-db";
import { logger } from "@/lib/log";

const appUrl = env().DATABASE_APP_URL;
if (!appUrl) {
  console.error("DATABASE_APP_URL is not set: `npm run dev` starts the database and this worker together.");
  process.exit(2);
}

const controller = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) {
      logger.warn({ signal }, "worker: second signal, exiting without waiting");
      process.exit(1);
    }
    logger.info({ signal }, "worker: stopping after in-flight sends and running jobs");
    controller.abort();
  });
}

async function main(): Promise<void> {
  let scheduler: Scheduler | undefined;
  try {
    scheduler = await startScheduler({
      connectionString: appUrl!,
      jobs: JOBS,
      pollingIntervalSeconds: env().JOB_POLL_SECONDS,
      cronMonitorIntervalSeconds: env().JOB_CRON_CHECK_SECONDS,
    });
    await runWorker({ signal: controller.signal });
  } finally {
    await scheduler?.stop();
  }
}

main().then(
  async () => {
    await closeWorkerPool();
    await prisma().$disconnect();
    // The pg pools would keep the event loop alive for a while: exit explicitly.
    process.exit(0);
  },
  (error: unknown) => {
    logger.error({ err: error }, "worker crashed");
    process.exit(1);
  },
);
