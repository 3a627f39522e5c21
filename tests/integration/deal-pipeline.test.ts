/**
 * The methodology and the pipeline: default stages in the tenant's language, the settings
 * screen's rules, stage moves checked on the server (exit criteria, loss reasons, closed
 * deals, stale tabs), the board with its filters, and who is alerted of a move.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { checkCriterion, checkOwnCriterion, createDirectDeal, getOpportunity, getOwnOpportunity, updateOwnOpportunity } from "@/lib/deals/opportunities";
import { getBoard, getOwnBoard } from "@/lib/deals/pipeline";
import { listOpportunities, listOwnOpportunities } from "@/lib/deals/list";
import { approveRegistration } from "@/lib/deals/review";
import { directDealSchema } from "@/lib/deals/schema";
import { moveOpportunityStage, moveOwnOpportunityStage } from "@/lib/deals/stage-moves";
import { createStage, deleteStage, getDealSettings, listOwnStages, listStages, moveStageOrder, updateDealSettings, updateStage } from "@/lib/deals/stages";
import type { StageItem } from "@/lib/deals/types";
import { addRule, addTerritoryOwner, createTerritory } from "@/lib/territories/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { dayFromToday, register } from "@/tests/fixtures/deals";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";

let admin: VendorCtx;
let rep: VendorCtx;
let partner: PartnerCtx;
let other: PartnerCtx;
let stages: StageItem[];
let repSeat: string;
let north: string;

const byName = (name: string) => stages.find((s) => s.name === name)!;
const version = async (id: string) => (await ownerQuery<{ version: number }>(`SELECT version FROM "Opportunity" WHERE id = $1`, [id]))[0]!.version;

async function partnerDeal(customer: string, fields: Record<string, unknown> = {}) {
  const { id } = await register(partner, { customerName: customer, ...fields });
  return (await approveRegistration(admin, { registrationId: id, version: 0, protectionDays: 90, reason: "" })).opportunityId;
}

beforeAll(async () => {
  admin = await createTestTenant();
  rep = await addVendorUser(admin, "SALES_REP");
  partner = await createPartnerWithUser(admin, "PARTNER_USER", { partnerName: "Norte Digital" });
  other = await createPartnerWithUser(admin, "PARTNER_ADMIN", { partnerName: "Sur Redes" });
  stages = await listStages(admin);
  repSeat = (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1 AND "tenantId" = $2`, [rep.user.id, admin.tenantId]))[0]!.id;
  const mexico = (await createTerritory(admin, { name: "México", description: null, parentId: null })).id;
  north = (await createTerritory(admin, { name: "Norte", description: null, parentId: mexico })).id;
  await addRule(admin, { territoryId: north, country: "MX", region: "Nuevo León", postalPrefix: null, industry: null, priority: 0 });
  await addTerritoryOwner(admin, { territoryId: mexico, membershipId: repSeat });
});

describe("the methodology", () => {
  it("a new tenant starts with the default stages in its language, the same for partners", async () => {
    expect(stages.map((s) => [s.name, s.probability, s.kind])).toEqual([
      ["Qualify", 10, "OPEN"],
      ["Develop", 30, "OPEN"],
      ["Propose", 60, "OPEN"],
      ["Negotiate", 80, "OPEN"],
      ["Closed won", 100, "WON"],
      ["Closed lost", 0, "LOST"],
    ]);
    expect(byName("Qualify").criteria.map((c) => c.label)).toEqual(["Budget confirmed", "Decision maker identified"]);
    expect(await listOwnStages(partner)).toEqual(stages);
    const spanish = await createTestTenant({ defaultLocale: "es" });
    expect((await listStages(spanish)).map((s) => s.name)).toEqual(["Calificar", "Desarrollar", "Proponer", "Negociar", "Ganada", "Perdida"]);
  });

  it("the settings screen adds, edits, reorders and deletes open stages within its rules", async () => {
    const other = await createTestTenant();
    const { id } = await createStage(other, { name: "Pilot", probability: 70, criteria: [{ id: "", label: "Pilot signed off" }] });
    let names = (await listStages(other)).map((s) => s.name);
    expect(names).toEqual(["Qualify", "Develop", "Propose", "Negotiate", "Pilot", "Closed won", "Closed lost"]);
    await moveStageOrder(other, { stageId: id, direction: "up" });
    names = (await listStages(other)).map((s) => s.name);
    expect(names.slice(3, 5)).toEqual(["Pilot", "Negotiate"]);
    const pilot = (await listStages(other)).find((s) => s.id === id)!;
    await updateStage(other, { stageId: id, version: pilot.version, name: "Pilot project", probability: 75, criteria: [{ id: pilot.criteria[0]!.id, label: "Pilot signed off" }, { id: "", label: "Results shared" }] });
    const edited = (await listStages(other)).find((s) => s.id === id)!;
    expect(edited.criteria[0]!.id).toBe(pilot.criteria[0]!.id);
    expect(edited.criteria).toHaveLength(2);
    await rejectsWith(updateStage(other, { stageId: id, version: pilot.version, name: "Stale", probability: 1, criteria: [] }), "STALE_EDIT");
    const won = (await listStages(other)).find((s) => s.kind === "WON")!;
    const fixed = await rejectsWith(updateStage(other, { stageId: won.id, version: won.version, name: "Won", probability: 90, criteria: [] }), "VALIDATION_FAILED");
    expect(fixed.fields).toEqual({ probability: ["deals.validation.fixedProbability"] });
    await rejectsWith(deleteStage(other, won.id), "INVALID_TRANSITION");
    const deal = await createDirectDeal(other, directDealSchema.parse({ name: "Pilot deal", customerName: "Pilotos SA", amount: "100", currency: "USD", closeOn: dayFromToday(other, 10) }));
    const first = (await listStages(other))[0]!;
    await rejectsWith(deleteStage(other, first.id), "STAGE_IN_USE");
    await deleteStage(other, id);
    expect((await getDealSettings(other)).stages.find((s) => s.id === first.id)?.opportunities).toBe(1);
    expect(deal.id).toMatch(/^opp_/);
  });

  it("registration rules: defaults until saved, then by version", async () => {
    const t = await createTestTenant();
    expect((await getDealSettings(t)).settings).toEqual({ protectionDays: 90, reminderDays: 14, maxExtensionDays: 90, version: 0 });
    await updateDealSettings(t, { version: 0, protectionDays: 60, reminderDays: 7, maxExtensionDays: 30 });
    await rejectsWith(updateDealSettings(t, { version: 0, protectionDays: 61, reminderDays: 7, maxExtensionDays: 30 }), "STALE_EDIT");
    expect((await getDealSettings(t)).settings).toEqual({ protectionDays: 60, reminderDays: 7, maxExtensionDays: 30, version: 1 });
  });

  it("only tenant admins configure the methodology", async () => {
    await rejectsWith(getDealSettings(rep), "FORBIDDEN");
    await rejectsWith(createStage(rep, { name: "Rogue", probability: 1, criteria: [] }), "FORBIDDEN");
  });
});

describe("stage moves", () => {
  it("forward only with the exit criteria checked; nothing changes on a refusal", async () => {
    const id = await partnerDeal("Criterios SA");
    const refused = await rejectsWith(moveOwnOpportunityStage(partner, { opportunityId: id, version: 0, stageId: byName("Develop").id, reason: "" }), "EXIT_CRITERIA_UNMET");
    expect(refused.params).toEqual({ criteria: "Budget confirmed, Decision maker identified" });
    expect(await version(id)).toBe(0);
    for (const [i, criterion] of byName("Qualify").criteria.entries()) {
      await checkOwnCriterion(partner, { opportunityId: id, version: i, criterionId: criterion.id, checked: true });
    }
    await moveOwnOpportunityStage(partner, { opportunityId: id, version: 2, stageId: byName("Develop").id, reason: "" });
    expect((await getOwnOpportunity(partner, id)).stage.name).toBe("Develop");
    // back is free; a stale tab is told so
    await rejectsWith(moveOwnOpportunityStage(partner, { opportunityId: id, version: 2, stageId: byName("Qualify").id, reason: "" }), "STALE_EDIT");
    await moveOwnOpportunityStage(partner, { opportunityId: id, version: 3, stageId: byName("Qualify").id, reason: "" });
  });

  it("losing needs a reason; a closed deal stays closed", async () => {
    const id = await partnerDeal("Perdida SA");
    await rejectsWith(moveOpportunityStage(admin, { opportunityId: id, version: 0, stageId: byName("Closed lost").id, reason: " " }), "REASON_REQUIRED");
    await moveOpportunityStage(admin, { opportunityId: id, version: 0, stageId: byName("Closed lost").id, reason: "Went with a competitor" });
    expect(await getOpportunity(admin, id)).toMatchObject({ status: "LOST", lossReason: "Went with a competitor", closedAt: expect.any(Date) });
    await rejectsWith(moveOpportunityStage(admin, { opportunityId: id, version: 1, stageId: byName("Qualify").id, reason: "" }), "INVALID_TRANSITION");
    await rejectsWith(updateOwnOpportunity(partner, { opportunityId: id, version: 1, name: "x", amount: "1", currency: "USD", closeOn: dayFromToday(admin, 5) }), "INVALID_TRANSITION");
  });

  it("winning needs every remaining stage's criteria", async () => {
    const id = await partnerDeal("Ganada SA");
    await rejectsWith(moveOpportunityStage(admin, { opportunityId: id, version: 0, stageId: byName("Closed won").id, reason: "" }), "EXIT_CRITERIA_UNMET");
    const all = stages.filter((s) => s.kind === "OPEN").flatMap((s) => s.criteria);
    for (const [i, criterion] of all.entries()) await checkCriterion(admin, { opportunityId: id, version: i, criterionId: criterion.id, checked: true });
    await moveOpportunityStage(admin, { opportunityId: id, version: all.length, stageId: byName("Closed won").id, reason: "Best fit" });
    expect(await getOpportunity(admin, id)).toMatchObject({ status: "WON", winReason: "Best fit" });
  });

  it("another partner's deal and the vendor's direct deals are NOT_FOUND in the portal", async () => {
    const id = await partnerDeal("Ajena SA");
    await rejectsWith(getOwnOpportunity(other, id), "NOT_FOUND");
    await rejectsWith(moveOwnOpportunityStage(other, { opportunityId: id, version: 0, stageId: byName("Closed lost").id, reason: "x" }), "NOT_FOUND");
    await rejectsWith(checkOwnCriterion(other, { opportunityId: id, version: 0, criterionId: byName("Qualify").criteria[0]!.id, checked: true }), "NOT_FOUND");
    const direct = await createDirectDeal(admin, directDealSchema.parse({ name: "Direct", customerName: "Directa SA", amount: "5", currency: "USD", closeOn: dayFromToday(admin, 9) }));
    await rejectsWith(getOwnOpportunity(partner, direct.id), "NOT_FOUND");
    expect(await version(id)).toBe(0);
  });

  it("edits refuse a close date in the past and a stale version", async () => {
    const id = await partnerDeal("Fechas SA");
    const past = await rejectsWith(
      updateOwnOpportunity(partner, { opportunityId: id, version: 0, name: "Renamed", amount: "10", currency: "USD", closeOn: dayFromToday(admin, -1) }),
      "VALIDATION_FAILED",
    );
    expect(past.fields).toEqual({ closeOn: ["deals.validation.closeInPast"] });
    await updateOwnOpportunity(partner, { opportunityId: id, version: 0, name: "Renamed", amount: "10.50", currency: "USD", closeOn: dayFromToday(admin, 3) });
    await rejectsWith(updateOwnOpportunity(partner, { opportunityId: id, version: 0, name: "Again", amount: "1", currency: "USD", closeOn: dayFromToday(admin, 3) }), "STALE_EDIT");
    expect(await getOwnOpportunity(partner, id)).toMatchObject({ name: "Renamed", amountMinor: 1050n, version: 1 });
  });

  it("tells the territory's rep of a move, and the partner when the vendor moved it", async () => {
    const id = await partnerDeal("Regiomontana SA", { country: "MX", region: "Nuevo Leon" });
    expect((await getOpportunity(admin, id)).rep?.name).toBe(rep.user.name);
    await moveOpportunityStage(admin, { opportunityId: id, version: 0, stageId: byName("Closed lost").id, reason: "No budget" });
    const sent = await ownerQuery<{ payload: { recipients: { userId: string }[]; link: string } }>(
      `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = 'deal.stageChanged' AND payload->'params'->>'customer' = 'Regiomontana SA'`,
      [admin.tenantId],
    );
    expect(sent.map((e) => e.payload.recipients)).toEqual(expect.arrayContaining([[{ userId: rep.user.id }], [{ userId: partner.user.id }]]));
  });
});

describe("the board and the table", () => {
  it("counts and sums each open stage, filters by partner, territory (with what lies below) and rep", async () => {
    const t = await createTestTenant();
    const p1 = await createPartnerWithUser(t, "PARTNER_USER");
    const p2 = await createPartnerWithUser(t, "PARTNER_USER");
    const region = (await createTerritory(t, { name: "Region", description: null, parentId: null })).id;
    const city = (await createTerritory(t, { name: "City", description: null, parentId: region })).id;
    await addRule(t, { territoryId: city, country: "AR", region: null, postalPrefix: null, industry: null, priority: 0 });
    for (const [ctx, customer, amount, country] of [
      [p1, "Uno SA", "100", "AR"],
      [p1, "Dos SA", "250.50", ""],
      [p2, "Tres SA", "1000", "AR"],
    ] as const) {
      const { id } = await register(ctx, { customerName: customer, amount, country });
      await approveRegistration(t, { registrationId: id, version: 0, protectionDays: 90, reason: "" });
    }
    await createDirectDeal(t, directDealSchema.parse({ name: "Direct", customerName: "Cuatro SA", amount: "5", currency: "EUR", closeOn: dayFromToday(t, 9) }));
    const board = await getBoard(t);
    const first = board.columns[0]!;
    expect(first).toMatchObject({ count: 4, totals: [{ currency: "EUR", amountMinor: 500n }, { currency: "USD", amountMinor: 135_050n }] });
    expect(first.cards.map((c) => c.customerName).sort()).toEqual(["Cuatro SA", "Dos SA", "Tres SA", "Uno SA"]);
    expect(board.columns.map((c) => c.stage.name)).toEqual(["Qualify", "Develop", "Propose", "Negotiate"]);
    expect((await getBoard(t, { partner: p1.partnerId })).columns[0]!.count).toBe(2);
    expect((await getBoard(t, { partner: "direct" })).columns[0]!.count).toBe(1);
    expect((await getBoard(t, { territory: region })).columns[0]!.count).toBe(2);
    expect((await getOwnBoard(p2)).columns[0]!.cards.map((c) => c.customerName)).toEqual(["Tres SA"]);
    expect((await listOwnOpportunities(p1)).rows.map((r) => r.customerName).sort()).toEqual(["Dos SA", "Uno SA"]);
    const table = await listOpportunities(t, { sort: { id: "amount", desc: true } });
    expect(table.rows.map((r) => r.customerName)).toEqual(["Tres SA", "Dos SA", "Uno SA", "Cuatro SA"]);
  });

  it("filters by rep", async () => {
    const id = await partnerDeal("Monterrey Foods", { country: "MX", region: "Nuevo León" });
    const board = await getBoard(admin, { rep: repSeat });
    expect(board.columns.flatMap((c) => c.cards).map((c) => c.id)).toContain(id);
    expect((await getBoard(admin, { territory: north })).columns.flatMap((c) => c.cards).map((c) => c.id)).toContain(id);
  });
});
