/**
 * The price resolution engine, table-driven with exact amounts: precedence between levels,
 * fall-through, breaks, relative prices and their rounding, validity, currency, ties, the
 * next break, and the breaks of an effective price list.
 */
import { describe, expect, it } from "vitest";
import type { Buyer } from "@/lib/pricing/model";
import { prepare, priceBreaks, resolvePrice, type Resolution } from "@/lib/pricing/resolve";
import { testList } from "@/tests/fixtures/price-lists";

const P1: Buyer = { partnerId: "ptn_1", partnerType: "DISTRIBUTOR", tierId: "tier_gold" };
const P2: Buyer = { partnerId: "ptn_2", partnerType: "RETAILER", tierId: null };
const DAY = "2026-03-15";

const base = testList("base", "BASE", { X: [[1, "PRICE", "45.00"], [50, "PRICE", "44.00"]], Y: [[1, "PRICE", "19.99"]], Z: [[1, "PRICE", "0.05"]], W: [[1, "PRICE", "2.00"]] }, { name: "Base 2026" });
const typeList = testList("type", "PARTNER_TYPE", { X: [[1, "PERCENT", "-5"]], Y: [[1, "PERCENT", "-12.5"]], Z: [[1, "PERCENT", "-50"]], W: [[1, "AMOUNT", "-3.00"]] }, { partnerType: "DISTRIBUTOR", name: "Distributors" });
const gold = testList("gold", "TIER", { X: [[100, "PRICE", "42.50"], [120, "PRICE", "40.00"]] }, { tierId: "tier_gold", name: "Gold tier" });
const mine = testList("mine", "PARTNER", { Y: [[1, "PRICE", "15.00"]] }, { partnerId: "ptn_1", name: "Northwind custom" });
const theirs = testList("theirs", "PARTNER", { X: [[1, "PRICE", "1.00"]], Y: [[1, "PRICE", "1.00"]] }, { partnerId: "ptn_2", name: "Other partner" });
const LISTS = [base, typeList, gold, mine, theirs];

const ask = (buyer: Buyer, productId: string, quantity: number, lists = LISTS, date = DAY, currency = "USD"): Resolution =>
  resolvePrice(lists, { buyer, productId, quantity, date, currency });
const priced = (r: Resolution) => (r.ok ? { unit: r.unitPriceMinor, total: r.totalMinor, list: r.list.listId, from: r.minQuantity } : null);

