/**
 * lib/db/read.ts on real PostgreSQL: page reads with the same scope started together share
 * one read-only transaction with that scope's row-level security; another scope gets its
 * own; a write fails; one reader's failure is that reader's alone; the transaction's
 * connection is never handed a statement while it still runs one (lib/db/serial.ts).
 */
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
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

  it("notices an aborted transaction from the COMMIT's answer, not from a transaction status that may be stale", async () => {
    // Under load node-postgres may fail a query (at its ErrorMessage) before the
    // ReadyForQuery that marks the transaction failed has been read: the status at the time
    // COMMIT is sent still says "in a transaction". Simulate exactly that.
    const status = vi.spyOn(pg.Client.prototype, "getTransactionStatus").mockReturnValue("T");
    const scope = scopeOf(acme);
    const [swallowed, counted] = await Promise.all([
      withReadScope(scope, (tx) => tx.$queryRaw`SELECT * FROM no_such_table`.catch(() => "fallback")),
      withReadScope(scope, (tx) => tx.partner.count()),
    ]);
    status.mockRestore();
    expect(swallowed).toBe("fallback");
    expect(counted).toBe(1);
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

describe("statements on a transaction's connection", () => {
  afterEach(() => vi.restoreAllMocks());

  /** The text of every message node-postgres sends while `run` runs. */
  async function messages(run: () => Promise<unknown>): Promise<string[]> {
    const original = pg.Client.prototype.query;
    const sent: string[] = [];
    vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { text?: string } | string;
      sent.push(typeof config === "string" ? config : String(config?.text));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    await run();
    vi.restoreAllMocks();
    return sent;
  }

  it("send BEGIN with the settings in one message, and nothing extra to learn that the transaction held", async () => {
    const scope = scopeOf(acme);
    const sent = await messages(() =>
      Promise.all([withReadScope(scope, (tx) => tx.partner.count()), withReadScope(scope, (tx) => tx.tenant.count())]),
    );
    expect(sent).toHaveLength(4);
    expect(sent[0]).toMatch(/^BEGIN;SELECT set_config\('app\.audience', 'vendor', true\)/);
    expect(sent[0]).toContain("set_config('transaction_read_only', 'on', true)");
    expect(sent[3]).toBe("COMMIT");
  });

  it("still run every reader again when the shared transaction was aborted (one message more per reader)", async () => {
    const scope = scopeOf(acme);
    const sent = await messages(() =>
      Promise.all([
        withReadScope(scope, (tx) => tx.$queryRaw`SELECT * FROM no_such_table`.catch(() => "swallowed")),
        withReadScope(scope, (tx) => tx.partner.count()),
      ]),
    );
    // shared: BEGIN+settings, two reads, COMMIT; then each reader alone: BEGIN+settings, read, COMMIT.
    expect(sent.filter((text) => text.startsWith("BEGIN;"))).toHaveLength(3);
  });

  it("go one at a time, however many readers and queries run at once", async () => {
    // node-postgres warns (and pg 9 will refuse) when query() is called on a busy client.
    const original = pg.Client.prototype.query;
    const overlapping: string[] = [];
    vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const client = this as unknown as { readyForQuery: boolean; _queryQueue: unknown[] };
      if (!client.readyForQuery || client._queryQueue.length > 0) {
        const config = args[0] as { text?: string } | string;
        overlapping.push(typeof config === "string" ? config : String(config?.text));
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);

    const scope = scopeOf(acme);
    // Prisma runs batched findUnique calls (and a reader's Promise.all) side by side.
    const readers = Array.from({ length: 4 }, () =>
      withReadScope(scope, async (tx) => {
        const [tenant, partners, count, transaction] = await Promise.all([
          tx.tenant.findUniqueOrThrow({ where: { id: acme.tenantId }, select: { id: true } }),
          tx.partner.findMany({ select: { id: true } }),
          tx.partner.count(),
          whichTransaction(tx),
        ]);
        const found = await Promise.all(
          partners.map((partner) =>
            tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: acme.tenantId, id: partner.id } } }),
          ),
        );
        return { tenant: tenant.id, found: found.length, count, transaction };
      }),
    );
    const results = await Promise.all(readers);

    expect(overlapping).toEqual([]);
    expect(new Set(results.map((result) => result.transaction)).size).toBe(1);
    expect(results.every((r) => r.tenant === acme.tenantId && r.found === 1 && r.count === 1)).toBe(true);
  });
});
