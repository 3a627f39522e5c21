/**
 * Exact money arithmetic (lib/money): integer minor units, decimal-string rates, one
 * rounding rule, allocations that add up.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  assertSameCurrency,
  currencyDigits,
  lineTotal,
  multiply,
  parseAmount,
  parseDecimal,
  percentOf,
  roundDiv,
  sum,
  toDecimalString,
} from "@/lib/money";

const n = BigInt;

describe("roundDiv", () => {
  it.each([
    [5, 2, "halfUp", 3],
    [-5, 2, "halfUp", -3],
    [5, 2, "halfEven", 2],
    [7, 2, "halfEven", 4],
    [-7, 2, "halfEven", -4],
    [7, 3, "halfUp", 2],
    [8, 3, "halfUp", 3],
    [8, 3, "down", 2],
    [-8, 3, "down", -2],
    [6, -4, "halfUp", -2],
  ] as const)("%i / %i (%s) = %i", (a, b, mode, expected) => {
    expect(roundDiv(n(a), n(b), mode)).toBe(n(expected));
  });

  it("refuses division by zero", () => {
    expect(() => roundDiv(n(1), n(0))).toThrow(RangeError);
  });
});

describe("parsing", () => {
  it("reads decimal strings exactly", () => {
    expect(parseDecimal("12.345")).toEqual([n(12345), n(1000)]);
    expect(parseDecimal("-0.5")).toEqual([n(-5), n(10)]);
    expect(() => parseDecimal("1e3")).toThrow();
    expect(() => parseDecimal("0.1 + 0.2")).toThrow();
  });

  it("reads typed amounts in the currency's minor units, with either decimal mark", () => {
    expect(parseAmount("1234.5", "EUR")).toBe(n(123450));
    expect(parseAmount("1234,50", "EUR")).toBe(n(123450));
    expect(parseAmount("-3", "USD")).toBe(n(-300));
    expect(parseAmount("1500", "JPY")).toBe(n(1500));
    expect(parseAmount("1.234", "KWD")).toBe(n(1234));
  });

  it("refuses more decimals than the currency has, thousands separators and junk", () => {
    expect(() => parseAmount("1.005", "EUR")).toThrow(RangeError);
    expect(() => parseAmount("10.5", "JPY")).toThrow(RangeError);
    expect(() => parseAmount("1,234.50", "USD")).toThrow(RangeError);
    expect(() => parseAmount("abc", "USD")).toThrow(RangeError);
  });

  it("knows ISO 4217 digits", () => {
    expect([currencyDigits("USD"), currencyDigits("JPY"), currencyDigits("KWD")]).toEqual([2, 0, 3]);
  });

  it("writes minor units back as plain decimals", () => {
    expect(toDecimalString(n(-123456), "EUR")).toBe("-1234.56");
    expect(toDecimalString(n(5), "USD")).toBe("0.05");
    expect(toDecimalString(n(42), "JPY")).toBe("42");
  });
});

describe("rates and totals", () => {
  it("applies a rate with one rounding at the end (no float drift)", () => {
    // 0.1 + 0.2 style errors cannot happen: 19.99 × 7.5 % = 1.49925 → 1.50
    expect(multiply(n(1999), "0.075")).toBe(n(150));
    expect(percentOf(n(1999), "7.5")).toBe(n(150));
    expect(percentOf(n(1000), "12.5")).toBe(n(125));
    expect(percentOf(n(1), "50", "halfEven")).toBe(n(0));
    expect(percentOf(n(3), "50", "halfEven")).toBe(n(2));
  });

  it("multiplies prices by integer or decimal quantities", () => {
    expect(lineTotal(n(1999), 3)).toBe(n(5997));
    expect(lineTotal(n(1999), n(1_000_000))).toBe(n(1_999_000_000));
    expect(lineTotal(n(1000), "2.5")).toBe(n(2500));
    expect(() => lineTotal(n(1000), 2.5)).toThrow(RangeError);
  });

  it("allocates so the parts add up exactly, largest remainder first", () => {
    expect(allocate(n(100), [1, 1, 1])).toEqual([n(34), n(33), n(33)]);
    expect(allocate(n(-100), [1, 1, 1])).toEqual([n(-34), n(-33), n(-33)]);
    expect(allocate(n(5), [n(70), n(30)])).toEqual([n(4), n(1)]);
    const parts = allocate(n(1_000_003), [3, 7, 11, 0, 13]);
    expect(sum(parts)).toBe(n(1_000_003));
    expect(parts[3]).toBe(n(0));
    expect(() => allocate(n(1), [0, 0])).toThrow(RangeError);
    expect(() => allocate(n(1), [])).toThrow(RangeError);
  });

  it("refuses to mix currencies", () => {
    expect(assertSameCurrency({ amountMinor: n(1), currency: "EUR" }, { amountMinor: n(2), currency: "EUR" })).toBe(
      "EUR",
    );
    expect(() =>
      assertSameCurrency({ amountMinor: n(1), currency: "EUR" }, { amountMinor: n(2), currency: "USD" }),
    ).toThrow();
  });
});
