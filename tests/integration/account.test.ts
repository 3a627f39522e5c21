/**
 * Account services of a signed-in (or signing-in) person: password reset by e-mail,
 * password change, sign out everywhere, invitation lookup, profile.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { verifyCredentials } from "@/lib/auth/login";
import { pruneExpiredSessions, startSession } from "@/lib/auth/sessions";
import { capturedEmails as listCapturedEmails } from "@/tests/fixtures/mailbox";
import { changePassword, requestPasswordReset, resetPassword, signOutEverywhere, updateProfile } from "@/lib/users/account";
import { describeInvitation } from "@/lib/users/invitation-link";
import { profileSchema } from "@/lib/users/profile-schema";
import { inviteVendorUser } from "@/lib/users/service";
import { hashToken } from "@/lib/users/tokens";
import { ownerQuery, ownerRow, sessionVersionOf } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { listPendingInvitations } from "@/lib/users/invitations";
import { RATE_LIMITS } from "@/lib/auth/rate-limit";
import { addVendorUser, createTestTenant, freshMeta, META, randomIp, strongPassword, uniqueEmail, userCtxFor, userCtxOf } from "@/tests/fixtures/factories";

async function resetTokenFor(email: string): Promise<string> {
  const [message] = await listCapturedEmails({ to: email, take: 1 });
  expect(message?.subject).toBe("Reset your Canal password");
  const match = message!.text.match(/http:\/\/localhost:3000\/reset-password\/([A-Za-z0-9_-]+)/);
  expect(match, message!.text).not.toBeNull();
  return match![1]!;
}

async function signsIn(email: string, password: string): Promise<boolean> {
  try {
    await verifyCredentials({ email, password, ip: randomIp() });
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: "INVALID_CREDENTIALS" });
    return false;
  }
}

let admin: VendorCtx;

beforeAll(async () => {
  admin = await createTestTenant();
});

describe("requestPasswordReset", () => {
  it("for an unknown e-mail sends nothing and does not throw", async () => {
    const email = uniqueEmail("ghost");
    await expect(requestPasswordReset(freshMeta(), { email })).resolves.toBeUndefined();
    expect(await listCapturedEmails({ to: email })).toEqual([]);
    expect(await ownerRow("User", "email", email)).toBeUndefined();
  });

  it("an invited address that never set a password can reset (the link proves it); its seat still waits for acceptance", async () => {
    const email = uniqueEmail("invited");
    const seat = await inviteVendorUser(admin, { email, name: "Ina Invited", role: "SALES_REP" });
    await requestPasswordReset(freshMeta(), { email });
    const password = strongPassword();
    await resetPassword(META, { token: await resetTokenFor(email), password });
    expect(await ownerRow("User", "email", email)).toMatchObject({ emailVerifiedAt: expect.any(Date) });
    expect(await signsIn(email, password)).toBe(true);
    // The reset proved the address; it did not accept the invitation for them.
    expect(await ownerRow("Membership", "id", seat.id)).toMatchObject({ status: "INVITED" });
    expect(await listPendingInvitations(await userCtxFor(email))).toEqual([
      expect.objectContaining({ kind: "vendor", seatId: seat.id, tenantName: admin.tenant.name }),
    ]);
  });

  it("is refused per client after 10 requests in 15 minutes, whether or not the account exists", async () => {
    const meta = freshMeta();
    for (let i = 0; i < RATE_LIMITS.passwordResetByIp.limit; i++) await requestPasswordReset(meta, { email: uniqueEmail("flood") });
    const error = await rejectsWith(requestPasswordReset(meta, { email: uniqueEmail("flood") }), "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    // Another client is not affected.
    await expect(requestPasswordReset(freshMeta(), { email: uniqueEmail("flood") })).resolves.toBeUndefined();
  });

  it("attack: a stranger's flood of requests for the owner's address sends at most one e-mail and never blocks the owner's reset", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    const email = user.user.email;
    // The stranger asks again and again, from many addresses.
    for (let i = 0; i < 12; i++) await requestPasswordReset(freshMeta(), { email });
    const resets = (await listCapturedEmails({ to: email })).filter((m) => m.subject === "Reset your Canal password");
    expect(resets).toHaveLength(1);
    // The owner asks too: the same answer, no refusal…
    await expect(requestPasswordReset(freshMeta(), { email })).resolves.toBeUndefined();
    // …and the link in their inbox works.
    const password = strongPassword();
    await expect(resetPassword(META, { token: await resetTokenFor(email), password })).resolves.toEqual({ email });
    expect(await signsIn(email, password)).toBe(true);
  });
});

describe("resetPassword", () => {
  it("captures an e-mail with a /reset-password/<token> link; the token works once and ends every session", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    const token = await resetTokenFor(user.user.email);
    // Only the hash is stored.
    const stored = await ownerQuery(`SELECT "tokenHash", "tenantId", purpose, "usedAt" FROM "AuthToken" WHERE "tokenHash" = $1`, [hashToken(token)]);
    expect(stored).toEqual([{ tokenHash: hashToken(token), tenantId: null, purpose: "PASSWORD_RESET", usedAt: null }]);
    expect(await ownerQuery(`SELECT id FROM "AuthToken" WHERE "tokenHash" = $1`, [token])).toEqual([]);

    const version = await sessionVersionOf(user.user.id);
    const password = strongPassword();
    await expect(resetPassword(META, { token, password })).resolves.toEqual({ email: user.user.email });
    expect(await sessionVersionOf(user.user.id)).toBe(version + 1);
    expect(await signsIn(user.user.email, password)).toBe(true);

    await rejectsWith(resetPassword(META, { token, password: strongPassword() }), "TOKEN_INVALID");
    expect(await signsIn(user.user.email, password)).toBe(true);
  });

  it("earlier reset links stay valid until one of them is used; then they all die", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    const first = await resetTokenFor(user.user.email);
    // One e-mail per address per 5 minutes: move the first mail's window into the past.
    await ownerQuery(`DELETE FROM "RateLimitBucket" WHERE key = $1`, [`passwordResetMailByEmail:${user.user.email}`]);
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    const second = await resetTokenFor(user.user.email);
    expect(second).not.toBe(first);
    await expect(resetPassword(META, { token: first, password: strongPassword() })).resolves.toHaveProperty("email");
    await rejectsWith(resetPassword(META, { token: second, password: strongPassword() }), "TOKEN_INVALID");
  });

  it("attack: N concurrent uses of one reset link → exactly one succeeds", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    const token = await resetTokenFor(user.user.email);
    const passwords = Array.from({ length: 5 }, () => strongPassword());
    const results = await Promise.allSettled(passwords.map((password) => resetPassword(META, { token, password })));
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [passwords[i]!] : []));
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "TOKEN_INVALID" });
    expect(await signsIn(user.user.email, winners[0]!)).toBe(true);
    expect(await ownerQuery(`SELECT id FROM "AuthToken" WHERE "tokenHash" = $1 AND "usedAt" IS NOT NULL`, [hashToken(token)])).toHaveLength(1);
  });

  it("refuses an expired token with TOKEN_INVALID and changes nothing", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "FINANCE", { password });
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    const token = await resetTokenFor(user.user.email);
    await ownerQuery(`UPDATE "AuthToken" SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = $1`, [hashToken(token)]);
    const version = await sessionVersionOf(user.user.id);

    await rejectsWith(resetPassword(META, { token, password: strongPassword() }), "TOKEN_INVALID");
    expect(await sessionVersionOf(user.user.id)).toBe(version);
    expect(await signsIn(user.user.email, password)).toBe(true);
  });

  it("refuses a garbage token, and an invitation token used as a reset token", async () => {
    await rejectsWith(resetPassword(META, { token: "not-a-real-token-at-all", password: strongPassword() }), "TOKEN_INVALID");
    const email = uniqueEmail("wrong-purpose");
    await inviteVendorUser(admin, { email, name: "Wanda Wrong", role: "FINANCE" });
    const [message] = await listCapturedEmails({ to: email, take: 1 });
    const invitation = message!.text.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
    await rejectsWith(resetPassword(META, { token: invitation, password: strongPassword() }), "TOKEN_INVALID");
    expect(await ownerRow("User", "email", email)).toMatchObject({ passwordHash: null });
  });

  it("refuses a weak new password with VALIDATION_FAILED and keeps the token usable", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    const token = await resetTokenFor(user.user.email);
    const error = await rejectsWith(resetPassword(META, { token, password: "short" }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ password: ["validation.passwordTooShort"] });
    await expect(resetPassword(META, { token, password: strongPassword() })).resolves.toHaveProperty("email", user.user.email);
  });
});

describe("changePassword and signOutEverywhere", () => {
  it("changePassword with the wrong current password → WRONG_PASSWORD on fields.currentPassword, nothing changes", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "SALES_REP", { password });
    const version = await sessionVersionOf(user.user.id);
    const error = await rejectsWith(
      changePassword(userCtxOf(user), { currentPassword: "not-my-password", newPassword: strongPassword() }),
      "WRONG_PASSWORD",
    );
    expect(error.fields).toEqual({ currentPassword: ["errors.WRONG_PASSWORD"] });
    expect(await sessionVersionOf(user.user.id)).toBe(version);
    expect(await signsIn(user.user.email, password)).toBe(true);
  });

  it("changePassword refuses a weak new password on fields.newPassword", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "SALES_REP", { password });
    const error = await rejectsWith(changePassword(userCtxOf(user), { currentPassword: password, newPassword: "password123" }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ newPassword: ["validation.passwordTooWeak"] });
    expect(await signsIn(user.user.email, password)).toBe(true);
  });

  it("changePassword sets the new password and bumps sessionVersion", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "SALES_REP", { password });
    const version = await sessionVersionOf(user.user.id);
    const next = strongPassword();
    await expect(changePassword(userCtxOf(user), { currentPassword: password, newPassword: next })).resolves.toEqual({ email: user.user.email });
    expect(await sessionVersionOf(user.user.id)).toBe(version + 1);
    expect(await signsIn(user.user.email, next)).toBe(true);
    expect(await signsIn(user.user.email, password)).toBe(false);
  });

  it("signOutEverywhere bumps sessionVersion and deletes every session row (and only the caller's)", async () => {
    const user = await addVendorUser(admin, "SALES_REP");
    const version = await sessionVersionOf(user.user.id);
    const adminVersion = await sessionVersionOf(admin.user.id);
    await startSession(user.user.id);
    await startSession(user.user.id);
    const adminSession = await startSession(admin.user.id);
    await signOutEverywhere(userCtxOf(user));
    expect(await sessionVersionOf(user.user.id)).toBe(version + 1);
    expect(await sessionVersionOf(admin.user.id)).toBe(adminVersion);
    expect(await ownerQuery(`SELECT id FROM "Session" WHERE "userId" = $1`, [user.user.id])).toEqual([]);
    expect(await ownerQuery(`SELECT id FROM "Session" WHERE "userId" = $1`, [admin.user.id])).toEqual([{ id: adminSession }]);
  });
});

describe("sessions", () => {
  it("pruneExpiredSessions drops expired session rows only", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    const live = await startSession(user.user.id);
    const old = await startSession(user.user.id, new Date(Date.now() - 13 * 60 * 60 * 1000));
    expect(await pruneExpiredSessions()).toBeGreaterThanOrEqual(1);
    const left = await ownerQuery<{ id: string }>(`SELECT id FROM "Session" WHERE "userId" = $1`, [user.user.id]);
    expect(left).toEqual([{ id: live }]);
    expect(left.map((row) => row.id)).not.toContain(old);
  });
});

describe("describeInvitation", () => {
  it("returns null for a bad token, and for a reset token", async () => {
    await expect(describeInvitation("definitely-not-a-token")).resolves.toBeNull();
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(freshMeta(), { email: user.user.email });
    await expect(describeInvitation(await resetTokenFor(user.user.email))).resolves.toBeNull();
  });

  it("returns null for an expired invitation", async () => {
    const email = uniqueEmail("expired");
    await inviteVendorUser(admin, { email, name: "Ezra Expired", role: "FINANCE" });
    const [message] = await listCapturedEmails({ to: email, take: 1 });
    const token = message!.text.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
    await expect(describeInvitation(token)).resolves.toMatchObject({ email, tenantSlug: admin.tenant.slug });
    await ownerQuery(`UPDATE "AuthToken" SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = $1`, [hashToken(token)]);
    await expect(describeInvitation(token)).resolves.toBeNull();
  });
});

describe("updateProfile", () => {
  it("saves name, locale and a normalised phone (profileSchema)", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    const input = profileSchema.parse({ name: "Renamed Person", locale: "es", phone: "+34 600-123 456" });
    await expect(updateProfile(userCtxOf(user), input)).resolves.toEqual({
      id: user.user.id,
      name: "Renamed Person",
      locale: "es",
      phone: "+34600123456",
    });
    await updateProfile(userCtxOf(user), profileSchema.parse({ name: "Renamed Person", locale: "en", phone: "" }));
    expect(await ownerRow("User", "id", user.user.id)).toMatchObject({ locale: "en", phone: null });
    expect(profileSchema.safeParse({ name: "x", locale: "en", phone: "12345" }).success).toBe(false);
  });
});
