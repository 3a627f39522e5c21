/**
 * Vendor users: invitations (new and existing logins), acceptance, role changes,
 * deactivation/reactivation, resending, and every refusal.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { verifyCredentials } from "@/lib/auth/login";
import { capturedEmails as listCapturedEmails } from "@/tests/fixtures/mailbox";
import { acceptInvitation, describeInvitation } from "@/lib/users/invitation-link";
import {
  changeMemberRole,
  deactivateMember,
  inviteVendorUser,
  listMembers,
  reactivateMember,
  resendInvitation,
} from "@/lib/users/service";
import { startSession } from "@/lib/auth/sessions";
import { requestPasswordReset, resetPassword } from "@/lib/users/account";
import { listWorkspaces } from "@/lib/tenancy/service";
import { listPendingInvitations, respondToInvitation } from "@/lib/users/invitations";
import { ownerQuery, ownerRow, sessionVersionOf } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import {
  addVendorUser,
  createPartnerWithUser,
  createTestTenant,
  freshMeta,
  META,
  randomIp,
  strongPassword,
  uniqueEmail,
  userCtxFor,
  userCtxOf,
} from "@/tests/fixtures/factories";

const APP_URL = "http://localhost:3000";

/** The newest e-mail captured for `to` (the dev mailbox is on when SMTP_URL is empty). */
async function lastEmailTo(to: string) {
  const [message] = await listCapturedEmails({ to, take: 1 });
  expect(message, `an e-mail to ${to}`).toBeDefined();
  return message!;
}

function tokenFrom(text: string, path: "invite" | "reset-password"): string {
  const match = text.match(new RegExp(`${APP_URL}/${path}/([A-Za-z0-9_-]+)`));
  expect(match, `a /${path}/<token> link in:\n${text}`).not.toBeNull();
  return match![1]!;
}

async function membershipOf(ctx: VendorCtx, userId: string) {
  const rows = await ownerQuery<{ id: string; role: string; status: string }>(
    `SELECT id, role, status FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`,
    [ctx.tenantId, userId],
  );
  return rows[0];
}

async function auditRows(tenantId: string, action: string, entityId: string) {
  return ownerQuery(`SELECT * FROM "AuditLog" WHERE "tenantId" = $1 AND action = $2 AND "entityId" = $3`, [tenantId, action, entityId]);
}

let admin: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
  rep = await addVendorUser(admin, "SALES_REP");
  other = await createTestTenant();
});

