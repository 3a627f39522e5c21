/**
 * Who hears about an event is chosen by permission (lib/auth/holders.ts), never by a list
 * of role names: the roles come from lib/auth/permissions.ts, so granting a permission to
 * a role makes it a recipient too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import type { Permission } from "@/lib/auth/permissions";
import { withScope } from "@/lib/db/scope";
import { createPartner, invitePartnerUser } from "@/lib/partners/service";
import { acceptInvitation } from "@/lib/users/invitation-link";
import { deactivateMember, inviteVendorUser } from "@/lib/users/service";
import { ownerQuery } from "@/tests/fixtures/db";
import {
  META,
  addVendorUser,
  createPartnerWithUser,
  createTestTenant,
  invitationToken,
  strongPassword,
  uniqueEmail,
} from "@/tests/fixtures/factories";

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let finance: VendorCtx;
let partnerAdmin: PartnerCtx;
let partnerUser: PartnerCtx;
let otherPartnerAdmin: PartnerCtx;

const holders = (permission: Permission, audience: { partnerId?: string; except?: string } = {}) =>
  withScope({ audience: "system", tenantId: admin.tenantId }, (tx) =>
    usersWithPermission(tx, { tenantId: admin.tenantId, ...audience }, permission),
  );

const ids = (...ctxs: { user: { id: string } }[]) => ctxs.map((ctx) => ctx.user.id).sort();

/** The recipients of the newest event of `type` in the tenant. */
async function recipientsOf(type: string): Promise<string[]> {
  const [event] = await ownerQuery<{ payload: { recipients: { userId?: string }[] } }>(
    `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 ORDER BY "createdAt" DESC LIMIT 1`,
    [admin.tenantId, type],
  );
  return (event?.payload.recipients ?? []).map((r) => r.userId ?? "?").sort();
}

beforeAll(async () => {
  admin = await createTestTenant();
  [manager, rep, finance] = [
    await addVendorUser(admin, "CHANNEL_MANAGER"),
    await addVendorUser(admin, "SALES_REP"),
    await addVendorUser(admin, "FINANCE"),
  ];
  partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  partnerUser = await createPartnerWithUser(admin, "PARTNER_USER", { partnerId: partnerAdmin.partnerId });
  otherPartnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN");
});

describe("usersWithPermission", () => {
  it("returns the active vendor users whose role holds the permission", async () => {
    expect(await holders("partners.manage")).toEqual(ids(admin, manager));
    expect(await holders("audit.read")).toEqual(ids(admin, manager, finance));
    expect(await holders("dashboard.view")).toEqual(ids(admin, manager, rep, finance));
  });

  it("leaves out the actor", async () => {
    expect(await holders("partners.manage", { except: manager.user.id })).toEqual(ids(admin));
  });

  it("adds one partner's users only when asked, and only those whose partner role holds it", async () => {
    expect(await holders("partnerTeam.read")).toEqual([]);
    expect(await holders("partnerTeam.read", { partnerId: partnerAdmin.partnerId })).toEqual(ids(partnerAdmin));
    expect(await holders("notifications.read", { partnerId: partnerAdmin.partnerId })).toEqual(
      ids(admin, manager, rep, finance, partnerAdmin, partnerUser),
    );
    expect(await holders("notifications.read", { partnerId: otherPartnerAdmin.partnerId })).toContain(otherPartnerAdmin.user.id);
  });

  it("never reaches another tenant's users", async () => {
    const other = await createTestTenant();
    expect(await holders("tenant.manage")).not.toContain(other.user.id);
    expect(await holders("tenant.manage")).toEqual(ids(admin));
  });

  it("leaves out deactivated seats", async () => {
    const leaver = await addVendorUser(admin, "CHANNEL_MANAGER");
    expect(await holders("partners.manage")).toContain(leaver.user.id);
    const [seat] = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1`, [leaver.user.id]);
    await deactivateMember(admin, { membershipId: seat!.id });
    expect(await holders("partners.manage")).not.toContain(leaver.user.id);
  });
});

describe("events go to the holders of the matching permission", () => {
  it("partner.created: everyone else who may manage partners", async () => {
    await createPartner(manager, { name: "Recipients Partner", type: "VAR", country: null });
    expect(await recipientsOf("partner.created")).toEqual(await holders("partners.manage", { except: manager.user.id }));
    expect(await recipientsOf("partner.created")).toContain(admin.user.id);
  });

  it("invitation.accepted for a back-office seat: whoever may manage users", async () => {
    const email = uniqueEmail("accepts");
    await inviteVendorUser(admin, { email, name: "Ada Accepts", role: "SALES_REP" });
    await acceptInvitation(META, { token: await invitationToken(admin.tenantId, email), name: "Ada Accepts", password: strongPassword() });
    expect(await recipientsOf("invitation.accepted")).toEqual(await holders("users.manage"));
  });

  it("invitation.accepted for a portal seat: whoever may manage portal users, and that partner's admins in its portal", async () => {
    const email = uniqueEmail("portal-accepts");
    await invitePartnerUser(admin, { partnerId: partnerAdmin.partnerId, email, name: "Pia Portal", role: "PARTNER_USER" });
    await acceptInvitation(META, { token: await invitationToken(admin.tenantId, email), name: "Pia Portal", password: strongPassword() });
    // One event per side, each with its own link (the back office's partner page, the portal's team).
    const events = await ownerQuery<{ payload: { recipients: { userId: string }[]; link: string } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'invitation.accepted' AND payload->'params'->>'name' = 'Pia Portal'`,
      [admin.tenantId],
    );
    const byLink = Object.fromEntries(events.map((e) => [e.payload.link, e.payload.recipients.map((r) => r.userId).sort()]));
    const slug = admin.tenant.slug;
    expect(byLink).toEqual({
      [`/${slug}/admin/partners/${partnerAdmin.partnerId}`]: await holders("partnerUsers.manage"),
      [`/${slug}/portal/team`]: await holders("partnerTeam.manage", { partnerId: partnerAdmin.partnerId }),
    });
    const vendorSide = byLink[`/${slug}/admin/partners/${partnerAdmin.partnerId}`]!;
    expect(vendorSide).toContain(manager.user.id);
    expect(vendorSide).not.toContain(rep.user.id);
    expect(byLink[`/${slug}/portal/team`]).toEqual([partnerAdmin.user.id]);
    expect(Object.values(byLink).flat()).not.toContain(otherPartnerAdmin.user.id);
  });
});
