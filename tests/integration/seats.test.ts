/**
 * The seat lifecycle (lib/seats) is written once; these cases run it through every way in:
 * a back-office seat managed by a tenant admin, a portal seat managed by the vendor, and a
 * portal seat managed by the partner's own admin in the portal. Each must keep the same
 * guarantees: INVITED until the person accepts, single-use links, an existing login's
 * name untouched, deactivation ending access in that tenant only, reactivation never
 * making a seat ACTIVE without the person's acceptance, foreign ids NOT_FOUND.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { deactivatePartnerUser, invitePartnerUser, reactivatePartnerUser, resendPartnerInvitation } from "@/lib/partners/service";
import { deactivateTeammate, inviteTeammate, reactivateTeammate, resendTeammateInvitation } from "@/lib/partners/team";
import { acceptInvitation, describeInvitation } from "@/lib/users/invitation-link";
import { listPendingInvitations, respondToInvitation } from "@/lib/users/invitations";
import { deactivateMember, inviteVendorUser, reactivateMember, resendInvitation } from "@/lib/users/service";
import { ownerQuery, ownerRow, sessionVersionOf } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import {
  META,
  addVendorUser,
  createPartnerWithUser,
  createTestTenant,
  strongPassword,
  uniqueEmail,
  userCtxFor,
} from "@/tests/fixtures/factories";
import { capturedEmails } from "@/tests/fixtures/mailbox";

const APP_URL = "http://localhost:3000";

async function lastEmailTo(to: string) {
  const [message] = await capturedEmails({ to, take: 1 });
  expect(message, `an e-mail to ${to}`).toBeDefined();
  return message!;
}

const inviteTokenIn = (text: string) => text.match(new RegExp(`${APP_URL}/invite/([A-Za-z0-9_-]+)`))?.[1] ?? null;

const auditActions = async (tenantId: string, entityId: string) =>
  (await ownerQuery<{ action: string; actorUserId: string | null }>(
    `SELECT action, "actorUserId" FROM "AuditLog" WHERE "tenantId" = $1 AND "entityId" = $2 ORDER BY "createdAt", id`,
    [tenantId, entityId],
  ));

/** One way of managing seats: who acts, on which table, with which audit words. */
type Way = {
  name: string;
  table: "Membership" | "PartnerUser";
  prefix: "user" | "partnerUser";
  actor: () => VendorCtx | PartnerCtx;
  invite: (email: string, name: string) => Promise<{ id: string }>;
  resend: (id: string) => Promise<unknown>;
  deactivate: (id: string) => Promise<{ status: string }>;
  reactivate: (id: string) => Promise<{ status: string }>;
  /** the seat of the acting person themself */
  ownSeatId: () => Promise<string>;
};

let admin: VendorCtx;
let manager: VendorCtx;
let partnerAdmin: PartnerCtx;
let other: VendorCtx;

const seatIdOf = async (table: string, userId: string, tenantId: string) =>
  (await ownerQuery<{ id: string }>(`SELECT id FROM "${table}" WHERE "userId" = $1 AND "tenantId" = $2`, [userId, tenantId]))[0]!.id;