describe("inviteVendorUser", () => {
  it("invites a new e-mail: INVITED seat, audit row and an e-mail with an /invite/<token> link that accepting turns ACTIVE", async () => {
    const email = uniqueEmail("invitee");
    const membership = await inviteVendorUser(admin, { email, name: "Ivy Invitee", role: "CHANNEL_MANAGER" });
    expect(membership).toMatchObject({ role: "CHANNEL_MANAGER", status: "INVITED" });
    expect(await ownerRow("Membership", "id", membership.id)).toMatchObject({ tenantId: admin.tenantId });

    const user = await ownerRow<{ id: string; passwordHash: string | null; name: string }>("User", "email", email);
    expect(user).toMatchObject({ id: membership.userId, passwordHash: null, name: "Ivy Invitee" });
    expect(await auditRows(admin.tenantId, "user.invited", membership.id)).toEqual([
      expect.objectContaining({ actorUserId: admin.user.id, after: { email, role: "CHANNEL_MANAGER", status: "INVITED" } }),
    ]);

    const message = await lastEmailTo(email);
    expect(message.tenantId).toBe(admin.tenantId);
    expect(message.subject).toBe(`${admin.user.name} invited you to ${admin.tenant.name} on Canal`);
    const token = tokenFrom(message.text, "invite");
    expect(message.html).toContain(`${APP_URL}/invite/${token}`);

    await expect(describeInvitation(token)).resolves.toEqual({
      email,
      name: "Ivy Invitee",
      tenantName: admin.tenant.name,
      tenantSlug: admin.tenant.slug,
      hasLogin: false,
    });

    const password = strongPassword();
    const accepted = await acceptInvitation(META, { token, name: "Ivy Accepted", password });
    expect(accepted).toEqual({ email, home: `/${admin.tenant.slug}/admin` });
    expect(await membershipOf(admin, membership.userId)).toMatchObject({ status: "ACTIVE", role: "CHANNEL_MANAGER" });
    expect(await ownerRow("User", "id", membership.userId)).toMatchObject({ name: "Ivy Accepted" });
    expect(await auditRows(admin.tenantId, "user.invitationAccepted", membership.userId)).toHaveLength(1);

    const signedIn = await verifyCredentials({ email, password, ip: randomIp() });
    expect(signedIn.id).toBe(membership.userId);

    // The link is single-use.
    await rejectsWith(acceptInvitation(META, { token, name: "Again", password: strongPassword() }), "TOKEN_INVALID");
    await expect(describeInvitation(token)).resolves.toBeNull();
  });

  it("refuses a weak password on acceptance and leaves the seat INVITED and the link usable", async () => {
    const email = uniqueEmail("weak");
    const membership = await inviteVendorUser(admin, { email, name: "Wes Weak", role: "FINANCE" });
    const token = tokenFrom((await lastEmailTo(email)).text, "invite");

    const error = await rejectsWith(acceptInvitation(META, { token, name: "Wes Weak", password: "password123" }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ password: ["validation.passwordTooWeak"] });
    expect(await membershipOf(admin, membership.userId)).toMatchObject({ status: "INVITED" });
    expect(await ownerRow("User", "id", membership.userId)).toMatchObject({ passwordHash: null });
    await expect(describeInvitation(token)).resolves.toMatchObject({ email });
  });

  it("attack: inviting an existing login creates an INVITED seat that only the person's own acceptance activates", async () => {
    const password = strongPassword();
    const elsewhere = await createTestTenant({ password });
    const before = await ownerRow<{ passwordHash: string; sessionVersion: number }>("User", "id", elsewhere.user.id);

    const membership = await inviteVendorUser(admin, { email: elsewhere.user.email, name: "Name The Inviter Typed", role: "FINANCE" });
    expect(membership).toMatchObject({ userId: elsewhere.user.id, role: "FINANCE", status: "INVITED" });
    expect(await ownerRow("Membership", "id", membership.id)).toMatchObject({ acceptedAt: null });

    // The e-mail asks them to sign in and answer; it carries no link that acts for them.
    const message = await lastEmailTo(elsewhere.user.email);
    expect(message.subject).toBe(`${admin.user.name} invited you to ${admin.tenant.name} on Canal`);
    expect(message.text).toContain(`${APP_URL}/workspaces`);
    expect(message.text).not.toContain("/invite/");

    // The login itself is untouched: same name (never the inviter's), password and sessions.
    expect(await ownerRow("User", "id", elsewhere.user.id)).toMatchObject({
      name: elsewhere.user.name,
      passwordHash: before!.passwordHash,
      sessionVersion: before!.sessionVersion,
    });
    // No access by the inviter's act alone: not a workspace yet, but a pending invitation.
    const person = await userCtxFor(elsewhere.user.email);
    expect((await listWorkspaces(person)).map((w) => w.tenantSlug)).not.toContain(admin.tenant.slug);
    expect(await listPendingInvitations(person)).toEqual([
      expect.objectContaining({ kind: "vendor", seatId: membership.id, tenantName: admin.tenant.name, role: "FINANCE" }),
    ]);

    // Accepting is theirs: the seat becomes ACTIVE and the workspace appears.
    await expect(respondToInvitation(person, { kind: "vendor", seatId: membership.id, accept: true })).resolves.toEqual({
      home: `/${admin.tenant.slug}/admin`,
    });
    expect(await membershipOf(admin, elsewhere.user.id)).toMatchObject({ status: "ACTIVE" });
    expect((await listWorkspaces(person)).map((w) => w.tenantSlug)).toContain(admin.tenant.slug);
    await rejectsWith(respondToInvitation(person, { kind: "vendor", seatId: membership.id, accept: true }), "INVITATION_GONE");
  });

  it("declining removes the invited seat; nobody else can answer someone's invitation", async () => {
    const invitee = await createTestTenant();
    const membership = await inviteVendorUser(admin, { email: invitee.user.email, name: "Dee", role: "SALES_REP" });
    // Another person cannot accept (or decline) it.
    await rejectsWith(respondToInvitation(userCtxOf(rep), { kind: "vendor", seatId: membership.id, accept: true }), "INVITATION_GONE");
    expect(await membershipOf(admin, invitee.user.id)).toMatchObject({ status: "INVITED" });

    await expect(respondToInvitation(userCtxOf(invitee), { kind: "vendor", seatId: membership.id, accept: false })).resolves.toEqual({ home: "/workspaces" });
    expect(await membershipOf(admin, invitee.user.id)).toBeUndefined();
    expect(await auditRows(admin.tenantId, "user.invitationDeclined", membership.id)).toHaveLength(1);
  });

  it("attack: a stale invitation link never replaces the password of a login that has one (it asks to sign in)", async () => {
    const email = uniqueEmail("stale");
    // Invited while the address had no login: the link in the inbox is unused…
    await inviteVendorUser(admin, { email, name: "Stan Stale", role: "FINANCE" });
    const staleToken = tokenFrom((await lastEmailTo(email)).text, "invite");
    // …then the address got a password another way (a reset, which proves the address).
    await requestPasswordReset(freshMeta(), { email });
    await resetPassword(META, { token: tokenFrom((await lastEmailTo(email)).text, "reset-password"), password: strongPassword() });
    const before = await ownerRow<{ id: string; passwordHash: string }>("User", "email", email);

    await expect(describeInvitation(staleToken)).resolves.toMatchObject({ email, hasLogin: true });
    await rejectsWith(acceptInvitation(META, { token: staleToken, name: "Attacker", password: strongPassword() }), "SIGN_IN_TO_ACCEPT");
    expect(await ownerRow("User", "email", email)).toMatchObject({ passwordHash: before!.passwordHash, name: "Stan Stale" });
    expect(await membershipOf(admin, before!.id)).toMatchObject({ status: "INVITED" });
  });

  it("attack: N concurrent uses of one invitation link → exactly one succeeds", async () => {
    const email = uniqueEmail("race");
    const membership = await inviteVendorUser(admin, { email, name: "Rae Race", role: "FINANCE" });
    const token = tokenFrom((await lastEmailTo(email)).text, "invite");
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => acceptInvitation(META, { token, name: "Rae Race", password: strongPassword() })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // A loser finds the token used, or (if it looked after the winner committed) a login that now has a password.
    for (const r of results) if (r.status === "rejected") expect(["TOKEN_INVALID", "SIGN_IN_TO_ACCEPT"]).toContain(r.reason.code);
    expect(await membershipOf(admin, membership.userId)).toMatchObject({ status: "ACTIVE" });
  });

  it("an invited login without a password who is invited elsewhere gets another INVITED seat and invitation", async () => {
    const email = uniqueEmail("twice");
    await inviteVendorUser(admin, { email, name: "Tia Twice", role: "FINANCE" });
    const second = await inviteVendorUser(other, { email, name: "Tia Twice", role: "SALES_REP" });
    expect(second.status).toBe("INVITED");
    const message = await lastEmailTo(email);
    expect(message.tenantId).toBe(other.tenantId);
    await expect(describeInvitation(tokenFrom(message.text, "invite"))).resolves.toMatchObject({ tenantSlug: other.tenant.slug });
  });

  it("keeps the first tenant's invitation link working when another tenant invites the same person", async () => {
    const email = uniqueEmail("both");
    await inviteVendorUser(admin, { email, name: "Bo Both", role: "FINANCE" });
    const first = tokenFrom((await lastEmailTo(email)).text, "invite");
    await inviteVendorUser(other, { email, name: "Bo Both", role: "FINANCE" });
    await expect(describeInvitation(first)).resolves.toMatchObject({ email, tenantSlug: admin.tenant.slug });
  });

  it("refuses ALREADY_MEMBER for a vendor member and for a partner user of this tenant", async () => {
    const error = await rejectsWith(inviteVendorUser(admin, { email: rep.user.email, name: "Rep", role: "FINANCE" }), "ALREADY_MEMBER");
    expect(error.fields).toEqual({ email: ["errors.ALREADY_MEMBER"] });
    expect(await membershipOf(admin, rep.user.id)).toMatchObject({ role: "SALES_REP" });

    const partnerUser = await createPartnerWithUser(admin);
    await rejectsWith(inviteVendorUser(admin, { email: partnerUser.user.email, name: "P", role: "SALES_REP" }), "ALREADY_MEMBER");
    expect(await membershipOf(admin, partnerUser.user.id)).toBeUndefined();
  });

  it("is FORBIDDEN for a SALES_REP (and a CHANNEL_MANAGER) and creates nothing", async () => {
    const manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    for (const ctx of [rep, manager]) {
      const email = uniqueEmail("nope");
      await rejectsWith(inviteVendorUser(ctx, { email, name: "Nope", role: "TENANT_ADMIN" }), "FORBIDDEN");
      expect(await ownerRow("User", "email", email)).toBeUndefined();
      expect(await listCapturedEmails({ to: email })).toEqual([]);
    }
  });
});

