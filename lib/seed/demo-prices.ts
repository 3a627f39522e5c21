import "server-only";
import { authorize, type VendorCtx } from "@/lib/auth/context";
import { publishPriceList } from "@/lib/pricing/publish";
import { scanPricesNow } from "@/lib/pricing/scan";
import { createPriceListSchema, priceEntrySchema, publishPriceListSchema } from "@/lib/pricing/schema";
import { createPriceList, getPriceList, pricingTierOptions, setPriceEntry } from "@/lib/pricing/service";
import { updatePricingSettings } from "@/lib/pricing/versions";
import type { DemoProduct } from "./demo-catalog";

/**
 * Demo price lists, through the services. Acme: a base list with volume breaks, lists for
 * distributors and VARs (the VAR list with unpublished changes), program tier lists (Gold
 * and Silver of Distribution, Silver of Reseller), Northwind's customised
 * distributor list, a draft for Bluepeak, and a retail promotion with a deliberate typo
 * (SW-8 at 8.90 instead of 80.90) that a tenant admin published past the guard — the
 * scheduled check lists it (below the floor, channels too far apart). Globex: a base list,
 * a Gold tier list and Iberia Tech's customised list, in euros.
 */

type Entry = readonly [sku: string, from: number, method: "PRICE" | "PERCENT" | "AMOUNT", value: string];

/** A program tier's id by its label ("Distribution › Gold"), from the demo programs (lib/seed/programs.ts). */
async function tierId(ctx: VendorCtx, label: string): Promise<string> {
  const tier = (await pricingTierOptions(ctx)).find((option) => option.label === label);
  if (!tier) throw new Error(`demo prices: no tier "${label}"`);
  return tier.value;
}

async function list(
  ctx: VendorCtx,
  fields: Record<string, unknown>,
  entries: readonly Entry[],
  publish: false | { overrideReason?: string } = {},
): Promise<string> {
  const { id } = await createPriceList(ctx, createPriceListSchema.parse({ validFrom: "2025-01-01", currency: ctx.tenant.currency, ...fields }));
  for (const [sku, minQuantity, method, value] of entries) {
    const { version } = await getPriceList(ctx, id);
    await setPriceEntry(ctx, priceEntrySchema.parse({ listId: id, version, sku, minQuantity: String(minQuantity), method, value }));
  }
  if (publish) {
    const { version } = await getPriceList(ctx, id);
    await publishPriceList(ctx, publishPriceListSchema.parse({ listId: id, version, overrideReason: publish.overrideReason ?? "" }));
  }
  return id;
}

/** Extra volume breaks of Acme's base list. */
const ACME_BREAKS: Entry[] = [
  ["RTR-100", 25, "PRICE", "142.00"],
  ["SW-24", 10, "PRICE", "289.00"],
  ["SW-24", 50, "PRICE", "279.00"],
  ["AP-200", 20, "PRICE", "122.00"],
  ["CBL-C6-3", 10, "PRICE", "55.00"],
];

export async function seedAcmePrices(
  ctx: VendorCtx,
  manager: VendorCtx,
  products: Map<string, DemoProduct>,
  partners: Map<string, string>,
): Promise<void> {
  authorize(ctx, "pricing.manage");
  await updatePricingSettings(ctx, { tolerancePercent: "30", version: 0 });
  const base: Entry[] = [...products.values()].map((p) => [p.sku, 1, "PRICE", p.price] as const);
  await list(ctx, { name: "Base 2026", target: "BASE", description: "Reference prices for every partner." }, [...base, ...ACME_BREAKS]);
  await list(manager, { name: "Distributors", target: "PARTNER_TYPE", partnerType: "DISTRIBUTOR", adjustPercent: "-12" }, [
    ["RTR-500", 100, "PERCENT", "-18"],
    ["SW-24", 100, "PRICE", "235.00"],
  ]);
  // tier lists: a higher tier pays less (the guard checks that it stays so)
  await list(manager, { name: "Distribution Gold", target: "TIER", tierId: await tierId(ctx, "Distribution › Gold"), adjustPercent: "-15" }, [["SW-24", 100, "PRICE", "229.00"]]);
  await list(manager, { name: "Distribution Silver", target: "TIER", tierId: await tierId(ctx, "Distribution › Silver"), adjustPercent: "-13" }, []);
  await list(manager, { name: "Reseller Silver", target: "TIER", tierId: await tierId(ctx, "Reseller › Silver"), adjustPercent: "-9" }, []);
  const vars = await list(manager, { name: "VAR programme", target: "PARTNER_TYPE", partnerType: "VAR", adjustPercent: "-8" }, [["AP-400", 1, "PERCENT", "-10"]]);
  // changed after publication, not published again: VARs still get the published prices
  const { version } = await getPriceList(manager, vars);
  await setPriceEntry(manager, priceEntrySchema.parse({ listId: vars, version, sku: "SVC-INSTALL", minQuantity: "1", method: "AMOUNT", value: "-5.00" }));
  await list(manager, { name: "Northwind customised", target: "PARTNER", partnerId: partners.get("Northwind Distribution") }, [
    ["RTR-500", 1, "PRICE", "379.00"],
    ["RTR-500", 100, "PRICE", "365.00"],
    ["RTR-500", 250, "PRICE", "350.00"],
    ["SW-48", 1, "PRICE", "459.00"],
    ["LIC-SEC-1Y", 1, "PERCENT", "-20"],
  ]);
  await list(manager, { name: "Bluepeak customised (draft)", target: "PARTNER", partnerId: partners.get("Bluepeak Systems") }, [["AP-OUT", 1, "PRICE", "309.00"]], false);
  // the deliberate inconsistency
  await list(ctx, { name: "Retail promotion", target: "PARTNER_TYPE", partnerType: "RETAILER" }, [["SW-8", 1, "PRICE", "8.90"]], {
    overrideReason: "Clearance of the old SW-8 stock, approved by finance",
  });
  await scanPricesNow(ctx);
}

export async function seedGlobexPrices(ctx: VendorCtx, products: Map<string, DemoProduct>, partners: Map<string, string>): Promise<void> {
  authorize(ctx, "pricing.manage");
  const base: Entry[] = [...products.values()].map((p) => [p.sku, 1, "PRICE", p.price] as const);
  await list(ctx, { name: "Tarifa base 2026", target: "BASE" }, [...base, ["GX-REL-24", 100, "PRICE", "11.80"]]);
  await list(ctx, { name: "Distribuidores Oro", target: "TIER", tierId: await tierId(ctx, "Distribuidores › Oro"), adjustPercent: "-12" }, []);
  await list(ctx, { name: "Iberia Tech personalizada", target: "PARTNER", partnerId: partners.get("Iberia Tech"), adjustPercent: "-5" }, [
    ["GX-PLC-S", 1, "PRICE", "349.00"],
    ["GX-PLC-S", 10, "PRICE", "335.00"],
  ]);
}
