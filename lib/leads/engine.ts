/**
 * The distribution engine's pure part: which rule covers a lead, which partners are eligible
 * under it, and whose turn it is. The service (./distribute.ts) loads the facts inside one
 * transaction holding the tenant's distribution lock, calls `chooseOffer`, and stores the
 * explanation with the offer, so the vendor and the partner read why that partner was chosen.
 *
 * Rules are tried in order. A rule covers a lead when it has no territory or the lead lies in
 * its territory (or below). Under it a partner is eligible when it is active, did not already
 * decline or let this lead time out, is assigned to the lead's territory or one above it (when
 * the rule names a territory), holds the rule's tier or a higher one of that program, is of
 * the rule's partner type, and holds fewer open accepted leads than the rule's capacity. The
 * first rule with an eligible partner chooses; among its eligible partners (ordered by id) the
 * next after the one it chose last, wrapping around — round robin.
 */

export type PartnerTypeValue = "DISTRIBUTOR" | "WHOLESALER" | "RETAILER" | "VAR" | "OEM" | "REFERRAL";

export type RuleFacts = {
  id: string;
  name: string;
  territory: { id: string; path: string } | null;
  minTier: { id: string; name: string; rank: number; programId: string } | null;
  partnerType: PartnerTypeValue | null;
  capacity: number | null;
  slaHours: number;
  lastPartnerId: string | null;
};

export type CandidateFacts = {
  id: string;
  name: string;
  type: PartnerTypeValue;
  /** effective tier in its program, if any */
  tier: { name: string; rank: number; programId: string } | null;
  /** territory ids the partner is assigned to */
  territoryIds: ReadonlySet<string>;
  /** open accepted leads it holds now */
  openLeads: number;
};

export type LeadFacts = {
  /** the lead's territory and every territory above it, nearest first */
  territoryChain: readonly string[];
  /** partners who declined it or let it time out */
  excludedPartnerIds: ReadonlySet<string>;
};

/** Stored with the offer (JSON) and rendered in the reader's language. */
export type OfferExplanation = {
  rule: string;
  territory: string | null;
  tier: string | null;
  partnerType: PartnerTypeValue | null;
  /** the chosen partner's open accepted leads before this one, and the rule's capacity */
  openLeads: number;
  capacity: number | null;
  eligible: number;
  /** true when an earlier turn of the rotation existed (the partner was "next") */
  roundRobin: boolean;
  /** partners passed over because they declined or let this lead time out */
  excluded: number;
};

export type Choice =
  | { found: true; ruleId: string; partnerId: string; slaHours: number; explanation: OfferExplanation }
  | { found: false };

export function ruleCovers(rule: RuleFacts, lead: LeadFacts): boolean {
  return rule.territory === null || lead.territoryChain.includes(rule.territory.id);
}

export function isEligible(rule: RuleFacts, partner: CandidateFacts, lead: LeadFacts): boolean {
  if (lead.excludedPartnerIds.has(partner.id)) return false;
  if (rule.territory && !lead.territoryChain.some((id) => partner.territoryIds.has(id))) return false;
  if (rule.minTier) {
    const tier = partner.tier;
    if (!tier || tier.programId !== rule.minTier.programId || tier.rank < rule.minTier.rank) return false;
  }
  if (rule.partnerType && partner.type !== rule.partnerType) return false;
  if (rule.capacity !== null && partner.openLeads >= rule.capacity) return false;
  return true;
}

/** The partner after `lastId` in id order (wrapping), or the first. */
export function nextInTurn<T extends { id: string }>(eligible: readonly T[], lastId: string | null): T | null {
  const sorted = [...eligible].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!sorted.length) return null;
  if (lastId === null) return sorted[0]!;
  return sorted.find((p) => p.id > lastId) ?? sorted[0]!;
}

export function chooseOffer(rules: readonly RuleFacts[], candidates: readonly CandidateFacts[], lead: LeadFacts): Choice {
  for (const rule of rules) {
    if (!ruleCovers(rule, lead)) continue;
    const eligible = candidates.filter((partner) => isEligible(rule, partner, lead));
    const chosen = nextInTurn(eligible, rule.lastPartnerId);
    if (!chosen) continue;
    return {
      found: true,
      ruleId: rule.id,
      partnerId: chosen.id,
      slaHours: rule.slaHours,
      explanation: {
        rule: rule.name,
        territory: rule.territory?.path ?? null,
        tier: rule.minTier ? (chosen.tier?.name ?? null) : null,
        partnerType: rule.partnerType,
        openLeads: chosen.openLeads,
        capacity: rule.capacity,
        eligible: eligible.length,
        roundRobin: rule.lastPartnerId !== null && eligible.length > 1,
        excluded: lead.excludedPartnerIds.size,
      },
    };
  }
  return { found: false };
}
