/**
 * Lead distribution on real PostgreSQL: rules (territory, tier, type, capacity, round robin)
 * and their explanation, the partner's accept / decline within the SLA, conversion into a
 * deal registration, the vendor closing a lead, and every refusal — another partner's lead,
 * an answer after the deadline, a double accept, stale edits. Each scenario has its own
 * tenant, so rules never leak between them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerCtx, VendorCtx } from "@/lib/auth/context";
import { convertLead } from "@/lib/leads/convert";
import { getLead, getOwnLead, listOfferedLeads, listOwnLeads } from "@/lib/leads/read";
import { updateLeadRule } from "@/lib/leads/rules";
import { leadRuleSchema } from "@/lib/leads/schema";
import { acceptLead, declineLead, distributeLead, loseLead } from "@/lib/leads/service";
import { enrolPartner, overrideTier } from "@/lib/programs/enrolment";
import { addRule, addTerritoryOwner, assignTerritoryPartner, createTerritory } from "@/lib/territories/service";
import { ownerQuery } from "@/tests/fixtures/db";
import { registrationInput } from "@/tests/fixtures/deals";
import { rejectsWith } from "@/tests/fixtures/expect";
import { addVendorUser, createTestTenant } from "@/tests/fixtures/factories";
import { activePartner, addLeadRule, enterLead } from "@/tests/fixtures/leads";
import { createLadderProgram } from "@/tests/fixtures/programs";

const leadRow = async (id: string) =>
  (await ownerQuery<{ status: string; partnerId: string | null; version: number; registrationId: string | null }>(
    `SELECT status, "partnerId", version, "registrationId" FROM "Lead" WHERE id = $1`,
    [id],
  ))[0]!;
const seat = async (ctx: VendorCtx) =>
  (await ownerQuery<{ id: string }>(`SELECT id FROM "Membership" WHERE "tenantId" = $1 AND "userId" = $2`, [ctx.tenantId, ctx.user.id]))[0]!.id;
const events = async (tenantId: string, type: string) =>
  ownerQuery<{ payload: { recipients: { userId: string }[]; params: Record<string, string> } }>(
    `SELECT payload FROM "OutboxEvent" WHERE "tenantId" = $1 AND type = $2 ORDER BY "createdAt"`,
    [tenantId, type],
  );

describe("distribution by rules", () => {
  let admin: VendorCtx;
  let rep: VendorCtx;
  let iberia: string;
  let gold: PartnerCtx;
  let gold2: PartnerCtx;
  let silver: PartnerCtx;
  let outside: PartnerCtx;

  beforeAll(async () => {
    admin = await createTestTenant();
    rep = await addVendorUser(admin, "SALES_REP");
    const europe = (await createTerritory(admin, { name: "Europe", description: null, parentId: null })).id;
    iberia = (await createTerritory(admin, { name: "Iberia", description: null, parentId: europe })).id;
    await addRule(admin, { territoryId: iberia, country: "ES", region: null, postalPrefix: null, industry: null, priority: 0 });
    await addTerritoryOwner(admin, { territoryId: iberia, membershipId: await seat(rep) });
    const program = await createLadderProgram(admin);
    gold = await activePartner(admin, "Gold Uno");
    gold2 = await activePartner(admin, "Gold Dos");
    silver = await activePartner(admin, "Silver Tres");
    outside = await activePartner(admin, "Gold Fuera");
    for (const [p, tier] of [[gold, "Gold"], [gold2, "Gold"], [silver, "Silver"], [outside, "Gold"]] as const) {
      await enrolPartner(admin, { partnerId: p.partnerId, programId: program.programId });
      await overrideTier(admin, { partnerId: p.partnerId, tierId: program.tiers[tier], reason: "Test ladder", until: null });
    }
    for (const p of [gold, gold2, silver]) await assignTerritoryPartner(admin, { territoryId: europe, partnerId: p.partnerId });
    await addLeadRule(admin, { name: "Iberia Gold", territoryId: iberia, minTierId: program.tiers.Gold, capacity: "10", slaHours: "24" });
  });

  it("offers to an eligible partner in round robin, explains why, and tells its admins", async () => {
    const first = await enterLead(admin, { company: "Madrid Retail", country: "ES" });
    const second = await enterLead(admin, { company: "Sevilla Foods", country: "ES" });
    const third = await enterLead(admin, { company: "Bilbao Steel", country: "ES" });
    const holders = [first, second, third].map((l) => l.offer!.partnerId);
    // Only the two Gold partners assigned above Iberia are eligible; they alternate.
    expect(new Set(holders)).toEqual(new Set([gold.partnerId, gold2.partnerId]));
    expect(holders[0]).not.toBe(holders[1]);
    expect(holders[2]).toBe(holders[0]);
    const detail = await getLead(admin, second.id);
    expect(detail).toMatchObject({ status: "OFFERED", territoryPath: "Europe › Iberia" });
    expect(detail.offers[0]!.explanation).toEqual({
      rule: "Iberia Gold",
      territory: "Europe › Iberia",
      tier: "Gold",
      partnerType: null,
      openLeads: 0,
      capacity: 10,
      eligible: 2,
      roundRobin: true,
      excluded: 0,
    });
    const offered = (await events(admin.tenantId, "lead.offered")).filter((e) => e.payload.params.company === "Madrid Retail");
    expect(offered).toHaveLength(1);
    const holder = [gold, gold2].find((p) => p.partnerId === holders[0])!;
    expect(offered[0]!.payload.recipients).toEqual([{ userId: holder.user.id }]);
  });

  it("leaves a lead NEW when no rule finds anyone, and the vendor can distribute it again", async () => {
    const lead = await enterLead(admin, { company: "Lyon Textiles", country: "FR" });
    expect(lead.offer).toBeNull();
    expect((await leadRow(lead.id)).status).toBe("NEW");
    await addLeadRule(admin, { name: "Everyone else" });
    const again = await distributeLead(admin, { leadId: lead.id, version: (await leadRow(lead.id)).version });
    expect(again.offer).not.toBeNull();
    await rejectsWith(distributeLead(admin, { leadId: lead.id, version: (await leadRow(lead.id)).version }), "INVALID_TRANSITION");
  });

  it("accept → the rep is told; convert → a deal registration through the deals module, pre-filled", async () => {
    const { id, offer } = await enterLead(admin, { company: "Valencia Logistics", country: "ES", website: "valencia-logistics.example" });
    const holder = [gold, gold2].find((p) => p.partnerId === offer!.partnerId)!;
    const other = holder === gold ? gold2 : gold;
    expect((await listOfferedLeads(holder)).map((o) => o.leadId)).toContain(id);
    expect((await listOfferedLeads(other)).map((o) => o.leadId)).not.toContain(id);
    await rejectsWith(acceptLead(other, { leadId: id }), "NOT_FOUND");
    await rejectsWith(getOwnLead(other, id), "NOT_FOUND");
    await acceptLead(holder, { leadId: id });
    await rejectsWith(acceptLead(holder, { leadId: id }), "INVALID_TRANSITION");
    await rejectsWith(declineLead(holder, { leadId: id, reason: "Changed my mind" }), "INVALID_TRANSITION");
    const accepted = (await events(admin.tenantId, "lead.accepted")).filter((e) => e.payload.params.company === "Valencia Logistics");
    expect(accepted.map((e) => e.payload.recipients)).toEqual([[{ userId: rep.user.id }]]);
    expect((await listOwnLeads(holder, {})).rows.map((r) => r.id)).toContain(id);

    const input = { ...registrationInput(holder, { customerName: "Valencia Logistics", website: "valencia-logistics.example", country: "ES" }), leadId: id };
    await rejectsWith(convertLead(other, input), "NOT_FOUND");
    const converted = await convertLead(holder, input);
    expect(await leadRow(id)).toMatchObject({ status: "CONVERTED", registrationId: converted.registrationId });
    const [registration] = await ownerQuery<{ partnerId: string; status: string; domain: string }>(
      `SELECT "partnerId", status, domain FROM "DealRegistration" WHERE id = $1`,
      [converted.registrationId],
    );
    expect(registration).toEqual({ partnerId: holder.partnerId, status: "PENDING", domain: "valencia-logistics.example" });
    await rejectsWith(convertLead(holder, { ...input, submissionKey: "x".repeat(20) }), "INVALID_TRANSITION");
  });

  it("a decline needs a reason and goes to the next partner, never back to those who passed", async () => {
    const { id, offer } = await enterLead(admin, { company: "Zaragoza Motors", country: "ES" });
    const first = [gold, gold2].find((p) => p.partnerId === offer!.partnerId)!;
    const second = first === gold ? gold2 : gold;
    await rejectsWith(declineLead(first, { leadId: id, reason: "  " }), "REASON_REQUIRED");
    await declineLead(first, { leadId: id, reason: "No capacity in Aragón" });
    expect(await leadRow(id)).toMatchObject({ status: "OFFERED", partnerId: second.partnerId });
    const declined = (await events(admin.tenantId, "lead.declined")).filter((e) => e.payload.params.company === "Zaragoza Motors");
    expect(declined[0]!.payload.params).toMatchObject({ reason: "No capacity in Aragón", partner: first.partner.name });
    await rejectsWith(getOwnLead(first, id), "NOT_FOUND");
    await declineLead(second, { leadId: id, reason: "Not our industry" });
    // The catch-all rule of the previous test offers it to anyone else who is active.
    const after = await leadRow(id);
    expect([gold.partnerId, gold2.partnerId]).not.toContain(after.partnerId);
    const history = await getLead(admin, id);
    expect(history.offers.map((o) => o.status).sort()).toEqual(["DECLINED", "DECLINED", "OFFERED"]);
    expect(history.offers.find((o) => o.status === "OFFERED")!.explanation.excluded).toBe(2);
  });

  it("answering after the deadline is refused even before the worker ran", async () => {
    const { id, offer } = await enterLead(admin, { company: "Tarde SA", country: "ES" });
    const holder = [gold, gold2].find((p) => p.partnerId === offer!.partnerId)!;
    await ownerQuery(`UPDATE "LeadOffer" SET "dueAt" = now() - interval '1 minute' WHERE "leadId" = $1`, [id]);
    await rejectsWith(acceptLead(holder, { leadId: id }), "LEAD_OFFER_EXPIRED");
    await rejectsWith(declineLead(holder, { leadId: id, reason: "Late" }), "LEAD_OFFER_EXPIRED");
    expect((await leadRow(id)).status).toBe("OFFERED");
  });

  it("the vendor closes a lead as lost with a reason; a stale version is refused and nothing changes", async () => {
    const { id } = await enterLead(admin, { company: "Perdida SL", country: "ES" });
    const { version } = await leadRow(id);
    await rejectsWith(loseLead(admin, { leadId: id, version, reason: "" }), "REASON_REQUIRED");
    await rejectsWith(loseLead(admin, { leadId: id, version: version + 5, reason: "Duplicate" }), "STALE_EDIT");
    await loseLead(admin, { leadId: id, version, reason: "Duplicate of an existing customer" });
    expect((await leadRow(id)).status).toBe("LOST");
    const offers = await ownerQuery<{ status: string }>(`SELECT status FROM "LeadOffer" WHERE "leadId" = $1`, [id]);
    expect(offers.map((o) => o.status)).toEqual(["WITHDRAWN"]);
    await rejectsWith(loseLead(admin, { leadId: id, version: version + 1, reason: "Again" }), "INVALID_TRANSITION");
  });

  it("rule edits carry their version; a foreign territory is a field error", async () => {
    const { id } = await addLeadRule(admin, { name: "Spare" });
    const base = leadRuleSchema.parse({ name: "Spare renamed", capacity: "3", slaHours: "12", active: true });
    await updateLeadRule(admin, { ...base, ruleId: id, version: 0 });
    await rejectsWith(updateLeadRule(admin, { ...base, ruleId: id, version: 0 }), "STALE_EDIT");
    const error = await rejectsWith(updateLeadRule(admin, { ...base, territoryId: "ter_unknown", ruleId: id, version: 1 }), "VALIDATION_FAILED");
    expect(error.fields).toEqual({ territoryId: ["leads.validation.territory"] });
  });
});

describe("another tenant", () => {
  it("a lead id of another tenant is NOT_FOUND for the vendor and the partner", async () => {
    const admin = await createTestTenant();
    await addLeadRule(admin);
    const p = await activePartner(admin, "Solo Partner");
    const { id } = await enterLead(admin, { company: "Foreign Co" });
    const stranger = await createTestTenant();
    const strangerPartner = await activePartner(stranger, "Stranger Partner");
    await rejectsWith(getLead(stranger, id), "NOT_FOUND");
    await rejectsWith(acceptLead(strangerPartner, { leadId: id }), "NOT_FOUND");
    await rejectsWith(loseLead(stranger, { leadId: id, version: 1, reason: "Mine" }), "NOT_FOUND");
    expect((await leadRow(id)).partnerId).toBe(p.partnerId);
  });
});
