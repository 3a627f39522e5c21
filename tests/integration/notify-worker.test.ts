/**
 * The alerts worker against real parts: a real SMTP server (smtp-server), a local HTTP
 * server speaking Twilio's Messages API reached through the twilio SDK, and PostgreSQL.
 * Time is controlled with the worker's `now` option, never by sleeping.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { TokenBucket } from "@/lib/jobs/rate-limit";
import { runWorkerOnce, type WorkerOptions } from "@/lib/jobs/worker";
import { publishEvent } from "@/lib/notify/publish";
import { closeTransports, createTransports, type Transports } from "@/lib/notify/transports";
import { messageIdFor } from "@/lib/notify/transports/smtp";
import { twilioStatusCallbackUrl } from "@/lib/notify/transports/twilio";
import { handleTwilioStatusRequest } from "@/lib/notify/twilio-status";
import { ownerRow } from "../fixtures/db";
import { deliveriesOf, queueDeliveries, statusCounts } from "../fixtures/deliveries";
import { createTestTenant } from "../fixtures/factories";
import { TestSmtpServer } from "../fixtures/smtp-server";
import { TestTwilioServer, signTwilioCallback } from "../fixtures/twilio-server";

const APP_URL = "https://canal.example.test";
const MAIL_FROM = "Canal Alerts <alerts@canal.example.test>";
let smtp: TestSmtpServer;
let twilioApi: TestTwilioServer;
let transports: Transports;

beforeAll(async () => {
  [smtp, twilioApi] = await Promise.all([TestSmtpServer.start(), TestTwilioServer.start()]);
  transports = createTransports({
    smtpUrl: smtp.url,
    mailFrom: MAIL_FROM,
    appUrl: APP_URL,
    twilio: {
      accountSid: twilioApi.accountSid,
      authToken: twilioApi.authToken,
      from: "+15005550006",
      apiBaseUrl: twilioApi.url,
    },
  });
});

afterAll(async () => {
  await closeTransports(transports);
  await Promise.all([smtp.stop(), twilioApi.stop()]);
});

/** A worker pass limited to the test's own events, with fast buckets and fixed jitter. */
function pass(eventIds: string[], options: WorkerOptions = {}) {
  return runWorkerOnce({
    transports,
    eventIds,
    expand: false,
    limiters: { EMAIL: new TokenBucket(1_000), SMS: new TokenBucket(1_000) },
    random: () => 1,
    ...options,
  });
}

const seconds = (base: Date, s: number) => new Date(base.getTime() + s * 1000);

