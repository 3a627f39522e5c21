/**
 * Partners: creation, the list (search, status filter, pagination), detail, portal-user
 * invitations and deactivation, the partner's own view and the dashboard counts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { capturedEmails as listCapturedEmails } from "@/tests/fixtures/mailbox";
import {
  createPartner,
  deactivatePartnerUser,
  getOwnPartner,
  listOwnTeam,
  getPartnerOrThrow,
  invitePartnerUser,
  listPartners,
  partnerCountsByStatus,
  reactivatePartnerUser,
} from "@/lib/partners/service";
import { createPartnerSchema, partnerListQuery } from "@/lib/partners/schema";
import { acceptInvitation } from "@/lib/users/invitation-link";
import { listPendingInvitations, respondToInvitation } from "@/lib/users/invitations";
import { ownerQuery, ownerRow, sessionVersionOf } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, META, strongPassword, uniqueEmail, userCtxOf } from "@/tests/fixtures/factories";

/** Partner status changes have no service yet; tests set them as the owner. */
async function setPartnerStatus(partnerId: string, status: string) {
  await ownerQuery(`UPDATE "Partner" SET status = $2::"PartnerStatus" WHERE id = $1`, [partnerId, status]);
}

let admin: VendorCtx;
let other: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
});

describe("createPartner", () => {
  it("creates an ONBOARDING partner in the caller's tenant and audits it", async () => {
    const input = createPartnerSchema.parse({ name: "  Northwind Test  ", type: "DISTRIBUTOR", country: "us" });
    const partner = await createPartner(admin, input);
    expect(partner).toMatchObject({ name: "Northwind Test", type: "DISTRIBUTOR", country: "US", status: "ONBOARDING" });
    expect(partner.id).toMatch(/^ptn_/);
    expect(await ownerRow("Partner", "id", partner.id)).toMatchObject({ tenantId: admin.tenantId });

    const audit = await ownerQuery(`SELECT * FROM "AuditLog" WHERE "tenantId" = $1 AND "entityId" = $2`, [admin.tenantId, partner.id]);
    expect(audit).toEqual([
      expect.objectContaining({
        action: "partner.created",
        entityType: "Partner",
        actorUserId: admin.user.id,
        after: { name: "Northwind Test", type: "DISTRIBUTOR", country: "US", status: "ONBOARDING" },
      }),
    ]);
  });

  it("allows the same name in another tenant", async () => {
    await createPartner(admin, { name: "Shared Name Ltd", type: "VAR", country: null });
    const copy = await createPartner(other, { name: "Shared Name Ltd", type: "VAR", country: null });
    expect(await ownerRow("Partner", "id", copy.id)).toMatchObject({ tenantId: other.tenantId });
  });

  it("refuses a duplicate name in the same tenant with PARTNER_NAME_TAKEN", async () => {
    await createPartner(admin, { name: "Duplicate Co", type: "OEM", country: null });
    let error: unknown;
    try {
      await createPartner(admin, { name: "Duplicate Co", type: "RETAILER", country: null });
    } catch (caught) {
      error = caught;
    }
    const rows = await ownerQuery(`SELECT id FROM "Partner" WHERE "tenantId" = $1 AND name = 'Duplicate Co'`, [admin.tenantId]);
    expect(rows).toHaveLength(1);
    expect(error).toMatchObject({ name: "AppError", code: "PARTNER_NAME_TAKEN", fields: { name: ["errors.PARTNER_NAME_TAKEN"] } });
  });

  it("never creates a second partner with a taken name (whatever the error)", async () => {
    await createPartner(admin, { name: "Once Only", type: "OEM", country: null });
    await expect(createPartner(admin, { name: "Once Only", type: "OEM", country: null })).rejects.toBeDefined();
    const rows = await ownerQuery(`SELECT id FROM "Partner" WHERE "tenantId" = $1 AND name = 'Once Only'`, [admin.tenantId]);
    expect(rows).toHaveLength(1);
  });

  it("rejects invalid input in createPartnerSchema", () => {
    const result = createPartnerSchema.safeParse({ name: "x", type: "FRIEND", country: "USA" });
    expect(result.success).toBe(false);
    expect(new Set(result.error?.issues.map((i) => i.path[0]))).toEqual(new Set(["name", "type", "country"]));
  });
});

