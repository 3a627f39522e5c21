/**
 * Warranties on PostgreSQL, part one: policies, units made by shipments (idempotently) and
 * imported by CSV, the partner's registration of sales (one by one and by CSV), and the
 * coverage lookup by serial — for the vendor and the owning partner, with every refusal
 * leaving the rows as they were.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { syncAllTenants } from "@/lib/warranties/jobs";
import { importRegistrations, importUnits } from "@/lib/warranties/import";
import { createPolicy, listPolicies } from "@/lib/warranties/policies";
import { getOwnUnitCoverage, lookupCoverage, lookupOwnCoverage } from "@/lib/warranties/read";
import { policySchema, registerSaleSchema } from "@/lib/warranties/schema";
import { registerSale, syncShippedUnits } from "@/lib/warranties/units";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPolicy, seedWarrantyProduct, shipSerials, uniqueSerial } from "@/tests/fixtures/warranties";

let admin: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;
let varUser: PartnerCtx;
let dist: PartnerCtx;
let product: { id: string; sku: string };
let standardId: string;
let goldId: string;

const today = () => new Date().toISOString().slice(0, 10);
const unitRow = async (id: string) => (await ownerRow("WarrantyUnit", "id", id))!;

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [rep, varUser, dist] = await Promise.all([
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_USER", { partnerType: "VAR", partnerName: `Northwind VAR ${uniqueSerial()}` }),
    createPartnerWithUser(admin, "PARTNER_ADMIN"),
  ]);
  product = await seedWarrantyProduct(admin, 200);
  standardId = (await seedPolicy(admin, { name: "Standard", productId: product.id })).id;
  goldId = (
    await seedPolicy(admin, { name: "Gold VAR", partnerId: varUser.partnerId, productId: product.id, months: "36", startRule: "REGISTRATION", latestStartMonths: "6", passThrough: "on", termsEn: "Our terms", termsEs: "Nuestros términos" })
  ).id;
});

describe("policies", () => {
  it("refuses a product without serial numbers, both or neither target, a foreign partner, and a role without warranties.configure", async () => {
    const plain = await seedProduct(admin);
    expect((await rejectsWith(seedPolicy(admin, { productId: plain.id }), "VALIDATION_FAILED")).fields).toEqual({ productId: ["warranties.validation.notSerialTracked"] });
    expect(policySchema.safeParse({ name: "X", months: "12", startRule: "SHIPMENT" }).error?.issues[0]?.message).toBe("warranties.validation.target");
    expect(policySchema.safeParse({ name: "X", months: "12", startRule: "SHIPMENT", productId: "a", familyId: "b" }).error?.issues[0]?.message).toBe("warranties.validation.target");
    expect(policySchema.safeParse({ name: "X", months: "0", startRule: "SHIPMENT", productId: "a" }).success).toBe(false);
    const foreign = await createPartnerWithUser(other);
    await rejectsWith(seedPolicy(admin, { productId: product.id, partnerId: foreign.partnerId }), "NOT_FOUND");
    await rejectsWith(createPolicy(rep, policySchema.parse({ name: "X", months: "12", startRule: "SHIPMENT", productId: product.id })), "FORBIDDEN");
    await rejectsWith(seedPolicy(other, { productId: product.id }), "NOT_FOUND");
    const names = (await listPolicies(admin)).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Standard", "Gold VAR"]));
    expect(names).toHaveLength(2);
  });
});

describe("row-level security of policies (the second wall)", () => {
  it("a partner session reads standard policies and its own customised ones, never another partner's, and writes none", async () => {
    const asPartner = (ctx: PartnerCtx) => ({ audience: "partner" as const, tenantId: admin.tenantId, userId: ctx.user.id, partnerId: ctx.partnerId });
    const seen = (ctx: PartnerCtx) => withScope(asPartner(ctx), (tx) => tx.warrantyPolicy.findMany({ where: { tenantId: admin.tenantId }, select: { id: true } }));
    expect((await seen(varUser)).map((p) => p.id).sort()).toEqual([standardId, goldId].sort());
    expect((await seen(dist)).map((p) => p.id)).toEqual([standardId]);
    await expect(
      withScope(asPartner(dist), (tx) => tx.warrantyPolicy.create({ data: { id: "wpo_forged", tenantId: admin.tenantId, name: "Forged", productId: product.id, months: 99 }, select: { id: true } })),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerQuery(`SELECT id FROM "WarrantyPolicy" WHERE id = 'wpo_forged'`)).toEqual([]);
  });
});

describe("units from shipments", () => {
  it("each shipped serial becomes one unit with its partner, ship day and the policy that applies (customised beats standard)", async () => {
    const [a, b] = [uniqueSerial(), uniqueSerial()];
    const [varUnit] = await shipSerials(admin, varUser, product.id, [a]);
    const [distUnit] = await shipSerials(admin, dist, product.id, [b]);
    expect(await unitRow(varUnit!)).toMatchObject({ partnerId: varUser.partnerId, productId: product.id, serial: a, source: "SHIPMENT", policyId: goldId });
    expect(await unitRow(distUnit!)).toMatchObject({ partnerId: dist.partnerId, policyId: standardId });
    expect(((await unitRow(distUnit!)).shippedOn as Date).toISOString().slice(0, 10)).toBe(today());
    const audits = await ownerQuery(`SELECT action FROM "AuditLog" WHERE "entityId" = $1`, [varUnit]);
    expect(audits).toEqual([{ action: "warrantyUnit.created" }]);
  });

  it("syncing again, or from the job, makes no second unit; a serial without a unit gets one", async () => {
    const serial = uniqueSerial();
    const [unitId] = await shipSerials(admin, dist, product.id, [serial]);
    // a unit lost (as if shipped before warranties existed): the sync makes it again, once
    await ownerQuery(`DELETE FROM "AuditLog" WHERE "entityId" = $1`, [unitId]);
    await ownerQuery(`DELETE FROM "WarrantyUnit" WHERE id = $1`, [unitId]);
    const [first, second] = await Promise.all([syncShippedUnits(admin), syncShippedUnits(admin)]);
    expect(first.created + second.created).toBe(1);
    expect((await syncAllTenants()).created).toBe(0);
    expect(await ownerQuery(`SELECT id FROM "WarrantyUnit" WHERE "tenantId" = $1 AND serial = $2`, [admin.tenantId, serial])).toHaveLength(1);
    await rejectsWith(syncShippedUnits(rep), "FORBIDDEN");
  });
});

describe("coverage lookup by serial", () => {
  it("the vendor and the owning partner see the coverage and why; another partner, another tenant and an unknown serial get NOT_FOUND", async () => {
    const serial = uniqueSerial();
    const [unitId] = await shipSerials(admin, varUser, product.id, [serial]);
    const [found] = await lookupCoverage(admin, serial);
    expect(found).toMatchObject({ unitId, serial, partner: { id: varUser.partnerId }, registration: null });
    // Gold VAR starts at registration, at the latest 6 months after shipment
    expect(found!.coverage).toMatchObject({ status: "NOT_STARTED", startBasis: "LATEST_START", policy: { name: "Gold VAR", partnerName: expect.stringContaining("Northwind"), months: 36 } });
    expect((await lookupOwnCoverage(varUser, ` ${serial} `))[0]!.unitId).toBe(unitId);
    expect((await lookupCoverage(rep, serial))).toHaveLength(1);
    await rejectsWith(lookupOwnCoverage(dist, serial), "NOT_FOUND");
    await rejectsWith(getOwnUnitCoverage(dist, unitId!), "NOT_FOUND");
    await rejectsWith(lookupCoverage(other, serial), "NOT_FOUND");
    await rejectsWith(lookupCoverage(admin, "NO-SUCH-SERIAL"), "NOT_FOUND");
  });

  it("the last covered day ends at midnight where the tenant is (America/New_York)", async () => {
    const ny = await createTestTenant({ timeZone: "America/New_York" });
    const p = await createPartnerWithUser(ny);
    const routers = await seedProduct(ny, { serialTracked: "on" });
    await seedPolicy(ny, { productId: routers.id, months: "12" });
    const csv = `serial,sku,partner,ship date\nTZ-1,${routers.sku},${p.partner.name},2025-01-15\n`;
    expect(await importUnits(ny, { file: csv, locale: "en" })).toMatchObject({ written: true, rows: 1 });
    const at = (iso: string) => lookupCoverage(ny, "TZ-1", new Date(iso)).then((r) => r[0]!.coverage);
    // 04:30 UTC on Jan 15 is 23:30 on Jan 14 in New York: the last covered day
    expect(await at("2026-01-15T04:30:00Z")).toMatchObject({ status: "COVERED", lastDay: "2026-01-14" });
    expect(await at("2026-01-15T05:00:00Z")).toMatchObject({ status: "EXPIRED", lastDay: "2026-01-14" });
  });
});

describe("registration of a sale", () => {
  it("registers once; twice is WARRANTY_ALREADY_REGISTERED; the coverage then starts at registration", async () => {
    const serial = uniqueSerial();
    const [unitId] = await shipSerials(admin, varUser, product.id, [serial]);
    const input = registerSaleSchema.parse({ unitId, endCustomerName: "Contoso Ltd", endCustomerEmail: "it@contoso.example", endCustomerLocale: "es", saleOn: today(), installationSite: "Madrid HQ" });
    const done = await registerSale(varUser, input);
    expect(done).toMatchObject({ unitId, registeredOn: today() });
    expect(await unitRow(unitId!)).toMatchObject({ endCustomerName: "Contoso Ltd", endCustomerLocale: "es", installationSite: "Madrid HQ", registeredByUserId: varUser.user.id });
    await rejectsWith(registerSale(varUser, input), "WARRANTY_ALREADY_REGISTERED");
    const [found] = await lookupOwnCoverage(varUser, serial);
    expect(found!.coverage).toMatchObject({ status: "COVERED", startBasis: "REGISTRATION", startOn: today(), registered: true });
    expect(found!.registration).toMatchObject({ endCustomerName: "Contoso Ltd", saleOn: today() });
  });

  it("refuses a sale before shipment or in the future, another partner's and another tenant's unit — nothing changes", async () => {
    const serial = uniqueSerial();
    const csv = `número de serie;código;socio;fecha de envío\n${serial};${product.sku};${varUser.partner.name};2026-01-10\n`;
    expect(await importUnits(admin, { file: csv, locale: "es" })).toMatchObject({ written: true, rows: 1 });
    const { unitId } = (await lookupCoverage(admin, serial))[0]!;
    const base = { unitId, endCustomerName: "Contoso", endCustomerLocale: "en" };
    const before = await unitRow(unitId);
    expect((await rejectsWith(registerSale(varUser, registerSaleSchema.parse({ ...base, saleOn: "2026-01-09" })), "VALIDATION_FAILED")).fields).toEqual({
      saleOn: ["warranties.validation.saleBeforeShipment"],
    });
    expect((await rejectsWith(registerSale(varUser, registerSaleSchema.parse({ ...base, saleOn: "2099-01-01" })), "VALIDATION_FAILED")).fields).toEqual({
      saleOn: ["warranties.validation.saleInFuture"],
    });
    expect(registerSaleSchema.safeParse({ ...base, saleOn: "2026-02-30" }).success).toBe(false);
    await rejectsWith(registerSale(dist, registerSaleSchema.parse({ ...base, saleOn: "2026-01-10" })), "NOT_FOUND");
    const foreign = await createPartnerWithUser(other);
    await rejectsWith(registerSale(foreign, registerSaleSchema.parse({ ...base, saleOn: "2026-01-10" })), "NOT_FOUND");
    expect(await unitRow(unitId)).toEqual(before);
    // the sale day itself is fine
    await registerSale(varUser, registerSaleSchema.parse({ ...base, saleOn: "2026-01-10" }));
  });
});

describe("CSV imports (all or nothing)", () => {
  it("units: every bad row is reported with its line and column, and nothing is written", async () => {
    const plain = await seedProduct(admin);
    const [s1, s2] = [uniqueSerial(), uniqueSerial()];
    const csv = [
      "serial,sku,partner,ship date",
      `${s1},${product.sku},${dist.partner.name},2026-02-01`,
      `${s1},${product.sku},${dist.partner.name},2026-02-01`,
      `${s2},NOPE-1,${dist.partner.name},2026-02-01`,
      `${s2},${plain.sku},${dist.partner.name},2026-02-01`,
      `${s2},${product.sku},Nobody Inc,2026-02-01`,
      `${s2},${product.sku},${dist.partner.name},2099-02-01`,
      `${s2},${product.sku},${dist.partner.name},2026-02-31`,
    ].join("\n");
    const result = await importUnits(admin, { file: csv, locale: "en" });
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, "serial", "warranties.validation.serialTwice"],
      [4, "sku", "warranties.validation.unknownProduct"],
      [5, "sku", "warranties.validation.notSerialTracked"],
      [6, "partner", "warranties.validation.unknownPartner"],
      [7, "ship date", "warranties.validation.shipInFuture"],
      [8, "ship date", "warranties.validation.date"],
    ]);
    expect(await ownerQuery(`SELECT id FROM "WarrantyUnit" WHERE "tenantId" = $1 AND serial = ANY($2)`, [admin.tenantId, [s1, s2]])).toEqual([]);
    // a serial already known for the product
    const [known] = [uniqueSerial()];
    await shipSerials(admin, dist, product.id, [known]);
    const again = await importUnits(admin, { file: `serial,sku,partner,ship date\n${known},${product.sku},${dist.partner.name},2026-02-01\n`, locale: "en" });
    expect(again.problems.map((p) => p.message)).toEqual(["warranties.validation.serialKnown"]);
    await rejectsWith(importUnits(rep, { file: "serial,sku,partner,ship date\n", locale: "en" }), "FORBIDDEN");
  });

  it("registrations: the partner's own serials only; another partner's serial reads as unknown and nothing is registered", async () => {
    const [mine1, mine2] = [uniqueSerial(), uniqueSerial()];
    const theirs = uniqueSerial();
    await shipSerials(admin, varUser, product.id, [mine1, mine2]);
    await shipSerials(admin, dist, product.id, [theirs]);
    const header = "serial number,end customer,language,sale date,installation site";
    const bad = [header, `${mine1},Fabrikam,English,${today()},Austin`, `${theirs},Fabrikam,en,${today()},`, `${mine2},Fabrikam,klingon,${today()},`].join("\n");
    const refused = await importRegistrations(varUser, { file: bad, locale: "en" });
    expect(refused.written).toBe(false);
    expect(refused.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, "serial number", "warranties.validation.unknownSerial"],
      [4, "language", "warranties.validation.locale"],
    ]);
    expect(await ownerQuery(`SELECT id FROM "WarrantyUnit" WHERE serial = ANY($1) AND "registeredOn" IS NOT NULL`, [[mine1, mine2, theirs]])).toEqual([]);
    const good = [header, `${mine1},Fabrikam,English,${today()},Austin`, `${mine2},Fabrikam,español,${today()},`].join("\n");
    expect(await importRegistrations(varUser, { file: good, locale: "en" })).toMatchObject({ written: true, rows: 2, problems: [] });
    const again = await importRegistrations(varUser, { file: good, locale: "en" });
    expect(again.written).toBe(false);
    expect(again.problems.map((p) => p.message)).toEqual(["warranties.validation.registeredAlready", "warranties.validation.registeredAlready"]);
  });

  it("registrations: a serial on two products needs its SKU", async () => {
    const second = await seedWarrantyProduct(admin, 5);
    const serial = uniqueSerial();
    await shipSerials(admin, dist, product.id, [serial]);
    await shipSerials(admin, dist, second.id, [serial]);
    const header = "serial,sku,end customer,language,sale date";
    const without = await importRegistrations(dist, { file: `${header}\n${serial},,Contoso,en,${today()}\n`, locale: "en" });
    expect(without.problems.map((p) => [p.line, p.column, p.message])).toEqual([[2, "sku", "warranties.validation.skuNeeded"]]);
    expect(await importRegistrations(dist, { file: `${header}\n${serial},${second.sku.toLowerCase()},Contoso,en,${today()}\n`, locale: "en" })).toMatchObject({ written: true, rows: 1 });
    const units = await ownerQuery<{ productId: string; registered: boolean }>(`SELECT "productId", "registeredOn" IS NOT NULL AS registered FROM "WarrantyUnit" WHERE serial = $1`, [serial]);
    expect(units.find((u) => u.productId === second.id)!.registered).toBe(true);
    expect(units.find((u) => u.productId === product.id)!.registered).toBe(false);
  });
});
