/**
 * `npm run worker`: the alerts worker (outbox expansion, e-mail and SMS delivery) as its
 * own process. `npm run dev` / `npm start` start it next to Next (scripts/run-app.ts).
 * SIGTERM/SIGINT stop claiming; in-flight sends finish and are recorded, claimed rows
 * not yet sent go back to the queue, then the process exits. A second signal exits at
 * once (rows it held are taken again by any worker once their lease passes).
 * Usage: tsx --import ./scripts/db/server-only-shim.ts scripts/worker.ts
 */
import { prisma } from "@/lib/db/client";
import { authSecretForLaunch } from "./db/secret";

// Unsubscribe links are signed with AUTH_SECRET; started alone, use the app's local one.
process.env.AUTH_SECRET = authSecretForLaunch();
import { env } from "@/lib/env";
import { runWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log";

if (!env().DATABASE_APP_URL) {
  console.error("DATABASE_APP_URL is not set: `npm run dev` starts the database and this worker together.");
  process.exit(2);
}

const controller = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) {
      logger.warn("worker: second signal, exiting without waiting", { signal });
      process.exit(1);
    }
    logger.info("worker: stopping after in-flight sends", { signal });
    controller.abort();
  });
}

runWorker({ signal: controller.signal }).then(
  async () => {
    await prisma().$disconnect();
    // The pg pool would keep the event loop alive for a while: exit explicitly.
    process.exit(0);
  },
  (error: unknown) => {
    logger.error("worker crashed", { error });
    process.exit(1);
  },
);