describe("listPartners and partnerCountsByStatus", () => {
  let listAdmin: VendorCtx;

  beforeAll(async () => {
    listAdmin = await createTestTenant();
    // 27 partners: "Alpha 01" … "Alpha 20" and "Beta 21" … "Beta 27".
    const numbers = Array.from({ length: 27 }, (_, i) => i + 1);
    const partners = await Promise.all(
      numbers.map((i) => createPartner(listAdmin, { name: `${i <= 20 ? "Alpha" : "Beta"} ${String(i).padStart(2, "0")}`, type: "RETAILER", country: null })),
    );
    for (const i of [9, 18, 27]) await setPartnerStatus(partners[i - 1]!.id, "ACTIVE");
    await setPartnerStatus(partners[25]!.id, "SUSPENDED");
    // Noise in another tenant that must never show up.
    await createPartner(other, { name: "Alpha 99", type: "RETAILER", country: null });
  });

  it("paginates by name, 25 per page by default, with the total", async () => {
    const first = await listPartners(listAdmin, { page: 1 });
    expect(first.total).toBe(27);
    expect(first.pageSize).toBe(partnerListQuery.spec.defaultPageSize);
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.name).toBe("Alpha 01");
    expect(first.rows[24]!.name).toBe("Beta 25");
    const second = await listPartners(listAdmin, { page: 2 });
    expect(second.rows.map((r) => r.name)).toEqual(["Beta 26", "Beta 27"]);
    expect(second.total).toBe(27);
    expect((await listPartners(listAdmin, { page: 3 })).rows).toEqual([]);
  });

  it("treats a page below 1 as page 1, like the other lists", async () => {
    const result = await listPartners(listAdmin, { page: 0 });
    expect(result.page).toBe(1);
    expect(result.rows).toHaveLength(25);
  });

  it("searches names case-insensitively with q", async () => {
    const result = await listPartners(listAdmin, { page: 1, q: "bEtA" });
    expect(result.total).toBe(7);
    expect(result.rows.every((r) => r.name.startsWith("Beta"))).toBe(true);
    expect((await listPartners(listAdmin, { page: 1, q: "Alpha 9" })).total).toBe(0); // not the other tenant's "Alpha 99"
  });

  it("filters by status, alone and together with q", async () => {
    const active = await listPartners(listAdmin, { page: 1, status: "ACTIVE" });
    expect(active.rows.map((r) => r.name)).toEqual(["Alpha 09", "Alpha 18", "Beta 27"]);
    const activeBeta = await listPartners(listAdmin, { page: 1, status: "ACTIVE", q: "beta" });
    expect(activeBeta.rows.map((r) => r.name)).toEqual(["Beta 27"]);
    expect((await listPartners(listAdmin, { page: 1, status: "OFFBOARDED" })).total).toBe(0);
  });

  it("includes each partner's portal-user count", async () => {
    const withUser = await createPartnerWithUser(listAdmin, "PARTNER_USER", { partnerName: "Gamma Counted" });
    const result = await listPartners(listAdmin, { page: 1, q: "Gamma" });
    expect(result.rows).toEqual([expect.objectContaining({ id: withUser.partnerId, portalUsers: 1 })]);
  });

  it("partnerCountsByStatus counts the tenant's partners per status", async () => {
    const counts = await partnerCountsByStatus(listAdmin);
    const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    const rows = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Partner" WHERE "tenantId" = $1`, [listAdmin.tenantId]);
    expect(total).toBe(rows[0]!.n);
    expect(counts).toMatchObject({ ACTIVE: 3, SUSPENDED: 1 });
    expect(counts.ONBOARDING).toBe(rows[0]!.n - 4);
    expect(counts.OFFBOARDED).toBeUndefined();
  });

  it("partnerCountsByStatus is allowed to every vendor role (dashboard.view)", async () => {
    const rep = await addVendorUser(listAdmin, "SALES_REP");
    await expect(partnerCountsByStatus(rep)).resolves.toMatchObject({ ACTIVE: 3 });
  });
});

