/**
 * The audit log names every kind of record it filters by: AUDIT_ENTITY_TYPES (the filter,
 * client-safe) and the describers of lib/audit/registry.ts (server) list the same types.
 */
import { describe, expect, it } from "vitest";
import { AUDIT_OBJECT_TYPES } from "@/lib/audit/registry";
import { AUDIT_ENTITY_TYPES } from "@/lib/audit/schema";

describe("audit object registry", () => {
  it("describes every entity type of the filter (the workspace itself is named from the context)", () => {
    const described = AUDIT_OBJECT_TYPES.map((kind) => kind.type).sort();
    expect(described).toEqual(AUDIT_ENTITY_TYPES.filter((type) => type !== "Tenant").sort());
    expect(new Set(described).size).toBe(described.length);
  });
});
