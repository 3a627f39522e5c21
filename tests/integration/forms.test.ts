/**
 * The services behind the new forms: several invitations in one transaction (all or
 * none, a refused row named by its position), the workspace-address check of sign-up
 * (what it tells, its rate limit, the sign-up switch), and SMS switched on in the step
 * that verifies a phone.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { RATE_LIMITS } from "@/lib/auth/rate-limit";
import {
  confirmPhoneVerification,
  getNotificationSettings,
  startPhoneVerification,
  updateNotificationPreferences,
} from "@/lib/notify/service";
import { invitePartnerUsers } from "@/lib/partners/service";
import { checkSlugAvailability } from "@/lib/tenancy/signup";
import { updateProfile } from "@/lib/users/account";
import { inviteVendorUsers } from "@/lib/users/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { expandAllEvents } from "@/tests/fixtures/mailbox";
import {
  addVendorUser,
  createPartnerWithUser,
  createTestTenant,
  randomIp,
  uniqueEmail,
  uniqueSlug,
  userCtxOf,
} from "@/tests/fixtures/factories";

let admin: VendorCtx;
beforeAll(async () => {
  admin = await createTestTenant();
});

async function seatsOf(tenantId: string, emails: string[]) {
  return ownerQuery<{ email: string; role: string; status: string }>(
    `SELECT u.email, m.role, m.status FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."tenantId" = $1 AND u.email = ANY($2) ORDER BY u.email`,
    [tenantId, emails],
  );
}

describe("inviteVendorUsers", () => {
  it("invites every row in one go, each with its role, audit row and e-mail event", async () => {
    const [a, b] = [uniqueEmail("row-a"), uniqueEmail("row-b")].sort();
    await inviteVendorUsers(admin, {
      invites: [
        { email: a!, name: "Row A", role: "SALES_REP" },
        { email: b!, name: "Row B", role: "FINANCE" },
      ],
    });
    expect(await seatsOf(admin.tenantId, [a!, b!])).toEqual([
      { email: a, role: "SALES_REP", status: "INVITED" },
      { email: b, role: "FINANCE", status: "INVITED" },
    ]);
    const audits = await ownerQuery(`SELECT 1 FROM "AuditLog" WHERE "tenantId" = $1 AND action = 'user.invited' AND "after"->>'email' = ANY($2)`, [
      admin.tenantId,
      [a, b],
    ]);
    expect(audits).toHaveLength(2);
    const events = await ownerQuery(
      `SELECT 1 FROM "OutboxEvent" e JOIN "User" u ON e.payload::text LIKE '%' || u.id || '%'
       WHERE e."tenantId" = $1 AND e.type = 'user.invited' AND u.email = ANY($2)`,
      [admin.tenantId, [a, b]],
    );
    expect(events).toHaveLength(2);
  });

  it("invites nobody when one row is refused, and names that row", async () => {
    const member = await addVendorUser(admin, "SALES_REP");
    const fresh = uniqueEmail("row-fresh");
    const error = await rejectsWith(
      inviteVendorUsers(admin, {
        invites: [
          { email: fresh, name: "Fresh", role: "FINANCE" },
          { email: member.user.email, name: "Already", role: "FINANCE" },
        ],
      }),
      "ALREADY_MEMBER",
    );
    expect(error.fields).toEqual({ "invites.1.email": ["errors.ALREADY_MEMBER"] });
    expect(await seatsOf(admin.tenantId, [fresh])).toEqual([]);
    expect(await ownerQuery(`SELECT 1 FROM "User" WHERE email = $1`, [fresh])).toEqual([]);
  });

  it("needs users.manage", async () => {
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(inviteVendorUsers(rep, { invites: [{ email: uniqueEmail(), name: "X", role: "FINANCE" }] }), "FORBIDDEN");
  });
});

describe("invitePartnerUsers", () => {
  it("seats every row in that partner's portal, or none", async () => {
    const partnerUser = await createPartnerWithUser(admin);
    const partnerId = partnerUser.partnerId;
    const [a, b] = [uniqueEmail("p-row-a"), uniqueEmail("p-row-b")];
    await invitePartnerUsers(admin, {
      partnerId,
      invites: [
        { email: a, name: "PA", role: "PARTNER_USER" },
        { email: b, name: "PB", role: "PARTNER_ADMIN" },
      ],
    });
    const seats = await ownerQuery<{ email: string; partnerId: string }>(
      `SELECT u.email, p."partnerId" FROM "PartnerUser" p JOIN "User" u ON u.id = p."userId" WHERE u.email = ANY($1) ORDER BY u.email`,
      [[a, b]],
    );
    expect(seats.map((s) => s.partnerId)).toEqual([partnerId, partnerId]);

    const c = uniqueEmail("p-row-c");
    const error = await rejectsWith(
      invitePartnerUsers(admin, {
        partnerId,
        invites: [
          { email: c, name: "PC", role: "PARTNER_USER" },
          { email: partnerUser.user.email, name: "Again", role: "PARTNER_USER" },
        ],
      }),
      "ALREADY_MEMBER",
    );
    expect(error.fields).toEqual({ "invites.1.email": ["errors.ALREADY_MEMBER"] });
    expect(await ownerQuery(`SELECT 1 FROM "User" WHERE email = $1`, [c])).toEqual([]);

    // Another tenant's partner is not found, whoever asks.
    const other = await createTestTenant();
    await rejectsWith(invitePartnerUsers(other, { partnerId, invites: [{ email: uniqueEmail(), name: "X", role: "PARTNER_USER" }] }), "NOT_FOUND");
  });
});

describe("checkSlugAvailability", () => {
  it("says free, taken or why not — and nothing about whose it is", async () => {
    const ip = randomIp();
    const free = uniqueSlug("free");
    expect(await checkSlugAvailability({ ip }, free)).toEqual({ slug: free, available: true });
    expect(await checkSlugAvailability({ ip }, `  ${free.toUpperCase()} `)).toEqual({ slug: free, available: true });
    expect(await checkSlugAvailability({ ip }, admin.tenant.slug)).toEqual({
      slug: admin.tenant.slug,
      available: false,
      reason: "taken",
      message: "errors.SLUG_TAKEN",
    });
    expect(await checkSlugAvailability({ ip }, "admin")).toMatchObject({ available: false, reason: "invalid", message: "validation.slugReserved" });
    expect(await checkSlugAvailability({ ip }, "no spaces")).toMatchObject({ available: false, reason: "invalid", message: "validation.slugFormat" });
    expect(await checkSlugAvailability({ ip }, "ab")).toMatchObject({ available: false, reason: "invalid", message: "validation.slugTooShort" });
  });

  it("counts lookups per IP and refuses past the limit, with Retry-After; other IPs go on", async () => {
    const ip = randomIp();
    const { limit, windowSeconds } = RATE_LIMITS.slugCheckByIp;
    // Malformed addresses are answered without a lookup and do not count.
    for (let i = 0; i < 5; i += 1) await checkSlugAvailability({ ip }, "x");
    for (let i = 0; i < limit; i += 1) await checkSlugAvailability({ ip }, uniqueSlug("probe"));
    const error = await rejectsWith(checkSlugAvailability({ ip }, uniqueSlug("probe")), "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(windowSeconds);
    await expect(checkSlugAvailability({ ip: randomIp() }, uniqueSlug("other"))).resolves.toMatchObject({ available: true });
  });

  it("is off when public sign-up is off", async () => {
    vi.stubEnv("PUBLIC_SIGNUP_ENABLED", "false");
    vi.resetModules();
    try {
      const fresh = await import("@/lib/tenancy/signup");
      await rejectsWith(fresh.checkSlugAvailability({ ip: randomIp() }, uniqueSlug()), "SIGNUP_DISABLED");
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe("phone verification with SMS switched on in the same step", () => {
  async function verify(user: VendorCtx, enableSms: boolean) {
    const phone = `+3461${String(Date.now()).slice(-7)}`;
    await updateProfile(userCtxOf(user), { name: user.user.name, locale: "en", phone });
    await startPhoneVerification(user);
    await expandAllEvents();
    // Phone codes are account messages (their own outbox and delivery table).
    const [sms] = await ownerQuery<{ body: string }>(`SELECT body FROM "AccountDelivery" WHERE "to" = $1 AND channel = 'SMS'`, [phone]);
    const code = /\b(\d{6})\b/.exec(sms!.body)![1]!;
    await confirmPhoneVerification(user, { code, enableSms });
  }

  it("turns SMS on for every alert the user already gets, and leaves switched-off alerts off", async () => {
    const user = await addVendorUser(admin, "CHANNEL_MANAGER");
    const before = await getNotificationSettings(user);
    expect(before.events.every((event) => !event.sms)).toBe(true);
    // One alert switched off entirely beforehand.
    const [off, ...rest] = before.events;
    await updateNotificationPreferences(user, { events: [{ ...off!, email: false, inApp: false }, ...rest] });
    await verify(user, true);
    const after = await getNotificationSettings(user);
    expect(after.phoneVerified).toBe(true);
    expect(after.events[0]).toEqual({ type: off!.type, email: false, sms: false, inApp: false });
    expect(after.events.slice(1).length).toBeGreaterThan(0);
    for (const event of after.events.slice(1)) expect(event).toMatchObject({ sms: true });
  });

  it("changes no preference when the box is left unticked", async () => {
    const user = await addVendorUser(admin, "CHANNEL_MANAGER");
    const before = await getNotificationSettings(user);
    await verify(user, false);
    const after = await getNotificationSettings(user);
    expect(after.phoneVerified).toBe(true);
    expect(after.events).toEqual(before.events);
  });
});
