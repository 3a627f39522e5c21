/**
 * `npm run bench` (optionally `-- --n 3000 --rate 200 --seconds 10`): on a throwaway
 * embedded PostgreSQL and a local smtp-server (in this process; each worker is a process
 * of its own, scripts/bench/worker-process.ts), prints
 *   (a) the enqueue rate: events published by service transactions (one event each,
 *       8 concurrent publishers), per second;
 *   (b) end-to-end outbox throughput — N published events → fan-out → SMTP accepted —
 *       with one worker process and with two (goal: ≥ 200/s, and two ≥ 1.6× one), with
 *       the workers' CPU per message and how busy the whole machine was (two workers can
 *       only add throughput while the cores are not already saturated);
 *   (c) enqueue → accept latency (p50/p95/max) at a steady offered load (default 200
 *       events/s for 10 s, one worker; goal p95 ≤ 5 s);
 *   (d) what publishing adds to a service transaction (p50/p95 with and without).
 * `--profile <dir>` writes each worker's CPU profile there (open in Chrome DevTools).
 * Everything it starts it stops; it exits by itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { runMain } from "../db/lifecycle";
import { prepareDatabase } from "../db/prepare";
import { REPO_ROOT } from "../db/pg-url";
import { SERVER_ONLY_SHIM, ensurePrismaClient } from "../db/tasks";
import { TestSmtpServer } from "../../tests/fixtures/smtp-server";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    rate: { type: "string", default: "200" },
    seconds: { type: "string", default: "10" },
    samples: { type: "string", default: "300" },
    /** write each worker process's CPU profile (.cpuprofile) into this folder */
    profile: { type: "string" },
  },
});
const N = Number(values.n);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const SAMPLES = Number(values.samples);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (value: number) => `${value.toFixed(2)} ms`;
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

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
  const { publishEvent } = await import("@/lib/notify/publish");
  const { createTestTenant } = await import("../../tests/fixtures/factories");

  const smtp = await TestSmtpServer.start({ parse: false });
  const admin = await createTestTenant();
  const workers: ChildProcess[] = [];
  /** CPU time (ms) the worker processes reported when they stopped */
  let workerCpuMs = 0;

  /** Starts `count` worker processes, waits until each is connected, then lets them go. */
  const startWorkers = async (count: number) => {
    const started = Array.from({ length: count }, () => {
      const profile = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${values.profile}`] : [];
      const child = spawn(process.execPath, [...profile, "--import", "tsx", ...SERVER_ONLY_SHIM, "scripts/bench/worker-process.ts"], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          BENCH_SMTP_URL: smtp.url,
        },
        stdio: ["pipe", "pipe", "inherit"],
      });
      workers.push(child);
      return new Promise<ChildProcess>((resolve, reject) => {
        child.once("exit", (code) => reject(new Error(`bench worker exited with ${code}`)));
        createInterface({ input: child.stdout! }).on("line", (line) => {
          if (line === "ready") resolve(child);
          else if (line.startsWith("cpu ")) workerCpuMs += Number(line.slice(4));
        });
      });
    });
    const ready = await Promise.all(started);
    const go = performance.now();
    for (const child of ready) child.stdin!.write("go\n");
    return go;
  };
  const stopWorkers = async () => {
    await Promise.all(
      workers.splice(0).map((child) => {
        child.removeAllListeners("exit");
        const exited = new Promise((resolve) => child.once("close", resolve));
        child.kill("SIGTERM");
        return exited;
      }),
    );
  };

  let serial = 0;
  /** One service-like transaction publishing one invitation e-mail; returns its recipient. */
  const publishOne = async () => {
    const to = `bench-${(serial += 1)}@example.test`;
    await withScope(scopeOf(admin), (tx) =>
      publishEvent(tx, {
        tenantId: admin.tenantId,
        type: "user.invited",
        payload: { recipients: [{ email: to, locale: serial % 2 ? "es" : "en" }], link: "/accept", params: { inviter: "Ada", tenant: "Acme" } },
      }),
    );
    return to;
  };
  /** Publishes `count` events from 8 concurrent publishers; returns events per second. */
  const publishMany = async (count: number) => {
    let left = count;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (left-- > 0) await publishOne();
      }),
    );
    return count / ((performance.now() - started) / 1000);
  };
  /** Runs `count` workers until the SMTP server accepted `expected` more messages; messages per second. */
  /** Busy share of all cores since `before` (every process on the machine, not only ours). */
  const cpuTimes = () => os.cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const drain = async (count: number, expected: number) => {
    const target = smtp.accepted + expected;
    workerCpuMs = 0;
    const before = cpuTimes();
    // The clock starts when the connected workers are told to go (process start-up excluded).
    const started = await startWorkers(count);
    while (smtp.accepted < target) await sleep(10);
    const seconds = (performance.now() - started) / 1000;
    await stopWorkers();
    // Every message exactly once: as many distinct recipients as accepted messages.
    const duplicates = smtp.accepted - smtp.arrivals.size;
    const after = cpuTimes();
    const machineBusy = 1 - (after.idle - before.idle) / (after.all - before.all);
    return { rate: expected / seconds, seconds, duplicates, cpuPerMessage: workerCpuMs / expected, machineBusy };
  };

  console.log(`Outbox benchmark — Node ${process.version}, embedded PostgreSQL, local smtp-server, ${N} messages per run`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (other processes share the cores)`);
  const { env } = await import("@/lib/env");
  console.log(
    `worker processes: runWorker with rate limits off; WORKER_BATCH_SIZE ${env().WORKER_BATCH_SIZE}, WORKER_CONCURRENCY ${env().WORKER_CONCURRENCY}, SMTP_MAX_CONNECTIONS ${env().SMTP_MAX_CONNECTIONS}\n`,
  );

  const enqueueRate = await publishMany(N);
  console.log(`(a) enqueue: ${enqueueRate.toFixed(0)} events/s (one event per service transaction, 8 publishers)`);
  const one = await drain(1, N);
  console.log(`(b) end to end, published → fan-out → SMTP accepted, 1 worker:  ${one.rate.toFixed(0)} messages/s (${one.seconds.toFixed(2)} s, worker CPU ${one.cpuPerMessage.toFixed(2)} ms/message, machine ${(one.machineBusy * 100).toFixed(0)}% busy)  goal ≥ 200${one.duplicates ? ` — ${one.duplicates} DUPLICATES` : ""}`);
  await publishMany(N);
  const two = await drain(2, N);
  console.log(
    `    end to end, 2 workers: ${two.rate.toFixed(0)} messages/s (${two.seconds.toFixed(2)} s, worker CPU ${two.cpuPerMessage.toFixed(2)} ms/message, machine ${(two.machineBusy * 100).toFixed(0)}% busy) = ${(two.rate / one.rate).toFixed(2)}× one worker  goal ≥ 1.6×${two.duplicates ? ` — ${two.duplicates} DUPLICATES` : ""}`,
  );

  // (c) steady offered load: RATE events/s, each published in its own transaction and
  // timed from its commit to the SMTP server's acceptance.
  await startWorkers(1);
  const published = new Map<string, number>();
  const total = RATE * SECONDS;
  const tickMs = 50;
  const perTick = (RATE * tickMs) / 1000;
  const loadStart = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let tick = 0; published.size + inFlight.length < total && tick < (SECONDS * 1000) / tickMs; tick++) {
    const due = loadStart + tick * tickMs;
    if (due > performance.now()) await sleep(due - performance.now());
    for (let i = 0; i < perTick; i++) {
      const p = publishOne().then((to) => void published.set(to, Date.now()));
      inFlight.push(p);
    }
  }
  await Promise.all(inFlight);
  const offered = published.size / ((performance.now() - loadStart) / 1000);
  while ([...published.keys()].some((to) => !smtp.arrivals.has(to))) await sleep(20);
  await stopWorkers();
  const latencies = [...published].map(([to, at]) => smtp.arrivals.get(to)! - at).sort((a, b) => a - b);
  console.log(
    `(c) latency at ${offered.toFixed(0)} events/s offered for ${SECONDS} s, 1 worker: enqueue → accepted p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies.at(-1)!)}  goal p95 ≤ 5 s`,
  );

  // (d) what publishEvent adds to a service transaction
  const transaction = (publish: boolean) =>
    withScope(scopeOf(admin), async (tx) => {
      await tx.tenant.findUnique({ where: { id: admin.tenantId } });
      await recordAudit(tx, admin, { action: "bench.touch", entityType: "Tenant", entityId: admin.tenantId });
      if (publish) {
        await publishEvent(tx, {
          tenantId: admin.tenantId,
          type: "partner.created",
          payload: { recipients: [{ userId: admin.user.id }], link: "/partners", params: { actor: "Ada", partner: "Bench", tenant: "Acme" } },
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
  console.log(`(d) service transaction (tenant read + audit row), ${SAMPLES} samples each:`);
  console.log(`    without publishEvent: p50 ${ms(percentile(w, 50))}, p95 ${ms(percentile(w, 95))}`);
  console.log(`    with publishEvent:    p50 ${ms(percentile(p, 50))}, p95 ${ms(percentile(p, 95))}`);

  await stopWorkers();
  await smtp.stop();
  await prisma().$disconnect();
  // runMain's shutdown stops the throwaway database.
});