describe("precedence and breaks", () => {
  it.each([
    // buyer, product, quantity, unit (minor), list, break
    ["P1's own list wins", P1, "Y", 1, 1500, "mine", 1],
    ["P1 has no own price for X: its type's −5 % of the base", P1, "X", 1, 4275, "type", 1],
    ["the type's −5 % starts from the base's own break (44.00 from 50)", P1, "X", 60, 4180, "type", 1],
    ["at 100 units the Gold tier's break beats the type", P1, "X", 100, 4250, "gold", 100],
    ["at 120 units the next Gold break", P1, "X", 500, 4000, "gold", 120],
    ["P2 is a retailer: no type list, the base prices W", P2, "W", 1, 200, "base", 1],
    ["P2's own list never reaches P1, nor P1's reaches P2", P2, "Y", 3, 100, "theirs", 1],
    ["the base's own break", P2, "Z", 1, 5, "base", 1],
  ] as const)("%s", (_label, buyer, product, quantity, unit, list, from) => {
    expect(priced(ask(buyer, product, quantity))).toEqual({ unit: BigInt(unit), total: BigInt(unit) * BigInt(quantity), list, from });
  });

  it("names every step: lists that apply, lists without a price, the chosen break", () => {
    const r = ask(P1, "X", 100);
    expect(r.ok && r.steps.map((s) => s.kind)).toEqual(["applicable", "noEntry", "price"]);
    expect(r.steps[0]).toMatchObject({ lists: expect.arrayContaining([expect.objectContaining({ listId: "mine" })]) });
    expect(JSON.stringify(r.steps, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain("theirs");
    const below = ask(P1, "X", 99);
    expect(below.steps.map((s) => s.kind)).toEqual(["applicable", "noEntry", "belowFirstBreak", "price"]);
    expect(below.steps[2]).toMatchObject({ kind: "belowFirstBreak", list: { listId: "gold" }, firstBreak: 100 });
  });

  it("tells the distance to the next break: order 20 more for 40.00", () => {
    const r = ask(P1, "X", 100);
    expect(r.ok && r.nextBreak).toEqual({ quantity: 120, more: 20, unitPriceMinor: BigInt(4000), list: expect.objectContaining({ listId: "gold" }) });
    const best = ask(P1, "X", 500);
    expect(best.ok && best.nextBreak).toBeNull();
    // from 1 unit the next lower price is the base's break at 50 (−5 % of 44.00)
    const small = ask(P1, "X", 1);
    expect(small.ok && small.nextBreak).toMatchObject({ quantity: 50, more: 49, unitPriceMinor: BigInt(4180) });
  });
});

describe("relative prices and rounding (half away from zero, once, at the minor unit)", () => {
  it.each([
    ["19.99 −12.5 % = 17.49125 → 17.49", "Y", "USD", "19.99", "-12.5", 1749, true],
    ["0.05 −50 % = 0.025 → 0.03 (half up)", "Z", "USD", "0.05", "-50", 3, true],
    ["0.07 −50 % = 0.035 → 0.04", "Z", "USD", "0.07", "-50", 4, true],
    ["10.00 +7.5 % = 10.75 exactly", "Z", "USD", "10.00", "7.5", 1075, false],
    ["JPY has no decimals: ¥1999 −12.5 % = 1749.125 → ¥1749", "Y", "JPY", "1999", "-12.5", 1749, true],
    ["JPY half: ¥5 −50 % = 2.5 → ¥3", "Y", "JPY", "5", "-50", 3, true],
    ["KWD has three: 1.999 −0.05 % = 1.9980005 → 1.998", "Y", "KWD", "1.999", "-0.05", 1998, true],
    ["−100 % is free", "Y", "USD", "19.99", "-100", 0, false],
  ] as const)("%s", (_label, product, currency, basePrice, pct, expected, rounded) => {
    const lists = [
      testList("b", "BASE", { [product]: [[1, "PRICE", basePrice]] }, { currency }),
      testList("t", "PARTNER_TYPE", { [product]: [[1, "PERCENT", pct]] }, { currency, partnerType: "DISTRIBUTOR" }),
    ];
    const r = ask(P1, product, 3, lists, DAY, currency);
    expect(r.ok && r.unitPriceMinor).toBe(BigInt(expected));
    expect(r.ok && r.totalMinor).toBe(BigInt(expected) * BigInt(3));
    expect(r.steps.at(-1)).toMatchObject({ kind: "price", method: "PERCENT", percent: pct, rounded });
  });

  it("an amount adjustment that would go below zero is not used: the next level prices it", () => {
    const r = ask(P1, "W", 1);
    expect(priced(r)).toMatchObject({ unit: BigInt(200), list: "base" });
    expect(r.steps).toContainEqual({ kind: "negative", list: expect.objectContaining({ listId: "type" }), unitPriceMinor: BigInt(-100) });
  });

  it("a relative price without a base price cannot apply (next level)", () => {
    const lists = [testList("t", "PARTNER_TYPE", { Q: [[1, "PERCENT", "-10"]] }, { partnerType: "DISTRIBUTOR" }), testList("b2", "BASE", {})];
    const r = ask(P1, "Q", 1, lists);
    expect(r.ok).toBe(false);
    expect(r.steps.map((s) => s.kind)).toContain("needsBase");
  });

  it("a list-wide percentage prices every product of the base, an entry's break overrides it from its quantity", () => {
    const wide = testList("wide", "TIER", { X: [[100, "PRICE", "39.00"]] }, { tierId: "tier_gold", adjust: "-10" });
    const lists = [base, wide];
    expect(priced(ask(P1, "Y", 1, lists))).toMatchObject({ unit: BigInt(1799), list: "wide" }); // 19.99 −10 % = 17.991
    expect(priced(ask(P1, "X", 99, lists))).toMatchObject({ unit: BigInt(3960), list: "wide" }); // 44.00 −10 %
    expect(priced(ask(P1, "X", 100, lists))).toMatchObject({ unit: BigInt(3900), list: "wide", from: 100 });
  });

  it("totals stay exact at absurd quantities", () => {
    const r = ask(P1, "X", 1_000_000_000);
    expect(r.ok && r.totalMinor).toBe(BigInt(4000) * BigInt(1_000_000_000));
  });
});

describe("which lists take part", () => {
  it("validity includes both ends; a list starting tomorrow does not apply today", () => {
    const march = testList("march", "PARTNER", { X: [[1, "PRICE", "30.00"]] }, { partnerId: "ptn_1", from: "2026-03-01", until: "2026-03-31" });
    const lists = [base, march];
    expect(priced(ask(P1, "X", 1, lists, "2026-03-01"))?.list).toBe("march");
    expect(priced(ask(P1, "X", 1, lists, "2026-03-31"))?.list).toBe("march");
    expect(priced(ask(P1, "X", 1, lists, "2026-04-01"))?.list).toBe("base");
    expect(priced(ask(P1, "X", 1, lists, "2026-02-28"))?.list).toBe("base");
  });

  it("only lists of the asked currency", () => {
    const euros = testList("eur", "PARTNER", { X: [[1, "PRICE", "10.00"]] }, { partnerId: "ptn_1", currency: "EUR" });
    expect(priced(ask(P1, "X", 1, [base, euros]))?.list).toBe("base");
    expect(priced(ask(P1, "X", 1, [base, euros], DAY, "EUR"))).toMatchObject({ unit: BigInt(1000), list: "eur" });
  });

  it("two equally specific lists: the later publication wins, and the tie is reported", () => {
    const early = testList("a-early", "PARTNER_TYPE", { X: [[1, "PRICE", "41.00"]] }, { partnerType: "DISTRIBUTOR", publishedAt: 1000 });
    const late = testList("z-late", "PARTNER_TYPE", { X: [[1, "PRICE", "43.00"]] }, { partnerType: "DISTRIBUTOR", publishedAt: 2000 });
    for (const order of [[early, late], [late, early]]) {
      const r = ask(P2.partnerType === "DISTRIBUTOR" ? P2 : P1, "X", 1, [base, ...order]);
      expect(priced(r)).toMatchObject({ unit: BigInt(4300), list: "z-late" });
      expect(r.steps).toContainEqual(expect.objectContaining({ kind: "tie", chosen: expect.objectContaining({ listId: "z-late" }) }));
    }
  });

  it("no list at all answers no price, with the reason", () => {
    const r = ask(P1, "X", 1, []);
    expect(r).toMatchObject({ ok: false, steps: [{ kind: "noLists" }] });
  });
});

describe("an effective price list's breaks", () => {
  it("lists each quantity where the unit price changes, from the first with a price", () => {
    const prepared = prepare(LISTS, P1, DAY, "USD");
    expect(priceBreaks(prepared, "X").map((b) => [b.minQuantity, Number(b.unitPriceMinor), b.list.listId])).toEqual([
      [1, 4275, "type"],
      [50, 4180, "type"],
      [100, 4250, "gold"],
      [120, 4000, "gold"],
    ]);
    expect(priceBreaks(prepared, "nothing")).toEqual([]);
  });
});