describe("getPartnerOrThrow", () => {
  it("returns the partner with its portal users", async () => {
    const portal = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const detail = await getPartnerOrThrow(admin, portal.partnerId);
    expect(detail.partner).toMatchObject({ id: portal.partnerId, status: "ONBOARDING" });
    expect(detail.users).toEqual([
      expect.objectContaining({ userId: portal.user.id, role: "PARTNER_ADMIN", status: "ACTIVE", user: expect.objectContaining({ email: portal.user.email }) }),
    ]);
  });

  it("NOT_FOUND for another tenant's partner id and for an unknown id", async () => {
    const foreign = await createPartner(other, { name: "Foreign Partner", type: "OEM", country: null });
    await rejectsWith(getPartnerOrThrow(admin, foreign.id), "NOT_FOUND");
    await rejectsWith(getPartnerOrThrow(admin, "ptn_doesnotexist"), "NOT_FOUND");
  });
});

describe("invitePartnerUser and deactivatePartnerUser", () => {
  it("invites a new portal user: INVITED seat, audit and partner-invitation e-mail; accepting leads to the portal", async () => {
    const partner = await createPartner(admin, { name: "Invite Target", type: "VAR", country: "ES" });
    const email = uniqueEmail("portal");
    const seat = await invitePartnerUser(admin, { partnerId: partner.id, email, name: "Paula Portal", role: "PARTNER_USER" });
    expect(seat).toMatchObject({ partnerId: partner.id, role: "PARTNER_USER", status: "INVITED" });
    expect(await ownerRow("PartnerUser", "id", seat.id)).toMatchObject({ tenantId: admin.tenantId });

    const audit = await ownerQuery(`SELECT * FROM "AuditLog" WHERE "tenantId" = $1 AND "entityId" = $2`, [admin.tenantId, seat.id]);
    expect(audit).toEqual([
      expect.objectContaining({ action: "partnerUser.invited", after: { partnerId: partner.id, email, role: "PARTNER_USER", status: "INVITED" } }),
    ]);

    const [message] = await listCapturedEmails({ to: email, take: 1 });
    expect(message!.subject).toBe(`Your ${admin.tenant.name} partner portal access (Invite Target)`);
    const token = message!.text.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
    const accepted = await acceptInvitation(META, { token, name: "Paula Portal", password: strongPassword() });
    expect(accepted.home).toBe(`/${admin.tenant.slug}/portal`);
    expect(await ownerRow("PartnerUser", "id", seat.id)).toMatchObject({ status: "ACTIVE" });
  });

  it("attack: inviting an existing login into a partner portal needs their acceptance (INVITED until then)", async () => {
    const elsewhere = await createTestTenant();
    const partner = await createPartner(admin, { name: "Existing Login Partner", type: "VAR", country: null });
    const seat = await invitePartnerUser(admin, { partnerId: partner.id, email: elsewhere.user.email, name: "x", role: "PARTNER_ADMIN" });
    expect(seat).toMatchObject({ userId: elsewhere.user.id, status: "INVITED" });
    const [message] = await listCapturedEmails({ to: elsewhere.user.email, take: 1 });
    expect(message!.subject).toBe(`${admin.user.name} invited you to ${admin.tenant.name} on Canal`);
    expect(message!.text).toContain("/workspaces");
    expect(await ownerRow("User", "id", elsewhere.user.id)).toMatchObject({ name: elsewhere.user.name });

    const person = userCtxOf(elsewhere);
    expect(await listPendingInvitations(person)).toEqual([
      expect.objectContaining({ kind: "partner", seatId: seat.id, partnerName: "Existing Login Partner", role: "PARTNER_ADMIN" }),
    ]);
    await expect(respondToInvitation(person, { kind: "partner", seatId: seat.id, accept: true })).resolves.toEqual({
      home: `/${admin.tenant.slug}/portal`,
    });
    expect(await ownerRow("PartnerUser", "id", seat.id)).toMatchObject({ status: "ACTIVE", acceptedAt: expect.any(Date) });
  });

  it("refuses NOT_FOUND for another tenant's partner, CONFLICT for an OFFBOARDED partner, ALREADY_MEMBER for a seat holder", async () => {
    const foreign = await createPartner(other, { name: "Not Yours", type: "OEM", country: null });
    const email = uniqueEmail("refused");
    await rejectsWith(invitePartnerUser(admin, { partnerId: foreign.id, email, name: "N", role: "PARTNER_USER" }), "NOT_FOUND");
    expect(await ownerRow("User", "email", email)).toBeUndefined();
    expect(await ownerQuery(`SELECT id FROM "PartnerUser" WHERE "partnerId" = $1`, [foreign.id])).toEqual([]);

    const gone = await createPartner(admin, { name: "Offboarded Partner", type: "OEM", country: null });
    await setPartnerStatus(gone.id, "OFFBOARDED");
    await rejectsWith(invitePartnerUser(admin, { partnerId: gone.id, email, name: "N", role: "PARTNER_USER" }), "CONFLICT");
    expect(await ownerRow("User", "email", email)).toBeUndefined();

    const target = await createPartner(admin, { name: "Seat Holder Target", type: "OEM", country: null });
    const error = await rejectsWith(
      invitePartnerUser(admin, { partnerId: target.id, email: admin.user.email, name: "Me", role: "PARTNER_USER" }),
      "ALREADY_MEMBER",
    );
    expect(error.fields).toEqual({ email: ["errors.ALREADY_MEMBER"] });
  });

  it("is FORBIDDEN for SALES_REP and FINANCE (partnerUsers.manage), allowed for CHANNEL_MANAGER", async () => {
    const partner = await createPartner(admin, { name: "Role Check Partner", type: "OEM", country: null });
    for (const role of ["SALES_REP", "FINANCE"] as const) {
      const ctx = await addVendorUser(admin, role);
      await rejectsWith(invitePartnerUser(ctx, { partnerId: partner.id, email: uniqueEmail(), name: "N", role: "PARTNER_USER" }), "FORBIDDEN");
      await rejectsWith(createPartner(ctx, { name: `By ${role}`, type: "OEM", country: null }), "FORBIDDEN");
    }
    expect(await ownerQuery(`SELECT id FROM "PartnerUser" WHERE "partnerId" = $1`, [partner.id])).toEqual([]);
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    await expect(
      invitePartnerUser(manager, { partnerId: partner.id, email: uniqueEmail(), name: "N", role: "PARTNER_USER" }),
    ).resolves.toMatchObject({ status: "INVITED" });
  });

  it("deactivatePartnerUser switches the seat off (never the login's sessions) and audits; again is a no-op", async () => {
    const portal = await createPartnerWithUser(admin, "PARTNER_USER");
    const version = await sessionVersionOf(portal.user.id);
    const seat = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "tenantId" = $1 AND "userId" = $2`, [admin.tenantId, portal.user.id]);
    const seatId = seat[0]!.id;

    await expect(deactivatePartnerUser(admin, { partnerUserId: seatId })).resolves.toMatchObject({ status: "DEACTIVATED" });
    expect(await sessionVersionOf(portal.user.id)).toBe(version);
    expect(await ownerQuery(`SELECT before, after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partnerUser.deactivated'`, [seatId])).toEqual([
      { before: { status: "ACTIVE" }, after: { status: "DEACTIVATED" } },
    ]);

    await deactivatePartnerUser(admin, { partnerUserId: seatId });
    expect(await sessionVersionOf(portal.user.id)).toBe(version);
  });

  it("reactivatePartnerUser restores a deactivated seat (INVITED without a password) and audits; NOT_FOUND / FORBIDDEN otherwise", async () => {
    const portal = await createPartnerWithUser(admin, "PARTNER_USER");
    const [seat] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [portal.user.id]);
    // An active seat is returned as is, without an audit row.
    await expect(reactivatePartnerUser(admin, { partnerUserId: seat!.id })).resolves.toMatchObject({ status: "ACTIVE" });
    await deactivatePartnerUser(admin, { partnerUserId: seat!.id });
    await expect(reactivatePartnerUser(admin, { partnerUserId: seat!.id })).resolves.toMatchObject({ status: "ACTIVE" });
    expect(await ownerQuery(`SELECT before, after FROM "AuditLog" WHERE "entityId" = $1 AND action = 'partnerUser.reactivated'`, [seat!.id])).toEqual([
      { before: { status: "DEACTIVATED" }, after: { status: "ACTIVE" } },
    ]);

    const partner = await createPartner(admin, { name: "Never Accepted Co", type: "VAR", country: null });
    const pending = await invitePartnerUser(admin, { partnerId: partner.id, email: uniqueEmail("pending"), name: "P", role: "PARTNER_USER" });
    await deactivatePartnerUser(admin, { partnerUserId: pending.id });
    await expect(reactivatePartnerUser(admin, { partnerUserId: pending.id })).resolves.toMatchObject({ status: "INVITED" });

    await deactivatePartnerUser(admin, { partnerUserId: seat!.id });
    await rejectsWith(reactivatePartnerUser(other, { partnerUserId: seat!.id }), "NOT_FOUND");
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(reactivatePartnerUser(rep, { partnerUserId: seat!.id }), "FORBIDDEN");
    expect(await ownerRow("PartnerUser", "id", seat!.id)).toMatchObject({ status: "DEACTIVATED" });
  });

  it("deactivatePartnerUser: NOT_FOUND for another tenant's seat (unchanged), FORBIDDEN for a SALES_REP", async () => {
    const foreign = await createPartnerWithUser(other, "PARTNER_USER");
    const [seat] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [foreign.user.id]);
    const version = await sessionVersionOf(foreign.user.id);
    await rejectsWith(deactivatePartnerUser(admin, { partnerUserId: seat!.id }), "NOT_FOUND");
    expect(await ownerRow("PartnerUser", "id", seat!.id)).toMatchObject({ status: "ACTIVE" });
    expect(await sessionVersionOf(foreign.user.id)).toBe(version);

    const rep = await addVendorUser(other, "SALES_REP");
    await rejectsWith(deactivatePartnerUser(rep, { partnerUserId: seat!.id }), "FORBIDDEN");
    expect(await ownerRow("PartnerUser", "id", seat!.id)).toMatchObject({ status: "ACTIVE" });
  });
});

