/**
 * Tiers (lib/programs): the ladder evaluated from recorded metrics at its edges — exactly
 * at a threshold, just under, the trailing-12-month window, a skipped rung, the tiers'
 * order — overrides with a reason, re-evaluation under an override, its end (cleared or
 * expired), the tier history and Partner.tier kept in step, and the refusals.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scopeOf, systemCtx, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { evaluateEnrolment } from "@/lib/programs/evaluate";
import {
  clearOverride,
  deleteMetric,
  enrolPartner,
  evaluatePartnerNow,
  getPartnerProgram,
  overrideTier,
} from "@/lib/programs/enrolment";
import { listTierHistory } from "@/lib/programs/list";
import { trailingYearStart } from "@/lib/programs/metrics";
import { getOwnProgram } from "@/lib/programs/onboarding";
import { deleteTier, moveTier, updateTier } from "@/lib/programs/service";
import { ownerQuery, ownerRow } from "@/tests/fixtures/db";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { createLadderProgram, dayFromToday, record, renderProgramEvents } from "@/tests/fixtures/programs";

let admin: VendorCtx;
let program: Awaited<ReturnType<typeof createLadderProgram>>;

const tierOf = async (partnerId: string) => (await ownerRow<{ tier: string | null }>("Partner", "id", partnerId))!.tier;
const newPartner = async () => {
  const user = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  await enrolPartner(admin, { partnerId: user.partnerId, programId: program.programId });
  return user;
};

beforeAll(async () => {
  admin = await createTestTenant({ currency: "USD" });
  program = await createLadderProgram(admin);
});

describe("the ladder at its edges", () => {
  it("enrolment evaluates at once: no values yet → the entry tier (no rules), mirrored in Partner.tier", async () => {
    const partner = await newPartner();
    const view = await getPartnerProgram(admin, partner.partnerId);
    expect(view?.tier?.name).toBe("Registered");
    expect(view?.explanation?.next).toMatchObject({ name: "Silver" });
    expect(view?.explanation?.next?.missing.map((rule) => rule.metric).sort()).toEqual(["CERTIFIED_PEOPLE", "REVENUE_T12M"]);
    expect(await tierOf(partner.partnerId)).toBe("Registered");
    expect(view?.history[0]).toMatchObject({ trigger: "ENROLMENT", tierName: "Registered", previousTierName: null, changed: true });
  });

  it("exactly at every threshold → the tier; the explanation shows inputs, thresholds and nothing short", async () => {
    const partner = await newPartner();
    await record(admin, partner.partnerId, "REVENUE_T12M", "50000");
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "2");
    const outcome = await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
    expect(outcome.tier?.name).toBe("Silver");
    expect(outcome.changed).toBe(true);
    const silver = outcome.explanation.tiers.find((tier) => tier.name === "Silver")!;
    expect(silver.met).toBe(true);
    expect(silver.rules).toEqual(
      expect.arrayContaining([
        { metric: "REVENUE_T12M", minimum: "5000000", value: "5000000", met: true, shortBy: "0" },
        { metric: "CERTIFIED_PEOPLE", minimum: "2", value: "2", met: true, shortBy: "0" },
      ]),
    );
    expect(outcome.explanation.inputs.find((input) => input.metric === "REVENUE_T12M")).toMatchObject({
      value: "5000000",
      source: "recorded",
      records: 1,
    });
    expect(outcome.explanation.currency).toBe("USD");
    expect(await tierOf(partner.partnerId)).toBe("Silver");
  });

  it("one cent under the revenue threshold → stays on the rung below, and says by how much", async () => {
    const partner = await newPartner();
    await record(admin, partner.partnerId, "REVENUE_T12M", "49999.99");
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "2");
    const outcome = await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
    expect(outcome.tier?.name).toBe("Registered");
    expect(outcome.changed).toBe(false);
    expect(outcome.explanation.next).toEqual({
      id: program.tiers.Silver,
      name: "Silver",
      missing: [{ metric: "REVENUE_T12M", minimum: "5000000", value: "4999999", met: false, shortBy: "1" }],
    });
  });

  it("revenue is summed over the trailing 12 months: a period ending a year ago today is out, a day later is in", async () => {
    const partner = await newPartner();
    const today = new Date(`${dayFromToday(0)}T00:00:00Z`);
    const first = trailingYearStart(today).toISOString().slice(0, 10);
    const outside = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await record(admin, partner.partnerId, "REVENUE_T12M", "30000", outside);
    await record(admin, partner.partnerId, "REVENUE_T12M", "25000", first);
    await record(admin, partner.partnerId, "REVENUE_T12M", "25000", dayFromToday(0));
    // A period ending tomorrow is not in yet.
    await record(admin, partner.partnerId, "REVENUE_T12M", "99999", dayFromToday(1));
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "3");
    const outcome = await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
    expect(outcome.explanation.inputs.find((input) => input.metric === "REVENUE_T12M")).toMatchObject({
      value: "5000000",
      records: 2,
      from: first,
      to: dayFromToday(0),
    });
    expect(outcome.tier?.name).toBe("Silver");
  });

  it("certified people is the latest value on or before today (a point in time, not a sum)", async () => {
    const partner = await newPartner();
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "7", dayFromToday(-60));
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "1", dayFromToday(-5));
    const outcome = await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
    expect(outcome.explanation.inputs.find((input) => input.metric === "CERTIFIED_PEOPLE")).toMatchObject({ value: "1", records: 1 });
  });

  it("a ladder: meeting Gold's rules but not Silver's keeps the partner below Silver", async () => {
    const own = await createLadderProgram(admin);
    // Gold without a rule on certified people; Silver still asks for 2.
    await updateTier(admin, {
      tierId: own.tiers.Gold,
      name: "Gold",
      description: null,
      rules: { REVENUE_T12M: "250000", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "10" },
    });
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await record(admin, partner.partnerId, "REVENUE_T12M", "300000");
    await record(admin, partner.partnerId, "WON_DEALS_T12M", "12");
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "1");
    const outcome = await enrolPartner(admin, { partnerId: partner.partnerId, programId: own.programId });
    expect(outcome.explanation.tiers.find((tier) => tier.name === "Gold")!.met).toBe(true);
    expect(outcome.explanation.tiers.find((tier) => tier.name === "Silver")!.met).toBe(false);
    expect(outcome.tier?.name).toBe("Registered");
    expect(outcome.explanation.next).toMatchObject({ name: "Silver", missing: [{ metric: "CERTIFIED_PEOPLE", shortBy: "1" }] });
  });

  it("the tiers' order decides: moving Gold below Silver changes the ladder", async () => {
    const own = await createLadderProgram(admin);
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await record(admin, partner.partnerId, "REVENUE_T12M", "300000");
    await record(admin, partner.partnerId, "WON_DEALS_T12M", "12");
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "5");
    const first = await enrolPartner(admin, { partnerId: partner.partnerId, programId: own.programId });
    expect(first.tier?.name).toBe("Gold");
    expect(first.explanation.tiers.map((tier) => tier.name)).toEqual(["Registered", "Silver", "Gold", "Platinum"]);
    await moveTier(admin, { tierId: own.tiers.Platinum, direction: "down" });
    await moveTier(admin, { tierId: own.tiers.Platinum, direction: "down" });
    const moved = await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
    // Registered, Platinum, Silver, Gold: Platinum is not met, so the ladder stops at Registered.
    expect(moved.explanation.tiers.map((tier) => tier.name)).toEqual(["Registered", "Platinum", "Silver", "Gold"]);
    expect(moved.tier?.name).toBe("Registered");
    expect(moved.changed).toBe(true);
    expect(await tierOf(partner.partnerId)).toBe("Registered");
    const ranks = await ownerQuery<{ name: string; rank: number }>(
      `SELECT name, rank FROM "ProgramTier" WHERE "programId" = $1 ORDER BY rank`,
      [own.programId],
    );
    expect(ranks.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
  });

  it("a deleted value no longer counts at the next evaluation", async () => {
    const partner = await newPartner();
    const revenue = await record(admin, partner.partnerId, "REVENUE_T12M", "60000");
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "2");
    expect((await evaluatePartnerNow(admin, { partnerId: partner.partnerId })).tier?.name).toBe("Silver");
    await deleteMetric(admin, { metricId: revenue });
    expect((await evaluatePartnerNow(admin, { partnerId: partner.partnerId })).tier?.name).toBe("Registered");
  });
});

describe("overrides", () => {
  let partner: PartnerCtx;
  let manager: VendorCtx;

  beforeAll(async () => {
    manager = await addVendorUser(admin, "CHANNEL_MANAGER");
    partner = await newPartner();
    await record(admin, partner.partnerId, "REVENUE_T12M", "60000");
    await record(admin, partner.partnerId, "CERTIFIED_PEOPLE", "2");
    await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
  });

  it("override then re-evaluation: the override holds, the rules' tier is still shown beside it", async () => {
    const set = await overrideTier(manager, { partnerId: partner.partnerId, tierId: program.tiers.Gold, reason: "Strategic launch partner", until: null });
    expect(set.tier?.name).toBe("Gold");
    expect(await tierOf(partner.partnerId)).toBe("Gold");
    const again = await evaluatePartnerNow(admin, { partnerId: partner.partnerId });
    expect(again.changed).toBe(false);
    expect(again.tier?.name).toBe("Gold");
    expect(again.explanation.ruleTier?.name).toBe("Silver");
    expect(again.explanation.override).toMatchObject({ tier: { name: "Gold" }, reason: "Strategic launch partner", by: manager.user.name });
    expect(again.explanation.next?.name).toBe("Platinum");
    // A scheduled run under the override changes nothing and writes no history.
    const before = (await listTierHistory(admin, { partner: partner.partnerId })).total;
    await withScope(scopeOf(systemCtx(admin.tenantId)), async (tx) => {
      const enrolment = (await getPartnerProgram(admin, partner.partnerId))!.enrolmentId;
      return evaluateEnrolment(tx, systemCtx(admin.tenantId), { enrolmentId: enrolment, trigger: "SCHEDULED", now: new Date() });
    });
    expect((await listTierHistory(admin, { partner: partner.partnerId })).total).toBe(before);
    // The partner sees the override and its reason, never who decided.
    const own = await getOwnProgram(partner);
    expect(own?.tier?.name).toBe("Gold");
    expect(own?.override).toEqual({ reason: "Strategic launch partner", until: null });
    expect(JSON.stringify(own?.override)).not.toContain(manager.user.name);
  });

  it("the change is in the tier history with its reason, in the audit log and announced to both sides", async () => {
    const history = await listTierHistory(admin, { partner: partner.partnerId, trigger: "OVERRIDE" });
    expect(history.rows[0]).toMatchObject({ tierName: "Gold", previousTierName: "Silver", reason: "Strategic launch partner", actorName: manager.user.name });
    const audit = await ownerQuery<{ action: string; after: { tier: string; reason: string } }>(
      `SELECT action, after FROM "AuditLog" WHERE "tenantId" = $1 AND "entityId" = $2 AND action = 'program.tierOverridden'`,
      [admin.tenantId, partner.partnerId],
    );
    expect(audit[0]?.after).toMatchObject({ tier: "Gold", reason: "Strategic launch partner" });
    const events = await ownerQuery<{ type: string; payload: { params: Record<string, string>; recipients: { userId: string }[] } }>(
      `SELECT type, payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type IN ('partner.tierChanged', 'ownTier.changed') AND payload->'params'->>'partner' = $2 AND payload->'params'->>'tier' = 'Gold'`,
      [admin.tenantId, partner.partner.name],
    );
    const byType = Object.fromEntries(events.map((event) => [event.type, event.payload]));
    expect(byType["ownTier.changed"]?.recipients).toEqual([{ userId: partner.user.id }]);
    // The tenant admin hears it; the manager who made the change does not.
    expect(byType["partner.tierChanged"]?.recipients).toEqual([{ userId: admin.user.id }]);
    expect(await renderProgramEvents(admin.tenantId, partner.partner.name)).toBeGreaterThanOrEqual(2);
  });

  it("clearing the override returns the partner to the rules", async () => {
    const cleared = await clearOverride(manager, { partnerId: partner.partnerId, reason: "Launch over" });
    expect(cleared.tier?.name).toBe("Silver");
    expect(cleared.explanation.override).toBeNull();
    expect(await tierOf(partner.partnerId)).toBe("Silver");
    await rejectsWith(clearOverride(manager, { partnerId: partner.partnerId, reason: "again" }), "STALE_EDIT");
  });

  it("an override with a last day ends once that day has passed, at the next scheduled evaluation", async () => {
    await overrideTier(manager, { partnerId: partner.partnerId, tierId: program.tiers.Platinum, reason: "Trade show deal", until: dayFromToday(0) });
    const enrolmentId = (await getPartnerProgram(admin, partner.partnerId))!.enrolmentId;
    const system = systemCtx(admin.tenantId);
    const evaluateAt = (now: Date) =>
      withScope(scopeOf(system), (tx) => evaluateEnrolment(tx, system, { enrolmentId, trigger: "SCHEDULED", now }));
    // Still today (last minute of the last day): held.
    const lastMinute = new Date(Date.parse(`${dayFromToday(1)}T00:00:00Z`) - 60_000);
    expect((await evaluateAt(lastMinute)).tier?.name).toBe("Platinum");
    const tomorrow = new Date(`${dayFromToday(1)}T00:00:00Z`);
    const ended = await evaluateAt(tomorrow);
    expect(ended.tier?.name).toBe("Silver");
    expect(ended.changed).toBe(true);
    const row = await ownerRow<{ overrideTierId: string | null; overrideReason: string | null }>("PartnerProgram", "id", enrolmentId);
    expect(row).toMatchObject({ overrideTierId: null, overrideReason: null });
    const history = await listTierHistory(admin, { partner: partner.partnerId });
    expect(history.rows[0]).toMatchObject({ trigger: "OVERRIDE_EXPIRED", tierName: "Silver", previousTierName: "Platinum", reason: "Trade show deal" });
  });

  it("refuses a tier of another program, a past last day, a short reason, a sales rep and another tenant", async () => {
    const other = await createLadderProgram(admin);
    const error = await rejectsWith(
      overrideTier(manager, { partnerId: partner.partnerId, tierId: other.tiers.Gold, reason: "Wrong program", until: null }),
      "VALIDATION_FAILED",
    );
    expect(error.fields).toEqual({ tierId: ["programs.validation.tier"] });
    const past = await rejectsWith(
      overrideTier(manager, { partnerId: partner.partnerId, tierId: program.tiers.Gold, reason: "Too late", until: dayFromToday(-1) }),
      "VALIDATION_FAILED",
    );
    expect(past.fields).toEqual({ until: ["programs.validation.future"] });
    const rep = await addVendorUser(admin, "SALES_REP");
    await rejectsWith(overrideTier(rep, { partnerId: partner.partnerId, tierId: program.tiers.Gold, reason: "Because", until: null }), "FORBIDDEN");
    await rejectsWith(evaluatePartnerNow(rep, { partnerId: partner.partnerId }), "FORBIDDEN");
    const elsewhere = await createTestTenant();
    const before = await ownerRow("Partner", "id", partner.partnerId);
    await rejectsWith(overrideTier(elsewhere, { partnerId: partner.partnerId, tierId: program.tiers.Gold, reason: "Theirs", until: null }), "NOT_FOUND");
    await rejectsWith(evaluatePartnerNow(elsewhere, { partnerId: partner.partnerId }), "NOT_FOUND");
    await rejectsWith(getPartnerProgram(elsewhere, partner.partnerId), "NOT_FOUND");
    expect(await ownerRow("Partner", "id", partner.partnerId)).toEqual(before);
  });
});

describe("tiers in use and enrolment", () => {
  it("a tier a partner holds cannot be deleted; an unused one can and the ranks close up", async () => {
    const own = await createLadderProgram(admin);
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await enrolPartner(admin, { partnerId: partner.partnerId, programId: own.programId });
    await rejectsWith(deleteTier(admin, { tierId: own.tiers.Registered }), "TIER_IN_USE");
    await deleteTier(admin, { tierId: own.tiers.Silver });
    const ranks = await ownerQuery<{ name: string; rank: number }>(`SELECT name, rank FROM "ProgramTier" WHERE "programId" = $1 ORDER BY rank`, [own.programId]);
    expect(ranks).toEqual([
      { name: "Registered", rank: 1 },
      { name: "Gold", rank: 2 },
      { name: "Platinum", rank: 3 },
    ]);
  });

  it("renaming a held tier renames it in Partner.tier too", async () => {
    const own = await createLadderProgram(admin);
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    await enrolPartner(admin, { partnerId: partner.partnerId, programId: own.programId });
    await updateTier(admin, { tierId: own.tiers.Registered, name: "Member", description: null, rules: { REVENUE_T12M: "", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "" } });
    expect(await tierOf(partner.partnerId)).toBe("Member");
  });

  it("one program per partner; two enrolments at once end with exactly one", async () => {
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const results = await Promise.allSettled([
      enrolPartner(admin, { partnerId: partner.partnerId, programId: program.programId }),
      enrolPartner(admin, { partnerId: partner.partnerId, programId: program.programId }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "ALREADY_ENROLLED" } });
    const rows = await ownerQuery(`SELECT id FROM "PartnerProgram" WHERE "partnerId" = $1`, [partner.partnerId]);
    expect(rows).toHaveLength(1);
  });

  it("a program of another tenant is a validation error on the program field", async () => {
    const elsewhere = await createTestTenant();
    const theirs = await createLadderProgram(elsewhere);
    const partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const error = await rejectsWith(enrolPartner(admin, { partnerId: partner.partnerId, programId: theirs.programId }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ programId: ["programs.validation.program"] });
  });
});
