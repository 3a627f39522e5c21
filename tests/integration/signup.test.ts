/**
 * Verified self-service sign-up: nothing exists until the e-mailed link is followed, the
 * link is single-use even under concurrent use, sign-in before verification says so
 * (only to someone who knows the password), and the pre-account takeover — a stranger
 * signing up with an address another tenant invites later — is refused.
 */
import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/login";
import { completeSignup, describeSignup, resendVerification, signUpTenant } from "@/lib/tenancy/signup";
import { acceptInvitation } from "@/lib/users/invitation-link";
import { listPendingInvitations } from "@/lib/users/invitations";
import { inviteVendorUser } from "@/lib/users/service";
import { hashToken } from "@/lib/users/tokens";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { capturedEmails } from "@/tests/fixtures/mailbox";
import { createTestTenant, freshMeta, invitationToken, META, randomIp, signUpInput, strongPassword, uniqueEmail, userCtxFor } from "@/tests/fixtures/factories";

/** The link of the newest verification e-mail to `email`. */
async function verificationToken(email: string): Promise<string> {
  const message = (await capturedEmails({ to: email })).find((m) => m.text.includes("/verify-email/"));
  expect(message?.subject).toMatch(/^(Confirm your email to open|Confirma tu correo para abrir) /);
  return message!.text.match(/http:\/\/localhost:3000\/verify-email\/([A-Za-z0-9_-]+)/)![1]!;
}

