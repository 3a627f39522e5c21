/**
 * `npm run bench` (optionally `-- --n 5000 --samples 1000`): on a throwaway embedded
 * PostgreSQL and a local smtp-server, prints
 *   (a) outbox throughput: N e-mails through the worker into SMTP, as pre-rendered
 *       deliveries (the send loop alone) and end to end from N published events
 *       (fan-out + send), in messages per second;
 *   (b) the latency publishing an event adds to a service transaction: p50/p95 of the
 *       same transaction (tenant read + audit row) with and without `publishEvent`.
 * Everything it starts it stops; it exits by itself.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { ensurePrismaClient } from "../db/tasks";
import { TestSmtpServer } from "../../tests/fixtures/smtp-server";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    samples: { type: "string", default: "500" },
    batch: { type: "string", default: "50" },
    concurrency: { type: "string", default: "4" },
  },
});
const N = Number(values.n);
const SAMPLES = Number(values.samples);
const BATCH = Number(values.batch);
const CONCURRENCY = Number(values.concurrency);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

runMain(async () => {
  await ensurePrismaClient();
  const db = await prepareDatabase({ mode: "test", quiet: true });
  // lib/env.ts reads the environment once, on first use: set it before importing lib/.
  Object.assign(process.env, {
    DATABASE_APP_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    LOG_LEVEL: "error",
  });
  const { prisma } = await import("@/lib/db/client");
  const { withScope } = await import("@/lib/db/scope");
  const { scopeOf } = await import("@/lib/auth/context");
  const { recordAudit } = await import("@/lib/audit/service");
  const { TokenBucket } = await import("@/lib/jobs/rate-limit");
  const { runWorker } = await import("@/lib/jobs/worker");
  const { publishEvent } = await import("@/lib/notify/publish");
  const { closeTransports, createTransports } = await import("@/lib/notify/transports");
  const { queueDeliveries, statusCounts } = await import("../../tests/fixtures/deliveries");
  const { ownerQuery } = await import("../../tests/fixtures/db");
  const { createTestTenant } = await import("../../tests/fixtures/factories");

  const smtp = await TestSmtpServer.start();
  const transports = createTransports({
    smtpUrl: smtp.url,
    mailFrom: "Canal <bench@canal.localhost>",
    appUrl: "http://localhost:3000",
  });
  // The per-channel limits model a provider's quota; the bench measures the machinery.
  const unlimited = () => ({ EMAIL: new TokenBucket(1e6), SMS: new TokenBucket(1e6) });
  /** Runs the real worker loop until `sentSoFar()` reaches N, then stops it gracefully. */
  const drain = async (expand: boolean, sentSoFar: () => Promise<number>) => {
    const controller = new AbortController();
    const worker = runWorker({
      transports,
      limiters: unlimited(),
      expand,
      batchSize: BATCH,
      concurrency: CONCURRENCY,
      pollMs: 20,
      signal: controller.signal,
    });
    while ((await sentSoFar()) < N) await new Promise((resolve) => setTimeout(resolve, 25));
    controller.abort();
    await worker;
  };
  const sentOf = (where: string, param: string) => async () =>
    (
      await ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Delivery" WHERE ${where} AND "status" = 'SENT'`,
        [param],
      )
    )[0]!.n;

  console.log(`Outbox benchmark — Node ${process.version}, embedded PostgreSQL, local smtp-server`);
  console.log(
    `worker loop (runWorker): batch ${BATCH} per channel, ${CONCURRENCY} sends in flight, rate limits off; the SMTP server shares the process\n`,
  );

  // (a1) the send loop alone
  const { eventId } = await queueDeliveries({ channel: "EMAIL", count: N, html: true });
  let started = performance.now();
  await drain(false, sentOf(`"eventId" = $1`, eventId));
  let seconds = (performance.now() - started) / 1000;
  const sent = (await statusCounts(eventId)).SENT ?? 0;
  console.log(
    `(a) throughput, ${N} pre-rendered e-mail deliveries → SMTP: ${(sent / seconds).toFixed(0)} messages/s (${seconds.toFixed(2)} s, ${sent} sent, ${smtp.messages.length} received)`,
  );

  // (a2) end to end: published events, expanded by the fan-out, then sent
  const admin = await createTestTenant();
  await withScope(scopeOf(admin), async (tx) => {
    for (let i = 0; i < N; i++) {
      await publishEvent(tx, {
        tenantId: admin.tenantId,
        type: "user.invited",
        payload: {
          recipients: [{ email: `bench-${i}@example.test`, locale: i % 2 ? "es" : "en" }],
          link: "/accept",
          params: { inviter: "Ada", tenant: "Acme" },
        },
      });
    }
  });
  const before = smtp.messages.length;
  started = performance.now();
  await drain(true, sentOf(`"tenantId" = $1`, admin.tenantId));
  seconds = (performance.now() - started) / 1000;
  const received = smtp.messages.length - before;
  console.log(
    `    end to end, ${N} published events → fan-out → SMTP: ${(received / seconds).toFixed(0)} messages/s (${seconds.toFixed(2)} s, ${received} received)`,
  );

  // (b) what publishEvent adds to a service transaction
  const transaction = (publish: boolean) =>
    withScope(scopeOf(admin), async (tx) => {
      await tx.tenant.findUnique({ where: { id: admin.tenantId } });
      await recordAudit(tx, admin, { action: "bench.touch", entityType: "Tenant", entityId: admin.tenantId });
      if (publish) {
        await publishEvent(tx, {
          tenantId: admin.tenantId,
          type: "partner.created",
          payload: {
            recipients: [{ userId: admin.user.id }],
            link: "/partners",
            params: { actor: "Ada", partner: "Bench", tenant: "Acme" },
          },
        });
      }
    });
  const timings: Record<"without" | "with", number[]> = { without: [], with: [] };
  for (let i = 0; i < 50; i++) await transaction(i % 2 === 0); // warm-up
  for (let i = 0; i < SAMPLES * 2; i++) {
    const publish = i % 2 === 1; // interleaved, so drift hits both sides alike
    const t = performance.now();
    await transaction(publish);
    timings[publish ? "with" : "without"].push(performance.now() - t);
  }
  const [w, p] = [timings.without.sort((a, b) => a - b), timings.with.sort((a, b) => a - b)];
  console.log(`(b) service transaction (tenant read + audit row), ${SAMPLES} samples each:`);
  console.log(`    without publishEvent: p50 ${ms(percentile(w, 50))}, p95 ${ms(percentile(w, 95))}`);
  console.log(`    with publishEvent:    p50 ${ms(percentile(p, 50))}, p95 ${ms(percentile(p, 95))}`);
  console.log(
    `    added by publishing:  p50 +${ms(percentile(p, 50) - percentile(w, 50))}, p95 +${ms(percentile(p, 95) - percentile(w, 95))}`,
  );

  await closeTransports(transports);
  await smtp.stop();
  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
