/**
 * Partner self-service (lib/partners/team.ts): a partner admin manages their own
 * partner's team and nothing else, within the vendor's rules — the tenant's switch for
 * self-service and each partner's seat limit, which holds under concurrency.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { getPartnerOrThrow, invitePartnerUser, reactivatePartnerUser, updatePartnerAccount } from "@/lib/partners/service";
import {
  deactivateTeammate,
  getTeamRules,
  inviteTeammate,
  listDeactivatedTeammates,
  listOwnTeam,
  reactivateTeammate,
  resendTeammateInvitation,
} from "@/lib/partners/team";
import { listPartners } from "@/lib/partners/list";
import { updatePartnerTeamRules } from "@/lib/tenancy/service";
import { inviteVendorUser } from "@/lib/users/service";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant, uniqueEmail } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let mine: PartnerCtx;
let teammate: PartnerCtx;
let stranger: PartnerCtx;

const seatOf = async (userId: string) => (await ownerQuery<{ id: string }>(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [userId]))[0]!.id;
const seatsOf = async (partnerId: string) =>
  ownerQuery<{ status: string }>(`SELECT status FROM "PartnerUser" WHERE "partnerId" = $1 ORDER BY "createdAt"`, [partnerId]);

beforeAll(async () => {
  admin = await createTestTenant();
  mine = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Self Serve Co" });
  teammate = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: mine.partnerId });
  stranger = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Stranger Co" });
});

describe("a partner admin manages their own partner's team only", () => {
  it("another partner's seat id → NOT_FOUND for every step, the seat unchanged", async () => {
    const foreign = await seatOf(stranger.user.id);
    const before = await ownerRow("PartnerUser", "id", foreign);
    await rejectsWith(deactivateTeammate(mine, { seatId: foreign }), "NOT_FOUND");
    await rejectsWith(reactivateTeammate(mine, { seatId: foreign }), "NOT_FOUND");
    await rejectsWith(resendTeammateInvitation(mine, { seatId: foreign }), "NOT_FOUND");
    expect(await ownerRow("PartnerUser", "id", foreign)).toEqual(before);
  });

  it("a back-office seat id (or another tenant's seat) is NOT_FOUND too", async () => {
    const membership = (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [admin.user.id]))[0]!.id;
    await rejectsWith(deactivateTeammate(mine, { seatId: membership }), "NOT_FOUND");
    const elsewhere = await createTestTenant();
    const farAway = await createPartnerWithUser(elsewhere, "PARTNER_USER");
    await rejectsWith(deactivateTeammate(mine, { seatId: await seatOf(farAway.user.id) }), "NOT_FOUND");
  });

  it("a plain partner user → FORBIDDEN for every step, and nothing is written", async () => {
    const target = await seatOf(mine.user.id);
    const email = uniqueEmail("nope");
    await rejectsWith(inviteTeammate(teammate, { email, name: "No Body", role: "PARTNER_USER" }), "FORBIDDEN");
    await rejectsWith(deactivateTeammate(teammate, { seatId: target }), "FORBIDDEN");
    await rejectsWith(reactivateTeammate(teammate, { seatId: target }), "FORBIDDEN");
    await rejectsWith(resendTeammateInvitation(teammate, { seatId: target }), "FORBIDDEN");
    await rejectsWith(listDeactivatedTeammates(teammate), "FORBIDDEN");
    expect(await ownerRow("User", "email", email)).toBeUndefined();
  });

  it("invites into their own partner (the partner comes from the session), audited as them", async () => {
    const seat = await inviteTeammate(mine, { email: uniqueEmail("mate"), name: "Mia Mate", role: "PARTNER_ADMIN" });
    expect(seat).toMatchObject({ partnerId: mine.partnerId, status: "INVITED", role: "PARTNER_ADMIN" });
    const [audit] = await ownerQuery(`SELECT action, "actorUserId" FROM "AuditLog" WHERE "entityId" = $1`, [seat.id]);
    expect(audit).toEqual({ action: "partnerUser.invited", actorUserId: mine.user.id });
    expect((await listOwnTeam(mine)).map((m) => m.id)).toContain(seat.id);
  });

  it("refuses someone who already holds a seat in this tenant, even a back-office one it cannot see", async () => {
    const vendorUser = await addVendorUser(admin, "FINANCE");
    const error = await rejectsWith(inviteTeammate(mine, { email: vendorUser.user.email, name: "Vera", role: "PARTNER_USER" }), "ALREADY_MEMBER");
    expect(error.fields).toEqual({ email: ["errors.ALREADY_MEMBER"] });
    await rejectsWith(inviteTeammate(mine, { email: stranger.user.email, name: "Otto", role: "PARTNER_USER" }), "ALREADY_MEMBER");
    expect(await ownerQuery(`SELECT id FROM "PartnerUser" WHERE "userId" = $1`, [vendorUser.user.id])).toEqual([]);
  });

  it("lists switched-off teammates apart, and brings them back", async () => {
    const leaver = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: mine.partnerId });
    const seat = await seatOf(leaver.user.id);
    await deactivateTeammate(mine, { seatId: seat });
    expect((await listOwnTeam(mine)).map((m) => m.id)).not.toContain(seat);
    expect((await listDeactivatedTeammates(mine)).map((m) => m.id)).toEqual([seat]);
    await expect(reactivateTeammate(mine, { seatId: seat })).resolves.toMatchObject({ status: "ACTIVE" });
  });
});

describe("the vendor's rules", () => {
  it("with self-service off, partner admins can read their team but change nothing (SELF_SERVICE_OFF)", async () => {
    const vendor = await createTestTenant();
    const partnerAdmin = await createPartnerWithUser(vendor, "PARTNER_ADMIN");
    const member = await createPartnerWithUser(vendor, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
    await updatePartnerTeamRules(vendor, { partnerTeamSelfService: false });
    expect(await getTeamRules(partnerAdmin)).toMatchObject({ selfService: false });
    const seat = await seatOf(member.user.id);
    const error = await rejectsWith(inviteTeammate(partnerAdmin, { email: uniqueEmail("off"), name: "Off", role: "PARTNER_USER" }), "SELF_SERVICE_OFF");
    expect(error.params).toEqual({ vendor: vendor.tenant.name });
    await rejectsWith(deactivateTeammate(partnerAdmin, { seatId: seat }), "SELF_SERVICE_OFF");
    expect(await ownerRow("PartnerUser", "id", seat)).toMatchObject({ status: "ACTIVE" });
    // …while the vendor still manages the partner's seats.
    await expect(invitePartnerUser(vendor, { partnerId: partnerAdmin.partnerId, email: uniqueEmail("v"), name: "V", role: "PARTNER_USER" })).resolves.toBeTruthy();
    const audit = await ownerQuery(`SELECT action FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'tenant.partnerRulesUpdated'`, [vendor.tenantId]);
    expect(audit).toHaveLength(1);
  });

  it("the seat limit counts invited and active seats (not switched-off ones), for partner admins and the vendor alike", async () => {
    const partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Limited Co" });
    await updatePartnerAccount(admin, { partnerId: partnerAdmin.partnerId, seatLimit: 2, channelManagerId: null });
    const second = await inviteTeammate(partnerAdmin, { email: uniqueEmail("two"), name: "Two", role: "PARTNER_USER" });
    const full = await rejectsWith(inviteTeammate(partnerAdmin, { email: uniqueEmail("three"), name: "Three", role: "PARTNER_USER" }), "SEAT_LIMIT_REACHED");
    expect(full.params).toEqual({ limit: 2, vendor: admin.tenant.name });
    await rejectsWith(
      invitePartnerUser(admin, { partnerId: partnerAdmin.partnerId, email: uniqueEmail("three"), name: "Three", role: "PARTNER_USER" }),
      "SEAT_LIMIT_REACHED",
    );
    expect(await getTeamRules(partnerAdmin)).toEqual({ selfService: true, seatLimit: 2, seats: { active: 1, invited: 1, deactivated: 0 } });

    // A switched-off seat frees its place; bringing it back needs one.
    await deactivateTeammate(partnerAdmin, { seatId: second.id });
    const third = await inviteTeammate(partnerAdmin, { email: uniqueEmail("three"), name: "Three", role: "PARTNER_USER" });
    await rejectsWith(reactivateTeammate(partnerAdmin, { seatId: second.id }), "SEAT_LIMIT_REACHED");
    await rejectsWith(reactivatePartnerUser(admin, { partnerUserId: second.id }), "SEAT_LIMIT_REACHED");
    expect(await ownerRow("PartnerUser", "id", second.id)).toMatchObject({ status: "DEACTIVATED" });
    expect(third.status).toBe("INVITED");

    // Lowering the limit takes nobody's access away; the vendor sees seats by state.
    await updatePartnerAccount(admin, { partnerId: partnerAdmin.partnerId, seatLimit: 1, channelManagerId: null });
    const detail = await getPartnerOrThrow(admin, partnerAdmin.partnerId);
    expect(detail.seats).toEqual({ active: 1, invited: 1, deactivated: 1 });
    expect(detail.partner.seatLimit).toBe(1);
    const [row] = (await listPartners(admin, { q: "Limited Co" })).rows;
    expect(row).toMatchObject({ portalUsers: 1, invitedUsers: 1 });
  });

  it("two parallel invitations for the last seat: exactly one succeeds", async () => {
    const partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Race Co" });
    await updatePartnerAccount(admin, { partnerId: partnerAdmin.partnerId, seatLimit: 2, channelManagerId: null });
    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.allSettled([
        inviteTeammate(partnerAdmin, { email: uniqueEmail("race"), name: "Racer A", role: "PARTNER_USER" }),
        invitePartnerUser(admin, { partnerId: partnerAdmin.partnerId, email: uniqueEmail("race"), name: "Racer B", role: "PARTNER_USER" }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ code: "SEAT_LIMIT_REACHED" });
      expect((await seatsOf(partnerAdmin.partnerId)).filter((s) => s.status !== "DEACTIVATED")).toHaveLength(2);
      // Free the place for the next round.
      await deactivateTeammate(partnerAdmin, { seatId: (won[0] as PromiseFulfilledResult<{ id: string }>).value.id });
    }
  });

  it("the vendor names a channel manager among its users with partners.manage (others refused)", async () => {
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    const rep = await addVendorUser(admin, "SALES_REP");
    const membership = async (userId: string) => (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [userId]))[0]!.id;
    const error = await rejectsWith(
      updatePartnerAccount(admin, { partnerId: mine.partnerId, seatLimit: null, channelManagerId: await membership(rep.user.id) }),
      "VALIDATION_FAILED",
    );
    expect(error.fields).toEqual({ channelManagerId: ["team.validation.channelManager"] });
    const invited = await inviteVendorUser(admin, { email: uniqueEmail("cm"), name: "Not Yet", role: "CHANNEL_MANAGER" });
    await rejectsWith(updatePartnerAccount(admin, { partnerId: mine.partnerId, seatLimit: null, channelManagerId: invited.id }), "VALIDATION_FAILED");
    await updatePartnerAccount(admin, { partnerId: mine.partnerId, seatLimit: null, channelManagerId: await membership(manager.user.id) });
    expect((await getPartnerOrThrow(admin, mine.partnerId)).channelManager).toMatchObject({ name: manager.user.name, active: true });
    const [event] = await ownerQuery<{ payload: { recipients: { userId: string }[] } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'partner.channelManagerAssigned'`,
      [admin.tenantId],
    );
    expect(event!.payload.recipients).toEqual([{ userId: manager.user.id }]);
    await rejectsWith(updatePartnerAccount(manager as VendorCtx, { partnerId: "ptn_unknown", seatLimit: null, channelManagerId: null }), "NOT_FOUND");
    await rejectsWith(updatePartnerAccount(rep, { partnerId: mine.partnerId, seatLimit: 3, channelManagerId: null }), "FORBIDDEN");
  });
});
