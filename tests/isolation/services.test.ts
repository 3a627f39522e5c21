/**
 * The first wall: services filter by the context's tenant (and partner) themselves. Tenant
 * B's users given tenant A's ids get NOT_FOUND and A's rows stay as they were; partner
 * users cannot call vendor services; roles without the permission get FORBIDDEN.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { VENDOR_ROLE_LIST, vendorCan, type Permission } from "@/lib/auth/permissions";
import type { VendorRole } from "@/lib/generated/prisma/enums";
import { listAuditLog } from "@/lib/audit/service";
import {
  createPartner,
  deactivatePartnerUser,
  getPartnerOrThrow,
  invitePartnerUser,
  listPartners,
  partnerCountsByStatus,
  reactivatePartnerUser,
} from "@/lib/partners/service";
import { updateTenantSettings } from "@/lib/tenancy/service";
import {
  changeMemberRole,
  deactivateMember,
  inviteVendorUser,
  listMembers,
  reactivateMember,
  resendInvitation,
} from "@/lib/users/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, uniqueEmail } from "@/tests/fixtures/factories";

type Snapshot = Record<string, unknown[]>;

/** Everything tenant A owns, as the owner sees it (to prove it did not change). */
async function snapshot(tenantId: string): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of ["Tenant", "Membership", "Partner", "PartnerUser", "AuditLog"]) {
    const column = table === "Tenant" ? "id" : "tenantId";
    out[table] = await ownerQuery(`SELECT * FROM "${table}" WHERE "${column}" = $1 ORDER BY id`, [tenantId]);
  }
  out.User = await ownerQuery(
    `SELECT id, email, name, "passwordHash", "sessionVersion" FROM "User"
      WHERE id IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = $1 UNION SELECT "userId" FROM "PartnerUser" WHERE "tenantId" = $1)
      ORDER BY id`,
    [tenantId],
  );
  return out;
}

let aAdmin: VendorCtx;
let aInvitedMembershipId: string;
let aActiveMembershipId: string;
let aPartner: PartnerCtx;
let aSeatId: string;
let bAdmin: VendorCtx;
let bManager: VendorCtx;
let bRep: VendorCtx;
let bFinance: VendorCtx;
let bPartner: PartnerCtx;
let before: Snapshot;

beforeAll(async () => {
  [aAdmin, bAdmin] = await Promise.all([createTestTenant(), createTestTenant()]);
  const aFinance = await addVendorUser(aAdmin, "FINANCE");
  aActiveMembershipId = (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [aFinance.user.id]))[0]!.id;
  aInvitedMembershipId = (await inviteVendorUser(aAdmin, { email: uniqueEmail("a-invited"), name: "Ann Invited", role: "SALES_REP" })).id;
  aPartner = await createPartnerWithUser(aAdmin, "PARTNER_ADMIN", { partnerName: "A Partner" });
  aSeatId = (await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [aPartner.user.id]))[0]!.id;

  bManager = await addVendorUser(bAdmin, "CHANNEL_MANAGER");
  bRep = await addVendorUser(bAdmin, "SALES_REP");
  bFinance = await addVendorUser(bAdmin, "FINANCE");
  bPartner = await createPartnerWithUser(bAdmin, "PARTNER_ADMIN", { partnerName: "B Partner" });

  before = await snapshot(aAdmin.tenantId);
});