describe("e-mail", () => {
  it("publishes an event in a service transaction and delivers it to the SMTP server with its headers", async () => {
    const admin = await createTestTenant();
    const eventId = await withScope({ audience: "vendor", tenantId: admin.tenantId, userId: admin.user.id }, (tx) =>
      publishEvent(tx, {
        tenantId: admin.tenantId,
        type: "member.roleChanged",
        payload: {
          recipients: [{ userId: admin.user.id }],
          link: `/${admin.tenant.slug}/admin`,
          params: { tenant: admin.tenant.name, actor: "Otto Owner", role: "Manager" },
        },
      }),
    );
    const before = smtp.messages.length;
    // Other test files publish too: pass until the fan-out reached this event.
    for (let i = 0; i < 20 && (await deliveriesOf(eventId)).length === 0; i++) await pass([eventId], { expand: true });
    await pass([eventId]);

    const [delivery] = await deliveriesOf(eventId);
    expect(delivery).toMatchObject({ channel: "EMAIL", to: admin.user.email, status: "SENT", attempts: 1 });
    const messageId = messageIdFor(delivery!.id, MAIL_FROM);
    expect(delivery!.providerMessageId).toBe(messageId);
    expect(delivery!.sentAt).toBeInstanceOf(Date);

    const received = smtp.messages.slice(before).filter((m) => m.messageId === messageId);
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.envelopeTo).toEqual([admin.user.email]);
    expect(mail.envelopeFrom).toBe("alerts@canal.example.test");
    expect(mail.subject).toBe(`Your role in ${admin.tenant.name} changed`);
    expect(mail.headers.get("content-type")).toMatch(/^multipart\/alternative/);
    expect(mail.text).toContain("Otto Owner changed your role");
    expect(mail.html).toContain("<a href=");
    expect(mail.headers.get("list-unsubscribe")).toMatch(/^<https?:\/\/[^/]+\/api\/unsubscribe\/[^>]+>$/);
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("retries with backoff while the SMTP server is down and delivers once it is back", async () => {
    const { eventId, ids } = await queueDeliveries({ channel: "EMAIL" });
    const t0 = new Date();
    await smtp.stop();
    try {
      expect(await pass([eventId], { now: t0 })).toMatchObject({ claimed: 1, failed: 1 });
      let [row] = await deliveriesOf(eventId);
      expect(row).toMatchObject({ status: "FAILED", attempts: 1, lockedUntil: null });
      expect(row!.lastError).toMatch(/ECONNREFUSED/);
      // first retry after base 30 s (jitter fixed at its maximum here)
      expect(row!.nextAttemptAt).toEqual(seconds(t0, 30));
      expect(await pass([eventId], { now: seconds(t0, 29) })).toMatchObject({ claimed: 0 });

      expect(await pass([eventId], { now: seconds(t0, 30) })).toMatchObject({ failed: 1 });
      [row] = await deliveriesOf(eventId);
      expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
      expect(row!.nextAttemptAt).toEqual(seconds(t0, 30 + 60)); // doubled
    } finally {
      await smtp.listen();
    }
    expect(await pass([eventId], { now: seconds(t0, 90) })).toMatchObject({ sent: 1 });
    const [row] = await deliveriesOf(eventId);
    expect(row).toMatchObject({ status: "SENT", attempts: 3 });
    expect(smtp.countByMessageId().get(messageIdFor(ids[0]!, MAIL_FROM))).toBe(1);
  });

  it("marks a delivery DEAD after the last attempt, with the error", async () => {
    const { eventId } = await queueDeliveries({ channel: "EMAIL" });
    const t0 = new Date();
    await smtp.stop();
    try {
      for (const [at, kind] of [
        [0, "failed"],
        [30, "failed"],
        [90, "dead"],
      ] as const) {
        expect(await pass([eventId], { now: seconds(t0, at), maxAttempts: 3 })).toMatchObject({ [kind]: 1 });
      }
    } finally {
      await smtp.listen();
    }
    const [row] = await deliveriesOf(eventId);
    expect(row).toMatchObject({ status: "DEAD", attempts: 3, lockedUntil: null });
    expect(row!.lastError).toMatch(/ECONNREFUSED/);
    expect(await pass([eventId], { now: seconds(t0, 10_000) })).toMatchObject({ claimed: 0 });
  });

  it("marks a refused recipient BOUNCED without retrying", async () => {
    const { eventId } = await queueDeliveries({ channel: "EMAIL", to: () => "nobody@bounce.example.test" });
    smtp.refuse.add("nobody@bounce.example.test");
    expect(await pass([eventId])).toMatchObject({ bounced: 1 });
    const [row] = await deliveriesOf(eventId);
    expect(row).toMatchObject({ status: "BOUNCED", attempts: 1 });
    expect(row!.lastError).toMatch(/550/);
  });
});

describe("SMS", () => {
  async function sendOneSms() {
    const { eventId } = await queueDeliveries({ channel: "SMS", to: () => "+15558675309" });
    const before = twilioApi.messages.length;
    expect(await pass([eventId])).toMatchObject({ sent: 1 });
    const [row] = await deliveriesOf(eventId);
    const sms = twilioApi.messages.slice(before).find((m) => m.sid === row!.providerMessageId);
    return { eventId, row: row!, sms };
  }

  /** A status callback as Twilio would POST it (optionally with a forged signature). */
  function callback(params: Record<string, string>, signature?: string | null) {
    const url = twilioStatusCallbackUrl(APP_URL);
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    const signed = signature === undefined ? signTwilioCallback(twilioApi.authToken, url, params) : signature;
    if (signed !== null) headers["x-twilio-signature"] = signed;
    const request = new Request(url, { method: "POST", headers, body: new URLSearchParams(params) });
    return handleTwilioStatusRequest(request, { authToken: twilioApi.authToken, appUrl: APP_URL });
  }

  it("reaches the Twilio API server through the SDK", async () => {
    const { row, sms } = await sendOneSms();
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    expect(row.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sms).toMatchObject({ to: "+15558675309", from: "+15005550006", body: "Hello +15558675309" });
    expect(sms!.statusCallback).toBe(`${APP_URL}/api/webhooks/twilio/status`);
  });

  it("a signed status callback updates the log; forged or unsigned ones get 403", async () => {
    const { eventId, row } = await sendOneSms();
    const params = {
      MessageSid: row.providerMessageId!,
      MessageStatus: "delivered",
      AccountSid: twilioApi.accountSid,
      To: row.to,
    };

    for (const forged of [
      callback(params, "bm90LWEtc2lnbmF0dXJl"),
      callback(params, null),
      callback(params, signTwilioCallback("some-other-token", twilioStatusCallbackUrl(APP_URL), params)),
      // signed for one status, sent with another
      callback(
        { ...params, MessageStatus: "undelivered" },
        signTwilioCallback(twilioApi.authToken, twilioStatusCallbackUrl(APP_URL), params),
      ),
    ]) {
      await expect(forged).rejects.toMatchObject({ code: "BAD_SIGNATURE", status: 403 });
    }
    expect(await statusCounts(eventId)).toEqual({ SENT: 1 });

    expect(await callback(params)).toEqual({ updated: true, status: "delivered" });
    const delivered = await ownerRow<{ status: string; deliveredAt: Date | null }>("Delivery", "id", row.id);
    expect(delivered).toMatchObject({ status: "DELIVERED" });
    expect(delivered!.deliveredAt).toBeInstanceOf(Date);
    // Twilio repeats callbacks: harmless
    expect(await callback(params)).toEqual({ updated: false, status: "delivered" });
    expect(await callback({ ...params, MessageSid: "SM00000000000000000000000000000000" })).toEqual({
      updated: false,
      status: "delivered",
    });
  });

  it("an undelivered callback marks the SMS BOUNCED with Twilio's error code", async () => {
    const { row } = await sendOneSms();
    const params = { MessageSid: row.providerMessageId!, MessageStatus: "undelivered", ErrorCode: "30003" };
    expect(await callback(params)).toEqual({ updated: true, status: "undelivered" });
    expect(await ownerRow("Delivery", "id", row.id)).toMatchObject({ status: "BOUNCED", lastError: "Twilio 30003" });
  });

  it("an invalid number refused by Twilio is BOUNCED, not retried", async () => {
    twilioApi.invalidNumbers.add("+15550000000");
    const { eventId } = await queueDeliveries({ channel: "SMS", to: () => "+15550000000" });
    expect(await pass([eventId])).toMatchObject({ bounced: 1 });
    const [row] = await deliveriesOf(eventId);
    expect(row!.lastError).toMatch(/^21211: /);
  });
});
