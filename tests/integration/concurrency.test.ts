/**
 * lib/db/concurrency.ts on real PostgreSQL: a locked row makes a concurrent transaction
 * wait for the first one's commit; another tenant's row cannot be locked (RLS); an
 * optimistic-version update that lost the race is STALE_EDIT.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scopeOf, type VendorCtx } from "@/lib/auth/context";
import { assertFresh, lockRow } from "@/lib/db/concurrency";
import { withScope } from "@/lib/db/scope";
import { createPartner } from "@/lib/partners/service";
import { createTestTenant } from "@/tests/fixtures/factories";
import { rejectsWith } from "@/tests/fixtures/expect";

let acme: VendorCtx;
let globex: VendorCtx;
let partnerId: string;

beforeAll(async () => {
  [acme, globex] = await Promise.all([createTestTenant(), createTestTenant()]);
  partnerId = (await createPartner(acme, { name: "Locked Ltd", type: "VAR", country: null })).id;
});

describe("lockRow", () => {
  it("serialises two read-modify-write transactions on one row", async () => {
    const order: string[] = [];
    const bump = (label: string, holdMs: number) =>
      withScope(scopeOf(acme), async (tx) => {
        await lockRow(tx, "Partner", { tenantId: acme.tenantId, id: partnerId });
        const { name } = await tx.partner.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: acme.tenantId, id: partnerId } },
        });
        order.push(`${label} read ${name}`);
        await new Promise((resolve) => setTimeout(resolve, holdMs));
        await tx.partner.update({
          where: { tenantId_id: { tenantId: acme.tenantId, id: partnerId } },
          data: { name: `${name}+` },
        });
      });
    await Promise.all([
      bump("first", 300),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => bump("second", 0)),
    ]);
    // Whichever locked second read the other's committed name: no lost update.
    expect(order.map((line) => line.split(" read ")[1]).sort()).toEqual(["Locked Ltd", "Locked Ltd+"]);
    const after = await withScope(scopeOf(acme), (tx) =>
      tx.partner.findUniqueOrThrow({ where: { tenantId_id: { tenantId: acme.tenantId, id: partnerId } } }),
    );
    expect(after.name).toBe("Locked Ltd++");
  });

  it("answers NOT_FOUND for another tenant's row and for unknown ids", async () => {
    await rejectsWith(
      withScope(scopeOf(globex), (tx) => lockRow(tx, "Partner", { tenantId: acme.tenantId, id: partnerId })),
      "NOT_FOUND",
    );
    await rejectsWith(
      withScope(scopeOf(globex), (tx) => lockRow(tx, "Partner", { tenantId: globex.tenantId, id: partnerId })),
      "NOT_FOUND",
    );
    await rejectsWith(
      withScope(scopeOf(acme), (tx) => lockRow(tx, "Partner", { tenantId: acme.tenantId, id: "ptn_missing" })),
      "NOT_FOUND",
    );
  });

  it("refuses anything but a model name as the table", async () => {
    await expect(
      withScope(scopeOf(acme), (tx) =>
        lockRow(tx, 'Partner" WHERE true; --', { tenantId: acme.tenantId, id: partnerId }),
      ),
    ).rejects.toThrow(/not a model name/);
  });
});

describe("assertFresh", () => {
  it("turns an update that matched no row into STALE_EDIT", () => {
    expect(() => assertFresh({ count: 1 })).not.toThrow();
    expect(() => assertFresh({ count: 0 })).toThrow(expect.objectContaining({ code: "STALE_EDIT" }));
  });
});
