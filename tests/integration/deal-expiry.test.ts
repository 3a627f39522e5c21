/**
 * Protection reminders, expiry and extensions over time: the job's handler runs with a
 * chosen clock (`now`), a few days ahead at most, so registrations of other test files
 * (closing in 60 days, protected for 90) are never due.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { addDays, todayIn } from "@/lib/activities/dates";
import { decideExtension, requestExtension } from "@/lib/deals/extensions";
import { runRegistrationExpiry } from "@/lib/deals/expiry";
import { registrationExpiryJob } from "@/lib/deals/jobs";
import { getOwnOpportunity } from "@/lib/deals/opportunities";
import { getOwnRegistration } from "@/lib/deals/registration-read";
import { approveRegistration } from "@/lib/deals/review";
import { JOBS } from "@/lib/jobs/registry";
import { ownerQuery } from "@/tests/fixtures/db";
import { register } from "@/tests/fixtures/deals";
import { rejectsWith } from "@/tests/fixtures/expect";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let partner: PartnerCtx;
const DAY = 24 * 60 * 60 * 1000;
const later = (days: number) => new Date(Date.now() + days * DAY);

const events = async (type: string, customer: string) =>
  (
    await ownerQuery<{ payload: { recipients: { userId: string }[]; params: Record<string, string> } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 ORDER BY "createdAt"`,
      [admin.tenantId, type],
    )
  ).filter((e) => e.payload.params.customer === customer);
const state = async (id: string) =>
  (await ownerQuery<{ status: string; reminderSentAt: Date | null }>(`SELECT status, "reminderSentAt" FROM "DealRegistration" WHERE id = $1`, [id]))[0]!;

async function approved(customer: string, protectionDays: number) {
  const { id } = await register(partner, { customerName: customer });
  const { opportunityId } = await approveRegistration(admin, { registrationId: id, version: 0, protectionDays, reason: "" });
  return { id, opportunityId };
}

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin, "PARTNER_USER");
});

describe("reminders and expiry", () => {
  it("reminds once inside the reminder window, and an approved extension makes the reminder due again later", async () => {
    const { id } = await approved("Recordatorio SA", 10);
    await runRegistrationExpiry(new Date());
    expect((await state(id)).reminderSentAt).not.toBeNull();
    expect(await events("deal.expiring", "Recordatorio SA")).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ recipients: [{ userId: partner.user.id }] }) }),
    ]);
    await runRegistrationExpiry(new Date());
    expect(await events("deal.expiring", "Recordatorio SA")).toHaveLength(1);

    const request = await requestExtension(partner, { registrationId: id, days: 30, reason: "Legal review takes a month" });
    await decideExtension(admin, { extensionId: request.id, decision: "APPROVED", reason: "" });
    expect(await state(id)).toMatchObject({ status: "APPROVED", reminderSentAt: null });
    await runRegistrationExpiry(later(2));
    expect((await state(id)).reminderSentAt).toBeNull();
    expect((await getOwnRegistration(partner, id)).protectedUntil).toBe(addDays(todayIn(admin.tenant.timeZone), 40));
  });

  it("expires the day after protection ends: the partner is told, the deal stays open, and nothing can revive it", async () => {
    const { id, opportunityId } = await approved("Caducada SL", 1);
    await runRegistrationExpiry(new Date());
    expect((await state(id)).status).toBe("APPROVED");
    await runRegistrationExpiry(later(2));
    expect((await state(id)).status).toBe("EXPIRED");
    expect(await events("deal.expired", "Caducada SL")).toHaveLength(1);
    await runRegistrationExpiry(later(2));
    expect(await events("deal.expired", "Caducada SL")).toHaveLength(1);
    expect((await getOwnOpportunity(partner, opportunityId)).status).toBe("OPEN");
    await rejectsWith(requestExtension(partner, { registrationId: id, days: 30, reason: "Please" }), "REGISTRATION_EXPIRED");
    await rejectsWith(approveRegistration(admin, { registrationId: id, version: 2, protectionDays: 90, reason: "" }), "REGISTRATION_EXPIRED");
    const audit = await ownerQuery(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 AND action = 'registration.expire'`, [id]);
    expect(audit).toHaveLength(1);
  });

  it("an extension of protection that ended meanwhile cannot be approved", async () => {
    const { id } = await approved("Justo a Tiempo", 5);
    const request = await requestExtension(partner, { registrationId: id, days: 10, reason: "Signature next week" });
    await ownerQuery(`UPDATE "DealRegistration" SET "protectedUntil" = current_date - 1 WHERE id = $1`, [id]);
    await rejectsWith(decideExtension(admin, { extensionId: request.id, decision: "APPROVED", reason: "" }), "REGISTRATION_EXPIRED");
    // …but it can still be answered with a no.
    await decideExtension(admin, { extensionId: request.id, decision: "REJECTED", reason: "Protection already ended" });
  });

  it("expires a pending registration whose close date went by unreviewed", async () => {
    const { id } = await register(partner, { customerName: "Nunca Revisada" });
    await ownerQuery(`UPDATE "DealRegistration" SET "expectedCloseOn" = current_date - 2 WHERE id = $1`, [id]);
    await runRegistrationExpiry(new Date());
    expect((await state(id)).status).toBe("EXPIRED");
    expect(await events("deal.expired", "Nunca Revisada")).toHaveLength(1);
  });

  it("runs hourly on the worker's scheduler", async () => {
    expect(JOBS).toContain(registrationExpiryJob);
    expect(registrationExpiryJob.schedule?.cron).toBe("7 * * * *");
  });
});