const WAYS: Way[] = [
  {
    name: "back-office seat, by a tenant admin",
    table: "Membership",
    prefix: "user",
    actor: () => admin,
    invite: (email, name) => inviteVendorUser(admin, { email, name, role: "SALES_REP" }),
    resend: (id) => resendInvitation(admin, { membershipId: id }),
    deactivate: (id) => deactivateMember(admin, { membershipId: id }),
    reactivate: (id) => reactivateMember(admin, { membershipId: id }),
    ownSeatId: () => seatIdOf("Membership", admin.user.id, admin.tenantId),
  },
  {
    name: "portal seat, by a channel manager in the back office",
    table: "PartnerUser",
    prefix: "partnerUser",
    actor: () => manager,
    invite: (email, name) => invitePartnerUser(manager, { partnerId: partnerAdmin.partnerId, email, name, role: "PARTNER_USER" }),
    resend: (id) => resendPartnerInvitation(manager, { partnerUserId: id }),
    deactivate: (id) => deactivatePartnerUser(manager, { partnerUserId: id }),
    reactivate: (id) => reactivatePartnerUser(manager, { partnerUserId: id }),
    ownSeatId: () => seatIdOf("Membership", manager.user.id, admin.tenantId),
  },
  {
    name: "portal seat, by the partner's own admin in the portal",
    table: "PartnerUser",
    prefix: "partnerUser",
    actor: () => partnerAdmin,
    invite: (email, name) => inviteTeammate(partnerAdmin, { email, name, role: "PARTNER_USER" }),
    resend: (id) => resendTeammateInvitation(partnerAdmin, { seatId: id }),
    deactivate: (id) => deactivateTeammate(partnerAdmin, { seatId: id }),
    reactivate: (id) => reactivateTeammate(partnerAdmin, { seatId: id }),
    ownSeatId: () => seatIdOf("PartnerUser", partnerAdmin.user.id, admin.tenantId),
  },
];

beforeAll(async () => {
  admin = await createTestTenant();
  manager = await addVendorUser(admin, "CHANNEL_MANAGER");
  partnerAdmin = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  other = await createTestTenant();
});