describe("tenant B's vendor users given tenant A's ids", () => {
  it("membership actions → NOT_FOUND, and A is unchanged", async () => {
    for (const membershipId of [aActiveMembershipId, aInvitedMembershipId]) {
      await rejectsWith(changeMemberRole(bAdmin, { membershipId, role: "TENANT_ADMIN" }), "NOT_FOUND");
      await rejectsWith(deactivateMember(bAdmin, { membershipId }), "NOT_FOUND");
      await rejectsWith(reactivateMember(bAdmin, { membershipId }), "NOT_FOUND");
      await rejectsWith(resendInvitation(bAdmin, { membershipId }), "NOT_FOUND");
    }
    expect(await snapshot(aAdmin.tenantId)).toEqual(before);
  });

  it("partner actions → NOT_FOUND (admin and channel manager), and A is unchanged", async () => {
    for (const ctx of [bAdmin, bManager]) {
      await rejectsWith(getPartnerOrThrow(ctx, aPartner.partnerId), "NOT_FOUND");
      const email = uniqueEmail("cross");
      await rejectsWith(invitePartnerUser(ctx, { partnerId: aPartner.partnerId, email, name: "Cross", role: "PARTNER_ADMIN" }), "NOT_FOUND");
      expect(await ownerQuery(`SELECT id FROM "User" WHERE email = $1`, [email])).toEqual([]);
      await rejectsWith(deactivatePartnerUser(ctx, { partnerUserId: aSeatId }), "NOT_FOUND");
      await rejectsWith(reactivatePartnerUser(ctx, { partnerUserId: aSeatId }), "NOT_FOUND");
    }
    expect(await snapshot(aAdmin.tenantId)).toEqual(before);
  });

  it("lists, counts and the audit log show nothing of A", async () => {
    const members = await listMembers(bAdmin, { page: 1 });
    expect(members.rows.map((r) => r.id)).not.toContain(aActiveMembershipId);
    expect(members.total).toBe(4); // admin, manager, rep, finance (partner users hold no membership)

    const partners = await listPartners(bAdmin, { page: 1 });
    expect(partners.rows.map((r) => r.id)).toEqual([bPartner.partnerId]);
    expect((await listPartners(bAdmin, { page: 1, q: "A Partner" })).total).toBe(0);
    expect(await partnerCountsByStatus(bAdmin)).toEqual({ ONBOARDING: 1 });

    const audit = await listAuditLog(bAdmin, { page: 1 });
    const aEntities = new Set([aAdmin.tenantId, aPartner.partnerId, aSeatId, aActiveMembershipId, aInvitedMembershipId]);
    expect(audit.rows.some((r) => aEntities.has(r.object.id))).toBe(false);
  });

  it("updateTenantSettings changes only the caller's own tenant", async () => {
    await updateTenantSettings(bAdmin, { name: "B Renamed", defaultLocale: "en", currency: "EUR", timeZone: "UTC" });
    const [b] = await ownerQuery(`SELECT name, currency FROM "Tenant" WHERE id = $1`, [bAdmin.tenantId]);
    expect(b).toEqual({ name: "B Renamed", currency: "EUR" });
    expect(await snapshot(aAdmin.tenantId)).toEqual(before);
  });
});

describe("a partner user cannot call vendor services", () => {
  const asVendor = (ctx: PartnerCtx) => ctx as unknown as VendorCtx;

  it("every vendor read and write → FORBIDDEN, and nothing changes", async () => {
    const ctx = asVendor(aPartner);
    const calls: [string, () => Promise<unknown>][] = [
      ["listMembers", () => listMembers(ctx, { page: 1 })],
      ["inviteVendorUser", () => inviteVendorUser(ctx, { email: uniqueEmail(), name: "X", role: "TENANT_ADMIN" })],
      ["changeMemberRole", () => changeMemberRole(ctx, { membershipId: aActiveMembershipId, role: "TENANT_ADMIN" })],
      ["deactivateMember", () => deactivateMember(ctx, { membershipId: aActiveMembershipId })],
      ["reactivateMember", () => reactivateMember(ctx, { membershipId: aActiveMembershipId })],
      ["resendInvitation", () => resendInvitation(ctx, { membershipId: aInvitedMembershipId })],
      ["listPartners", () => listPartners(ctx, { page: 1 })],
      ["getPartnerOrThrow", () => getPartnerOrThrow(ctx, aPartner.partnerId)],
      ["createPartner", () => createPartner(ctx, { name: "Partner Made", type: "OEM", country: null })],
      ["invitePartnerUser", () => invitePartnerUser(ctx, { partnerId: aPartner.partnerId, email: uniqueEmail(), name: "X", role: "PARTNER_ADMIN" })],
      ["deactivatePartnerUser", () => deactivatePartnerUser(ctx, { partnerUserId: aSeatId })],
      ["reactivatePartnerUser", () => reactivatePartnerUser(ctx, { partnerUserId: aSeatId })],
      ["partnerCountsByStatus", () => partnerCountsByStatus(ctx)],
      ["listAuditLog", () => listAuditLog(ctx, { page: 1 })],
      ["updateTenantSettings", () => updateTenantSettings(ctx, { name: "Partner Owned", defaultLocale: "en", currency: "USD", timeZone: "UTC" })],
    ];
    for (const [name, call] of calls) {
      const error = await rejectsWith(call(), "FORBIDDEN").catch((e: unknown) => {
        throw new Error(`${name}: ${String(e)}`);
      });
      expect(error.status, name).toBe(403);
    }
    expect(await snapshot(aAdmin.tenantId)).toEqual(before);
  });
});

