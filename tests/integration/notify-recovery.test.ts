/**
 * The alerts worker under failure: a worker killed mid-batch, two workers on one outbox,
 * a graceful shutdown, and SMS quiet hours. Real SMTP server, real PostgreSQL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LEASE_MS, claimDue, recordOutcome } from "@/lib/jobs/queue";
import { TokenBucket } from "@/lib/jobs/rate-limit";
import { runWorker, runWorkerOnce, type WorkerOptions } from "@/lib/jobs/worker";
import { sendClaimed } from "@/lib/notify/deliver";
import { closeTransports, createTransports, type Transports } from "@/lib/notify/transports";
import { messageIdFor } from "@/lib/notify/transports/smtp";
import { createId } from "@/lib/ids";
import { ownerQuery } from "../fixtures/db";
import { deliveriesOf, queueDeliveries, statusCounts } from "../fixtures/deliveries";
import { TestSmtpServer } from "../fixtures/smtp-server";

const MAIL_FROM = "Canal <alerts@canal.example.test>";
const fast = () => ({ EMAIL: new TokenBucket(1_000), SMS: new TokenBucket(1_000) });
let smtp: TestSmtpServer;
const opened: Transports[] = [];

/** A transport set of its own, as a separate worker process would have. */
function newTransports(): Transports {
  const transports = createTransports({
    smtpUrl: smtp.url,
    mailFrom: MAIL_FROM,
    appUrl: "https://canal.example.test",
    twilio: null,
  });
  opened.push(transports);
  return transports;
}

function pass(eventIds: string[], options: WorkerOptions = {}) {
  return runWorkerOnce({ transports: opened[0], eventIds, expand: false, limiters: fast(), ...options });
}

/** How often each of these deliveries' messages reached the SMTP server. */
function receivedCounts(ids: string[]): number[] {
  const counts = smtp.countByMessageId();
  return ids.map((id) => counts.get(messageIdFor(id, MAIL_FROM)) ?? 0);
}

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  newTransports();
});

beforeEach(() => {
  smtp.delayMs = 0;
  smtp.onDataStart = undefined;
});

afterAll(async () => {
  await Promise.all(opened.map(closeTransports));
  await smtp.stop();
});

describe("worker killed mid-batch", () => {
  it("redelivers what it had claimed but not sent, exactly once, once its lease passes", async () => {
    const { eventId, ids } = await queueDeliveries({ channel: "EMAIL", count: 6 });
    const t0 = new Date();
    const ctx = { transports: opened[0]!, maxAttempts: 6, now: () => t0 };

    // The first worker claims the batch, sends two messages, then dies.
    const claimed = await claimDue({ channel: "EMAIL", limit: 10, now: t0, eventIds: [eventId] });
    expect(claimed).toHaveLength(6);
    for (const row of claimed.slice(0, 2)) expect(await recordOutcome(row, await sendClaimed(row, ctx), t0)).toBe(true);
    expect(await statusCounts(eventId)).toEqual({ SENT: 2, SENDING: 4 });

    // A restarted worker leaves the claim alone while the lease holds…
    expect(await pass([eventId], { now: new Date(t0.getTime() + LEASE_MS - 1_000) })).toMatchObject({ claimed: 0 });
    // …and takes the unsent rows over once it has passed.
    const later = new Date(t0.getTime() + LEASE_MS + 1_000);
    expect(await pass([eventId], { now: later })).toMatchObject({ claimed: 4, sent: 4 });

    expect(await statusCounts(eventId)).toEqual({ SENT: 6 });
    expect(receivedCounts(ids)).toEqual([1, 1, 1, 1, 1, 1]);
    const rows = await deliveriesOf(eventId);
    expect(rows.map((r) => r.attempts).sort()).toEqual([1, 1, 2, 2, 2, 2]);

    // The dead worker waking up late cannot overwrite the new claim's outcome (fencing).
    const stale = claimed[5]!;
    expect(await recordOutcome(stale, { kind: "failed", error: "late", nextAttemptAt: later }, later)).toBe(false);
    expect((await deliveriesOf(eventId)).find((r) => r.id === stale.id)).toMatchObject({
      status: "SENT",
      lastError: null,
    });
  });
});

