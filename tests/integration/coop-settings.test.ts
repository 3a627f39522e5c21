/**
 * The co-op review targets on PostgreSQL: a tenant's hours for requests and for claims
 * (defaults 72 each until saved), saved by a co-op manager with an audit entry, refused
 * for bad input, a stale form and a role without `coop.manage` with nothing changed, kept
 * apart per tenant — and what the queues, the details and their "overdue" markers measure
 * a wait against.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { getClaim, getRequest } from "@/lib/coop/detail";
import { claimQueue, requestQueue } from "@/lib/coop/queues";
import { proposeRequest } from "@/lib/coop/requests";
import { coopSettingsSchema, requestSchema } from "@/lib/coop/schema";
import { DEFAULT_COOP_SETTINGS, getCoopSettings, saveCoopSettings } from "@/lib/coop/settings";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { allocate, claim, seedCoopProgram, today, uploadProof } from "@/tests/fixtures/coop";

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let finance: VendorCtx;
let partner: PartnerCtx;
let claimId: string;
let requestId: string;

const HOUR = 3_600_000;
const settingsRow = (tenantId: string) => ownerQuery<{ requestSlaHours: number; claimSlaHours: number; version: number }>(`SELECT "requestSlaHours", "claimSlaHours", version FROM "CoopSettings" WHERE "tenantId" = $1`, [tenantId]);
const audits = (tenantId: string) => ownerQuery<{ before: unknown; after: unknown }>(`SELECT before, after FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'coop.settingsChanged' ORDER BY "createdAt"`, [tenantId]);
const save = (ctx: VendorCtx, values: Record<string, unknown>) => saveCoopSettings(ctx, coopSettingsSchema.parse(values));

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  rep = await addVendorUser(admin, "SALES_REP");
  finance = await addVendorUser(admin, "FINANCE");
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  const programId = (await seedCoopProgram(admin)).id;
  const fundId = await allocate(admin, programId, partner.partnerId, "500.00");
  claimId = (await claim(partner, fundId, await uploadProof(partner), "40", { title: "Banner ads" })).id;
  const day = today(partner);
  requestId = (await proposeRequest(partner, requestSchema.parse({ fundId, activityType: "TRADE_SHOW", title: "Expo", startsOn: day, endsOn: day, plannedCost: "40", requested: "20", submissionKey: randomUUID() }))).id;
});

describe("co-op review targets", () => {
  it("are 72 hours each until a tenant saves its own, and the queues use them", async () => {
    expect(await getCoopSettings(rep)).toEqual(DEFAULT_COOP_SETTINGS);
    expect(DEFAULT_COOP_SETTINGS).toMatchObject({ requestSlaHours: 72, claimSlaHours: 72 });
    // 50 hours later: within the default target
    const later = new Date(Date.now() + 50 * HOUR);
    const claims = await claimQueue(rep, { status: "SUBMITTED" }, later);
    expect([claims.targetHours, claims.rows.map((r) => [r.id, r.overdue])]).toEqual([72, [[claimId, false]]]);
    const requests = await requestQueue(rep, { status: "PROPOSED" }, later);
    expect([requests.targetHours, requests.rows.map((r) => [r.id, r.overdue])]).toEqual([72, [[requestId, false]]]);
  });

  it("a co-op manager saves them, audited with before and after; the queues and details measure against them", async () => {
    const saved = await save(manager, { requestSlaHours: "24", claimSlaHours: "48", version: "0" });
    expect(saved).toEqual({ requestSlaHours: 24, claimSlaHours: 48, version: 1 });
    expect(await settingsRow(admin.tenantId)).toEqual([{ requestSlaHours: 24, claimSlaHours: 48, version: 1 }]);
    expect(await audits(admin.tenantId)).toEqual([{ before: null, after: { requestSlaHours: 24, claimSlaHours: 48, version: 1 } }]);
    expect(await getCoopSettings(rep)).toEqual(saved);

    // 30 hours later: the request (target 24) is overdue, the claim (target 48) is not
    const thirty = new Date(Date.now() + 30 * HOUR);
    const requests = await requestQueue(rep, { status: "PROPOSED" }, thirty);
    expect([requests.targetHours, requests.rows.map((r) => r.overdue)]).toEqual([24, [true]]);
    const claims = await claimQueue(rep, { status: "SUBMITTED" }, thirty);
    expect([claims.targetHours, claims.rows.map((r) => r.overdue)]).toEqual([48, [false]]);
    expect(await getRequest(rep, requestId, thirty)).toMatchObject({ targetHours: 24, overdue: true });
    expect(await getClaim(rep, claimId, thirty)).toMatchObject({ targetHours: 48, overdue: false });
    // 49 hours later the claim is overdue too; what is not waiting is never overdue
    const fortyNine = new Date(Date.now() + 49 * HOUR);
    expect((await claimQueue(rep, { status: "SUBMITTED" }, fortyNine)).rows.map((r) => r.overdue)).toEqual([true]);
    expect(await getClaim(rep, claimId, fortyNine)).toMatchObject({ overdue: true });
    expect((await claimQueue(rep, { status: "APPROVED" }, fortyNine)).rows.every((r) => !r.overdue)).toBe(true);

    // the admin changes them again on the version it read
    expect(await save(admin, { requestSlaHours: "72", claimSlaHours: "120", version: "1" })).toEqual({ requestSlaHours: 72, claimSlaHours: 120, version: 2 });
    expect((await audits(admin.tenantId)).at(-1)).toEqual({ before: { requestSlaHours: 24, claimSlaHours: 48, version: 1 }, after: { requestSlaHours: 72, claimSlaHours: 120, version: 2 } });
  });

  it("bad input is a translated field error before the service: zero, fractions, more than 30 days, words", () => {
    for (const bad of ["0", "-5", "1.5", "721", "abc", ""]) {
      const parsed = coopSettingsSchema.safeParse({ requestSlaHours: bad, claimSlaHours: "72", version: "0" });
      expect(parsed.success, `"${bad}" refused`).toBe(false);
      expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["requestSlaHours", "coop.validation.slaHours"]]);
    }
    expect(coopSettingsSchema.parse({ requestSlaHours: " 1 ", claimSlaHours: "720", version: "3" })).toEqual({ requestSlaHours: 1, claimSlaHours: 720, version: 3 });
  });

  it("a stale form is STALE_EDIT and nothing changes", async () => {
    const before = await settingsRow(admin.tenantId);
    const auditCount = (await audits(admin.tenantId)).length;
    await rejectsWith(save(manager, { requestSlaHours: "10", claimSlaHours: "10", version: "1" }), "STALE_EDIT");
    expect(await settingsRow(admin.tenantId)).toEqual(before);
    expect(await audits(admin.tenantId)).toHaveLength(auditCount);
  });

  it("roles without coop.manage may read them but not change them: FORBIDDEN, nothing changed", async () => {
    const before = await settingsRow(admin.tenantId);
    for (const ctx of [rep, finance]) {
      expect((await getCoopSettings(ctx)).claimSlaHours).toBe(120);
      await rejectsWith(save(ctx, { requestSlaHours: "1", claimSlaHours: "1", version: "2" }), "FORBIDDEN");
    }
    expect(await settingsRow(admin.tenantId)).toEqual(before);
  });

  it("each tenant keeps its own: another workspace still has the defaults, and its first save is its own row", async () => {
    const other = await createTestTenant();
    expect(await getCoopSettings(other)).toEqual(DEFAULT_COOP_SETTINGS);
    // a first save on a version other than 0 is stale (someone saved since the form opened)
    await rejectsWith(save(other, { requestSlaHours: "5", claimSlaHours: "5", version: "1" }), "STALE_EDIT");
    expect(await save(other, { requestSlaHours: "5", claimSlaHours: "6", version: "0" })).toEqual({ requestSlaHours: 5, claimSlaHours: 6, version: 1 });
    expect((await getCoopSettings(admin)).claimSlaHours).toBe(120);
  });
});