async function count(table: string, column: string, value: string): Promise<number> {
  const [row] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`, [value]);
  return row!.n;
}

const signIn = (email: string, password: string) => verifyCredentials({ email, password, ip: randomIp() });

describe("verified sign-up", () => {
  it("creates nothing until the link is followed; the link then opens the workspace once", async () => {
    const input = signUpInput({ tenantName: "Verified Co", defaultLocale: "es", currency: "EUR", timeZone: "Europe/Madrid" });
    const meta = freshMeta();
    await expect(signUpTenant(meta, input)).resolves.toEqual({ email: input.email });

    // Only a pending request (with a hashed token) exists.
    expect(await count("Tenant", "slug", input.slug)).toBe(0);
    expect(await count("User", "email", input.email)).toBe(0);
    const token = await verificationToken(input.email);
    // Written in the workspace's language.
    expect((await capturedEmails({ to: input.email, take: 1 }))[0]!.subject).toBe("Confirma tu correo para abrir Verified Co en Canal");
    const [pending] = await ownerQuery(`SELECT "tokenHash", "usedAt", "passwordHash" FROM "SignupRequest" WHERE email = $1`, [input.email]);
    expect(pending).toMatchObject({ tokenHash: hashToken(token), usedAt: null, passwordHash: expect.stringMatching(/^\$argon2id\$/) });
    await expect(describeSignup(token)).resolves.toEqual({ email: input.email, tenantName: "Verified Co", slug: input.slug });

    // Signing in before verification: only the right password learns why.
    await rejectsWith(signIn(input.email, input.password), "EMAIL_NOT_VERIFIED");
    await rejectsWith(signIn(input.email, "not-the-password-1"), "INVALID_CREDENTIALS");

    // The link alone is not enough: the password chosen at sign-up confirms it.
    const wrong = await rejectsWith(completeSignup(meta, { token, password: "not-the-password-1" }), "WRONG_PASSWORD");
    expect(wrong.fields).toEqual({ password: ["errors.WRONG_PASSWORD"] });
    expect(await count("Tenant", "slug", input.slug)).toBe(0);

    await expect(completeSignup(meta, { token, password: input.password })).resolves.toEqual({
      email: input.email,
      home: `/${input.slug}/admin`,
    });
    const tenant = await ownerRow<{ id: string }>("Tenant", "slug", input.slug);
    expect(tenant).toMatchObject({ name: "Verified Co", currency: "EUR", defaultLocale: "es", timeZone: "Europe/Madrid" });
    const user = await ownerRow<{ id: string }>("User", "email", input.email);
    expect(user).toMatchObject({ name: input.adminName, locale: "es", emailVerifiedAt: expect.any(Date) });
    expect(await ownerQuery(`SELECT role, status FROM "Membership" WHERE "tenantId" = $1`, [tenant!.id])).toEqual([
      { role: "TENANT_ADMIN", status: "ACTIVE" },
    ]);
    expect(await ownerQuery(`SELECT action, ip FROM "AuditLog" WHERE "tenantId" = $1`, [tenant!.id])).toEqual([
      { action: "tenant.created", ip: meta.ip },
    ]);
    await expect(signIn(input.email, input.password)).resolves.toHaveProperty("id", user!.id);

    // Single use.
    await rejectsWith(completeSignup(meta, { token, password: input.password }), "TOKEN_INVALID");
    await expect(describeSignup(token)).resolves.toBeNull();
  });

  it("attack: N concurrent uses of one verification link → exactly one workspace", async () => {
    const input = signUpInput();
    await signUpTenant(freshMeta(), input);
    const token = await verificationToken(input.email);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => completeSignup(META, { token, password: input.password })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "TOKEN_INVALID" });
    expect(await count("Tenant", "slug", input.slug)).toBe(1);
    expect(await count("User", "email", input.email)).toBe(1);
  });

  it("a slug taken before the link is followed: SLUG_TAKEN, nothing created, the link stays unused", async () => {
    const input = signUpInput();
    await signUpTenant(freshMeta(), input);
    const token = await verificationToken(input.email);
    await createTestTenant({ slug: input.slug });
    await rejectsWith(completeSignup(META, { token, password: input.password }), "SLUG_TAKEN");
    expect(await count("User", "email", input.email)).toBe(0);
    expect(await ownerRow("SignupRequest", "email", input.email)).toMatchObject({ usedAt: null });
  });

  it("an expired link is TOKEN_INVALID", async () => {
    const input = signUpInput();
    await signUpTenant(freshMeta(), input);
    const token = await verificationToken(input.email);
    await ownerQuery(`UPDATE "SignupRequest" SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = $1`, [hashToken(token)]);
    await rejectsWith(completeSignup(META, { token, password: input.password }), "TOKEN_INVALID");
    await rejectsWith(signIn(input.email, input.password), "INVALID_CREDENTIALS");
  });

  it("resendVerification mails a new link (the old one dies) only for the right password, answering the same either way", async () => {
    const input = signUpInput();
    await signUpTenant(freshMeta(), input);
    const first = await verificationToken(input.email);
    await expect(resendVerification(freshMeta(), { email: input.email, password: "not-the-password-1" })).resolves.toBeUndefined();
    expect(await verificationToken(input.email)).toBe(first);
    await expect(resendVerification(freshMeta(), { email: uniqueEmail("nobody"), password: input.password })).resolves.toBeUndefined();

    await resendVerification(freshMeta(), { email: input.email, password: input.password });
    const second = await verificationToken(input.email);
    expect(second).not.toBe(first);
    await rejectsWith(completeSignup(META, { token: first, password: input.password }), "TOKEN_INVALID");
    await expect(completeSignup(META, { token: second, password: input.password })).resolves.toHaveProperty("home");
  });

  it("resends are rate-limited per client", async () => {
    const meta = freshMeta();
    for (let i = 0; i < 10; i++) await resendVerification(meta, { email: uniqueEmail("r"), password: "whatever-1234" });
    await rejectsWith(resendVerification(meta, { email: uniqueEmail("r"), password: "whatever-1234" }), "RATE_LIMITED");
  });
});

describe("pre-account takeover", () => {
  it("attack: a stranger who signed up with an address another tenant invites later gets no access", async () => {
    const victim = uniqueEmail("victim");
    const strangerPassword = strongPassword();
    // 1. The stranger signs up with the victim's address (they cannot read its inbox).
    const squat = signUpInput({ email: victim, password: strangerPassword });
    await signUpTenant(freshMeta(), squat);
    expect(await count("User", "email", victim)).toBe(0);

    // 2. A real tenant invites that address: a new login without a password, seat INVITED.
    const tenant = await createTestTenant();
    const seat = await inviteVendorUser(tenant, { email: victim, name: "Vic Victim", role: "TENANT_ADMIN" });
    expect(seat.status).toBe("INVITED");

    // 3. The stranger's password opens nothing: the login is not theirs, the sign-up never verified.
    await rejectsWith(signIn(victim, strangerPassword), "EMAIL_NOT_VERIFIED");
    expect(await ownerRow("Membership", "id", seat.id)).toMatchObject({ status: "INVITED" });

    // 4. The owner accepts from the link in their inbox; only their password works.
    const ownerPassword = strongPassword();
    await acceptInvitation(META, { token: await invitationToken(tenant.tenantId, victim), name: "Vic Victim", password: ownerPassword });
    expect(await ownerRow("Membership", "id", seat.id)).toMatchObject({ status: "ACTIVE" });
    await expect(signIn(victim, ownerPassword)).resolves.toHaveProperty("email", victim);
    await rejectsWith(signIn(victim, strangerPassword), "INVALID_CREDENTIALS");
    // Even the stranger's link (which went to the owner's inbox) can no longer make a
    // workspace for that login now that it has a password.
    const token = await verificationToken(victim);
    await rejectsWith(completeSignup(META, { token, password: strangerPassword }), "EMAIL_TAKEN");
  });

  it("an address invited but never accepted can still sign up; its invitation stays for the person to answer", async () => {
    const tenant = await createTestTenant();
    const email = uniqueEmail("invited");
    const seat = await inviteVendorUser(tenant, { email, name: "Name By Inviter", role: "FINANCE" });
    const input = signUpInput({ email, adminName: "Own Name" });
    await signUpTenant(freshMeta(), input);
    await completeSignup(META, { token: await verificationToken(email), password: input.password });

    const user = await ownerRow<{ id: string }>("User", "email", email);
    expect(user).toMatchObject({ id: seat.userId, name: "Own Name", emailVerifiedAt: expect.any(Date) });
    await expect(signIn(email, input.password)).resolves.toHaveProperty("id", seat.userId);
    expect(await ownerRow("Membership", "id", seat.id)).toMatchObject({ status: "INVITED" });
    expect(await listPendingInvitations(await userCtxFor(email))).toEqual([expect.objectContaining({ seatId: seat.id })]);
  });
});
