/**
 * Deal registration end to end in the services: submit (rep from the territory, alerts to
 * reviewers and reps), double submits, bad input (close date in the past, amounts,
 * another partner's ids, stale and racing decisions, expired registrations), review
 * (approve → protected opportunity and account, reject with a reason), withdrawal and
 * extensions — every refusal leaving the rows as they were.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { addDays, todayIn } from "@/lib/activities/dates";
import { decideExtension, requestExtension } from "@/lib/deals/extensions";
import { getOwnOpportunity } from "@/lib/deals/opportunities";
import { getOwnRegistration, getRegistration, getRegistrationReview } from "@/lib/deals/registration-read";
import { submitRegistration, withdrawOwnRegistration } from "@/lib/deals/registrations";
import { approveRegistration, rejectRegistration } from "@/lib/deals/review";
import { registrationSchema } from "@/lib/deals/schema";
import { updatePartnerAccount } from "@/lib/partners/service";
import { addRule, addTerritoryOwner, createTerritory } from "@/lib/territories/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { register, registrationInput } from "@/tests/fixtures/deals";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let partner: PartnerCtx;
let other: PartnerCtx;

const seat = async (ctx: VendorCtx) =>
  (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`, [ctx.tenantId, ctx.user.id]))[0]!.id;
const events = (tenantId: string, type: string) =>
  ownerQuery<{ payload: { recipients: { userId: string }[]; params: Record<string, string>; link: string } }>(
    `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 ORDER BY "createdAt"`,
    [tenantId, type],
  );
const row = async (id: string) =>
  (await ownerQuery<{ status: string; version: number; protectedUntil: Date | null }>(`SELECT status, version, "protectedUntil" FROM "DealRegistration" WHERE id = $1`, [id]))[0]!;

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  rep = await addVendorUser(admin, "SALES_REP");
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Andes Integrators" });
  other = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Pampa Systems" });
  await updatePartnerAccount(admin, { partnerId: partner.partnerId, seatLimit: null, channelManagerId: await seat(manager) });
  const latam = (await createTerritory(admin, { name: "LATAM", description: null, parentId: null })).id;
  const chile = (await createTerritory(admin, { name: "Chile", description: null, parentId: latam })).id;
  await addRule(admin, { territoryId: chile, country: "CL", region: null, postalPrefix: null, industry: null, priority: 0 });
  await addTerritoryOwner(admin, { territoryId: latam, membershipId: await seat(rep) });
});

describe("submitting", () => {
  it("places the customer, names the territory's rep, and alerts the channel manager and the rep", async () => {
    const { id, status } = await register(partner, { customerName: "Cobre Andino", country: "CL" });
    expect(status).toBe("PENDING");
    const review = await getRegistrationReview(manager, id);
    expect(review).toMatchObject({ territory: { path: "LATAM › Chile" }, rep: { name: rep.user.name }, evidence: [], protectionDays: 90 });
    const [event] = (await events(admin.tenantId, "deal.registered")).filter((e) => e.payload.params.customer === "Cobre Andino");
    expect(event!.payload.recipients).toEqual(expect.arrayContaining([{ userId: manager.user.id }, { userId: rep.user.id }]));
    expect(event!.payload.link).toBe(`/${admin.tenant.slug}/admin/deals/registrations/${id}`);
    const detail = await getOwnRegistration(partner, id);
    expect(detail).toMatchObject({ customerName: "Cobre Andino", amountMinor: 12_500_000n, currency: "USD", lines: [{ description: "Analytics suite seat", quantity: 200 }] });
  });

  it("a double submit of one form makes one registration, even when both race", async () => {
    const input = registrationInput(partner, { customerName: "Duplo Ingeniería" });
    const [a, b] = await Promise.all([submitRegistration(partner, input), submitRegistration(partner, input)]);
    expect(a.id).toBe(b.id);
    expect((await submitRegistration(partner, input)).id).toBe(a.id);
    const count = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM "DealRegistration" WHERE "submissionKey" = $1`, [input.submissionKey]);
    expect(count[0]!.n).toBe("1");
  });

  it("refuses a close date in the past (the tenant's calendar), a bad amount or currency decimals, and writes nothing", async () => {
    const yesterday = addDays(todayIn(partner.tenant.timeZone), -1);
    const past = await rejectsWith(register(partner, { customerName: "Pasado SA", expectedCloseOn: yesterday }), "VALIDATION_FAILED");
    expect(past.fields).toEqual({ expectedCloseOn: ["deals.validation.closeInPast"] });
    const far = await rejectsWith(register(partner, { customerName: "Futuro SA", expectedCloseOn: addDays(yesterday, 4000) }), "VALIDATION_FAILED");
    expect(far.fields).toEqual({ expectedCloseOn: ["deals.validation.closeTooFar"] });
    for (const amount of ["-5", "0", "12.345", "1e6", "abc"]) {
      expect(registrationSchema.safeParse({ ...registrationInput(partner), amount }).success, amount).toBe(false);
    }
    expect(registrationSchema.safeParse({ ...registrationInput(partner), amount: "1000.5", currency: "CLP" }).success).toBe(false);
    expect(registrationSchema.safeParse({ ...registrationInput(partner), expectedCloseOn: "2026-02-30" }).success).toBe(false);
    const none = await ownerQuery(`SELECT 1 FROM "DealRegistration" WHERE "customerName" IN ('Pasado SA', 'Futuro SA')`);
    expect(none).toEqual([]);
  });

  it("another partner's or tenant's registration is NOT_FOUND, and unchanged", async () => {
    const { id } = await register(partner, { customerName: "Lejano Ltda" });
    await rejectsWith(getOwnRegistration(other, id), "NOT_FOUND");
    await rejectsWith(withdrawOwnRegistration(other, { registrationId: id, version: 0, reason: "" }), "NOT_FOUND");
    await rejectsWith(requestExtension(other, { registrationId: id, days: 30, reason: "More time" }), "NOT_FOUND");
    const stranger = await createTestTenant();
    await rejectsWith(getRegistration(stranger, id), "NOT_FOUND");
    await rejectsWith(approveRegistration(stranger, { registrationId: id, version: 0, protectionDays: 90, reason: "" }), "NOT_FOUND");
    expect(await row(id)).toMatchObject({ status: "PENDING", version: 0 });
  });
});

describe("review", () => {
  it("approval protects the deal, opens it in the first stage with the partner's account, and tells the partner", async () => {
    const { id } = await register(partner, { customerName: "Viña Central", website: "vinacentral.example", country: "CL" });
    const approved = await approveRegistration(manager, { registrationId: id, version: 0, protectionDays: 45, reason: "Welcome" });
    const until = addDays(todayIn(admin.tenant.timeZone), 45);
    const detail = await getOwnRegistration(partner, id);
    expect(detail).toMatchObject({ status: "APPROVED", protectedUntil: until, opportunityId: approved.opportunityId, decidedByName: manager.user.name });
    const deal = await getOwnOpportunity(partner, approved.opportunityId);
    expect(deal).toMatchObject({ name: "Analytics suite, 200 seats", customerName: "Viña Central", status: "OPEN", stage: { name: "Qualify" }, amountMinor: 12_500_000n, rep: null });
    expect(deal.account?.name).toBe("Viña Central");
    const [event] = (await events(admin.tenantId, "deal.approved")).filter((e) => e.payload.params.customer === "Viña Central");
    expect(event!.payload).toMatchObject({
      recipients: [{ userId: partner.user.id }],
      params: { until, reason: "Welcome" },
      link: `/${admin.tenant.slug}/portal/deals/opportunities/${approved.opportunityId}`,
    });
  });

  it("a decision needs the current version, and of two racing decisions exactly one wins", async () => {
    const { id } = await register(partner, { customerName: "Carrera Doble" });
    await rejectsWith(approveRegistration(manager, { registrationId: id, version: 3, protectionDays: 90, reason: "" }), "STALE_EDIT");
    const results = await Promise.allSettled([
      approveRegistration(manager, { registrationId: id, version: 0, protectionDays: 90, reason: "" }),
      rejectRegistration(admin, { registrationId: id, version: 0, reason: "Duplicate" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "STALE_EDIT" } });
    const opportunities = await ownerQuery(`SELECT 1 FROM "Opportunity" WHERE "registrationId" = $1`, [id]);
    expect(opportunities.length).toBe((await row(id)).status === "APPROVED" ? 1 : 0);
  });

  it("rejection needs a reason, which the partner reads; a decided registration cannot be decided again", async () => {
    const { id } = await register(partner, { customerName: "Rechazo Total" });
    const blank = await rejectsWith(rejectRegistration(manager, { registrationId: id, version: 0, reason: " " }), "REASON_REQUIRED");
    expect(blank.fields).toMatchObject({ reason: expect.any(Array) });
    await rejectRegistration(manager, { registrationId: id, version: 0, reason: "The customer is already covered" });
    expect(await getOwnRegistration(partner, id)).toMatchObject({ status: "REJECTED", decisionReason: "The customer is already covered" });
    await rejectsWith(approveRegistration(manager, { registrationId: id, version: 1, protectionDays: 90, reason: "" }), "INVALID_TRANSITION");
    const [event] = (await events(admin.tenantId, "deal.rejected")).filter((e) => e.payload.params.customer === "Rechazo Total");
    expect(event!.payload.params.reason).toBe("The customer is already covered");
  });

  it("a pending registration whose close date went by cannot be approved", async () => {
    const { id } = await register(partner, { customerName: "Tarde Siempre" });
    await ownerQuery(`UPDATE "DealRegistration" SET "expectedCloseOn" = current_date - 3 WHERE id = $1`, [id]);
    await rejectsWith(approveRegistration(manager, { registrationId: id, version: 0, protectionDays: 90, reason: "" }), "REGISTRATION_EXPIRED");
    // PENDING — or EXPIRED, if the expiry job of a test running beside this one came by first.
    expect((await row(id)).status).not.toBe("APPROVED");
    expect(await ownerQuery(`SELECT 1 FROM "Opportunity" WHERE "registrationId" = $1`, [id])).toEqual([]);
  });

  it("reps read deals but do not review them", async () => {
    const { id } = await register(partner, { customerName: "Solo Lectura" });
    await getRegistration(rep, id);
    await rejectsWith(approveRegistration(rep, { registrationId: id, version: 0, protectionDays: 90, reason: "" }), "FORBIDDEN");
  });
});

describe("the partner's own steps", () => {
  it("withdraws a waiting registration (the reviewers hear of it), and nothing after a decision", async () => {
    const { id } = await register(partner, { customerName: "Marcha Atrás" });
    await withdrawOwnRegistration(partner, { registrationId: id, version: 0, reason: "Customer postponed" });
    expect(await row(id)).toMatchObject({ status: "WITHDRAWN", version: 1 });
    expect((await events(admin.tenantId, "deal.withdrawn")).some((e) => e.payload.params.customer === "Marcha Atrás")).toBe(true);
    await rejectsWith(withdrawOwnRegistration(partner, { registrationId: id, version: 1, reason: "" }), "INVALID_TRANSITION");
  });

  it("asks for an extension once at a time, up to the tenant's maximum; the vendor decides", async () => {
    const { id } = await register(partner, { customerName: "Más Tiempo" });
    await rejectsWith(requestExtension(partner, { registrationId: id, days: 30, reason: "Budget cycle" }), "INVALID_TRANSITION");
    await approveRegistration(manager, { registrationId: id, version: 0, protectionDays: 30, reason: "" });
    const tooLong = await rejectsWith(requestExtension(partner, { registrationId: id, days: 120, reason: "Budget cycle" }), "VALIDATION_FAILED");
    expect(tooLong.fields).toEqual({ days: ["deals.validation.extensionTooLong"] });
    const request = await requestExtension(partner, { registrationId: id, days: 20, reason: "Budget cycle" });
    await rejectsWith(requestExtension(partner, { registrationId: id, days: 10, reason: "Again" }), "EXTENSION_PENDING");
    await rejectsWith(decideExtension(manager, { extensionId: request.id, decision: "REJECTED", reason: "" }), "REASON_REQUIRED");
    const decided = await decideExtension(manager, { extensionId: request.id, decision: "APPROVED", reason: "" });
    expect(decided.protectedUntil).toBe(addDays(todayIn(admin.tenant.timeZone), 50));
    expect((await getOwnRegistration(partner, id)).extensions).toEqual([expect.objectContaining({ status: "APPROVED", days: 20 })]);
    await rejectsWith(decideExtension(manager, { extensionId: request.id, decision: "APPROVED", reason: "" }), "INVALID_TRANSITION");
    const [event] = (await events(admin.tenantId, "deal.extensionDecided")).filter((e) => e.payload.params.customer === "Más Tiempo");
    expect(event!.payload.params).toMatchObject({ decision: "APPROVED", until: decided.protectedUntil });
  });
});