describe("member management", () => {
  it("changeMemberRole and deactivateMember on yourself → CANNOT_CHANGE_SELF, nothing changes", async () => {
    const own = await membershipOf(admin, admin.user.id);
    const version = await sessionVersionOf(admin.user.id);
    await rejectsWith(changeMemberRole(admin, { membershipId: own!.id, role: "SALES_REP" }), "CANNOT_CHANGE_SELF");
    await rejectsWith(deactivateMember(admin, { membershipId: own!.id }), "CANNOT_CHANGE_SELF");
    expect(await membershipOf(admin, admin.user.id)).toEqual({ id: own!.id, role: "TENANT_ADMIN", status: "ACTIVE" });
    expect(await sessionVersionOf(admin.user.id)).toBe(version);
  });

  it("changeMemberRole changes the role and audits before/after; the same role again is a no-op", async () => {
    const finance = await addVendorUser(admin, "FINANCE");
    const seat = await membershipOf(admin, finance.user.id);

    const updated = await changeMemberRole(admin, { membershipId: seat!.id, role: "CHANNEL_MANAGER" });
    expect(updated).toMatchObject({ id: seat!.id, role: "CHANNEL_MANAGER" });
    expect(await membershipOf(admin, finance.user.id)).toMatchObject({ role: "CHANNEL_MANAGER" });
    expect(await auditRows(admin.tenantId, "user.roleChanged", seat!.id)).toEqual([
      expect.objectContaining({
        actorUserId: admin.user.id,
        entityType: "Membership",
        before: { role: "FINANCE" },
        after: { role: "CHANNEL_MANAGER" },
      }),
    ]);

    await changeMemberRole(admin, { membershipId: seat!.id, role: "CHANNEL_MANAGER" });
    expect(await auditRows(admin.tenantId, "user.roleChanged", seat!.id)).toHaveLength(1);
  });

  it("deactivateMember switches the seat off (and nothing of the login) and audits; reactivateMember restores it", async () => {
    const victim = await addVendorUser(admin, "SALES_REP");
    const seat = await membershipOf(admin, victim.user.id);
    const version = await sessionVersionOf(victim.user.id);

    await expect(deactivateMember(admin, { membershipId: seat!.id })).resolves.toMatchObject({ status: "DEACTIVATED" });
    expect(await membershipOf(admin, victim.user.id)).toMatchObject({ status: "DEACTIVATED" });
    // Access here ends because every request loads the seat; the login is not this tenant's.
    expect(await sessionVersionOf(victim.user.id)).toBe(version);
    expect(await auditRows(admin.tenantId, "user.deactivated", seat!.id)).toEqual([
      expect.objectContaining({ before: { status: "ACTIVE" }, after: { status: "DEACTIVATED" } }),
    ]);

    // Deactivating again changes nothing.
    await deactivateMember(admin, { membershipId: seat!.id });
    expect(await auditRows(admin.tenantId, "user.deactivated", seat!.id)).toHaveLength(1);

    await expect(reactivateMember(admin, { membershipId: seat!.id })).resolves.toMatchObject({ status: "ACTIVE" });
    expect(await auditRows(admin.tenantId, "user.reactivated", seat!.id)).toEqual([
      expect.objectContaining({ before: { status: "DEACTIVATED" }, after: { status: "ACTIVE" } }),
    ]);
  });

  it("attack: a tenant cannot sign a person out of other workspaces by inviting and deactivating them", async () => {
    const person = await createTestTenant();
    const session = await startSession(person.user.id);
    const version = await sessionVersionOf(person.user.id);
    for (let round = 0; round < 3; round++) {
      const seat = await inviteVendorUser(other, { email: person.user.email, name: "Whatever", role: "SALES_REP" });
      await deactivateMember(other, { membershipId: seat.id });
      await ownerQuery(`DELETE FROM "Membership" WHERE id = $1`, [seat.id]);
    }
    expect(await sessionVersionOf(person.user.id)).toBe(version);
    expect(await ownerQuery(`SELECT id FROM "Session" WHERE id = $1`, [session])).toEqual([{ id: session }]);
    expect(await membershipOf(person, person.user.id)).toMatchObject({ status: "ACTIVE" });
  });

  it("reactivating a seat the person never accepted brings it back INVITED, never ACTIVE", async () => {
    const existing = await createTestTenant();
    const invited = await inviteVendorUser(admin, { email: existing.user.email, name: "X", role: "FINANCE" });
    await deactivateMember(admin, { membershipId: invited.id });
    await expect(reactivateMember(admin, { membershipId: invited.id })).resolves.toMatchObject({ status: "INVITED" });
  });

  it("reactivating a member who never set a password brings them back as INVITED", async () => {
    const email = uniqueEmail("never");
    const membership = await inviteVendorUser(admin, { email, name: "Nev Never", role: "SALES_REP" });
    await deactivateMember(admin, { membershipId: membership.id });
    await expect(reactivateMember(admin, { membershipId: membership.id })).resolves.toMatchObject({ status: "INVITED" });
  });

  it("resendInvitation sends a fresh link that replaces the old one; CONFLICT once the seat is ACTIVE", async () => {
    const email = uniqueEmail("resend");
    const membership = await inviteVendorUser(admin, { email, name: "Rhea Resend", role: "FINANCE" });
    const first = tokenFrom((await lastEmailTo(email)).text, "invite");

    await resendInvitation(admin, { membershipId: membership.id });
    const second = tokenFrom((await lastEmailTo(email)).text, "invite");
    expect(second).not.toBe(first);
    await expect(describeInvitation(first)).resolves.toBeNull();
    expect(await auditRows(admin.tenantId, "user.invitationResent", membership.id)).toHaveLength(1);

    await acceptInvitation(META, { token: second, name: "Rhea Resend", password: strongPassword() });
    await rejectsWith(resendInvitation(admin, { membershipId: membership.id }), "CONFLICT");
  });

  it("a membership id of another tenant → NOT_FOUND for every action, and the row is unchanged", async () => {
    const foreign = await addVendorUser(other, "FINANCE");
    const seat = await membershipOf(other, foreign.user.id);
    const version = await sessionVersionOf(foreign.user.id);

    await rejectsWith(changeMemberRole(admin, { membershipId: seat!.id, role: "TENANT_ADMIN" }), "NOT_FOUND");
    await rejectsWith(deactivateMember(admin, { membershipId: seat!.id }), "NOT_FOUND");
    await rejectsWith(reactivateMember(admin, { membershipId: seat!.id }), "NOT_FOUND");
    await rejectsWith(resendInvitation(admin, { membershipId: seat!.id }), "NOT_FOUND");
    await rejectsWith(changeMemberRole(admin, { membershipId: "mem_doesnotexist", role: "FINANCE" }), "NOT_FOUND");
    await rejectsWith(respondToInvitation(userCtxOf(admin), { kind: "vendor", seatId: seat!.id, accept: false }), "INVITATION_GONE");

    expect(await membershipOf(other, foreign.user.id)).toEqual({ id: seat!.id, role: "FINANCE", status: "ACTIVE" });
    expect(await sessionVersionOf(foreign.user.id)).toBe(version);
  });

  it("changeMemberRole / deactivateMember are FORBIDDEN for a SALES_REP", async () => {
    const own = await membershipOf(admin, admin.user.id);
    await rejectsWith(changeMemberRole(rep, { membershipId: own!.id, role: "SALES_REP" }), "FORBIDDEN");
    await rejectsWith(deactivateMember(rep, { membershipId: own!.id }), "FORBIDDEN");
    expect(await membershipOf(admin, admin.user.id)).toMatchObject({ role: "TENANT_ADMIN", status: "ACTIVE" });
  });
});

describe("listMembers", () => {
  it("lists this tenant's members with their users, and only them", async () => {
    const list = await listMembers(admin, { page: 1 });
    const ids = await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1`, [admin.tenantId]);
    expect(list.total).toBe(ids.length);
    expect(list.rows.map((r) => r.id).sort()).toEqual(ids.map((r) => r.id).sort().slice(0, list.pageSize));
    expect(list.rows.find((r) => r.userId === admin.user.id)).toMatchObject({ email: admin.user.email, name: admin.user.name });
    // Pages start at 1.
    expect((await listMembers(admin, { page: 0 })).page).toBe(1);
  });

  it("is FORBIDDEN for a SALES_REP", async () => {
    await rejectsWith(listMembers(rep, { page: 1 }), "FORBIDDEN");
  });
});
