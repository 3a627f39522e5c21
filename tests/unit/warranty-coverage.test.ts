/**
 * Warranty coverage (lib/warranties/coverage.ts), policy resolution (resolve.ts), the
 * explanation in both languages (explain.ts) and the claim's transition table
 * (lifecycle.ts): table-driven, one row per rule and edge.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { todayIn } from "@/lib/activities/dates";
import { messagesFor } from "@/lib/i18n/messages";
import { addMonths, computeCoverage, type CoveragePolicy, type CoverageUnit } from "@/lib/warranties/coverage";
import { explainCoverage, type CoverageTranslate } from "@/lib/warranties/explain";
import { claimMachine, dueAtFor, isOpenStatus } from "@/lib/warranties/lifecycle";
import { resolvePolicy } from "@/lib/warranties/resolve";

const policy = (overrides: Partial<CoveragePolicy> = {}): CoveragePolicy => ({
  id: "wpo_1",
  name: "Standard",
  partnerName: null,
  months: 12,
  startRule: "SHIPMENT",
  latestStartMonths: null,
  requiresRegistration: false,
  coversParts: true,
  coversLabour: true,
  coversOnSite: false,
  ...overrides,
});

const unit = (overrides: Partial<CoverageUnit> = {}): CoverageUnit => ({
  serial: "SN-1",
  shippedOn: "2026-01-15",
  registeredOn: null,
  saleOn: null,
  policy: policy(),
  extensionMonths: 0,
  original: null,
  ...overrides,
});

describe("addMonths", () => {
  it.each([
    ["2026-01-15", 12, "2027-01-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-12-10", 2, "2027-02-10"],
  ])("%s + %i months = %s", (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe("coverage, one row per rule", () => {
  const rows: [string, Partial<CoverageUnit>, string, { status: string; basis: string | null; start: string | null; last: string | null }][] = [
    ["from shipment, within", {}, "2026-06-01", { status: "COVERED", basis: "SHIPMENT", start: "2026-01-15", last: "2027-01-14" }],
    ["from shipment, on the last covered day", {}, "2027-01-14", { status: "COVERED", basis: "SHIPMENT", start: "2026-01-15", last: "2027-01-14" }],
    ["from shipment, the day after the last", {}, "2027-01-15", { status: "EXPIRED", basis: "SHIPMENT", start: "2026-01-15", last: "2027-01-14" }],
    ["from shipment, on the ship day", {}, "2026-01-15", { status: "COVERED", basis: "SHIPMENT", start: "2026-01-15", last: "2027-01-14" }],
    [
      "from registration",
      { registeredOn: "2026-03-02", policy: policy({ startRule: "REGISTRATION", months: 36 }) },
      "2029-03-01",
      { status: "COVERED", basis: "REGISTRATION", start: "2026-03-02", last: "2029-03-01" },
    ],
    [
      "from registration, not registered, no latest start",
      { policy: policy({ startRule: "REGISTRATION" }) },
      "2026-06-01",
      { status: "AWAITING_START", basis: null, start: null, last: null },
    ],
    [
      "from registration, not registered, latest start passed",
      { policy: policy({ startRule: "REGISTRATION", latestStartMonths: 3 }) },
      "2026-06-01",
      { status: "COVERED", basis: "LATEST_START", start: "2026-04-15", last: "2027-04-14" },
    ],
    [
      "from registration, not registered, latest start ahead",
      { policy: policy({ startRule: "REGISTRATION", latestStartMonths: 6 }) },
      "2026-06-01",
      { status: "NOT_STARTED", basis: "LATEST_START", start: "2026-07-15", last: "2027-07-14" },
    ],
    [
      "from registration after the latest start: the latest start counts",
      { registeredOn: "2026-09-01", policy: policy({ startRule: "REGISTRATION", latestStartMonths: 6 }) },
      "2026-09-02",
      { status: "COVERED", basis: "LATEST_START", start: "2026-07-15", last: "2027-07-14" },
    ],
    [
      "from the sale",
      { saleOn: "2026-02-20", registeredOn: "2026-04-01", policy: policy({ startRule: "SALE", latestStartMonths: 6 }) },
      "2026-05-01",
      { status: "COVERED", basis: "SALE", start: "2026-02-20", last: "2027-02-19" },
    ],
    [
      "with 12 months of extended warranty",
      { extensionMonths: 12 },
      "2027-06-01",
      { status: "COVERED", basis: "SHIPMENT", start: "2026-01-15", last: "2028-01-14" },
    ],
    [
      "a customised policy: 36 months",
      { policy: policy({ name: "Gold VAR", partnerName: "Northwind", months: 36 }) },
      "2028-06-01",
      { status: "COVERED", basis: "SHIPMENT", start: "2026-01-15", last: "2029-01-14" },
    ],
    ["no policy", { policy: null }, "2026-06-01", { status: "NO_POLICY", basis: null, start: null, last: null }],
  ];
  it.each(rows)("%s", (_label, overrides, today, expected) => {
    const coverage = computeCoverage(unit(overrides), today);
    expect({ status: coverage.status, basis: coverage.startBasis, start: coverage.startOn, last: coverage.lastDay }).toEqual(expected);
  });

  it("the last covered day ends at midnight in the tenant's time zone, not in UTC", () => {
    // 04:30 UTC on Jan 15 is still Jan 14 in New York (covered) but already Jan 15 in Madrid (expired)
    const instant = new Date("2027-01-15T04:30:00Z");
    expect(computeCoverage(unit(), todayIn("America/New_York", instant)).status).toBe("COVERED");
    expect(computeCoverage(unit(), todayIn("Europe/Madrid", instant)).status).toBe("EXPIRED");
    expect(computeCoverage(unit(), todayIn("America/New_York", new Date("2027-01-15T05:00:00Z"))).status).toBe("EXPIRED");
  });

  it("a replacement continues the original's coverage (start, extensions, end), not a fresh term", () => {
    const original = unit({ registeredOn: "2026-03-02", policy: policy({ startRule: "REGISTRATION", months: 24 }), extensionMonths: 6 });
    const replacement = unit({ serial: "SN-2", shippedOn: "2027-05-01", policy: policy({ months: 24 }), original });
    const coverage = computeCoverage(replacement, "2028-08-01");
    expect(coverage).toMatchObject({ status: "COVERED", startOn: "2026-03-02", lastDay: "2028-09-01", continuesSerial: "SN-1", extensionMonths: 6 });
    expect(computeCoverage(replacement, "2028-09-02").status).toBe("EXPIRED");
    // an extension bought for the replacement adds to what it inherits
    expect(computeCoverage({ ...replacement, extensionMonths: 12 }, "2029-08-01")).toMatchObject({ status: "COVERED", lastDay: "2029-09-01", extensionMonths: 18 });
    // a replacement of a replacement still names the first unit
    expect(computeCoverage(unit({ serial: "SN-3", original: replacement }), "2028-01-01").continuesSerial).toBe("SN-1");
  });
});

describe("policy resolution", () => {
  const at = (n: number) => new Date(Date.UTC(2026, 0, n));
  const candidates = [
    { id: "std-family", partnerId: null, productId: null, familyId: "fam", active: true, createdAt: at(1) },
    { id: "std-product", partnerId: null, productId: "prd", familyId: null, active: true, createdAt: at(2) },
    { id: "var-family", partnerId: "var", productId: null, familyId: "fam", active: true, createdAt: at(3) },
    { id: "var-product-old", partnerId: "var", productId: "prd", familyId: null, active: true, createdAt: at(4) },
    { id: "var-product", partnerId: "var", productId: "prd", familyId: null, active: true, createdAt: at(5) },
    { id: "var-product-retired", partnerId: "var", productId: "prd", familyId: null, active: false, createdAt: at(6) },
  ];
  it.each([
    [{ productId: "prd", familyId: "fam", partnerId: "var" }, candidates, "var-product", "CUSTOM_PRODUCT"],
    [{ productId: "other", familyId: "fam", partnerId: "var" }, candidates, "var-family", "CUSTOM_FAMILY"],
    [{ productId: "prd", familyId: "fam", partnerId: "dist" }, candidates, "std-product", "STANDARD_PRODUCT"],
    [{ productId: "other", familyId: "fam", partnerId: "dist" }, candidates, "std-family", "STANDARD_FAMILY"],
  ] as const)("%o → %s", (target, list, id, reason) => {
    expect(resolvePolicy(list, target)).toMatchObject({ policy: { id }, reason });
  });
  it("nothing applies: null", () => {
    expect(resolvePolicy(candidates, { productId: "x", familyId: null, partnerId: "var" })).toBeNull();
  });
});

describe("the explanation, in the reader's language, from the stored facts", () => {
  const t = (locale: "en" | "es") => createTranslator({ locale, messages: messagesFor(locale), namespace: "warranties.coverage" }) as unknown as CoverageTranslate;
  const gold = unit({ registeredOn: "2026-03-02", policy: policy({ name: "Gold VAR policy", partnerName: "Northwind", months: 36, startRule: "REGISTRATION" }) });

  it("English and Spanish say the same facts", () => {
    const coverage = computeCoverage(gold, "2026-12-02");
    expect(explainCoverage(t("en"), "en", coverage)).toBe(
      "Gold VAR policy (customised for Northwind), 36 months from registration on Mar 2, 2026. Covered until Mar 1, 2029 (the last day included).",
    );
    expect(explainCoverage(t("es"), "es", coverage)).toBe(
      "Gold VAR policy (personalizada para Northwind), 36 meses desde el registro el 2 mar 2026. Cubierta hasta el 1 mar 2029 (último día incluido).",
    );
  });

  it("names extensions, the latest start, expiry, a replacement and the absence of a policy", () => {
    const latest = computeCoverage(unit({ extensionMonths: 12, policy: policy({ startRule: "SALE", latestStartMonths: 3 }) }), "2028-06-01");
    expect(explainCoverage(t("en"), "en", latest)).toBe(
      "Standard, 12 months plus 12 months of extended warranty from the latest start (3 months after shipment) on Apr 15, 2026. Expired after Apr 14, 2028.",
    );
    const replacement = computeCoverage(unit({ serial: "SN-9", original: gold }), "2026-12-02");
    expect(explainCoverage(t("es"), "es", replacement)).toContain("continúa la cobertura de la unidad SN-1");
    expect(explainCoverage(t("en"), "en", computeCoverage(unit({ policy: null }), "2026-06-01"))).toBe("No warranty policy applies to this unit.");
    expect(explainCoverage(t("es"), "es", computeCoverage(unit({ policy: policy({ startRule: "REGISTRATION" }) }), "2026-06-01"))).toBe(
      "Standard, 12 meses desde el registro, que aún no ha ocurrido.",
    );
  });
});

describe("the claim's transition table", () => {
  const tenant = { id: "ten_1", slug: "acme", name: "Acme", defaultLocale: "en", currency: "USD", timeZone: "UTC" };
  const user = { id: "usr_1", email: "a@example.test", name: "A", locale: "en", phone: null };
  const vendor = (role: VendorCtx["role"]) => ({ audience: "vendor", user, tenant, tenantId: tenant.id, role, requestId: "r", ip: null }) as VendorCtx;
  const partner = { audience: "partner", user, tenant, tenantId: tenant.id, role: "PARTNER_USER", partnerId: "ptn_1", partner: { id: "ptn_1", name: "P", type: "VAR", status: "ACTIVE" }, requestId: "r", ip: null } as PartnerCtx;
  const ctxFor = (permission: string) => (permission.startsWith("own") ? partner : vendor("CHANNEL_MANAGER"));

  const pairs = claimMachine.transitions.flatMap((rule) => rule.from.map((from) => [from, rule.to, rule] as const));
  it.each(pairs)("%s → %s: allowed for its permission, refused to others", (from, to, rule) => {
    const reason = rule.reason === "required" ? "because" : null;
    expect(claimMachine.assert(ctxFor(rule.permission), from, to, reason).rule.action).toBe(rule.action);
    const wrong = rule.permission.startsWith("own") ? vendor("TENANT_ADMIN") : vendor("FINANCE");
    expect(() => claimMachine.assert(wrong, from, to, reason)).toThrow(AppError);
    if (rule.reason === "required") expect(() => claimMachine.assert(ctxFor(rule.permission), from, to, " ")).toThrow(/REASON_REQUIRED/);
  });

  it("pairs outside the table are INVALID_TRANSITION; closing ends it", () => {
    for (const from of claimMachine.states) {
      for (const to of claimMachine.states) {
        if (from === to || claimMachine.rule(from, to)) continue;
        expect(() => claimMachine.assert(vendor("TENANT_ADMIN"), from, to, "r"), `${from} → ${to}`).toThrow(/INVALID_TRANSITION/);
      }
    }
    expect(claimMachine.isTerminal("CLOSED")).toBe(true);
    expect(["REJECTED", "CLOSED"].filter((s) => !isOpenStatus(s as never))).toEqual(["REJECTED", "CLOSED"]);
    expect(isOpenStatus("RMA_ISSUED")).toBe(true);
  });

  it("SLA: a due time for the states that wait on someone, none for the others", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    expect(dueAtFor("ELIGIBILITY_CHECKED", now)?.toISOString()).toBe("2026-12-04T10:00:00.000Z");
    expect(dueAtFor("RMA_ISSUED", now)?.toISOString()).toBe("2027-01-01T10:00:00.000Z");
    expect(dueAtFor("CLOSED", now)).toBeNull();
  });
});
