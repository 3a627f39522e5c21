/**
 * Pricing a configuration, with exact amounts: the base product's price resolved for the
 * partner by lib/pricing (breaks and relative prices with their rounding), plus option
 * adders × quantities, times the configured quantity; bundles priced from their components.
 */
import { describe, expect, it } from "vitest";
import type { Selection } from "@/lib/configurator/model";
import { baseProducts, priceConfiguration, type BaseQuote } from "@/lib/configurator/pricing";
import type { Buyer } from "@/lib/pricing/model";
import { resolvePrice } from "@/lib/pricing/resolve";
import { group, model, rule } from "@/tests/fixtures/configurator";
import { testList } from "@/tests/fixtures/price-lists";

const P1: Buyer = { partnerId: "ptn_1", partnerType: "DISTRIBUTOR", tierId: null };
const DAY = "2026-03-15";
// the server: 1,999.99 from 1 unit, 1,899.99 from 10; distributors −12.5 %
const base = testList("base", "BASE", { SRV: [[1, "PRICE", "1999.99"], [10, "PRICE", "1899.99"]], RACK: [[1, "PRICE", "400.00"]], UPS: [[1, "PRICE", "250.50"]] }, { name: "Base" });
const distributors = testList("dist", "PARTNER_TYPE", { SRV: [[1, "PERCENT", "-12.5"]] }, { partnerType: "DISTRIBUTOR", name: "Distributors" });
const LISTS = [base, distributors];

const SERVER = model(
  [
    group("cpu", "ONE", { required: true }, ["c8", "0.00"], ["c16", "450.00"]),
    group("acc", "MANY", {}, ["rails", "35.00"], ["tradein", "-50.00"]),
    group("drv", "QUANTITY", { min: 2, max: 8 }, ["ssd", "180.00"]),
  ],
  [rule("EXCLUDES", "c8", "rails")],
);
const PRODUCT = { id: "SRV", sku: "SRV-1", nameEn: "Server", nameEs: "Servidor" };

function quote(m = SERVER, quantity = 1, buyer = P1, lists = LISTS): BaseQuote[] {
  return baseProducts(m, PRODUCT).map((b) => ({ ...b, resolution: resolvePrice(lists, { buyer, productId: b.productId, quantity: quantity * b.quantityPer, date: DAY, currency: "USD" }) }));
}

const minor = (n: number) => BigInt(n);

describe("pricing a configuration", () => {
  it.each<[string, Selection, number, number, number]>([
    // selection, configured units, unit price (minor), total (minor)
    // 1,999.99 −12.5 % = 1,749.99125 → 1,749.99; + 450.00 + 2 × 180.00
    ["distributor, 16 cores, two SSDs", { c16: 1, ssd: 2 }, 1, 174999 + 45000 + 36000, 255999],
    // at 10 units the base break 1,899.99 −12.5 % = 1,662.49125 → 1,662.49
    ["ten units reach the base's break", { c16: 1, ssd: 2 }, 10, 166249 + 45000 + 36000, 2472490],
    // a negative adder (trade-in) lowers the unit price, exactly
    ["a trade-in credit", { c16: 1, tradein: 1 }, 3, 174999 + 45000 - 5000, 644997],
    ["no options priced: the base alone", { c8: 1 }, 7, 174999, 1224993],
  ])("%s", (_label, selection, quantity, unit, total) => {
    const price = priceConfiguration(SERVER, selection, quantity, quote(SERVER, quantity), "USD");
    expect(price.ok && { unit: price.unitPriceMinor, total: price.totalMinor }).toEqual({ unit: minor(unit), total: minor(total) });
  });

  it("explains every line: the resolved base (with its steps) and each option", () => {
    const price = priceConfiguration(SERVER, { c16: 1, ssd: 2 }, 1, quote(), "USD");
    expect(price.ok).toBe(true);
    if (!price.ok) return;
    expect(price.lines.map((l) => [l.kind, l.kind === "option" ? l.optionId : l.sku, l.quantity, l.amountMinor])).toEqual([
      ["base", "SRV-1", 1, minor(174999)],
      ["option", "c16", 1, minor(45000)],
      ["option", "ssd", 2, minor(36000)],
    ]);
    const baseLine = price.lines[0]!;
    expect(baseLine.kind === "base" && baseLine.resolution.steps.at(-1)).toMatchObject({ kind: "price", method: "PERCENT", percent: "-12.5", rounded: true, unitPriceMinor: minor(174999) });
  });

  it("refuses to price an invalid configuration and says why", () => {
    const price = priceConfiguration(SERVER, { c8: 1, rails: 1 }, 1, quote(), "USD");
    expect(price).toMatchObject({ ok: false, reason: "invalid", violations: [{ kind: "excludes" }] });
  });

  it("says when the partner has no price for the product", () => {
    const price = priceConfiguration(SERVER, { c8: 1 }, 1, quote(SERVER, 1, P1, [distributors]), "USD");
    expect(price).toMatchObject({ ok: false, reason: "unpriced", missing: [{ sku: "SRV-1" }] });
  });

  it("refuses adders in another currency than the price list's", () => {
    const price = priceConfiguration(SERVER, { c16: 1 }, 1, quote(), "EUR");
    expect(price).toMatchObject({ ok: false, reason: "currency", adderCurrency: "USD" });
    // without an adder the currency does not matter
    expect(priceConfiguration(SERVER, { c8: 1 }, 1, quote(), "EUR")).toMatchObject({ ok: true });
  });

  it("refuses a unit price below zero", () => {
    const cheap = model([group("g", "MANY", {}, ["credit", "-2000.00"])]);
    expect(priceConfiguration(cheap, { credit: 1 }, 1, quote(cheap), "USD")).toMatchObject({ ok: false, reason: "negative", unitPriceMinor: minor(174999 - 200000) });
  });

  it("prices a bundle from its components, each resolved at configured units × its quantity", () => {
    const bundle = model([group("g", "MANY", {}, ["install", "99.90"])], [], {
      bundle: [
        { id: "b1", productId: "SRV", sku: "SRV-1", nameEn: "Server", nameEs: "Servidor", quantity: 2 },
        { id: "b2", productId: "RACK", sku: "RACK-1", nameEn: "Rack", nameEs: "Rack", quantity: 1 },
        { id: "b3", productId: "UPS", sku: "UPS-1", nameEn: "UPS", nameEs: "SAI", quantity: 3 },
      ],
    });
    // 5 bundles: 10 servers reach the break (1,662.49 each), 5 racks, 15 UPS
    const price = priceConfiguration(bundle, { install: 1 }, 5, quote(bundle, 5), "USD");
    const unit = 2 * 166249 + 40000 + 3 * 25050 + 9990;
    expect(price.ok && [price.lines.map((l) => [l.kind, l.amountMinor]), price.unitPriceMinor, price.totalMinor]).toEqual([
      [["component", minor(2 * 166249)], ["component", minor(40000)], ["component", minor(3 * 25050)], ["option", minor(9990)]],
      minor(unit),
      minor(unit * 5),
    ]);
  });
});
