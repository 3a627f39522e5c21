/**
 * Configurable products on PostgreSQL: editing groups, options, rules and bundles (audited,
 * versioned, contradictions refused with the report and nothing written), validating and
 * pricing for a partner (exact amounts from its published prices), saving configurations
 * (price recomputed on the server), and the walls: another tenant's or another partner's
 * configuration is not found, a partner never meets a draft or plain product's configurator.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { scopeOf } from "@/lib/auth/context";
import { partnerConfigurator, previewConfiguration, quoteOwnConfiguration, vendorConfigurator } from "@/lib/configurator/quote";
import { deleteSavedConfiguration, getSavedConfiguration, listSavedConfigurations, saveConfiguration } from "@/lib/configurator/saved";
import { bundleItemSchema, optionGroupSchema, optionSchema, removePartSchema, ruleSchema, saveConfigurationSchema } from "@/lib/configurator/schema";
import { addBundleItem, addRule, removeConfiguratorPart, saveOption, saveOptionGroup } from "@/lib/configurator/service";
import { withScope } from "@/lib/db/scope";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { seedProduct } from "@/tests/fixtures/catalog";
import { buildConfigurator } from "@/tests/fixtures/configurator-db";
import { seedPriceList } from "@/tests/fixtures/pricing";

let admin: VendorCtx;
let rep: VendorCtx;
let other: VendorCtx;
let northwind: PartnerCtx;
let retailer: PartnerCtx;
let server: { id: string; sku: string };
let rack: { id: string; sku: string };
let ids: Awaited<ReturnType<typeof buildConfigurator>>;
const minor = (n: number) => BigInt(n);

const GROUPS = [
  ["cpu", "ONE", { required: true }, [["c8", "0.00"], ["c16", "450.00"]]],
  ["acc", "MANY", { max: 3 }, [["rails", "35.00"], ["psu2", "120.00"], ["gpu", "900.00"]]],
  ["drv", "QUANTITY", { required: true, min: 2, max: 8 }, [["ssd", "180.00"]]],
] as const;
const RULES = [["REQUIRES", "gpu", "psu2"], ["EXCLUDES", "c8", "gpu"], ["MIN_QUANTITY", "c16", "ssd", 2]] as const;

const opt = (key: string) => ids.options.get(key)!;
const version = async (productId = server.id) => (await vendorConfigurator(admin, productId)).model.version;
const ruleCount = (ctx: VendorCtx, productId: string) => withScope(scopeOf(ctx), (tx) => tx.configRule.count({ where: { tenantId: ctx.tenantId, productId } }));

beforeAll(async () => {
  admin = await createTestTenant();
  other = await createTestTenant();
  [rep, northwind, retailer] = await Promise.all([
    addVendorUser(admin, "SALES_REP"),
    createPartnerWithUser(admin, "PARTNER_USER", { partnerType: "DISTRIBUTOR", partnerName: "Northwind" }),
    createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerType: "RETAILER", partnerName: "Retail Uno" }),
  ]);
  server = await seedProduct(admin, { nameEn: "Rack server", nameEs: "Servidor de rack", configurable: "on" });
  rack = await seedProduct(admin, { nameEn: "Rack", nameEs: "Armario" });
  await seedPriceList(admin, { name: "Base", target: "BASE" }, [[server.sku, 1, "PRICE", "1999.99"], [server.sku, 10, "PRICE", "1899.99"], [rack.sku, 1, "PRICE", "400.00"]]);
  await seedPriceList(admin, { name: "Distributors", target: "PARTNER_TYPE", partnerType: "DISTRIBUTOR" }, [[server.sku, 1, "PERCENT", "-12.5"]]);
  ids = await buildConfigurator(admin, server.id, GROUPS, RULES);
});

describe("editing a configurator", () => {
  it("keeps groups, options (with SKUs) and rules in order, versioned and audited", async () => {
    const view = await vendorConfigurator(admin, server.id);
    expect(view.model.groups.map((g) => [g.nameEn, g.kind, g.required, g.minPicks, g.maxPicks, g.options.map((o) => [o.nameEn, o.adderMinor])])).toEqual([
      ["Group cpu", "ONE", true, null, null, [["Option c8", minor(0)], ["Option c16", minor(45000)]]],
      ["Group acc", "MANY", false, null, 3, [["Option rails", minor(3500)], ["Option psu2", minor(12000)], ["Option gpu", minor(90000)]]],
      ["Group drv", "QUANTITY", true, 2, 8, [["Option ssd", minor(18000)]]],
    ]);
    expect(view.model.rules.map((r) => r.kind)).toEqual(["REQUIRES", "EXCLUDES", "MIN_QUANTITY"]);
    expect(view.contradictions).toEqual([]);
    const audit = await withScope(scopeOf(admin), (tx) => tx.auditLog.findMany({ where: { tenantId: admin.tenantId, entityId: server.id, action: { startsWith: "product.rule" } } }));
    expect(audit).toHaveLength(3);
    // an option stands for a catalog product by SKU
    await saveOption(admin, optionSchema.parse({ productId: server.id, version: await version(), optionId: opt("rails"), groupId: ids.groups.get("acc"), nameEn: "Rails", nameEs: "Guías", adder: "35.00", currency: "USD", sku: rack.sku.toLowerCase() }));
    const rails = (await vendorConfigurator(admin, server.id)).model.groups[1]!.options[0]!;
    expect([rails.nameEn, rails.sku, rails.skuProductId]).toEqual(["Rails", rack.sku, rack.id]);
  });

  it("refuses rules that contradict each other, with the report, and writes nothing", async () => {
    const before = await version();
    const rules = await ruleCount(admin, server.id);
    // GPU requires the second PSU; "PSU excludes GPU" would make the GPU impossible
    const error = await rejectsWith(addRule(admin, ruleSchema.parse({ productId: server.id, version: before, kind: "EXCLUDES", optionId: opt("psu2"), targetOptionId: opt("gpu") }), "es"), "CONFIG_CONTRADICTION");
    expect(error.params).toEqual({ count: 1 });
    expect(error.details).toEqual([
      { key: "configurator.contradictions.deadOption", values: { option: "Opción gpu", group: "Grupo acc", why: { key: "configurator.dead.requiresExcluded", values: { first: "Opción psu2", second: "Opción gpu" } } } },
    ]);
    // a required group whose every option is excluded by a required choice
    const c16Excludes = ruleSchema.parse({ productId: server.id, version: before, kind: "EXCLUDES", optionId: opt("c16"), targetOptionId: opt("ssd") });
    const c8Excludes = ruleSchema.parse({ productId: server.id, version: before, kind: "MAX_QUANTITY", optionId: opt("c8"), targetOptionId: opt("ssd"), quantity: "0" });
    // 16 cores need 2 SSDs: excluding SSDs makes the 16-core CPU impossible
    await rejectsWith(addRule(admin, c16Excludes), "CONFIG_CONTRADICTION");
    expect(await version()).toBe(before);
    expect(await ruleCount(admin, server.id)).toBe(rules);
    // "at most 0 SSDs with 8 cores" empties the required drives group whenever 8 cores are chosen
    const emptied = await rejectsWith(addRule(admin, c8Excludes), "CONFIG_CONTRADICTION");
    expect(emptied.details).toEqual([{ key: "configurator.contradictions.deadOption", values: { option: "Option c8", group: "Group cpu", why: { key: "configurator.dead.noValidWith", values: {} } } }]);
    // min above max in a group
    await rejectsWith(
      saveOptionGroup(admin, optionGroupSchema.parse({ productId: server.id, version: before, groupId: ids.groups.get("acc"), nameEn: "Accessories", nameEs: "Accesorios", kind: "MANY", minPicks: "4", maxPicks: "" })),
      "CONFIG_CONTRADICTION",
    );
    expect(await version()).toBe(before);
  });

  it("a stale edit from a second tab is STALE_EDIT; two at once: one wins", async () => {
    const v = await version();
    const group = (name: string) => optionGroupSchema.parse({ productId: server.id, version: v, nameEn: name, nameEs: name, kind: "MANY" });
    const results = await Promise.allSettled([saveOptionGroup(admin, group("Tab A")), saveOptionGroup(admin, group("Tab B"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "STALE_EDIT" } });
    await rejectsWith(saveOptionGroup(admin, group("Tab C")), "STALE_EDIT");
    const added = (await vendorConfigurator(admin, server.id)).model.groups.at(-1)!;
    await removeConfiguratorPart(admin, removePartSchema.parse({ productId: server.id, version: v + 1, part: "group", id: added.id }));
    expect((await vendorConfigurator(admin, server.id)).model.groups).toHaveLength(3);
  });

  it("bad input: field errors, foreign ids, plain products, missing permission", async () => {
    const v = await version();
    const plain = await seedProduct(admin);
    await rejectsWith(saveOptionGroup(admin, optionGroupSchema.parse({ productId: plain.id, version: 0, nameEn: "G", nameEs: "G", kind: "ONE" })), "NOT_CONFIGURABLE");
    const foreign = await seedProduct(other, { configurable: "on" });
    await rejectsWith(saveOptionGroup(admin, optionGroupSchema.parse({ productId: foreign.id, version: 0, nameEn: "G", nameEs: "G", kind: "ONE" })), "NOT_FOUND");
    await rejectsWith(vendorConfigurator(other, server.id), "NOT_FOUND");
    const fields = async (promise: Promise<unknown>) => (await rejectsWith(promise, "VALIDATION_FAILED")).fields;
    expect(await fields(saveOption(admin, optionSchema.parse({ productId: server.id, version: v, groupId: "ogr_elsewhere", nameEn: "O", nameEs: "O", currency: "USD" })))).toEqual({ groupId: ["configurator.validation.group"] });
    expect(await fields(saveOption(admin, optionSchema.parse({ productId: server.id, version: v, groupId: ids.groups.get("acc"), nameEn: "O", nameEs: "O", currency: "USD", sku: "NO-SUCH-SKU" })))).toEqual({ sku: ["configurator.validation.sku"] });
    expect(await fields(addRule(admin, ruleSchema.parse({ productId: server.id, version: v, kind: "REQUIRES", optionId: opt("gpu"), targetOptionId: "opt_elsewhere" })))).toEqual({ targetOptionId: ["configurator.validation.option"] });
    expect(await fields(addRule(admin, ruleSchema.parse({ productId: server.id, version: v, kind: "REQUIRES", optionId: opt("gpu"), targetOptionId: opt("psu2") })))).toEqual({ targetOptionId: ["configurator.validation.duplicateRule"] });
    expect(await fields(addBundleItem(admin, bundleItemSchema.parse({ productId: server.id, version: v, sku: server.sku, quantity: "1" })))).toEqual({ sku: ["configurator.validation.bundleItself"] });
    expect(optionSchema.safeParse({ productId: server.id, version: v, groupId: "x", nameEn: "O", nameEs: "O", currency: "USD", adder: "1.999" }).success).toBe(false);
    expect(ruleSchema.safeParse({ productId: server.id, version: v, kind: "REQUIRES", optionId: "a", targetOptionId: "a" }).success).toBe(false);
    expect(optionGroupSchema.safeParse({ productId: server.id, version: v, nameEn: "G", nameEs: "G", kind: "MANY", minPicks: "3", maxPicks: "2" }).success).toBe(false);
    await rejectsWith(removeConfiguratorPart(admin, removePartSchema.parse({ productId: server.id, version: v, part: "rule", id: "crl_elsewhere" })), "NOT_FOUND");
    await rejectsWith(saveOptionGroup(rep, optionGroupSchema.parse({ productId: server.id, version: v, nameEn: "G", nameEs: "G", kind: "ONE" })), "FORBIDDEN");
    expect(await version()).toBe(v);
  });
});

describe("validating and pricing", () => {
  it("prices a configuration for the partner with exact amounts and every line explained", async () => {
    const quote = await quoteOwnConfiguration(northwind, { productId: server.id, selection: { [opt("c16")]: 1, [opt("ssd")]: 2 }, quantity: 1 });
    expect(quote.violations).toEqual([]);
    // 1,999.99 −12.5 % = 1,749.99125 → 1,749.99; + 450.00 + 2 × 180.00
    expect(quote.price).toMatchObject({ ok: true, currency: "USD", unitPriceMinor: minor(255999), totalMinor: minor(255999) });
    expect(quote.price.ok && quote.price.lines.map((l) => [l.kind, l.amountMinor])).toEqual([["base", minor(174999)], ["option", minor(45000)], ["option", minor(36000)]]);
    // ten units reach the base list's break: 1,899.99 −12.5 % = 1,662.49
    const ten = await quoteOwnConfiguration(northwind, { productId: server.id, selection: { [opt("c16")]: 1, [opt("ssd")]: 2 }, quantity: 10 });
    expect(ten.price).toMatchObject({ ok: true, unitPriceMinor: minor(166249 + 45000 + 36000), totalMinor: minor(2472490) });
    // the vendor previews the same as the partner, and as a retailer (no distributor discount)
    expect((await previewConfiguration(admin, { productId: server.id, partnerId: northwind.partnerId, selection: quote.selection, quantity: 1 })).price).toMatchObject({ unitPriceMinor: minor(255999) });
    expect((await previewConfiguration(admin, { productId: server.id, partnerId: retailer.partnerId, selection: quote.selection, quantity: 1 })).price).toMatchObject({ unitPriceMinor: minor(199999 + 45000 + 36000) });
  });

  it("explains violations as the user chooses", async () => {
    const quote = await quoteOwnConfiguration(northwind, { productId: server.id, selection: { [opt("c8")]: 1, [opt("gpu")]: 1 }, quantity: 1 });
    expect(quote.violations.map((v) => [v.kind, v.groupId])).toEqual([["required", ids.groups.get("drv")], ["requires", ids.groups.get("acc")], ["excludes", ids.groups.get("acc")]]);
    expect(quote.price).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("a partner meets only active configurable products; previews need a partner of this tenant", async () => {
    const draft = await seedProduct(admin, { configurable: "on" }, "DRAFT");
    const plain = await seedProduct(admin);
    await rejectsWith(partnerConfigurator(northwind, draft.id), "NOT_FOUND");
    await rejectsWith(partnerConfigurator(northwind, plain.id), "NOT_FOUND");
    expect((await partnerConfigurator(northwind, server.id)).model.groups).toHaveLength(3);
    await rejectsWith(previewConfiguration(other, { productId: server.id, partnerId: northwind.partnerId, selection: {}, quantity: 1 }), "NOT_FOUND");
    const foreignPartner = await createPartnerWithUser(other);
    await rejectsWith(previewConfiguration(admin, { productId: server.id, partnerId: foreignPartner.partnerId, selection: {}, quantity: 1 }), "NOT_FOUND");
  });

  it("a bundle is priced from its components", async () => {
    const kit = await seedProduct(admin, { nameEn: "Server kit", nameEs: "Kit de servidor", configurable: "on" });
    await buildConfigurator(admin, kit.id, [["svc", "MANY", {}, [["install", "99.90"]]]], [], [[server.sku, 2], [rack.sku, 1]]);
    const quote = await quoteOwnConfiguration(northwind, { productId: kit.id, selection: { }, quantity: 5 });
    // 10 servers reach the break: 2 × 1,662.49 + 400.00 per kit
    expect(quote.price).toMatchObject({ ok: true, unitPriceMinor: minor(2 * 166249 + 40000), totalMinor: minor(5 * (2 * 166249 + 40000)) });
    expect(quote.price.ok && quote.price.lines.map((l) => [l.kind, l.kind === "option" ? l.optionId : l.sku, l.quantity])).toEqual([["component", server.sku, 2], ["component", rack.sku, 1]]);
    await rejectsWith(addBundleItem(admin, bundleItemSchema.parse({ productId: kit.id, version: await version(kit.id), sku: rack.sku, quantity: "3" })), "VALIDATION_FAILED");
  });
});

describe("saved configurations", () => {
  const save = (ctx: PartnerCtx, selection: Record<string, number>, name = "Web cluster node", quantity = "4") =>
    saveConfiguration(ctx, saveConfigurationSchema.parse({ productId: server.id, name, quantity, selection }), "en");

  it("saves with the price computed here, lists, opens and deletes", async () => {
    // the schema takes no price from the browser: only product, name, quantity and choices
    expect(Object.keys(saveConfigurationSchema.shape)).toEqual(["productId", "name", "quantity", "selection"]);
    const { configurationId } = await save(northwind, { [opt("c16")]: 1, [opt("ssd")]: 2, [opt("rails")]: 0 });
    const list = await listSavedConfigurations(northwind);
    expect(list.rows.map((r) => [r.id, r.name, r.quantity, r.unitPriceMinor, r.totalMinor, r.product.sku])).toEqual([[configurationId, "Web cluster node", 4, minor(255999), minor(1023996), server.sku]]);
    const detail = await getSavedConfiguration(northwind, configurationId);
    expect(detail.selection).toEqual({ [opt("c16")]: 1, [opt("ssd")]: 2 });
    expect(detail.price.lines[0]).toMatchObject({ kind: "base", unitPriceMinor: minor(174999), resolution: { ok: true, unitPriceMinor: minor(174999) } });
    expect(detail.outdated).toBe(false);
    const audit = await withScope(scopeOf(admin), (tx) => tx.auditLog.findFirst({ where: { tenantId: admin.tenantId, entityId: configurationId, action: "configuration.saved" } }));
    expect(audit).toMatchObject({ entityType: "SavedConfiguration", after: { total: "1023996" } });
    // a later edit of the configurator marks it outdated
    await saveOptionGroup(admin, optionGroupSchema.parse({ productId: server.id, version: await version(), nameEn: "Support", nameEs: "Soporte", kind: "ONE" }));
    expect((await getSavedConfiguration(northwind, configurationId)).outdated).toBe(true);
    await deleteSavedConfiguration(northwind, configurationId);
    await rejectsWith(getSavedConfiguration(northwind, configurationId), "NOT_FOUND");
  });

  it("refuses an invalid configuration with every violation, and an unpriced one", async () => {
    const error = await rejectsWith(save(northwind, { [opt("c8")]: 1, [opt("gpu")]: 1 }), "CONFIGURATION_INVALID");
    expect(error.params).toEqual({ count: 3 });
    expect(error.details!.map((d) => d.key)).toEqual(["configurator.violations.required", "configurator.violations.requires", "configurator.violations.excludes"]);
    const unpriced = await seedProduct(admin, { configurable: "on" });
    await rejectsWith(saveConfiguration(northwind, saveConfigurationSchema.parse({ productId: unpriced.id, name: "No price", quantity: "1", selection: {} })), "CONFIGURATION_UNPRICED");
    expect((await listSavedConfigurations(northwind)).total).toBe(0);
    expect(saveConfigurationSchema.safeParse({ productId: server.id, name: "x", quantity: "0", selection: {} }).success).toBe(false);
    expect(saveConfigurationSchema.safeParse({ productId: server.id, name: "Valid", quantity: "1", selection: { a: -1 } }).success).toBe(false);
  });

  it("another partner's or another tenant's configuration is not found", async () => {
    const { configurationId } = await save(retailer, { [opt("c16")]: 1, [opt("ssd")]: 2 }, "Retail node", "1");
    await rejectsWith(getSavedConfiguration(northwind, configurationId), "NOT_FOUND");
    await rejectsWith(deleteSavedConfiguration(northwind, configurationId), "NOT_FOUND");
    expect((await listSavedConfigurations(northwind)).rows.map((r) => r.id)).not.toContain(configurationId);
    const foreign = await createPartnerWithUser(other);
    await rejectsWith(getSavedConfiguration(foreign, configurationId), "NOT_FOUND");
    await rejectsWith(deleteSavedConfiguration(foreign, configurationId), "NOT_FOUND");
    // row-level security: even an unfiltered read in northwind's session sees none of the retailer's rows
    const seen = await withScope(scopeOf(northwind), (tx) => tx.savedConfiguration.count({ where: { id: configurationId } }));
    expect(seen).toBe(0);
    expect((await getSavedConfiguration(retailer, configurationId)).name).toBe("Retail node");
  });
});
