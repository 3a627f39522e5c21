import { describe, expect, it } from "vitest";
import { chooseOffer, isEligible, nextInTurn, ruleCovers, type CandidateFacts, type LeadFacts, type RuleFacts } from "@/lib/leads/engine";

const rule = (over: Partial<RuleFacts> = {}): RuleFacts => ({
  id: "lrl_1",
  name: "Rule",
  territory: null,
  minTier: null,
  partnerType: null,
  capacity: null,
  slaHours: 48,
  lastPartnerId: null,
  ...over,
});
const partner = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  name: id.toUpperCase(),
  type: "VAR",
  tier: { name: "Gold", rank: 3, programId: "prg_1" },
  territoryIds: new Set(["ter_eu"]),
  openLeads: 0,
  ...over,
});
const lead = (over: Partial<LeadFacts> = {}): LeadFacts => ({ territoryChain: ["ter_iberia", "ter_eu"], excludedPartnerIds: new Set(), ...over });
const gold = { id: "tier_gold", name: "Gold", rank: 3, programId: "prg_1" };

describe("ruleCovers", () => {
  it.each([
    ["a rule without territory covers every lead", rule(), lead({ territoryChain: [] }), true],
    ["the lead's own territory", rule({ territory: { id: "ter_iberia", path: "EU › Iberia" } }), lead(), true],
    ["a territory above the lead's", rule({ territory: { id: "ter_eu", path: "EU" } }), lead(), true],
    ["a territory elsewhere", rule({ territory: { id: "ter_latam", path: "LATAM" } }), lead(), false],
    ["a lead without territory and a rule with one", rule({ territory: { id: "ter_eu", path: "EU" } }), lead({ territoryChain: [] }), false],
  ])("%s", (_name, r, l, expected) => expect(ruleCovers(r, l)).toBe(expected));
});

describe("isEligible", () => {
  const inEurope = rule({ territory: { id: "ter_eu", path: "EU" } });
  it.each([
    ["a partner meeting everything", rule({ minTier: gold, partnerType: "VAR", capacity: 3 }), partner("a"), lead(), true],
    ["excluded: declined or timed out before", rule(), partner("a"), lead({ excludedPartnerIds: new Set(["a"]) }), false],
    ["assigned to a territory above the lead's", inEurope, partner("a"), lead(), true],
    ["assigned to the lead's own territory", inEurope, partner("a", { territoryIds: new Set(["ter_iberia"]) }), lead(), true],
    ["assigned elsewhere", inEurope, partner("a", { territoryIds: new Set(["ter_latam"]) }), lead(), false],
    ["no territory needed when the rule names none", rule(), partner("a", { territoryIds: new Set() }), lead(), true],
    ["a lower tier", rule({ minTier: gold }), partner("a", { tier: { name: "Silver", rank: 2, programId: "prg_1" } }), lead(), false],
    ["a higher tier", rule({ minTier: gold }), partner("a", { tier: { name: "Platinum", rank: 4, programId: "prg_1" } }), lead(), true],
    ["a tier of another program", rule({ minTier: gold }), partner("a", { tier: { name: "Gold", rank: 3, programId: "prg_2" } }), lead(), false],
    ["no tier at all", rule({ minTier: gold }), partner("a", { tier: null }), lead(), false],
    ["another partner type", rule({ partnerType: "DISTRIBUTOR" }), partner("a"), lead(), false],
    ["below capacity", rule({ capacity: 3 }), partner("a", { openLeads: 2 }), lead(), true],
    ["at capacity", rule({ capacity: 3 }), partner("a", { openLeads: 3 }), lead(), false],
  ])("%s", (_name, r, p, l, expected) => expect(isEligible(r, p, l)).toBe(expected));
});

describe("nextInTurn", () => {
  const list = [{ id: "c" }, { id: "a" }, { id: "b" }];
  it.each([
    [null, "a"],
    ["a", "b"],
    ["b", "c"],
    ["c", "a"],
    ["bb", "c"],
    ["z", "a"],
  ])("after %s comes %s", (last, expected) => expect(nextInTurn(list, last)?.id).toBe(expected));
  it("nobody eligible: null", () => expect(nextInTurn([], "a")).toBeNull());
});

describe("chooseOffer", () => {
  it("the first rule with an eligible partner chooses, and explains why", () => {
    const rules = [
      rule({ id: "r1", name: "Distributors", partnerType: "DISTRIBUTOR" }),
      rule({ id: "r2", name: "Iberia Gold", territory: { id: "ter_eu", path: "EU" }, minTier: gold, capacity: 10, slaHours: 24, lastPartnerId: "a" }),
    ];
    const choice = chooseOffer(rules, [partner("a", { openLeads: 1 }), partner("b", { openLeads: 3 })], lead({ excludedPartnerIds: new Set(["x"]) }));
    expect(choice).toEqual({
      found: true,
      ruleId: "r2",
      partnerId: "b",
      slaHours: 24,
      explanation: { rule: "Iberia Gold", territory: "EU", tier: "Gold", partnerType: null, openLeads: 3, capacity: 10, eligible: 2, roundRobin: true, excluded: 1 },
    });
  });

  it("nobody eligible under any rule: not found", () => {
    expect(chooseOffer([rule({ capacity: 1 })], [partner("a", { openLeads: 1 })], lead())).toEqual({ found: false });
    expect(chooseOffer([], [partner("a")], lead())).toEqual({ found: false });
  });
});
