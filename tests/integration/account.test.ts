/**
 * Account services of a signed-in (or signing-in) person: password reset by e-mail,
 * password change, sign out everywhere, invitation lookup, profile.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { verifyCredentials } from "@/lib/auth/login";
import { capturedEmails as listCapturedEmails } from "@/tests/fixtures/mailbox";
import { changePassword, describeInvitation, requestPasswordReset, resetPassword, signOutEverywhere, updateProfile } from "@/lib/users/account";
import { profileSchema } from "@/lib/users/profile-schema";
import { inviteVendorUser } from "@/lib/users/service";
import { hashToken } from "@/lib/users/tokens";
import { ownerQuery, ownerRow, sessionVersionOf } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createTestTenant, META, randomIp, strongPassword, uniqueEmail, userCtxOf } from "@/tests/fixtures/factories";

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
    await expect(requestPasswordReset(META, { email })).resolves.toBeUndefined();
    expect(await listCapturedEmails({ to: email })).toEqual([]);
    expect(await ownerRow("User", "email", email)).toBeUndefined();
  });

  it("for an invited user without a password sends nothing either", async () => {
    const email = uniqueEmail("invited");
    await inviteVendorUser(admin, { email, name: "Ina Invited", role: "SALES_REP" });
    const before = await listCapturedEmails({ to: email });
    await requestPasswordReset(META, { email });
    expect(await listCapturedEmails({ to: email })).toHaveLength(before.length);
  });

  it("is rate-limited per e-mail (5 per hour), whether or not the account exists", async () => {
    const email = uniqueEmail("flood");
    for (let i = 0; i < 5; i++) await requestPasswordReset(META, { email });
    const error = await rejectsWith(requestPasswordReset(META, { email }), "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("resetPassword", () => {
  it("captures an e-mail with a /reset-password/<token> link; the token works once and ends every session", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(META, { email: user.user.email });
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

  it("a newer reset link replaces the older one", async () => {
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(META, { email: user.user.email });
    const first = await resetTokenFor(user.user.email);
    await requestPasswordReset(META, { email: user.user.email });
    const second = await resetTokenFor(user.user.email);
    expect(second).not.toBe(first);
    await rejectsWith(resetPassword(META, { token: first, password: strongPassword() }), "TOKEN_INVALID");
    await expect(resetPassword(META, { token: second, password: strongPassword() })).resolves.toHaveProperty("email");
  });

  it("refuses an expired token with TOKEN_INVALID and changes nothing", async () => {
    const password = strongPassword();
    const user = await addVendorUser(admin, "FINANCE", { password });
    await requestPasswordReset(META, { email: user.user.email });
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
    await requestPasswordReset(META, { email: user.user.email });
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

  it("signOutEverywhere bumps sessionVersion (and only the caller's)", async () => {
    const user = await addVendorUser(admin, "SALES_REP");
    const version = await sessionVersionOf(user.user.id);
    const adminVersion = await sessionVersionOf(admin.user.id);
    await signOutEverywhere(userCtxOf(user));
    expect(await sessionVersionOf(user.user.id)).toBe(version + 1);
    expect(await sessionVersionOf(admin.user.id)).toBe(adminVersion);
  });
});

describe("describeInvitation", () => {
  it("returns null for a bad token, and for a reset token", async () => {
    await expect(describeInvitation("definitely-not-a-token")).resolves.toBeNull();
    const user = await addVendorUser(admin, "FINANCE");
    await requestPasswordReset(META, { email: user.user.email });
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