describe("getOwnPartner and listOwnTeam", () => {
  let mine: PartnerCtx;
  let teammate: PartnerCtx;
  let stranger: PartnerCtx;

  beforeAll(async () => {
    mine = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Own Partner Co" });
    teammate = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: mine.partnerId });
    stranger = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Stranger Co" });
  });

  it("returns only the caller's partner and its active team", async () => {
    expect(await getOwnPartner(mine)).toMatchObject({ id: mine.partnerId, name: "Own Partner Co" });
    expect(await getOwnPartner(teammate)).toMatchObject({ id: mine.partnerId });
    const team = await listOwnTeam(mine);
    expect(team.map((m) => m.userId).sort()).toEqual([mine.user.id, teammate.user.id].sort());
    expect(team.map((m) => m.userId)).not.toContain(stranger.user.id);
    expect((await listOwnTeam(stranger)).map((m) => m.userId)).toEqual([stranger.user.id]);
  });

  it("leaves deactivated teammates out", async () => {
    const leaver = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: mine.partnerId });
    const [seat] = await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [leaver.user.id]);
    expect((await listOwnTeam(mine)).map((m) => m.userId)).toContain(leaver.user.id);
    await deactivatePartnerUser(admin, { partnerUserId: seat!.id });
    expect((await listOwnTeam(mine)).map((m) => m.userId)).not.toContain(leaver.user.id);
  });

  it("the team is for partner admins only (partnerTeam.read)", async () => {
    await rejectsWith(listOwnTeam(teammate), "FORBIDDEN");
  });

  it("is FORBIDDEN for a vendor context (ownPartner.read is a partner permission)", async () => {
    await rejectsWith(getOwnPartner(admin as unknown as PartnerCtx), "FORBIDDEN");
    await rejectsWith(listOwnTeam(admin as unknown as PartnerCtx), "FORBIDDEN");
  });
});