describe.each(WAYS)("seat lifecycle: $name", (way) => {
  it("invites INVITED (audited as the actor, e-mailed a single-use link); only the person's acceptance makes it ACTIVE", async () => {
    const email = uniqueEmail("seat");
    const seat = await way.invite(email, "Sam Seat");
    expect(await ownerRow(way.table, "id", seat.id)).toMatchObject({ tenantId: admin.tenantId, status: "INVITED", acceptedAt: null });
    expect(await auditActions(admin.tenantId, seat.id)).toEqual([{ action: `${way.prefix}.invited`, actorUserId: way.actor().user.id }]);

    const token = inviteTokenIn((await lastEmailTo(email)).text)!;
    expect(token).toBeTruthy();
    const { home } = await acceptInvitation(META, { token, name: "Sam Seat", password: strongPassword() });
    expect(home).toBe(`/${admin.tenant.slug}/${way.table === "Membership" ? "admin" : "portal"}`);
    expect(await ownerRow(way.table, "id", seat.id)).toMatchObject({ status: "ACTIVE", acceptedAt: expect.any(Date) });
    // Single use: the link is spent.
    await expect(describeInvitation(token)).resolves.toBeNull();
    await rejectsWith(acceptInvitation(META, { token, name: "Sam Again", password: strongPassword() }), "TOKEN_INVALID");
  });

  it("an existing login gets an invitation to accept on its workspace chooser; its own name is never overwritten", async () => {
    const elsewhere = await createTestTenant({ adminName: "Ona Own-Name" });
    const seat = await way.invite(elsewhere.user.email, "Typed By Inviter");
    expect(inviteTokenIn((await lastEmailTo(elsewhere.user.email)).text)).toBeNull(); // no link that could act for them
    expect(await ownerRow(way.table, "id", seat.id)).toMatchObject({ status: "INVITED" });
    const person = await userCtxFor(elsewhere.user.email);
    const pending = await listPendingInvitations(person);
    expect(pending.map((p) => p.seatId)).toContain(seat.id);
    await respondToInvitation(person, { kind: way.table === "Membership" ? "vendor" : "partner", seatId: seat.id, accept: true });
    expect(await ownerRow(way.table, "id", seat.id)).toMatchObject({ status: "ACTIVE" });
    expect(await ownerRow("User", "id", elsewhere.user.id)).toMatchObject({ name: "Ona Own-Name" });
  });

  it("resend: a fresh link replaces the old one; CONFLICT once the person accepted", async () => {
    const email = uniqueEmail("resend");
    const seat = await way.invite(email, "Rae Resend");
    const first = inviteTokenIn((await lastEmailTo(email)).text)!;
    await way.resend(seat.id);
    const second = inviteTokenIn((await lastEmailTo(email)).text)!;
    expect(second).not.toBe(first);
    await expect(describeInvitation(first)).resolves.toBeNull();
    expect((await auditActions(admin.tenantId, seat.id)).map((a) => a.action)).toContain(`${way.prefix}.invitationResent`);
    await acceptInvitation(META, { token: second, name: "Rae Resend", password: strongPassword() });
    await rejectsWith(way.resend(seat.id), "CONFLICT");
  });

  it("deactivate ends access in this tenant only (login, sessions, other seats untouched); again is a no-op; never your own seat", async () => {
    const elsewhere = await createTestTenant();
    const seat = await way.invite(elsewhere.user.email, "Dee Deactivated");
    await respondToInvitation(await userCtxFor(elsewhere.user.email), {
      kind: way.table === "Membership" ? "vendor" : "partner",
      seatId: seat.id,
      accept: true,
    });
    const version = await sessionVersionOf(elsewhere.user.id);
    await expect(way.deactivate(seat.id)).resolves.toMatchObject({ status: "DEACTIVATED" });
    await expect(way.deactivate(seat.id)).resolves.toMatchObject({ status: "DEACTIVATED" });
    expect((await auditActions(admin.tenantId, seat.id)).filter((a) => a.action === `${way.prefix}.deactivated`)).toHaveLength(1);
    expect(await sessionVersionOf(elsewhere.user.id)).toBe(version);
    expect(await ownerRow("Membership", "userId", elsewhere.user.id)).toMatchObject({ tenantId: elsewhere.tenantId, status: "ACTIVE" });

    const own = await way.ownSeatId();
    if (way.table === "PartnerUser" && way.actor().audience === "vendor") return; // a vendor holds no portal seat
    await rejectsWith(way.deactivate(own), "CANNOT_CHANGE_SELF");
  });

  it("reactivate: ACTIVE when the person had accepted, INVITED when they never did", async () => {
    const accepted = await way.invite(uniqueEmail("back"), "Ben Back");
    const pending = await way.invite(uniqueEmail("never"), "Nia Never");
    const acceptedEmail = (await ownerQuery<{ email: string }>(
      `SELECT u.email FROM "User" u JOIN "${way.table}" s ON s."userId" = u.id WHERE s.id = $1`,
      [accepted.id],
    ))[0]!.email;
    const token = inviteTokenIn((await lastEmailTo(acceptedEmail)).text)!;
    await acceptInvitation(META, { token, name: "Ben Back", password: strongPassword() });
    for (const seat of [accepted, pending]) await way.deactivate(seat.id);
    await expect(way.reactivate(accepted.id)).resolves.toMatchObject({ status: "ACTIVE" });
    await expect(way.reactivate(pending.id)).resolves.toMatchObject({ status: "INVITED" });
    expect((await auditActions(admin.tenantId, pending.id)).map((a) => a.action)).toEqual([
      `${way.prefix}.invited`,
      `${way.prefix}.deactivated`,
      `${way.prefix}.reactivated`,
    ]);
  });

  it("a seat id of another tenant → NOT_FOUND for every step, and the row is unchanged", async () => {
    const foreign =
      way.table === "Membership"
        ? await inviteVendorUser(other, { email: uniqueEmail("foreign"), name: "Fay Foreign", role: "FINANCE" })
        : await invitePartnerUser(other, {
            partnerId: (await createPartnerWithUser(other, "PARTNER_ADMIN")).partnerId,
            email: uniqueEmail("foreign"),
            name: "Fay Foreign",
            role: "PARTNER_USER",
          });
    const before = await ownerRow(way.table, "id", foreign.id);
    await rejectsWith(way.resend(foreign.id), "NOT_FOUND");
    await rejectsWith(way.deactivate(foreign.id), "NOT_FOUND");
    await rejectsWith(way.reactivate(foreign.id), "NOT_FOUND");
    expect(await ownerRow(way.table, "id", foreign.id)).toEqual(before);
  });
});
