/**
 * Statements prepared once per connection (lib/db/statement-names.ts for Prisma's,
 * lib/db/prepared.ts for `readStatement`) on real PostgreSQL: they are really prepared,
 * and past the executions after which PostgreSQL may keep a generic plan, every scope
 * still sees only its own rows — the policies read their settings when the plan runs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { readStatement } from "@/lib/db/statement";
import { statementName } from "@/lib/db/statement-names";
import { createPartner } from "@/lib/partners/service";
import { createTestTenant } from "@/tests/fixtures/factories";

let acme: VendorCtx;
let globex: VendorCtx;

beforeAll(async () => {
  [acme, globex] = await Promise.all([createTestTenant(), createTestTenant()]);
  await Promise.all([
    createPartner(acme, { name: "Prepared Twin", type: "VAR", country: null }),
    createPartner(globex, { name: "Prepared Twin", type: "OEM", country: null }),
  ]);
});

const ROUNDS = 12; // PostgreSQL weighs a generic plan from the sixth execution on

describe("Prisma's statements", () => {
  it("are named by their text, and left unnamed without parameters (simple protocol)", () => {
    const sql = 'SELECT 1 FROM "Partner" WHERE "name" = $1';
    expect(statementName({ sql, args: ["x"] })).toMatch(/^prisma_[0-9a-f]{24}$/);
    expect(statementName({ sql, args: ["y"] })).toBe(statementName({ sql, args: ["x"] }));
    expect(statementName({ sql: "SELECT 1", args: [] })).toBe("");
  });

  it("are prepared on the connection, and each tenant reads only its rows on every execution", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const ctx of [acme, globex]) {
        const { partners, prepared } = await withScope(scopeOf(ctx), async (tx) => ({
          partners: await tx.partner.findMany({ where: { name: "Prepared Twin" }, select: { tenantId: true, type: true } }),
          prepared: await tx.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'prisma\\_%'`,
        }));
        expect(partners).toEqual([{ tenantId: ctx.tenantId, type: ctx === acme ? "VAR" : "OEM" }]);
        expect(prepared[0]!.n).toBeGreaterThan(0);
      }
    }
  });
});

describe("readStatement", () => {
  it("runs a prepared statement that sees only the scope's rows on every execution", async () => {
    const query = Prisma.sql`SELECT m."userId", m."tenantId",
        (SELECT count(*)::int FROM pg_prepared_statements WHERE name LIKE 'canal\\_%') AS prepared
      FROM "Membership" m WHERE m.role::text <> ${"NONE"}`;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const ctx of [acme, globex]) {
        const rows = await readStatement<{ userId: string; tenantId: string; prepared: number }>(
          { audience: "anonymous", userId: ctx.user.id },
          query,
        );
        expect(rows.map(({ userId, tenantId }) => ({ userId, tenantId }))).toEqual([
          { userId: ctx.user.id, tenantId: ctx.tenantId },
        ]);
        expect(rows[0]!.prepared).toBeGreaterThan(0);
      }
    }
  });

  it("fails loudly on a bad statement, and the pool goes on serving", async () => {
    await expect(
      readStatement({ audience: "anonymous", userId: acme.user.id }, Prisma.sql`SELECT 1 / ${0}::int AS x`),
    ).rejects.toThrow(/division by zero/);
    const rows = await readStatement<{ x: number }>({ audience: "anonymous" }, Prisma.sql`SELECT ${2}::int AS x`);
    expect(rows).toEqual([{ x: 2 }]);
  });
});
