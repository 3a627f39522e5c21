/** De-duplication keys and territory precedence: pure functions, every variant the issue names. */
import { describe, expect, it } from "vitest";
import { companyNameKey, normalizeDomain, normalizePostal, normalizeTaxId, regionKey } from "@/lib/accounts/normalize";
import { comparePrecedence, rankRules, ruleMatches, winningRule, type PrecedenceRule } from "@/lib/territories/precedence";

describe("companyNameKey", () => {
  it.each([
    ["ACME S.A.", "acme"],
    ["Acme SA", "acme"],
    ["Ácme, s. a.", "acme"],
    ["acme", "acme"],
    ["ACME S.A. de C.V.", "acme"],
    ["Acme, S. de R.L. de C.V.", "acme"],
    ["Acme Inc.", "acme"],
    ["Acme, LLC", "acme"],
    ["Acme GmbH", "acme"],
    ["Acme Holdings Ltd", "acme holdings"],
    ["Müller & Söhne GmbH", "muller and sohne"],
    ["  Distribuidora   Norteña  S.L. ", "distribuidora nortena"],
  ])("%s → %s", (name, key) => {
    expect(companyNameKey(name)).toBe(key);
  });

  it("never strips a name down to nothing, and keeps different companies apart", () => {
    expect(companyNameKey("S.A.")).toBe("sa");
    expect(companyNameKey("Inc")).toBe("inc");
    expect(companyNameKey("Acme Retail SA")).not.toBe(companyNameKey("Acme SA"));
  });
});

describe("other keys", () => {
  it("domains without scheme, www, port, path or case", () => {
    expect(normalizeDomain("https://www.Acme.com:443/contact?x=1")).toBe("acme.com");
    expect(normalizeDomain("ACME.COM.")).toBe("acme.com");
    expect(normalizeDomain("ventas@acme.com.mx")).toBe("acme.com.mx");
    expect(normalizeDomain("not a domain")).toBeNull();
    expect(normalizeDomain("=HYPERLINK(\"http://x\")")).toBeNull();
  });
  it("tax ids, postal codes and regions", () => {
    expect(normalizeTaxId("abc-123456 xy1")).toBe("ABC123456XY1");
    expect(normalizeTaxId(" - ")).toBeNull();
    expect(normalizePostal("c.p. 64 000")).toBe("CP64000");
    expect(regionKey("Nuevo León")).toBe("nuevo leon");
    expect(regionKey("NUEVO-LEON")).toBe("nuevo leon");
  });
});

const rule = (over: Partial<PrecedenceRule> & { id: string }): PrecedenceRule => ({
  territoryId: `ter_${over.id}`,
  country: null,
  regionKey: null,
  postalPrefix: null,
  industry: null,
  priority: 0,
  depth: 0,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  ...over,
});
const place = { country: "MX", regionKey: "nuevo leon", postalCode: "64000", industry: "RETAIL" };

describe("territory precedence", () => {
  it("a rule matches only when every criterion it names matches, and an empty rule never does", () => {
    expect(ruleMatches(rule({ id: "a", country: "MX" }), place)).toBe(true);
    expect(ruleMatches(rule({ id: "b", country: "MX", industry: "ENERGY" }), place)).toBe(false);
    expect(ruleMatches(rule({ id: "c", postalPrefix: "64" }), place)).toBe(true);
    expect(ruleMatches(rule({ id: "d", postalPrefix: "65" }), place)).toBe(false);
    expect(ruleMatches(rule({ id: "e" }), place)).toBe(false);
  });

  it("most specific wins over a higher priority", () => {
    const country = rule({ id: "country", country: "MX", priority: 100 });
    const region = rule({ id: "region", country: "MX", regionKey: "nuevo leon" });
    expect(winningRule([country, region], place)?.id).toBe("region");
  });

  it("then the longer postal prefix, then priority, then the deeper territory, then the older rule", () => {
    const short = rule({ id: "short", postalPrefix: "6" });
    const long = rule({ id: "long", postalPrefix: "640" });
    expect(winningRule([short, long], place)?.id).toBe("long");

    const low = rule({ id: "low", country: "MX", priority: 1 });
    const high = rule({ id: "high", country: "MX", priority: 5 });
    expect(winningRule([low, high], place)?.id).toBe("high");

    const shallow = rule({ id: "shallow", country: "MX", depth: 1 });
    const deep = rule({ id: "deep", country: "MX", depth: 2 });
    expect(winningRule([shallow, deep], place)?.id).toBe("deep");

    const older = rule({ id: "zzz", country: "MX", createdAt: new Date("2025-01-01T00:00:00Z") });
    const newer = rule({ id: "aaa", country: "MX" });
    expect(winningRule([newer, older], place)?.id).toBe("zzz");
    expect(comparePrecedence(rule({ id: "a", country: "MX" }), rule({ id: "b", country: "MX" }))).toBeLessThan(0);
  });

  it("ranks every match, winner first, whatever the input order", () => {
    const rules = [
      rule({ id: "country", country: "MX" }),
      rule({ id: "industry", industry: "RETAIL", priority: 9 }),
      rule({ id: "region", country: "MX", regionKey: "nuevo leon" }),
      rule({ id: "other", country: "ES" }),
    ];
    expect(rankRules(rules, place).map((r) => r.id)).toEqual(["region", "industry", "country"]);
    expect(rankRules([...rules].reverse(), place).map((r) => r.id)).toEqual(["region", "industry", "country"]);
  });
});
