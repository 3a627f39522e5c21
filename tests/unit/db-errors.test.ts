/**
 * isUniqueViolation (lib/db/errors.ts) turns unique-index violations into the domain's
 * *_TAKEN errors. The shapes below are what Prisma 7 with @prisma/adapter-pg really
 * throws (captured from tests/integration): on a table with row-level security
 * PostgreSQL leaves out the "Key (…)=(…)" detail, so the adapter reports only the index.
 */
import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/lib/db/errors";

function adapterError(index: string, table: string, constraint: Record<string, unknown> = { index }) {
  return {
    name: "PrismaClientKnownRequestError",
    code: "P2002",
    meta: {
      modelName: table,
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: {
          originalCode: "23505",
          originalMessage: `duplicate key value violates unique constraint "${index}"`,
          kind: "UniqueConstraintViolation",
          constraint,
          table,
        },
      },
    },
  };
}

describe("isUniqueViolation", () => {
  it("is false for anything that is not P2002", () => {
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation({ code: "P2025" }, "slug")).toBe(false);
  });

  it("is true for any P2002 without a field", () => {
    expect(isUniqueViolation(adapterError("Tenant_slug_key", "Tenant"))).toBe(true);
  });

  it("matches the field in meta.target and in constraint.fields", () => {
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["slug"] } }, "slug")).toBe(true);
    expect(isUniqueViolation(adapterError("User_email_key", "User", { fields: ["email"] }), "email")).toBe(true);
    expect(isUniqueViolation(adapterError("User_email_key", "User", { fields: ["email"] }), "slug")).toBe(false);
  });

  it("matches the field from the index name when the adapter reports only the index", () => {
    expect(isUniqueViolation(adapterError("Tenant_slug_key", "Tenant"), "slug")).toBe(true);
    expect(isUniqueViolation(adapterError("User_email_key", "User"), "email")).toBe(true);
    expect(isUniqueViolation(adapterError("Partner_tenantId_name_key", "Partner"), "name")).toBe(true);
  });

  it("does not confuse fields that merely share letters", () => {
    expect(isUniqueViolation(adapterError("Partner_tenantId_name_key", "Partner"), "email")).toBe(false);
  });
});
