import "server-only";
import { systemCtx, type SystemCtx, type TenantCtx } from "@/lib/auth/context";
import { sharedKeys } from "@/lib/accounts/claims";
import { unsafeAcrossPartners, unsafeLoadClaimWorld, withinTerritories, type WorldRule } from "@/lib/accounts/world";
import type { Tx } from "@/lib/db/scope";
import { winningRule, type AccountPlace } from "@/lib/territories/precedence";
import { unsafeClaimCandidates } from "./claim-search";
import { territoryChain, unsafeRepsOf, type Rep } from "./reps";
import { matchedOn, type Keys } from "./similarity";
import type { MatchKindValue } from "./schema";

/**
 * Duplicate and conflict detection for a deal registration, and the partner's "is this
 * customer already claimed?". It must see every partner's registrations and deals, the
 * vendor's direct deals and accounts, and the territory rules — which a partner's scope
 * cannot — so it widens the transaction to the tenant (lib/accounts/world.ts) for the
 * reads. Its findings leave this module only as evidence for the vendor's reviewer
 * (DealMatch, vendor-only rows) or as a bare yes/no: never whose.
 *
 * What counts as a claim on the customer: another partner's PENDING registration, or an
 * APPROVED one still protected; an OPEN opportunity (a direct deal, or another partner's
 * that no matched registration already stands for); an account of another owner with the
 * same tax id, domain or normalised name. Names match exactly after normalisation or as
 * "similar" (./similarity.ts). A customer outside the claimant's territories is evidence
 * too, though not a claim.
 *
 * Speed (npm run bench -- deals): registrations and open deals are searched in their claim
 * keys' side table, DealClaim (kept by triggers in the transaction that writes them), with
 * as few trigram candidates as give the same findings — ./claim-search.ts. Its conditions
 * are all served by indexes combined in one bitmap; under row-level security that takes
 * the operators being LEAKPROOF: text and integer comparisons are, and the deals
 * migration marks pg_trgm's similarity_op so (see there).
 */

export type Finding = {
  kind: MatchKindValue;
  otherRegistrationId: string | null;
  otherOpportunityId: string | null;
  otherAccountId: string | null;
  /** null = the vendor's own (direct) — or nobody, for TERRITORY */
  otherPartnerId: string | null;
  matchedOn: string[];
  similarity: number | null;
  territoryPath: string | null;
};

export type Detection = {
  /** evidence against other owners (what the reviewer sees) */
  findings: Finding[];
  /** the claimant's own pending or protected registrations and open deals of this customer */
  own: { registrationIds: string[]; opportunityIds: string[]; exactRegistrationIds: string[] };
  /** the claimant's own account of this customer, if it has one */
  ownAccountId: string | null;
  /** where the customer falls by the territory rules */
  rule: WorldRule | null;
  /** that territory's reps (./reps.ts), the deal's rep first */
  reps: Rep[];
};

export type DetectInput = {
  /** null: a direct deal of the vendor */
  partnerId: string | null;
  keys: Keys;
  place: AccountPlace;
  /** the tenant's today, "YYYY-MM-DD": protection ending before it no longer counts */
  today: string;
  /** leave this registration out (re-checking one that exists) */
  excludeRegistrationId?: string;
};

/**
 * Runs the detection in the caller's transaction. For a partner's context the reads are
 * widened to the tenant and the partner's scope restored afterwards.
 */
export async function unsafeDetect(tx: Tx, ctx: TenantCtx | SystemCtx, input: DetectInput): Promise<Detection> {
  const tenantId = ctx.tenantId;
  return unsafeAcrossPartners(tx, ctx, async () => {
    // The widened scope reads as the system; the world loader must not restore the partner's mid-way.
    const [claims, world] = await Promise.all([
      unsafeClaimCandidates(tx, tenantId, input),
      unsafeLoadClaimWorld(tx, systemCtx(tenantId), [input.keys], input.partnerId ? [input.partnerId] : []),
    ]);
    const findings: Finding[] = [];
    const own: Detection["own"] = { registrationIds: [], opportunityIds: [], exactRegistrationIds: [] };
    const blank = { otherRegistrationId: null, otherOpportunityId: null, otherAccountId: null, territoryPath: null };
    const matchedRegistrations = new Set<string>();
    // Registrations first: a deal that a matched registration stands for is then left out.
    for (const row of claims.filter((claim) => claim.opportunityId === null)) {
      const shared = matchedOn(input.keys, row, row.sim);
      if (!shared.length) continue;
      if (row.partnerId === input.partnerId) {
        own.registrationIds.push(row.id);
        if (shared.some((key) => key !== "similarName")) own.exactRegistrationIds.push(row.id);
        continue;
      }
      matchedRegistrations.add(row.id);
      findings.push({
        ...blank,
        kind: "REGISTRATION",
        otherRegistrationId: row.id,
        otherPartnerId: row.partnerId,
        matchedOn: shared,
        similarity: shared.includes("similarName") ? Math.round(row.sim * 100) : null,
      });
    }
    for (const row of claims.filter((claim) => claim.opportunityId !== null)) {
      const shared = matchedOn(input.keys, row, row.sim);
      if (!shared.length) continue;
      if (input.partnerId !== null && row.partnerId === input.partnerId) {
        own.opportunityIds.push(row.id);
        continue;
      }
      // A deal that a matched registration already stands for is one claim, not two.
      if (row.registrationId && matchedRegistrations.has(row.registrationId)) continue;
      findings.push({
        ...blank,
        kind: "OPPORTUNITY",
        otherOpportunityId: row.id,
        otherPartnerId: row.partnerId,
        matchedOn: shared,
        similarity: shared.includes("similarName") ? Math.round(row.sim * 100) : null,
      });
    }
    let ownAccountId: string | null = null;
    for (const account of world.matches) {
      const shared = sharedKeys(input.keys, account);
      if (!shared.length) continue;
      if (account.partnerId === input.partnerId) {
        ownAccountId ??= account.id;
        continue;
      }
      findings.push({ ...blank, kind: "ACCOUNT", otherAccountId: account.id, otherPartnerId: account.partnerId, matchedOn: shared, similarity: null });
    }
    const rule = winningRule(world.rules, input.place);
    const assigned = input.partnerId ? world.partnerTerritories.get(input.partnerId) : undefined;
    // A partner without territories is not limited to any (as for accounts).
    if (assigned?.size && !withinTerritories(rule?.territoryId ?? null, assigned, world.territories)) {
      findings.push({ ...blank, kind: "TERRITORY", otherPartnerId: null, matchedOn: [], similarity: null, territoryPath: rule?.territoryPath ?? null });
    }
    const reps = await unsafeRepsOf(tx, tenantId, territoryChain(rule?.territoryId ?? null, world.territories));
    return { findings, own, ownAccountId, rule, reps };
  });
}

/** The partner's pre-check: is anyone else's claim on this customer standing? Never says whose. */
export function claimAnswer(detection: Detection): "free" | "claimed" | "yours" {
  if (detection.findings.some((f) => f.kind !== "TERRITORY")) return "claimed";
  return detection.own.registrationIds.length || detection.own.opportunityIds.length ? "yours" : "free";
}