describe("two workers on the same outbox", () => {
  it("never send one delivery twice", async () => {
    const { eventId, ids } = await queueDeliveries({ channel: "EMAIL", count: 40 });
    // Keep sends in flight long enough (≥ 0.4 s for the 40) that both workers claim some.
    smtp.delayMs = 20;
    const worker = async (transports: Transports) => {
      let claimed = 0;
      for (;;) {
        const stats = await runWorkerOnce({
          transports,
          eventIds: [eventId],
          expand: false,
          limiters: fast(),
          batchSize: 5,
          concurrency: 2,
        });
        if (stats.claimed === 0) return claimed;
        claimed += stats.claimed;
      }
    };
    const [a, b] = await Promise.all([worker(newTransports()), worker(newTransports())]);

    expect(a + b).toBe(40);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(await statusCounts(eventId)).toEqual({ SENT: 40 });
    expect(receivedCounts(ids).every((n) => n === 1)).toBe(true);
  });
});

describe("graceful shutdown", () => {
  it("finishes the send in flight and hands unsent claimed rows back untouched", async () => {
    const { eventId, ids } = await queueDeliveries({ channel: "EMAIL", count: 5 });
    const controller = new AbortController();
    smtp.delayMs = 200;
    smtp.onDataStart = () => controller.abort(); // SIGTERM arrives while the first message is on the wire
    await runWorker({
      transports: opened[0],
      eventIds: [eventId],
      expand: false,
      limiters: fast(),
      concurrency: 1,
      pollMs: 20,
      signal: controller.signal,
    });

    expect(await statusCounts(eventId)).toEqual({ SENT: 1, QUEUED: 4 });
    const queued = (await deliveriesOf(eventId)).filter((r) => r.status === "QUEUED");
    expect(queued.every((r) => r.attempts === 0 && r.lockedUntil === null && r.lastError === null)).toBe(true);

    smtp.onDataStart = undefined;
    expect(await pass([eventId])).toMatchObject({ sent: 4 });
    expect(receivedCounts(ids)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("SMS quiet hours", () => {
  it("holds an SMS until the recipient's quiet hours end without counting an attempt; codes go out at once", async () => {
    // The next whole minute, so rows queued now are due and the expected end is exact.
    const t0 = new Date((Math.floor(Date.now() / 60_000) + 1) * 60_000);
    const local = (t0.getUTCHours() * 60 + t0.getUTCMinutes() + 330) % 1440; // Asia/Kolkata is UTC+5:30
    const userId = createId("user");
    await ownerQuery(
      `INSERT INTO "User" ("id", "email", "name", "timeZone", "quietHoursStart", "quietHoursEnd", "updatedAt")
       VALUES ($1, $2, 'Quiet Quinn', 'Asia/Kolkata', $3, $4, now())`,
      [userId, `${userId}@example.test`, (local + 1440 - 60) % 1440, (local + 120) % 1440],
    );
    const tunable = await queueDeliveries({ channel: "SMS", userId, type: "member.roleChanged" });
    const code = await queueDeliveries({ channel: "SMS", userId, type: "phone.verification" });

    expect(await pass([tunable.eventId, code.eventId], { now: t0 })).toMatchObject({
      claimed: 2,
      deferred: 1,
      sent: 1,
    });
    expect(await statusCounts(code.eventId)).toEqual({ SENT: 1 });
    const [held] = await deliveriesOf(tunable.eventId);
    expect(held).toMatchObject({ status: "QUEUED", attempts: 0, lockedUntil: null });
    expect(held!.nextAttemptAt).toEqual(new Date(t0.getTime() + 120 * 60_000));

    expect(await pass([tunable.eventId], { now: new Date(t0.getTime() + 119 * 60_000) })).toMatchObject({ claimed: 0 });
    expect(await pass([tunable.eventId], { now: held!.nextAttemptAt })).toMatchObject({ sent: 1 });
    expect(await deliveriesOf(tunable.eventId)).toMatchObject([{ status: "SENT", attempts: 1 }]);
  });
});
