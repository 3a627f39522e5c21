/**
 * The deal metrics tiers and incentives read (lib/deals/metrics.ts): registered, approved,
 * won deals and won value of one partner in one period — and nothing of another partner,
 * another period or another currency.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { approvedDeals, registeredDeals, wonDeals, wonValue } from "@/lib/deals/metrics";
import { checkCriterion } from "@/lib/deals/opportunities";
import { approveRegistration, rejectRegistration } from "@/lib/deals/review";
import { moveOpportunityStage } from "@/lib/deals/stage-moves";
import { listStages } from "@/lib/deals/stages";
import { register } from "@/tests/fixtures/deals";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { enrolPartner } from "@/lib/programs/enrolment";
import { createProgram, createTier } from "@/lib/programs/service";
import { record } from "@/tests/fixtures/programs";

let admin: VendorCtx;
let partner: PartnerCtx;
let other: PartnerCtx;
const DAY = 86_400_000;
const period = { from: new Date(Date.now() - DAY), to: new Date(Date.now() + DAY) };

const read = <T>(fn: (tx: Parameters<Parameters<typeof withScope>[1]>[0]) => Promise<T>) => withScope({ audience: "system", tenantId: admin.tenantId }, fn);

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin);
  other = await createPartnerWithUser(admin);
  const won = await register(partner, { customerName: "Ganadora SA", amount: "1500.50" });
  const { opportunityId } = await approveRegistration(admin, { registrationId: won.id, version: 0, protectionDays: 90, reason: "" });
  const lost = await register(partner, { customerName: "Rechazada SA" });
  await rejectRegistration(admin, { registrationId: lost.id, version: 0, reason: "Not qualified" });
  await register(other, { customerName: "Ajena SA" });
  const stages = await listStages(admin);
  const criteria = stages.filter((s) => s.kind === "OPEN").flatMap((s) => s.criteria);
  for (const [version, criterion] of criteria.entries()) await checkCriterion(admin, { opportunityId, version, criterionId: criterion.id, checked: true });
  await moveOpportunityStage(admin, { opportunityId, version: criteria.length, stageId: stages.find((s) => s.kind === "WON")!.id, reason: "" });
});

describe("deal metrics of a partner and period", () => {
  it("counts registered, approved and won deals, and sums the won value in the period's currency", async () => {
    const query = { tenantId: admin.tenantId, partnerId: partner.partnerId, ...period };
    expect(await read((tx) => registeredDeals(tx, query))).toBe(2);
    expect(await read((tx) => approvedDeals(tx, query))).toBe(1);
    expect(await read((tx) => wonDeals(tx, query))).toBe(1);
    expect(await read((tx) => wonValue(tx, { ...query, currency: "USD" }))).toBe(150_050n);
    expect(await read((tx) => wonValue(tx, { ...query, currency: "EUR" }))).toBe(0n);
  });

  it("reads nothing of another partner or another period", async () => {
    const otherQuery = { tenantId: admin.tenantId, partnerId: other.partnerId, ...period };
    expect(await read((tx) => registeredDeals(tx, otherQuery))).toBe(1);
    expect(await read((tx) => wonDeals(tx, otherQuery))).toBe(0);
    const earlier = { tenantId: admin.tenantId, partnerId: partner.partnerId, from: new Date(Date.now() - 10 * DAY), to: period.from };
    expect(await read((tx) => registeredDeals(tx, earlier))).toBe(0);
    expect(await read((tx) => wonValue(tx, { ...earlier, currency: "USD" }))).toBe(0n);
  });
});

describe("tiers read the deals won in Canal", () => {
  it("WON_DEALS_T12M counts the partner's won deals, plus any recorded for the window", async () => {
    const program = await createProgram(admin, { name: "Closers", description: null, activation: "MANUAL" });
    const none = { REVENUE_T12M: "", CERTIFIED_PEOPLE: "", WON_DEALS_T12M: "" };
    await createTier(admin, { programId: program.id, name: "Registered", description: null, rules: none });
    await createTier(admin, { programId: program.id, name: "Closer", description: null, rules: { ...none, WON_DEALS_T12M: "1" } });
    await createTier(admin, { programId: program.id, name: "Hunter", description: null, rules: { ...none, WON_DEALS_T12M: "3" } });

    const winner = await enrolPartner(admin, { partnerId: partner.partnerId, programId: program.id });
    expect(winner.tier?.name).toBe("Closer");
    expect(winner.explanation.inputs.find((input) => input.metric === "WON_DEALS_T12M")).toMatchObject({ value: "1", source: "deals", won: 1, records: 0 });

    // Two deals won outside Canal, recorded by the vendor, add to the one won here.
    await record(admin, other.partnerId, "WON_DEALS_T12M", "2");
    const recorded = await enrolPartner(admin, { partnerId: other.partnerId, programId: program.id });
    expect(recorded.tier?.name).toBe("Closer");
    expect(recorded.explanation.inputs.find((input) => input.metric === "WON_DEALS_T12M")).toMatchObject({ value: "2", won: 0, records: 1 });
  });
});

