/**
 * The audit log: one row per mutation, read per tenant by the roles with audit.read.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { AUDIT_PAGE_SIZE, listAuditLog, listRecentActivity } from "@/lib/audit/service";
import { createPartner } from "@/lib/partners/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let a: VendorCtx;
let b: VendorCtx;
let aRep: VendorCtx;
let aFinance: VendorCtx;
let aManager: VendorCtx;
let aPartner: PartnerCtx;

beforeAll(async () => {
  [a, b] = await Promise.all([createTestTenant(), createTestTenant()]);
  aRep = await addVendorUser(a, "SALES_REP");
  aFinance = await addVendorUser(a, "FINANCE");
  aManager = await addVendorUser(a, "CHANNEL_MANAGER");
  aPartner = await createPartnerWithUser(a, "PARTNER_ADMIN", { partnerName: "Audited Partner" });
  await createPartner(b, { name: "B Only Partner", type: "OEM", country: null });
});

describe("listRecentActivity", () => {
  it("is the first rows of the log, described the same, for the same readers", async () => {
    const log = await listAuditLog(a, { page: 1 });
    expect(await listRecentActivity(a, 3)).toEqual(log.rows.slice(0, 3));
    expect(await listRecentActivity(b, 8)).toEqual((await listAuditLog(b, { page: 1 })).rows);
    await rejectsWith(listRecentActivity(aRep, 3), "FORBIDDEN");
  });
});

describe("listAuditLog", () => {
  it("lists exactly the tenant's rows, newest first, with the actor attached", async () => {
    const log = await listAuditLog(a, { page: 1 });
    const expected = await ownerQuery<{ id: string }>(`SELECT id FROM "AuditLog" WHERE "tenantId" = $1`, [a.tenantId]);
    expect(log.total).toBe(expected.length);
    expect(log.pageSize).toBe(AUDIT_PAGE_SIZE);
    expect(log.rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());

    const times = log.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(log.rows.at(-1)).toMatchObject({
      action: "tenant.created",
      actor: null,
      object: { type: "Tenant", id: a.tenantId, name: a.tenant.name },
    });

    const created = log.rows.find((r) => r.action === "partner.created");
    expect(created).toMatchObject({
      object: { type: "Partner", id: aPartner.partnerId, name: "Audited Partner" },
      actor: { id: a.user.id, name: a.user.name, email: a.user.email },
    });
    // The person who accepted an invitation is named as acting, not "System".
    const accepted = log.rows.find((r) => r.action === "user.invitationAccepted" && r.object.id === aPartner.user.id);
    expect(accepted).toMatchObject({
      actor: { id: aPartner.user.id, email: aPartner.user.email },
      object: { type: "User", email: aPartner.user.email },
    });
    const actions = new Set(log.rows.map((r) => r.action));
    expect(actions).toEqual(
      new Set(["tenant.created", "user.invited", "user.invitationAccepted", "partner.created", "partnerUser.invited"]),
    );
  });

  it("never shows another tenant's rows", async () => {
    const log = await listAuditLog(b, { page: 1 });
    expect(log.rows.map((r) => r.action).sort()).toEqual(["partner.created", "tenant.created"]);
    const aIds = new Set((await listAuditLog(a, { page: 1 })).rows.map((r) => r.id));
    expect(log.rows.some((r) => aIds.has(r.id))).toBe(false);
  });

  it("filters by action prefix", async () => {
    const log = await listAuditLog(a, { page: 1, action: "user." });
    expect(log.rows.length).toBeGreaterThan(0);
    expect(log.rows.every((r) => r.action.startsWith("user."))).toBe(true);
    // three vendor users invited + accepted, and the partner user's acceptance
    expect(log.rows.map((r) => r.action).sort()).toEqual([
      ...Array(4).fill("user.invitationAccepted"),
      ...Array(3).fill("user.invited"),
    ]);
  });

  it("pages with a pageSize clamped to 1…2×AUDIT_PAGE_SIZE (the largest page the URL offers)", async () => {
    const all = await listAuditLog(a, { page: 1 });
    const first = await listAuditLog(a, { page: 1, pageSize: 2 });
    const second = await listAuditLog(a, { page: 2, pageSize: 2 });
    expect(first).toMatchObject({ pageSize: 2, total: all.total });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 4).map((r) => r.id));
    expect((await listAuditLog(a, { page: 1, pageSize: 10_000 })).pageSize).toBe(AUDIT_PAGE_SIZE * 2);
    expect((await listAuditLog(a, { page: 1, pageSize: 0 })).rows).toHaveLength(1);
  });

  it("is readable by TENANT_ADMIN, CHANNEL_MANAGER and FINANCE", async () => {
    for (const ctx of [aManager, aFinance]) {
      await expect(listAuditLog(ctx, { page: 1 })).resolves.toHaveProperty(
        "total",
        (await listAuditLog(a, { page: 1 })).total,
      );
    }
  });

  it("is FORBIDDEN for a SALES_REP and for a partner user", async () => {
    await rejectsWith(listAuditLog(aRep, { page: 1 }), "FORBIDDEN");
    await rejectsWith(listAuditLog(aPartner as unknown as VendorCtx, { page: 1 }), "FORBIDDEN");
  });
});
