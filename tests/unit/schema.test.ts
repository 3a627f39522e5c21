/**
 * The tenant-key rules (scripts/db/schema-rules.ts) on the real Prisma schema, and on
 * small schemas that break each rule — so the check is known to fail when it should.
 */
import { describe, expect, it } from "vitest";
import { readSchemaFiles } from "@/scripts/db/engine";
import { checkTenantKeys, isGlobal, parseModels } from "@/scripts/db/schema-rules";

const schema = readSchemaFiles()
  .map((file) => file.content)
  .join("\n");
const models = parseModels(schema);

describe("prisma/schema", () => {
  it("parses every model (sanity check of the parser)", () => {
    const declared = [...schema.matchAll(/^model\s+(\w+)/gm)].map((m) => m[1]);
    expect(models.map((m) => m.name).sort()).toEqual(declared.sort());
    expect(models.find((m) => m.name === "Delivery")?.fields.find((f) => f.name === "event")?.attributes).toContain(
      "fields: [tenantId, eventId]",
    );
  });

  it("keeps the tenant-key rules on every model", () => {
    expect(checkTenantKeys(models)).toEqual([]);
  });

  it("the tenant outbox is tenant-owned; account messages and logins are global", () => {
    const global = new Set(models.filter(isGlobal).map((m) => m.name));
    for (const name of ["OutboxEvent", "Delivery", "Notification", "Partner", "Membership", "AuditLog"])
      expect(global.has(name), name).toBe(false);
    for (const name of ["User", "Tenant", "AccountEvent", "AccountDelivery", "AuthToken", "JobRun"])
      expect(global.has(name), name).toBe(true);
  });
});

describe("checkTenantKeys", () => {
  const TENANT = `
/// @global: the root
model Tenant {
  id String @id
}`;
  const EVENT = `
model Event {
  id       String @id
  tenantId String
  tenant   Tenant @relation(fields: [tenantId], references: [id])
  @@unique([tenantId, id])
}`;
  const check = (text: string) => checkTenantKeys(parseModels(TENANT + EVENT + text));

  it("accepts a well-keyed tenant model", () => {
    expect(
      check(`
/// One row.
model Row {
  id       String @id
  tenantId String
  eventId  String
  event    Event  @relation(fields: [tenantId, eventId], references: [tenantId, id])
  @@unique([tenantId, id])
}`),
    ).toEqual([]);
  });

  it("lets Tenant point at one of its own rows through its id (the logo), and nothing else", () => {
    const tenantWith = (fields: string) =>
      checkTenantKeys(
        parseModels(
          `\n/// @global: the root\nmodel Tenant {\n  id String @id\n  eventId String?\n  event Event? @relation(fields: [${fields}], references: [tenantId, id])\n}` +
            EVENT,
        ),
      );
    expect(tenantWith("id, eventId")).toEqual([]);
    expect(tenantWith("eventId")).toEqual([
      "Tenant.event: relation to tenant model Event must include tenantId in fields and references",
    ]);
  });

  it("fails for a model without tenantId that is not documented as global", () => {
    expect(check(`\n/// Counters.\nmodel Counter {\n  key String @id\n}`)).toEqual([
      `Counter: no tenantId and no "/// @global: <reason>" in its doc comment`,
    ]);
    // The marker needs a reason.
    expect(check(`\n/// @global:\nmodel Counter {\n  key String @id\n}`)).toHaveLength(1);
    expect(check(`\n/// @global: not about any tenant\nmodel Counter {\n  key String @id\n}`)).toEqual([]);
  });

  it("fails for a nullable tenantId", () => {
    expect(check(`\nmodel Row {\n  id String @id\n  tenantId String?\n  @@unique([tenantId, id])\n}`)).toEqual([
      "Row: tenantId must be required on a tenant-owned model",
    ]);
  });

  it("fails for a missing @@unique([tenantId, id])", () => {
    expect(check(`\nmodel Row {\n  id String @id\n  tenantId String\n  @@unique([tenantId, name])\n}`)).toEqual([
      "Row: missing @@unique([tenantId, id])",
    ]);
  });

  it("fails for a relation between tenant models without tenantId in its fields", () => {
    expect(
      check(`
model Row {
  id       String @id
  tenantId String
  eventId  String
  event    Event  @relation(fields: [eventId], references: [id])
  @@unique([tenantId, id])
}`),
    ).toEqual(["Row.event: relation to tenant model Event must include tenantId in fields and references"]);
  });

  it("lets a global model reference a tenant only through a foreign key to Tenant", () => {
    expect(check(`\n/// @global: tokens\nmodel Token {\n  id String @id\n  tenantId String?\n}`)).toEqual([
      "Token: global model with a tenantId must reference Tenant through it (foreign key)",
    ]);
    expect(
      check(
        `\n/// @global: tokens\nmodel Token {\n  id String @id\n  tenantId String?\n  tenant Tenant? @relation(fields: [tenantId], references: [id])\n}`,
      ),
    ).toEqual([]);
  });
});
