/**
 * The session lookup every signed-in request starts with (lib/auth/session.ts): one
 * statement, sent with its row-level-security settings in one round trip and no BEGIN /
 * COMMIT (lib/db/statement.ts). It must still refuse a session that was ended, expired or
 * outdated, load exactly the seats the person holds, and treat what the cookie says as
 * data (quotes and backslashes in the claims cannot change the SQL).
 */
import { encode } from "next-auth/jwt";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { listWorkspaces } from "@/lib/tenancy/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

// The request's cookies, as next/headers gives them to the session loader.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
  headers: async () => new Headers(),
}));

const { getSessionUser, loadPartnerCtx, loadVendorCtx } = await import("@/lib/auth/session");

let admin: VendorCtx;
let partner: PartnerCtx;
let seq = 0;

/** A live session row of `userId` and the cookie next-auth would write for it. */
async function signedIn(userId: string, claims: { sid?: string; sessionVersion?: number } = {}): Promise<string> {
  seq += 1;
  const sid = claims.sid ?? `ses_test_${seq}_${Date.now()}`;
  if (!claims.sid) {
    await ownerQuery(`INSERT INTO "Session" (id, "userId", "expiresAt") VALUES ($1, $2, now() + interval '1 hour')`, [
      sid,
      userId,
    ]);
  }
  const [user] = await ownerQuery<{ sessionVersion: number }>(`SELECT "sessionVersion" FROM "User" WHERE id = $1`, [userId]);
  const token = await encode({
    token: { sub: userId, sid, sessionVersion: claims.sessionVersion ?? user!.sessionVersion },
    secret: process.env.AUTH_SECRET!,
  });
  jar.set(SESSION_COOKIE, token);
  return sid;
}

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Quote's \\ Co" });
  // The same login with a back-office seat in a second tenant.
  const other = await createTestTenant();
  await ownerQuery(
    `INSERT INTO "Membership" (id, "tenantId", "userId", role, status, "updatedAt") VALUES ($1, $2, $3, 'SALES_REP', 'ACTIVE', now())`,
    [`mem_session_${Date.now()}`, other.tenantId, partner.user.id],
  );
  await ownerQuery(`UPDATE "User" SET "emailVerifiedAt" = coalesce("emailVerifiedAt", now()) WHERE id = ANY($1)`, [
    [admin.user.id, partner.user.id],
  ]);
});

afterEach(() => {
  jar.clear();
  vi.restoreAllMocks();
});

describe("the session lookup", () => {
  it("loads the person and every seat with its tenant and partner in one round trip, without BEGIN", async () => {
    await signedIn(partner.user.id);
    const sent: string[] = [];
    const original = pg.Client.prototype.query;
    vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { text?: string } | string;
      sent.push(typeof config === "string" ? config : String(config?.text));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);

    const user = await getSessionUser();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^SELECT set_config\('app\.audience', 'anonymous', true\)/);
    expect(sent.join("\n")).not.toMatch(/\bBEGIN\b|\bCOMMIT\b/);
    expect(user).toEqual(partner.user);

    // The seats are what the database holds, as the workspace switcher lists them.
    const workspaces = await listWorkspaces({ audience: "user", user: user!, requestId: "t", ip: null });
    expect(workspaces.map((w) => [w.audience, w.role, w.partnerName]).sort()).toEqual(
      [
        ["partner", "PARTNER_ADMIN", "Quote's \\ Co"],
        ["vendor", "SALES_REP", null],
      ].sort(),
    );
    const ctx = await loadPartnerCtx(admin.tenant.slug);
    expect(ctx).toMatchObject({
      audience: "partner",
      tenantId: admin.tenantId,
      partnerId: partner.partnerId,
      partner: { id: partner.partnerId, name: "Quote's \\ Co", status: expect.any(String), type: expect.any(String) },
      tenant: { id: admin.tenantId, slug: admin.tenant.slug, name: admin.tenant.name, currency: admin.tenant.currency },
    });
  });

  it("gives the back office of a vendor seat, and NOT_FOUND where the person has none", async () => {
    await signedIn(admin.user.id);
    await expect(loadVendorCtx(admin.tenant.slug)).resolves.toMatchObject({ role: "TENANT_ADMIN", tenantId: admin.tenantId });
    await expect(loadVendorCtx("no-such-tenant")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a signed-out, expired or outdated session", async () => {
    const ended = await signedIn(admin.user.id);
    await ownerQuery(`DELETE FROM "Session" WHERE id = $1`, [ended]);
    expect(await getSessionUser()).toBeNull();

    const expired = await signedIn(admin.user.id);
    await ownerQuery(`UPDATE "Session" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [expired]);
    expect(await getSessionUser()).toBeNull();

    const [user] = await ownerQuery<{ sessionVersion: number }>(`SELECT "sessionVersion" FROM "User" WHERE id = $1`, [admin.user.id]);
    await signedIn(admin.user.id, { sessionVersion: user!.sessionVersion + 1 });
    expect(await getSessionUser()).toBeNull();

    await signedIn(admin.user.id);
    expect(await getSessionUser()).toEqual(admin.user);
  });

  it("reads the cookie's claims as data: quotes and backslashes find nothing and break nothing", async () => {
    for (const sid of ["x' OR '1'='1", "x\\' OR true --", "x'); SELECT set_config('app.user_id', 'usr_other', false); --"]) {
      await signedIn(admin.user.id, { sid });
      expect(await getSessionUser()).toBeNull();
    }
    // The session-level setting the last one tried to make does not exist on any connection.
    await signedIn(admin.user.id);
    expect(await getSessionUser()).toEqual(admin.user);
  });
});
