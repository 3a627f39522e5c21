/**
 * Price lists end to end on PostgreSQL: publication and its immutable versions, the guard
 * blocking a publication and the audited override, double publication and stale edits,
 * archiving, what the engine answers through the services, a partner's walls (never
 * another partner's list, never a working copy), bad input, and the scheduled scan.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { scopeOf } from "@/lib/auth/context";
import { setProductCost } from "@/lib/catalog/media";
import { productCostSchema } from "@/lib/catalog/schema";
import { withScope } from "@/lib/db/scope";
import { checkPriceList, archivePriceList, publishPriceList } from "@/lib/pricing/publish";
import { effectivePriceList, exportEffectivePriceList, ownProductPrice, previewPrice } from "@/lib/pricing/quote";
import { listPriceFindings, scanAllTenants, scanTenant } from "@/lib/pricing/scan";
import { JOBS } from "@/lib/jobs/registry";
import { createPriceListSchema, priceEntrySchema, pricePreviewSchema, publishPriceListSchema, updatePriceListSchema } from "@/lib/pricing/schema";
import { createPriceList, getPriceList, listPriceEntries, setPriceEntry, updatePriceList } from "@/lib/pricing/service";
import { listPriceListVersions, listVersionPrices, updatePricingSettings } from "@/lib/pricing/versions";
import { priceScanJob } from "@/lib/pricing/jobs";
import { enrolPartner, overrideTier } from "@/lib/programs/enrolment";
import { overrideSchema, createTierSchema } from "@/lib/programs/schema";
import { createProgram, createTier, deleteTier } from "@/lib/programs/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { seedPriceList } from "@/tests/fixtures/pricing";

let admin: VendorCtx;
let manager: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;
let northwind: PartnerCtx;
let retailer: PartnerCtx;
let X: { id: string; sku: string };
let Y: { id: string; sku: string };

const TODAY = new Date().toISOString().slice(0, 10);
const usd = (minor: number) => BigInt(minor);

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [manager, rep, northwind, retailer] = await Promise.all([
    addVendorUser(admin, "CHANNEL_MANAGER"),
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "DISTRIBUTOR", partnerName: "Northwind Distribución" }),
    createPartnerWithUser(admin, "PARTNER_USER", { partnerType: "RETAILER", partnerName: "Retail Uno" }),
  ]);
  X = await seedProduct(admin, { nameEn: "Edge router", nameEs: "Enrutador" });
  Y = await seedProduct(admin, { nameEn: "Switch", nameEs: "Conmutador" });
  await seedPriceList(admin, { name: "Base", target: "BASE" }, [[X.sku, 1, "PRICE", "45.00"], [X.sku, 50, "PRICE", "44.00"], [Y.sku, 1, "PRICE", "19.99"]]);
  await seedPriceList(admin, { name: "Distributors", target: "PARTNER_TYPE", partnerType: "DISTRIBUTOR" }, [[X.sku, 1, "PERCENT", "-5"], [Y.sku, 1, "PERCENT", "-12.5"]]);
});

const preview = (partnerId: string, sku: string, quantity: number, date = TODAY) =>
  previewPrice(admin, pricePreviewSchema.parse({ partnerId, sku, quantity: String(quantity), date, currency: "USD" }));

describe("publication and resolution", () => {
  it("answers with exact amounts and the explanation, through the services", async () => {
    const answer = await preview(northwind.partnerId, Y.sku, 3);
    expect(answer.resolution).toMatchObject({ ok: true, unitPriceMinor: usd(1749), totalMinor: usd(5247), list: { name: "Distributors" } });
    expect(answer.resolution.steps.at(-1)).toMatchObject({ kind: "price", percent: "-12.5", rounded: true, base: { unitPriceMinor: usd(1999) } });
    const retail = await preview(retailer.partnerId, X.sku, 50);
    expect(retail.resolution).toMatchObject({ ok: true, unitPriceMinor: usd(4400), list: { name: "Base" }, minQuantity: 50 });
  });

  it("a customised list for one partner: only that partner gets it, in its portal too", async () => {
    const listId = await seedPriceList(admin, { name: "Northwind custom", target: "PARTNER", partnerId: northwind.partnerId }, [[X.sku, 100, "PRICE", "42.50"], [X.sku, 120, "PRICE", "40.00"]]);
    const at100 = await preview(northwind.partnerId, X.sku, 100);
    expect(at100.resolution).toMatchObject({ ok: true, unitPriceMinor: usd(4250), list: { listId }, nextBreak: { quantity: 120, more: 20, unitPriceMinor: usd(4000) } });
    expect((await preview(retailer.partnerId, X.sku, 100)).resolution).toMatchObject({ unitPriceMinor: usd(4400), list: { name: "Base" } });

    const mine = await effectivePriceList(northwind, { q: X.sku });
    expect(mine.rows[0]!.breaks.map((b) => [b.minQuantity, b.unitPriceMinor, b.listName])).toEqual([
      [1, usd(4275), "Distributors"],
      [50, usd(4180), "Distributors"],
      [100, usd(4250), "Northwind custom"],
      [120, usd(4000), "Northwind custom"],
    ]);
    const theirs = await effectivePriceList(retailer, { q: X.sku });
    expect(theirs.rows[0]!.breaks.map((b) => b.listName)).toEqual(["Base", "Base"]);
    expect(JSON.stringify(theirs, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain("Northwind custom");

    // the second wall: the retailer's session reads neither the version nor its prices, nor any working copy
    const seen = await withScope(scopeOf(retailer), async (tx) => ({
      versions: await tx.priceListVersion.count({ where: { listId } }),
      prices: await tx.publishedPrice.count({ where: { version: { listId } } }),
      workingCopies: await tx.priceList.count(),
      entries: await tx.priceListEntry.count(),
      allVersions: (await tx.priceListVersion.findMany({ select: { name: true } })).map((v) => v.name).sort(),
    }));
    expect(seen).toEqual({ versions: 0, prices: 0, workingCopies: 0, entries: 0, allVersions: ["Base"] });
    const own = await withScope(scopeOf(northwind), (tx) => tx.priceListVersion.findMany({ select: { name: true } }));
    expect(own.map((v) => v.name).sort()).toEqual(["Base", "Distributors", "Northwind custom"]);
  });

  it("the portal's product page and CSV export use the same answer", async () => {
    const price = await ownProductPrice(northwind, Y.id);
    expect(price.resolution).toMatchObject({ ok: true, unitPriceMinor: usd(1749) });
    const rows = [];
    for await (const row of exportEffectivePriceList(northwind, {})) rows.push(row);
    expect(rows.map((r) => r.sku)).toEqual(expect.arrayContaining([X.sku, Y.sku]));
    await rejectsWith(ownProductPrice(northwind, (await seedProduct(admin, {}, "DRAFT")).id), "NOT_FOUND");
  });

  it("every publication is a new immutable version; editing leaves partners on the published one", async () => {
    const listId = await seedPriceList(admin, { name: "Versioned", target: "PARTNER", partnerId: retailer.partnerId }, [[Y.sku, 1, "PRICE", "18.00"]]);
    let list = await getPriceList(admin, listId);
    expect(list).toMatchObject({ status: "PUBLISHED", publishedNumber: 1 });
    await setPriceEntry(admin, priceEntrySchema.parse({ listId, version: list.version, sku: Y.sku, minQuantity: "1", method: "PRICE", value: "17.50" }));
    list = await getPriceList(admin, listId);
    expect(list.status).toBe("CHANGED");
    // partners still pay the published 18.00
    expect((await preview(retailer.partnerId, Y.sku, 1)).resolution).toMatchObject({ unitPriceMinor: usd(1800) });
    await publishPriceList(admin, publishPriceListSchema.parse({ listId, version: list.version }));
    expect((await preview(retailer.partnerId, Y.sku, 1)).resolution).toMatchObject({ unitPriceMinor: usd(1750) });
    const versions = await listPriceListVersions(admin, listId);
    expect(versions.map((v) => [v.number, v.live])).toEqual([[2, true], [1, false]]);
    const first = await listVersionPrices(admin, versions[1]!.id);
    expect(first.rows.map((r) => r.amountMinor)).toEqual([usd(1800)]);
    // the database refuses to change a published price even to the vendor? No: immutability is the service's rule — nothing updates PublishedPrice
    const [row] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "PublishedPrice" WHERE "versionId" = $1`, [versions[1]!.id]);
    expect(row!.n).toBe(1);
  });
});

describe("program tiers", () => {
  it("a tier list applies to the partners holding that tier (an override counts), below their own list and above their type's", async () => {
    const program = await createProgram(admin, { name: `Tiers ${Date.now()}`, description: null, activation: "MANUAL" });
    const rules = { REVENUE_T12M: "", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "" };
    const silver = await createTier(admin, createTierSchema.parse({ programId: program.id, name: "Silver", description: "", rules }));
    const gold = await createTier(admin, createTierSchema.parse({ programId: program.id, name: "Gold", description: "", rules: { ...rules, REVENUE_T12M: "100000000" } }));
    const dealer = await createPartnerWithUser(admin, "PARTNER_USER", { partnerType: "DISTRIBUTOR" });
    const other = await createPartnerWithUser(admin, "PARTNER_USER", { partnerType: "DISTRIBUTOR" });
    for (const partner of [dealer, other]) await enrolPartner(admin, { partnerId: partner.partnerId, programId: program.id });
    await overrideTier(admin, overrideSchema.parse({ partnerId: dealer.partnerId, tierId: gold.id, reason: "Launch partner", until: "" }));
    const goldList = await seedPriceList(admin, { name: `Gold ${program.id}`, target: "TIER", tierId: gold.id }, [[Y.sku, 1, "PERCENT", "-15"]]);
    // the dealer (Gold by override) gets the tier's −15 % over the distributors' −12.5 %
    expect((await preview(dealer.partnerId, Y.sku, 1)).resolution).toMatchObject({ unitPriceMinor: usd(1699), list: { listId: goldList, level: "TIER" } });
    // the other partner holds Silver (no rules): the distributors' list
    expect((await preview(other.partnerId, Y.sku, 1)).resolution).toMatchObject({ unitPriceMinor: usd(1749), list: { name: "Distributors" } });
    const seen = await withScope(scopeOf(other), (tx) => tx.priceListVersion.count({ where: { listId: goldList } }));
    expect(seen).toBe(0);
    expect((await effectivePriceList(dealer, { q: Y.sku })).rows[0]!.breaks[0]).toMatchObject({ unitPriceMinor: usd(1699), listName: `Gold ${program.id}` });

    // a Silver list cheaper than Gold is an inverted tier: blocked
    const silverList = await seedPriceList(admin, { name: `Silver ${program.id}`, target: "TIER", tierId: silver.id }, [[Y.sku, 1, "PERCENT", "-20"]], { publish: false });
    const findings = await checkPriceList(admin, silverList);
    expect(findings).toEqual([
      expect.objectContaining({ kind: "INVERTED_TIERS", values: expect.objectContaining({ lowerTier: "Silver", higherTier: "Gold", lower: "1599", higher: "1699" }) }),
    ]);
    const { version } = await getPriceList(admin, silverList);
    await rejectsWith(publishPriceList(manager, publishPriceListSchema.parse({ listId: silverList, version })), "PRICE_CHECK_FAILED");
    // a tier with price lists is kept
    await rejectsWith(deleteTier(admin, { tierId: gold.id }), "TIER_IN_USE");
  });
});

describe("double publication, stale edits, archiving", () => {
  it("publishing a list with nothing new is INVALID_TRANSITION; a stale tab is STALE_EDIT", async () => {
    const listId = await seedPriceList(admin, { name: "Twice", target: "PARTNER_TYPE", partnerType: "VAR" }, [[X.sku, 1, "PERCENT", "-4"]]);
    const { version } = await getPriceList(admin, listId);
    await rejectsWith(publishPriceList(admin, publishPriceListSchema.parse({ listId, version })), "INVALID_TRANSITION");
    await setPriceEntry(admin, priceEntrySchema.parse({ listId, version, sku: X.sku, minQuantity: "1", method: "PERCENT", value: "-3" }));
    // the other tab still has `version`
    await rejectsWith(setPriceEntry(manager, priceEntrySchema.parse({ listId, version, sku: Y.sku, minQuantity: "1", method: "PERCENT", value: "-3" })), "STALE_EDIT");
    await rejectsWith(publishPriceList(manager, publishPriceListSchema.parse({ listId, version })), "STALE_EDIT");
    const fresh = await getPriceList(admin, listId);
    const results = await Promise.allSettled([
      publishPriceList(admin, publishPriceListSchema.parse({ listId, version: fresh.version })),
      publishPriceList(manager, publishPriceListSchema.parse({ listId, version: fresh.version })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "INVALID_TRANSITION" } });
    expect((await listPriceListVersions(admin, listId)).map((v) => v.number)).toEqual([2, 1]);
  });

  it("archiving needs a reason and stops the list at once; an archived list cannot change", async () => {
    const listId = await seedPriceList(admin, { name: "Short-lived", target: "PARTNER", partnerId: retailer.partnerId, validFrom: "2020-01-01" }, [[X.sku, 1, "PRICE", "43.00"]]);
    expect((await preview(retailer.partnerId, X.sku, 1)).resolution).toMatchObject({ list: { listId } });
    const { version } = await getPriceList(admin, listId);
    await rejectsWith(archivePriceList(admin, { listId, version, reason: "" }), "REASON_REQUIRED");
    await archivePriceList(admin, { listId, version, reason: "Promotion over" });
    expect((await preview(retailer.partnerId, X.sku, 1)).resolution).toMatchObject({ list: { name: "Base" } });
    const archived = await getPriceList(admin, listId);
    await rejectsWith(setPriceEntry(admin, priceEntrySchema.parse({ listId, version: archived.version, sku: X.sku, minQuantity: "1", method: "PRICE", value: "1" })), "INVALID_TRANSITION");
    await rejectsWith(publishPriceList(admin, publishPriceListSchema.parse({ listId, version: archived.version })), "INVALID_TRANSITION");
  });
});

describe("the guard on publication", () => {
  it("blocks a price below the floor with the reason; fixed, it publishes", async () => {
    const product = await seedProduct(admin, { nameEn: "Floor test" });
    await setProductCost(admin, productCostSchema.parse({ productId: product.id, currency: "USD", cost: "38.00", floor: "35.00" }));
    const listId = await seedPriceList(admin, { name: "Too deep", target: "PARTNER", partnerId: northwind.partnerId }, [[product.sku, 1, "PRICE", "3.40"]], { publish: false });
    const findings = await checkPriceList(manager, listId);
    expect(findings).toEqual([expect.objectContaining({ kind: "BELOW_FLOOR", sku: product.sku, values: { price: "340", limit: "3500" } })]);
    let list = await getPriceList(admin, listId);
    const error = await rejectsWith(publishPriceList(manager, publishPriceListSchema.parse({ listId, version: list.version })), "PRICE_CHECK_FAILED");
    expect(error.params).toEqual({ count: 1 });
    expect((await getPriceList(admin, listId)).status).toBe("DRAFT");
    expect(await listPriceListVersions(admin, listId)).toEqual([]);
    // a channel manager may not override
    await rejectsWith(publishPriceList(manager, publishPriceListSchema.parse({ listId, version: list.version, overrideReason: "trust me" })), "FORBIDDEN");
    // 36.00 is above the floor but below the cost: BELOW_COST; 40.00 is fine
    await setPriceEntry(manager, priceEntrySchema.parse({ listId, version: list.version, sku: product.sku, minQuantity: "1", method: "PRICE", value: "36.00" }));
    expect((await checkPriceList(manager, listId)).map((f) => f.kind)).toEqual(["BELOW_COST"]);
    list = await getPriceList(admin, listId);
    await setPriceEntry(manager, priceEntrySchema.parse({ listId, version: list.version, sku: product.sku, minQuantity: "1", method: "PRICE", value: "40.00" }));
    list = await getPriceList(admin, listId);
    await expect(publishPriceList(manager, publishPriceListSchema.parse({ listId, version: list.version }))).resolves.toMatchObject({ number: 1, overridden: false });
  });

  it("a tenant admin overrides with a reason: audited with the findings, told to the others who manage prices", async () => {
    const product = await seedProduct(admin, { nameEn: "Spread test" });
    await seedPriceList(admin, { name: "Base spread", target: "BASE", validFrom: "2020-01-01" }, [[product.sku, 1, "PRICE", "100.00"]]);
    await seedPriceList(admin, { name: "OEM spread", target: "PARTNER_TYPE", partnerType: "OEM" }, [[product.sku, 1, "PRICE", "90.00"]]);
    const listId = await seedPriceList(admin, { name: "Referral typo", target: "PARTNER_TYPE", partnerType: "REFERRAL" }, [[product.sku, 1, "PRICE", "9.00"]], { publish: false });
    const { version } = await getPriceList(admin, listId);
    await rejectsWith(publishPriceList(admin, publishPriceListSchema.parse({ listId, version })), "PRICE_CHECK_FAILED");
    const published = await publishPriceList(admin, publishPriceListSchema.parse({ listId, version, overrideReason: "Clearance of old stock" }));
    expect(published).toMatchObject({ number: 1, overridden: true });
    const [audit] = await ownerQuery<{ action: string; after: { reason: string; findings: string[] } }>(
      `SELECT action, after FROM "AuditLog" WHERE "entityId" = $1 AND action LIKE 'priceList.publish%'`,
      [listId],
    );
    expect(audit).toMatchObject({ action: "priceList.publishOverride", after: { reason: "Clearance of old stock", findings: [expect.stringContaining("CHANNEL_SPREAD")] } });
    const [version1] = await listPriceListVersions(admin, listId);
    expect(version1).toMatchObject({ overrideReason: "Clearance of old stock", findings: 1 });
    const events = await ownerQuery<{ payload: { recipients: { userId: string }[] } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'priceList.overridden'`,
      [admin.tenantId],
    );
    expect(events.at(-1)!.payload.recipients.map((r) => r.userId)).toEqual([manager.user.id]);
  });
});

describe("bad input", () => {
  it.each([
    ["a negative unit price", { method: "PRICE", value: "-1.00" }, "value"],
    ["more decimals than the currency has", { method: "PRICE", value: "1.001" }, "value"],
    ["an absurd price", { method: "PRICE", value: "999999999999999" }, "value"],
    ["a percentage beyond −100", { method: "PERCENT", value: "-150" }, "value"],
    ["an unknown SKU", { sku: "NOPE-0", method: "PRICE", value: "1" }, "sku"],
  ] as const)("a price with %s is refused on its field, nothing changes", async (label, change, field) => {
    const listId = await seedPriceList(admin, { name: `Bad ${label}`, target: "PARTNER_TYPE", partnerType: "WHOLESALER" }, [], { publish: false });
    const { version } = await getPriceList(admin, listId);
    const error = await rejectsWith(setPriceEntry(admin, priceEntrySchema.parse({ listId, version, sku: X.sku, minQuantity: "1", ...change })), "VALIDATION_FAILED");
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect((await listPriceEntries(admin, listId)).total).toBe(0);
    expect((await getPriceList(admin, listId)).version).toBe(version);
  });

  it("quantities, dates and percentages a person could not mean are refused by the schemas", () => {
    for (const quantity of ["0", "-5", "1.5", "1000000001", "abc"]) {
      expect(pricePreviewSchema.safeParse({ partnerId: "ptn_x", sku: "A", quantity, date: TODAY, currency: "USD" }).success, quantity).toBe(false);
    }
    expect(pricePreviewSchema.safeParse({ partnerId: "ptn_x", sku: "A", quantity: "1", date: "2026-02-30", currency: "USD" }).success).toBe(false);
    expect(createPriceListSchema.safeParse({ name: "x base", target: "BASE", currency: "USD", validFrom: TODAY, adjustPercent: "-10" }).success).toBe(false);
    expect(createPriceListSchema.safeParse({ name: "x dates", target: "BASE", currency: "USD", validFrom: "2026-05-01", validUntil: "2026-04-30" }).success).toBe(false);
  });

  it("a base list holds unit prices only; another tenant's partner, list or version is refused", async () => {
    const baseId = await seedPriceList(admin, { name: "Base only prices", target: "BASE", validFrom: "2030-01-01" }, [], { publish: false });
    const base = await getPriceList(admin, baseId);
    const error = await rejectsWith(setPriceEntry(admin, priceEntrySchema.parse({ listId: baseId, version: base.version, sku: X.sku, minQuantity: "1", method: "PERCENT", value: "-5" })), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ method: ["pricing.validation.baseMethod"] });
    const stranger = await createPartnerWithUser(other);
    const bad = await rejectsWith(createPriceList(admin, createPriceListSchema.parse({ name: "Stranger", target: "PARTNER", partnerId: stranger.partnerId, currency: "USD", validFrom: TODAY })), "VALIDATION_FAILED");
    expect(bad.fields).toEqual({ partnerId: ["pricing.validation.partner"] });
    await rejectsWith(previewPrice(admin, pricePreviewSchema.parse({ partnerId: stranger.partnerId, sku: X.sku, quantity: "1", date: TODAY, currency: "USD" })), "VALIDATION_FAILED");
    const theirList = await seedPriceList(other, { name: "Theirs", target: "BASE" }, [], { publish: false });
    await rejectsWith(getPriceList(admin, theirList), "NOT_FOUND");
    await rejectsWith(updatePriceList(admin, updatePriceListSchema.parse({ listId: theirList, version: 0, name: "Mine now", target: "BASE", currency: "USD", validFrom: TODAY })), "NOT_FOUND");
    await rejectsWith(publishPriceList(admin, publishPriceListSchema.parse({ listId: theirList, version: 0 })), "NOT_FOUND");
    await rejectsWith(checkPriceList(admin, theirList), "NOT_FOUND");
    const [row] = await ownerQuery<{ name: string; status: string }>(`SELECT name, status FROM "PriceList" WHERE id = $1`, [theirList]);
    expect(row).toEqual({ name: "Theirs", status: "DRAFT" });
  });

  it("roles: a sales rep reads prices and previews but changes nothing", async () => {
    await expect(previewPrice(rep, pricePreviewSchema.parse({ partnerId: northwind.partnerId, sku: X.sku, quantity: "1", date: TODAY, currency: "USD" }))).resolves.toMatchObject({ resolution: { ok: true } });
    await rejectsWith(createPriceList(rep, createPriceListSchema.parse({ name: "Rep list", target: "BASE", currency: "USD", validFrom: TODAY })), "FORBIDDEN");
  });
});

describe("the scheduled scan", () => {
  it("opens findings once, alerts the new ones, resolves fixed ones; the job is safe to rerun", async () => {
    const tenant = await createTestTenant();
    const product = await seedProduct(tenant, { nameEn: "Scanned" });
    await seedPriceList(tenant, { name: "Base S", target: "BASE" }, [[product.sku, 1, "PRICE", "10.00"]]);
    const a = await seedPriceList(tenant, { name: "VAR S", target: "PARTNER_TYPE", partnerType: "VAR" }, [[product.sku, 1, "PRICE", "9.00"]]);
    // a second VAR list overlapping the first: ambiguous; and far from the first: spread
    await seedPriceList(tenant, { name: "VAR S2", target: "PARTNER_TYPE", partnerType: "VAR" }, [[product.sku, 1, "PRICE", "2.00"]], { overrideReason: "test" });
    const now = new Date();
    const first = await withScope({ audience: "system", tenantId: tenant.tenantId }, (tx) => scanTenant(tx, tenant.tenantId, now));
    expect(first).toMatchObject({ found: 2, opened: 2, resolved: 0 });
    // the job scans every tenant; this one's findings are found again, not opened again
    expect(JOBS).toContain(priceScanJob);
    await scanAllTenants(now);
    const open = await listPriceFindings(tenant, { status: "OPEN" });
    expect(open.rows.map((r) => r.detail.kind).sort()).toEqual(["AMBIGUOUS_OVERLAP", "CHANNEL_SPREAD"]);
    const alerts = await ownerQuery(`SELECT id FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'pricing.findingsFound'`, [tenant.tenantId]);
    expect(alerts).toHaveLength(1);
    // archiving the first list fixes both
    const list = await getPriceList(tenant, a);
    await archivePriceList(tenant, { listId: a, version: list.version, reason: "duplicate" });
    const fixed = await withScope({ audience: "system", tenantId: tenant.tenantId }, (tx) => scanTenant(tx, tenant.tenantId, new Date()));
    expect(fixed).toMatchObject({ found: 0, resolved: 2 });
    expect((await listPriceFindings(tenant, { status: "RESOLVED" })).total).toBe(2);
  });

  it("the tolerance is the vendor's and edits are versioned", async () => {
    await updatePricingSettings(admin, { tolerancePercent: "40", version: 0 });
    await rejectsWith(updatePricingSettings(manager, { tolerancePercent: "50", version: 0 }), "STALE_EDIT");
    await rejectsWith(updatePricingSettings(rep, { tolerancePercent: "50", version: 1 }), "FORBIDDEN");
  });
});
