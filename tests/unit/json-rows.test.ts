/**
 * lib/db/json-rows.ts writes rows from one JSON parameter (a submission's timeline, audit
 * and outbox rows, its order update: lib/orders/submit.ts). The statement's text depends
 * only on the table and the columns — so it prepares once per connection — and the values
 * travel in the parameter; what PostgreSQL makes of them is in
 * tests/integration/orders-concurrency.test.ts.
 */
import { describe, expect, it } from "vitest";
import { insertRowsSql, updateRowSql } from "@/lib/db/json-rows";
import { Prisma } from "@/lib/generated/prisma/client";

describe("insertRowsSql / updateRowSql", () => {
  it("names the columns the rows have (sorted, undefined left out as Prisma leaves it out) and sends the rows as one JSON parameter", () => {
    const sql = insertRowsSql("AuditLog", [
      { id: "a1", tenantId: "t", before: { status: "DRAFT" }, ip: null, requestId: undefined },
      { id: "a2", tenantId: "t", after: { total: 10n } },
    ]);
    expect(sql.text).toBe(
      `INSERT INTO "AuditLog" ("after", "before", "id", "ip", "tenantId") SELECT "after", "before", "id", "ip", "tenantId" FROM jsonb_populate_recordset(NULL::"AuditLog", $1::jsonb)`,
    );
    expect(JSON.parse(sql.values[0] as string)).toEqual([
      { id: "a1", tenantId: "t", before: { status: "DRAFT" }, ip: null },
      { id: "a2", tenantId: "t", after: { total: "10" } },
    ]);
  });

  it("updates the patch's columns from the same parameter, with the caller's condition, extra items and RETURNING", () => {
    const sql = updateRowSql("Order", { status: "APPROVED", totalMinor: 250n }, Prisma.sql`t."id" = ${"o1"}`, { also: [`"version" = t."version" + 1`], returning: `t."number"` });
    expect(sql.text.replace(/\s+/g, " ")).toBe(
      `UPDATE "Order" t SET "status" = r."status", "totalMinor" = r."totalMinor", "version" = t."version" + 1 FROM jsonb_populate_record(NULL::"Order", $1::jsonb) r WHERE t."id" = $2 RETURNING t."number"`,
    );
    expect(sql.values).toEqual([`{"status":"APPROVED","totalMinor":"250"}`, "o1"]);
  });

  it("refuses a table or column name that is not an identifier", () => {
    expect(() => insertRowsSql(`Order"; DROP TABLE x; --`, [{ id: "1" }])).toThrow(/not a table or column name/);
    expect(() => updateRowSql("Order", { 'a" = 1; --': 1 }, Prisma.sql`true`)).toThrow(/not a table or column name/);
  });
});