describe("roles without the permission get FORBIDDEN on manage actions", () => {
  it("every vendor role that lacks a service's permission (computed from the table) is refused, and nothing changes", async () => {
    const bSnapshot = await snapshot(bAdmin.tenantId);
    const [bAdminSeat] = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1 AND "tenantId" = $2`, [bAdmin.user.id, bAdmin.tenantId]);
    const [bSeat] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [bPartner.user.id]);
    const services: [Permission, string, (ctx: VendorCtx) => Promise<unknown>][] = [
      ["users.manage", "inviteVendorUser", (ctx) => inviteVendorUser(ctx, { email: uniqueEmail(), name: "X", role: "TENANT_ADMIN" })],
      ["users.manage", "changeMemberRole", (ctx) => changeMemberRole(ctx, { membershipId: bAdminSeat!.id, role: "SALES_REP" })],
      ["users.manage", "deactivateMember", (ctx) => deactivateMember(ctx, { membershipId: bAdminSeat!.id })],
      ["users.manage", "reactivateMember", (ctx) => reactivateMember(ctx, { membershipId: bAdminSeat!.id })],
      ["users.manage", "resendInvitation", (ctx) => resendInvitation(ctx, { membershipId: bAdminSeat!.id })],
      ["users.read", "listMembers", (ctx) => listMembers(ctx, { page: 1 })],
      ["partners.manage", "createPartner", (ctx) => createPartner(ctx, { name: `By ${ctx.role}`, type: "OEM", country: null })],
      ["partnerUsers.manage", "invitePartnerUser", (ctx) => invitePartnerUser(ctx, { partnerId: bPartner.partnerId, email: uniqueEmail(), name: "X", role: "PARTNER_USER" })],
      ["partnerUsers.manage", "deactivatePartnerUser", (ctx) => deactivatePartnerUser(ctx, { partnerUserId: bSeat!.id })],
      ["partnerUsers.manage", "reactivatePartnerUser", (ctx) => reactivatePartnerUser(ctx, { partnerUserId: bSeat!.id })],
      ["tenant.manage", "updateTenantSettings", (ctx) => updateTenantSettings(ctx, { name: "Hijacked", defaultLocale: "en", currency: "USD", timeZone: "UTC" })],
      ["audit.read", "listAuditLog", (ctx) => listAuditLog(ctx, { page: 1 })],
    ];
    const byRole: Record<VendorRole, VendorCtx> = { TENANT_ADMIN: bAdmin, CHANNEL_MANAGER: bManager, SALES_REP: bRep, FINANCE: bFinance };
    let refused = 0;
    for (const [permission, name, call] of services) {
      for (const role of VENDOR_ROLE_LIST.filter((r) => !vendorCan(r, permission))) {
        await rejectsWith(call(byRole[role]), "FORBIDDEN").catch((e: unknown) => {
          throw new Error(`${role} ${name}: ${String(e)}`);
        });
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(20);
    expect(await snapshot(bAdmin.tenantId)).toEqual(bSnapshot);
  });

  it("CHANNEL_MANAGER manages partners but not users or tenant settings", async () => {
    const [bAdminSeat] = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1 AND "tenantId" = $2`, [bAdmin.user.id, bAdmin.tenantId]);
    await rejectsWith(inviteVendorUser(bManager, { email: uniqueEmail(), name: "X", role: "TENANT_ADMIN" }), "FORBIDDEN");
    await rejectsWith(changeMemberRole(bManager, { membershipId: bAdminSeat!.id, role: "SALES_REP" }), "FORBIDDEN");
    await rejectsWith(deactivateMember(bManager, { membershipId: bAdminSeat!.id }), "FORBIDDEN");
    await rejectsWith(updateTenantSettings(bManager, { name: "Hijacked", defaultLocale: "en", currency: "USD", timeZone: "UTC" }), "FORBIDDEN");
    const made = await createPartner(bManager, { name: "Manager Made", type: "VAR", country: null });
    expect(await ownerQuery(`SELECT "tenantId" FROM "Partner" WHERE id = $1`, [made.id])).toEqual([{ tenantId: bAdmin.tenantId }]);
    await expect(listMembers(bManager, { page: 1 })).resolves.toHaveProperty("total");
  });

  it("SALES_REP and FINANCE may still read partners (partners.read)", async () => {
    for (const ctx of [bRep, bFinance]) {
      await expect(getPartnerOrThrow(ctx, bPartner.partnerId)).resolves.toHaveProperty("partner.id", bPartner.partnerId);
      await rejectsWith(getPartnerOrThrow(ctx, aPartner.partnerId), "NOT_FOUND");
    }
  });
});
