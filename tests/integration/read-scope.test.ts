/**
 * lib/db/read.ts on real PostgreSQL: page reads with the same scope started together share
 * one read-only transaction with that scope's row-level security; another scope gets its
 * own; a write fails; one reader's failure is that reader's alone.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createPartner } from "@/lib/partners/service";
import { createTestTenant } from "@/tests/fixtures/factories";
import { rejectsWith } from "@/tests/fixtures/expect";

let acme: VendorCtx;
let globex: VendorCtx;

beforeAll(async () => {
  [acme, globex] = await Promise.all([createTestTenant(), createTestTenant()]);
  await createPartner(acme, { name: "Shared Read Ltd", type: "VAR", country: null });
});

/** Which transaction a reader ran in: its backend and its start time. */
async function whichTransaction(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT pg_backend_pid()::text || '@' || transaction_timestamp()::text AS id`;
  return row!.id;
}

describe("withReadScope", () => {
  it("runs readers of one scope started together in one read-only transaction", async () => {
    const scope = scopeOf(acme);
    const [first, second, third] = await Promise.all([
      withReadScope(scope, whichTransaction),
      withReadScope(scope, whichTransaction),
      withReadScope(scope, async (tx) => {
        const [row] = await tx.$queryRaw<{ ro: string; tenant: string }[]>`
          SELECT current_setting('transaction_read_only') AS ro, current_setting('app.tenant_id') AS tenant`;
        return { transaction: await whichTransaction(tx), ...row! };
      }),
    ]);
    expect(second).toBe(first);
    expect(third.transaction).toBe(first);
    expect(third.ro).toBe("on");
    expect(third.tenant).toBe(acme.tenantId);
  });

  it("gives another scope its own transaction, which sees only its own rows", async () => {
    const [acmeTx, globexTx, globexPartners] = await Promise.all([
      withReadScope(scopeOf(acme), whichTransaction),
      withReadScope(scopeOf(globex), whichTransaction),
      withReadScope(scopeOf(globex), (tx) => tx.partner.findMany({ where: { name: "Shared Read Ltd" } })),
    ]);
    expect(globexTx).not.toBe(acmeTx);
    expect(globexPartners).toEqual([]);
  });

  it("refuses a write", async () => {
    await expect(
      withReadScope(scopeOf(acme), (tx) =>
        tx.partner.updateMany({ where: { tenantId: acme.tenantId }, data: { name: "Written" } }),
      ),
    ).rejects.toThrow(/read-only transaction/);
    const names = await withReadScope(scopeOf(acme), (tx) => tx.partner.findMany({ select: { name: true } }));
    expect(names.map((row) => row.name)).toContain("Shared Read Ltd");
  });

  it("keeps one reader's failure to that reader", async () => {
    const scope = scopeOf(acme);
    const count = (tx: Tx) => tx.partner.count();
    const [before, notFound, broken, after] = await Promise.allSettled([
      withReadScope(scope, count),
      withReadScope(scope, async () => {
        throw new AppError("NOT_FOUND");
      }),
      // A database error aborts the shared transaction: the others are run again alone.
      withReadScope(scope, (tx) => tx.$queryRaw`SELECT * FROM no_such_table`),
      withReadScope(scope, count),
    ]);
    expect(before).toEqual({ status: "fulfilled", value: 1 });
    expect(after).toEqual({ status: "fulfilled", value: 1 });
    expect(notFound.status).toBe("rejected");
    await rejectsWith(Promise.reject((notFound as PromiseRejectedResult).reason), "NOT_FOUND");
    expect(broken.status).toBe("rejected");
    expect(String((broken as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
  });

  it("notices an aborted transaction even when the failing reader swallowed its error", async () => {
    const scope = scopeOf(acme);
    const [swallowed, counted] = await Promise.all([
      withReadScope(scope, async (tx) => {
        try {
          return await tx.$queryRaw`SELECT * FROM no_such_table`;
        } catch {
          return "fallback";
        }
      }),
      withReadScope(scope, (tx) => tx.partner.count()),
    ]);
    expect(swallowed).toBe("fallback");
    expect(counted).toBe(1);
  });
});
