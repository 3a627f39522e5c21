/**
 * The job scheduler (lib/jobs/scheduler.ts) on real PostgreSQL with real pg-boss: a
 * schedule runs once per period however many workers run it, a job whose worker was
 * killed mid-run is retried by another, failures retry and are recorded, and delayed
 * jobs are enqueued in the caller's transaction. Each test uses its own job names, so
 * test files sharing the database never run each other's jobs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { withScope } from "@/lib/db/scope";
import { defineJob, type AnyJob } from "@/lib/jobs/contract";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { periodOf, startScheduler, type Scheduler } from "@/lib/jobs/scheduler";
import { PG_BOSS_CRON_QUEUE } from "@/scripts/db/jobs-schema";
import { SERVER_ONLY_SHIM } from "@/scripts/db/tasks";
import { ownerQuery } from "../fixtures/db";

type RunRow = {
  id: string;
  status: string;
  attempts: number;
  period: Date | null;
  worker: string;
  lastError: string | null;
  output: unknown;
};

const started: Scheduler[] = [];
const children: ChildProcess[] = [];
const jobName = (verb: string) => `test.${verb}${randomBytes(4).toString("hex")}`;

function scheduler(jobs: AnyJob[], extra: { maintenanceIntervalSeconds?: number } = {}) {
  return startScheduler({
    connectionString: process.env.DATABASE_APP_URL!,
    jobs,
    pollingIntervalSeconds: 0.5,
    cronMonitorIntervalSeconds: 1,
    pruneSchedules: false,
    ...extra,
  }).then((s) => (started.push(s), s));
}

const runsOf = (name: string) =>
  ownerQuery<RunRow>(
    `SELECT id, status, attempts, period, worker, "lastError", output FROM "JobRun" WHERE name = $1 ORDER BY "startedAt"`,
    [name],
  );

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await Promise.all(started.splice(0).map((s) => s.stop()));
});

describe("periodic jobs", () => {
  it("find pg-boss's own queue declared with the schema, before any worker started", async () => {
    // Declared by the first worker instead, it raced the queues declared beside it (40P01).
    const rows = await ownerQuery(`SELECT name FROM pgboss.queue WHERE name = $1`, [PG_BOSS_CRON_QUEUE]);
    expect(rows).toEqual([{ name: PG_BOSS_CRON_QUEUE }]);
  });

  it("run once per period with two workers, and record each run", async () => {
    const calls: string[] = [];
    const tick = defineJob({
      name: jobName("tick"),
      payload: z.object({ n: z.number() }),
      schedule: { cron: "* * * * *", payload: { n: 7 } },
      handler: async (payload, run) => {
        calls.push(run.period!.toISOString());
        return { n: payload.n };
      },
    });
    // Two workers, each checking the schedules every second and polling twice a second.
    const [a] = await Promise.all([scheduler([tick]), scheduler([tick])]);
    expect(a!.schedules).toEqual([{ job: tick.name, cron: "* * * * *", tz: "UTC", next: expect.any(Date) }]);
    await waitFor(async () => (await runsOf(tick.name)).some((r) => r.status === "SUCCEEDED"), "the first run");
    // Both workers keep checking the schedule for several more rounds.
    await sleep(4_000);

    const runs = await runsOf(tick.name);
    // One run per period (the wait may straddle a minute, hence one or two periods), each run once.
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(new Set(runs.map((r) => r.period!.toISOString())).size).toBe(runs.length);
    expect(calls.sort()).toEqual(runs.map((r) => r.period!.toISOString()).sort());
    for (const run of runs) expect(run).toMatchObject({ status: "SUCCEEDED", attempts: 1, output: { n: 7 } });
  });

  it("a period's tick maps to the latest cron time at or before the job's creation", () => {
    expect(periodOf({ cron: "17 * * * *" }, new Date("2026-03-01T10:16:59Z")).toISOString()).toBe(
      "2026-03-01T09:17:00.000Z",
    );
    expect(periodOf({ cron: "17 * * * *" }, new Date("2026-03-01T10:17:00Z")).toISOString()).toBe(
      "2026-03-01T10:17:00.000Z",
    );
    expect(periodOf({ cron: "0 2 * * *", tz: "Europe/Madrid" }, new Date("2026-03-01T12:00:00Z")).toISOString()).toBe(
      "2026-03-01T01:00:00.000Z",
    );
  });
});

describe("retries", () => {
  it("a job whose worker was killed mid-run is retried by another worker", async () => {
    const name = jobName("killed");
    // One process (tsx as a loader, not its CLI, which would leave the real worker
    // running as an orphan of a SIGKILL).
    const child = spawn(
      process.execPath,
      ["--import", "tsx", ...SERVER_ONLY_SHIM, "tests/fixtures/job-worker.ts", name],
      {
        env: process.env,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    children.push(child);
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    await waitFor(async () => out.includes("ready"), "the child worker");

    const job = defineJob({
      name,
      payload: z.object({ n: z.number() }),
      retry: { limit: 2, delaySeconds: 0 },
      timeoutSeconds: 2,
      handler: async (payload, run) => ({ n: payload.n, attempt: run.attempt }),
    });
    const jobId = await withScope({ audience: "worker" }, (tx) => enqueueJob(tx, job, { n: 3 }));
    await waitFor(async () => out.includes(`started ${jobId}`), "the child to start the job");
    const [lost] = await runsOf(name);
    expect(lost).toMatchObject({ id: jobId, status: "RUNNING", attempts: 1 });
    child.kill("SIGKILL");

    // Another worker takes the job over once its timeout passed (maintenance every second).
    await scheduler([job], { maintenanceIntervalSeconds: 1 });
    await waitFor(async () => (await runsOf(name))[0]?.status === "SUCCEEDED", "the retry");
    const [run] = await runsOf(name);
    expect(run).toMatchObject({
      id: jobId,
      attempts: 2,
      output: { n: 3, attempt: 2 },
      lastError: "the previous attempt did not finish (worker stopped or timed out)",
    });
    expect(run!.worker).not.toBe(lost!.worker);
    // The child compiles the worker and every module's jobs through tsx: a few seconds alone,
    // far more while the rest of the suite keeps both cores busy.
  }, 60_000);

  it("a handler that throws is retried, and its error recorded", async () => {
    let calls = 0;
    const flaky = defineJob({
      name: jobName("flaky"),
      payload: z.object({}),
      retry: { limit: 2, delaySeconds: 0 },
      handler: async () => {
        calls += 1;
        if (calls === 1) throw new Error("relay down: smtp://user:secret@relay.example");
        return { ok: true };
      },
    });
    await scheduler([flaky]);
    const jobId = await withScope({ audience: "worker" }, (tx) => enqueueJob(tx, flaky, {}));
    await waitFor(async () => (await runsOf(flaky.name))[0]?.status === "SUCCEEDED", "the retried run");
    expect(await runsOf(flaky.name)).toEqual([
      expect.objectContaining({
        id: jobId,
        attempts: 2,
        output: { ok: true },
        lastError: "relay down: smtp://***@relay.example",
      }),
    ]);
  });
});

describe("delayed jobs", () => {
  const job = defineJob({
    name: jobName("later"),
    payload: z.object({ dealId: z.string() }),
    handler: async () => null,
  });
  const queued = (id: string) =>
    ownerQuery(`SELECT id, state, start_after FROM pgboss.job WHERE name = $1 AND id = $2`, [job.name, id]);

  it("is enqueued in the caller's transaction: gone with a rollback, idempotent by key, payload checked", async () => {
    const startAfter = new Date(Date.now() + 3 * 24 * 3600_000);
    await expect(
      withScope({ audience: "worker" }, async (tx) => {
        await enqueueJob(tx, job, { dealId: "dl_1" }, { startAfter, key: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const first = await withScope({ audience: "worker" }, (tx) =>
      enqueueJob(tx, job, { dealId: "dl_1" }, { startAfter, key: "deal dl_1" }),
    );
    const again = await withScope({ audience: "worker" }, (tx) =>
      enqueueJob(tx, job, { dealId: "dl_1" }, { startAfter, key: "deal dl_1" }),
    );
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(again).toBeNull();
    const rows = await ownerQuery<{ id: string; start_after: Date }>(
      `SELECT id, start_after FROM pgboss.job WHERE name = $1`,
      [job.name],
    );
    expect(rows).toEqual([{ id: first, start_after: startAfter }]);
    expect(await queued(first!)).toHaveLength(1);
    await expect(
      withScope({ audience: "worker" }, (tx) => enqueueJob(tx, job, { dealId: 42 } as unknown as { dealId: string })),
    ).rejects.toThrow();
  });
});

describe("registry", () => {
  it("schedules the rate-limit pruning, which drops windows older than a day", async () => {
    const { JOBS, pruneRateLimitsJob } = await import("@/lib/jobs/registry");
    const { consumeRateLimit } = await import("@/lib/auth/rate-limit");
    expect(JOBS).toContain(pruneRateLimitsJob);
    expect(pruneRateLimitsJob.schedule?.cron).toBe("17 * * * *");
    const subject = `prune-${randomBytes(4).toString("hex")}`;
    await consumeRateLimit("signupByIp", subject, new Date(Date.now() - 3 * 24 * 3600_000));
    await consumeRateLimit("signupByIp", subject);
    const log = (await import("@/lib/log")).logger.child({});
    const output = await pruneRateLimitsJob.handler(
      {},
      { jobId: "j", name: pruneRateLimitsJob.name, attempt: 1, period: null, now: new Date(), log },
    );
    expect(output).toMatchObject({ deleted: expect.any(Number) });
    const left = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "RateLimitBucket" WHERE key = $1`, [
      `signupByIp:${subject}`,
    ]);
    expect(left[0]!.n).toBe(1);
  });

  it("schedules the account pruning: expired sessions and sign-up requests a day past their link", async () => {
    const { JOBS, pruneAccountsJob } = await import("@/lib/jobs/registry");
    const { startSession } = await import("@/lib/auth/sessions");
    expect(JOBS).toContain(pruneAccountsJob);
    const { createTestTenant } = await import("../fixtures/factories");
    const userId = (await createTestTenant()).user.id;
    const live = await startSession(userId);
    const ended = await startSession(userId, new Date(Date.now() - 13 * 3600_000));
    const tag = randomBytes(4).toString("hex");
    const insertSignup = (id: string, expiresAt: Date) =>
      ownerQuery(
        `INSERT INTO "SignupRequest" (id, email, "adminName", "passwordHash", "tenantName", slug, "defaultLocale", currency, "timeZone", "tokenHash", "expiresAt")
         VALUES ($1, $2, 'A', 'x', 'T', $3, 'en', 'USD', 'UTC', $4, $5)`,
        [id, `${id}@example.test`, id, `hash-${id}`, expiresAt],
      );
    await insertSignup(`old-${tag}`, new Date(Date.now() - 26 * 3600_000));
    await insertSignup(`grace-${tag}`, new Date(Date.now() - 2 * 3600_000));
    const log = (await import("@/lib/log")).logger.child({});
    const output = await pruneAccountsJob.handler(
      {},
      { jobId: "j", name: pruneAccountsJob.name, attempt: 1, period: null, now: new Date(), log },
    );
    expect(output).toMatchObject({ sessions: expect.any(Number), signupRequests: expect.any(Number) });
    const sessions = await ownerQuery<{ id: string }>(`SELECT id FROM "Session" WHERE id = ANY($1)`, [[live, ended]]);
    expect(sessions.map((row) => row.id)).toEqual([live]);
    const signups = await ownerQuery<{ id: string }>(`SELECT id FROM "SignupRequest" WHERE id LIKE $1`, [`%-${tag}`]);
    expect(signups.map((row) => row.id)).toEqual([`grace-${tag}`]);
  });
});
