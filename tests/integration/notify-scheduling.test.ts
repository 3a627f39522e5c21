/**
 * The alerts worker's scheduling rules, without I/O: retry backoff, the per-channel token
 * bucket, quiet hours and what an error looks like in the delivery log.
 */
import { describe, expect, it } from "vitest";
import { RETRY_CAP_MS, retryDelayMs } from "@/lib/jobs/backoff";
import { quietHoursEnd } from "@/lib/jobs/quiet-hours";
import { TokenBucket } from "@/lib/jobs/rate-limit";
import { messageIdDomain } from "@/lib/notify/transports/smtp";
import { shortError } from "@/lib/notify/transports/types";

describe("retry backoff", () => {
  it("doubles from 30 s up to a 1 h cap, with full jitter below that ceiling", () => {
    const max = () => 0.999999;
    expect([1, 2, 3, 4].map((n) => Math.round(retryDelayMs(n, max) / 1000))).toEqual([30, 60, 120, 240]);
    expect(retryDelayMs(8, max)).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(retryDelayMs(30, max)).toBeGreaterThan(RETRY_CAP_MS - 10);
    expect(retryDelayMs(3, () => 0.5)).toBe(60_000);
    // the jitter may roll ~0; a floor keeps a dead relay from being hammered
    expect(retryDelayMs(1, () => 0)).toBe(1_000);
  });
});

describe("token bucket", () => {
  it("allows a one-second burst, then paces at the rate", () => {
    let now = 0;
    const bucket = new TokenBucket(2, () => now);
    expect([bucket.tryTake(), bucket.tryTake()]).toEqual([0, 0]);
    expect(bucket.tryTake()).toBe(500);
    now += 250;
    expect(bucket.tryTake()).toBe(250);
    now += 250;
    expect(bucket.tryTake()).toBe(0);
    now += 10_000; // idle time does not bank more than the burst
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([0, 0, 500]);
  });

  it("stops waiting when the worker is told to stop", async () => {
    const bucket = new TokenBucket(0.01);
    expect(await bucket.take()).toBe(true);
    const controller = new AbortController();
    const waiting = bucket.take(controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
  });
});

describe("quiet hours", () => {
  const at = (iso: string) => new Date(iso);
  const night = { timeZone: "Europe/Madrid", start: 22 * 60, end: 7 * 60 }; // 22:00–07:00, UTC+1 in January

  it("spans midnight when start is after end, in the user's time zone", () => {
    expect(quietHoursEnd(at("2026-01-15T22:30:00Z"), night)).toEqual(at("2026-01-16T06:00:00Z")); // 23:30 local
    expect(quietHoursEnd(at("2026-01-15T04:15:30Z"), night)).toEqual(at("2026-01-15T06:00:00Z")); // 05:15:30 local
    expect(quietHoursEnd(at("2026-01-15T21:00:00Z"), night)).toEqual(at("2026-01-16T06:00:00Z")); // 22:00 local: starts
    expect(quietHoursEnd(at("2026-01-15T06:00:00Z"), night)).toBeNull(); // 07:00 local: over
    expect(quietHoursEnd(at("2026-01-15T11:00:00Z"), night)).toBeNull();
  });

  it("handles a same-day window, none configured, an empty window and an unknown zone", () => {
    const day = { timeZone: "America/New_York", start: 9 * 60, end: 17 * 60 };
    expect(quietHoursEnd(at("2026-07-01T14:00:00Z"), day)).toEqual(at("2026-07-01T21:00:00Z")); // 10:00 EDT → 17:00 EDT
    expect(quietHoursEnd(at("2026-07-01T22:00:00Z"), day)).toBeNull();
    expect(quietHoursEnd(at("2026-07-01T14:00:00Z"), { ...day, start: null })).toBeNull();
    expect(quietHoursEnd(at("2026-07-01T14:00:00Z"), { ...day, end: day.start })).toBeNull();
    expect(quietHoursEnd(at("2026-07-01T10:00:00Z"), { ...day, timeZone: "Mars/Olympus" })).toEqual(
      at("2026-07-01T17:00:00Z"),
    );
  });
});

describe("delivery log errors", () => {
  it("are one short line without credentials", () => {
    const error = Object.assign(new Error("connect failed for smtp://mailer:s3cret@relay.example:587\n  at x"), {
      code: "ESOCKET",
    });
    expect(shortError(error)).toBe("ESOCKET: connect failed for smtp://***@relay.example:587 at x");
    expect(shortError(new Error("x".repeat(1000)))).toHaveLength(300);
    expect(shortError(Object.assign(new Error("Invalid To"), { code: 21211 }))).toBe("21211: Invalid To");
  });

  it("message ids use the sender's domain", () => {
    expect(messageIdDomain("Canal <no-reply@Canal.Example>")).toBe("canal.example");
    expect(messageIdDomain("alerts@mail.example.org")).toBe("mail.example.org");
    expect(messageIdDomain("Canal")).toBe("canal.localhost");
  });
});
