import type { Resolution } from "@/lib/pricing/resolve";
import { indexOf, quantityOf, type ConfigModel, type Named, type Selection } from "./model";
import { validateSelection, type Violation } from "./validate";

/**
 * The price of a configuration, line by line (docs/configurator.md):
 *
 * - **Base**: the product's own price for the buyer, resolved by lib/pricing at the
 *   configured quantity (so volume breaks apply) — or, for a bundle, each component's price
 *   resolved at configured quantity × its quantity in the bundle, times that quantity.
 * - **Options**: each chosen option's adder × its quantity, per configured unit. Adders are
 *   exact amounts in the configurator's currency; no rounding happens here (the only
 *   rounding is the price list's own, once per resolved unit price, docs/pricing.md).
 * - **Unit price** = the sum of the lines; **total** = unit price × configured quantity,
 *   exact. A unit price below zero (adders larger than the base) is refused.
 */

/** A resolved base price for one product of the configuration (the product, or a bundle component). */
export type BaseQuote = Named & { productId: string; sku: string; quantityPer: number; resolution: Resolution };

export type PriceLine =
  | (Named & { kind: "base" | "component"; productId: string; sku: string; quantity: number; unitPriceMinor: bigint; amountMinor: bigint; resolution: Resolution })
  | (Named & { kind: "option"; optionId: string; group: Named; sku: string | null; quantity: number; adderMinor: bigint; amountMinor: bigint });

export type ConfigurationPrice =
  | { ok: true; currency: string; quantity: number; lines: PriceLine[]; unitPriceMinor: bigint; totalMinor: bigint }
  | { ok: false; reason: "invalid"; currency: string; quantity: number; violations: Violation[] }
  | { ok: false; reason: "unpriced"; currency: string; quantity: number; missing: (Named & { sku: string; resolution: Resolution })[] }
  | { ok: false; reason: "currency"; currency: string; quantity: number; adderCurrency: string }
  | { ok: false; reason: "negative"; currency: string; quantity: number; lines: PriceLine[]; unitPriceMinor: bigint };

const ZERO = BigInt(0);

/** What the engine must resolve before pricing: the product itself, or a bundle's components. */
export function baseProducts(model: ConfigModel, product: Named & { id: string; sku: string }): (Named & { productId: string; sku: string; quantityPer: number; kind: "base" | "component" })[] {
  if (!model.bundle.length) return [{ productId: product.id, sku: product.sku, nameEn: product.nameEn, nameEs: product.nameEs, quantityPer: 1, kind: "base" }];
  return model.bundle.map((item) => ({ productId: item.productId, sku: item.sku, nameEn: item.nameEn, nameEs: item.nameEs, quantityPer: item.quantity, kind: "component" }));
}

export function priceConfiguration(model: ConfigModel, selection: Selection, quantity: number, bases: readonly BaseQuote[], currency: string): ConfigurationPrice {
  const violations = validateSelection(model, selection);
  if (violations.length) return { ok: false, reason: "invalid", currency, quantity, violations };
  const hasAdders = model.groups.some((g) => g.options.some((o) => quantityOf(selection, o.id) > 0 && o.adderMinor !== ZERO));
  if (hasAdders && model.currency !== currency) return { ok: false, reason: "currency", currency, quantity, adderCurrency: model.currency };
  const missing = bases.filter((b) => !b.resolution.ok);
  if (missing.length) {
    return { ok: false, reason: "unpriced", currency, quantity, missing: missing.map((b) => ({ nameEn: b.nameEn, nameEs: b.nameEs, sku: b.sku, resolution: b.resolution })) };
  }
  const lines: PriceLine[] = bases.map((b) => {
    const unit = b.resolution.ok ? b.resolution.unitPriceMinor : ZERO;
    return {
      kind: model.bundle.length ? "component" : "base",
      productId: b.productId,
      sku: b.sku,
      nameEn: b.nameEn,
      nameEs: b.nameEs,
      quantity: b.quantityPer,
      unitPriceMinor: unit,
      amountMinor: unit * BigInt(b.quantityPer),
      resolution: b.resolution,
    };
  });
  const { groups } = indexOf(model);
  for (const group of model.groups) {
    for (const option of group.options) {
      const chosen = quantityOf(selection, option.id);
      if (!chosen) continue;
      lines.push({
        kind: "option",
        optionId: option.id,
        nameEn: option.nameEn,
        nameEs: option.nameEs,
        group: { nameEn: groups.get(option.groupId)!.nameEn, nameEs: groups.get(option.groupId)!.nameEs },
        sku: option.sku,
        quantity: chosen,
        adderMinor: option.adderMinor,
        amountMinor: option.adderMinor * BigInt(chosen),
      });
    }
  }
  const unitPriceMinor = lines.reduce((sum, line) => sum + line.amountMinor, ZERO);
  if (unitPriceMinor < ZERO) return { ok: false, reason: "negative", currency, quantity, lines, unitPriceMinor };
  return { ok: true, currency, quantity, lines, unitPriceMinor, totalMinor: unitPriceMinor * BigInt(quantity) };
}
