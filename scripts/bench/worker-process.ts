/**
 * One alerts worker process for `npm run bench` (scripts/bench/outbox.ts): the real
 * worker loop (runWorker) with rate limits off, sending to the bench's SMTP server.
 * It connects, says "ready" on standard output, starts on a "go" line on standard input,
 * stops gracefully on SIGTERM and then reports the CPU time it used ("cpu <ms>"). Environment: DATABASE_APP_URL, BENCH_SMTP_URL, and
 * the app's worker settings (WORKER_BATCH_SIZE, WORKER_CONCURRENCY, SMTP_MAX_CONNECTIONS).
 */
import { createInterface } from "node:readline";
import { prisma } from "@/lib/db/client";
import { TokenBucket } from "@/lib/jobs/rate-limit";
import { runWorker } from "@/lib/jobs/worker";
import { closeWorkerPool, workerQuery } from "@/lib/jobs/worker-db";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderEmail } from "@/lib/notify/templates";
import { closeTransports, createTransports, transportConfigFromEnv } from "@/lib/notify/transports";

// The app's own settings (SMTP_MAX_CONNECTIONS…), sending to the bench's SMTP server.
const transports = createTransports({ ...transportConfigFromEnv(), smtpUrl: process.env.BENCH_SMTP_URL!, twilio: null });
const controller = new AbortController();
process.on("SIGTERM", () => controller.abort());

// Warm up before the clock starts: both connection pools, and the e-mail templates
// (their messages are compiled on first use).
await prisma().$queryRaw`SELECT 1`;
await workerQuery(Prisma.sql`SELECT 1`);
for (const locale of ["en", "es"]) renderEmail({ type: "user.invited", locale, params: { inviter: "A", tenant: "B" }, link: "/" });
process.stdout.write("ready\n");
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once("line", () => resolve()));
const cpuAtStart = process.cpuUsage();

await runWorker({
  transports,
  // The per-channel limits model a provider's quota; the bench measures the machinery.
  limiters: { EMAIL: new TokenBucket(1e6), SMS: new TokenBucket(1e6) },
  signal: controller.signal,
});
// CPU time spent by this process while working (user + system), for the bench's per-message figure.
const cpu = process.cpuUsage(cpuAtStart);
process.stdout.write(`cpu ${(cpu.user + cpu.system) / 1000}\n`);
await closeTransports(transports);
await closeWorkerPool();
await prisma().$disconnect();
process.exit(0);
