/**
 * Row-level security of logins, sessions and pending sign-ups, as the APP role with raw
 * SQL (no service in the way): a vendor session can no longer change a global user who
 * holds a seat in its tenant (password hash, e-mail, session version, name…), only the
 * person's own transactions can; sessions and pending sign-ups are visible only to
 * their owner (or the holder of the e-mailed token).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VendorCtx } from "@/lib/auth/context";
import { startSession } from "@/lib/auth/sessions";
import { signUpTenant } from "@/lib/tenancy/signup";
import { hashToken } from "@/lib/users/tokens";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { addVendorUser, createPartnerWithUser, createTestTenant, freshMeta, signUpInput } from "@/tests/fixtures/factories";

let app: pg.Client;
let admin: VendorCtx;
let member: VendorCtx;
let partnerUserId: string;

type Settings = { audience: string; tenantId?: string; userId?: string; userEmail?: string; tokenHash?: string };

async function asScope<T>(settings: Settings, fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  await app.query("BEGIN");
  try {
    await app.query(
      `SELECT set_config('app.audience', $1, true), set_config('app.tenant_id', $2, true), set_config('app.user_id', $3, true),
              set_config('app.user_email', $4, true), set_config('app.token_hash', $5, true)`,
      [settings.audience, settings.tenantId ?? "", settings.userId ?? "", settings.userEmail ?? "", settings.tokenHash ?? ""],
    );
    return await fn(app);
  } finally {
    await app.query("ROLLBACK");
  }
}

beforeAll(async () => {
  admin = await createTestTenant();
  member = await addVendorUser(admin, "SALES_REP");
  partnerUserId = (await createPartnerWithUser(admin, "PARTNER_USER")).user.id;
  app = new pg.Client({ connectionString: process.env.DATABASE_APP_URL });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
});

describe("User: global columns change only in the person's own transactions", () => {
  const ATTACKS = [
    `UPDATE "User" SET "passwordHash" = 'attacker-hash' WHERE id = $1`,
    `UPDATE "User" SET email = 'attacker@example.test' WHERE id = $1`,
    `UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`,
    `UPDATE "User" SET name = 'Renamed by a tenant' WHERE id = $1`,
  ];

  it("attack: a vendor (and a system) session of the tenant cannot update a vendor member or partner user", async () => {
    for (const audience of ["vendor", "system"]) {
      for (const target of [member.user.id, partnerUserId]) {
        for (const sql of ATTACKS) {
          const updated = await asScope({ audience, tenantId: admin.tenantId, userId: admin.user.id }, async (c) => {
            // The row is visible (the member list shows it)…
            expect((await c.query(`SELECT id FROM "User" WHERE id = $1`, [target])).rowCount).toBe(1);
            // …but no policy lets this session write it.
            return (await c.query(sql, [target])).rowCount;
          });
          expect(updated, `${audience}: ${sql}`).toBe(0);
        }
      }
    }
    const row = await ownerRow<{ name: string; email: string; sessionVersion: number }>("User", "id", member.user.id);
    expect(row).toMatchObject({ name: member.user.name, email: member.user.email });
  });

  it("the person's own scope may update their login (positive control)", async () => {
    const updated = await asScope({ audience: "anonymous", userId: member.user.id }, async (c) =>
      (await c.query(`UPDATE "User" SET locale = 'es' WHERE id = $1`, [member.user.id])).rowCount,
    );
    expect(updated).toBe(1);
  });
});

describe("Session", () => {
  it("is visible and deletable only in its user's scope", async () => {
    const sid = await startSession(member.user.id);
    await asScope({ audience: "vendor", tenantId: admin.tenantId, userId: admin.user.id }, async (c) => {
      expect((await c.query(`SELECT id FROM "Session" WHERE id = $1`, [sid])).rowCount).toBe(0);
      expect((await c.query(`DELETE FROM "Session" WHERE id = $1`, [sid])).rowCount).toBe(0);
    });
    await asScope({ audience: "anonymous", userId: member.user.id }, async (c) => {
      expect((await c.query(`SELECT id FROM "Session" WHERE id = $1`, [sid])).rowCount).toBe(1);
    });
    expect(await ownerRow("Session", "id", sid)).toBeDefined();
  });
});

describe("SignupRequest", () => {
  it("is visible only with its address or its token's hash", async () => {
    const input = signUpInput();
    await signUpTenant(freshMeta(), input);
    const [row] = await ownerQuery<{ tokenHash: string }>(`SELECT "tokenHash" FROM "SignupRequest" WHERE email = $1`, [input.email]);
    const visible = (settings: Settings) =>
      asScope(settings, async (c) => (await c.query(`SELECT id FROM "SignupRequest" WHERE email = $1`, [input.email])).rowCount);
    expect(await visible({ audience: "anonymous" })).toBe(0);
    expect(await visible({ audience: "vendor", tenantId: admin.tenantId, userId: admin.user.id })).toBe(0);
    expect(await visible({ audience: "anonymous", tokenHash: hashToken("some-other-token") })).toBe(0);
    expect(await visible({ audience: "anonymous", userEmail: input.email })).toBe(1);
    expect(await visible({ audience: "anonymous", tokenHash: row!.tokenHash })).toBe(1);
  });
});
