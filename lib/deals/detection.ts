import "server-only";
import { systemCtx, type SystemCtx, type TenantCtx } from "@/lib/auth/context";
import { sharedKeys } from "@/lib/accounts/claims";
import { unsafeAcrossPartners, unsafeLoadClaimWorld, withinTerritories, type WorldRule } from "@/lib/accounts/world";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { winningRule, type AccountPlace } from "@/lib/territories/precedence";
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
 * keys' side table, DealClaim (kept by triggers in the transaction that writes them; see
 * its migration), which holds only what claims and only its keys — a similar-name lookup
 * rechecks thousands of trigram candidates, and there they sit on few pages. One
 * statement, its conditions all served by indexes — btree on the normalised name, domain
 * and tax id, trigram GIN on the name for `%` — combined in one bitmap. Under row-level
 * security that takes the operators being LEAKPROOF: text equality is, and the deals
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

/** Trigram similarity from which a name is a candidate (`%`); ./similarity.ts decides which are "similar". */
export const CANDIDATE_SIMILARITY = 0.4;

/** Most candidates read per table: the strongest first (shared keys, then similarity). */
const CANDIDATES = 50;

/** A registration's or an open deal's keys as DealClaim holds them (`opportunityId` null: a registration). */
type Candidate = Keys & { id: string; registrationId: string | null; opportunityId: string | null; partnerId: string | null; sim: number };

function keyFilter(keys: Keys): Prisma.Sql {
  const parts = [Prisma.sql`"nameKey" = ${keys.nameKey}`, Prisma.sql`"nameKey" % ${keys.nameKey}`];
  if (keys.domain) parts.push(Prisma.sql`"domain" = ${keys.domain}`);
  if (keys.taxId) parts.push(Prisma.sql`"taxId" = ${keys.taxId}`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * Every claim on the customer, registrations' and open deals' (the claimant's own too),
 * from the claim keys' side table — one statement, the strongest CANDIDATES of each kind.
 * An approved registration's claim ends after its last protected day (`claimsUntil`).
 */
function claimCandidates(tx: Tx, tenantId: string, input: DetectInput) {
  return tx.$queryRaw<Candidate[]>`
    SELECT "id", "registrationId", "opportunityId", "partnerId", "nameKey", "domain", "taxId", "sim"
    FROM (
      SELECT "id", "registrationId", "opportunityId", "partnerId", "nameKey", "domain", "taxId",
             similarity("nameKey", ${input.keys.nameKey})::float8 AS "sim",
             row_number() OVER (PARTITION BY "opportunityId" IS NULL ORDER BY similarity("nameKey", ${input.keys.nameKey}) DESC, "id") AS "rank"
      FROM "DealClaim"
      WHERE "tenantId" = ${tenantId}
        AND ("claimsUntil" IS NULL OR "claimsUntil" >= ${input.today}::date)
        AND "id" <> ${input.excludeRegistrationId ?? ""}
        AND ${keyFilter(input.keys)}
    ) AS "claim"
    WHERE "rank" <= ${CANDIDATES}
    ORDER BY "sim" DESC, "id"`;
}

/**
 * Runs the detection in the caller's transaction. For a partner's context the reads are
 * widened to the tenant and the partner's scope restored afterwards.
 */
export async function unsafeDetect(tx: Tx, ctx: TenantCtx | SystemCtx, input: DetectInput): Promise<Detection> {
  const tenantId = ctx.tenantId;
  return unsafeAcrossPartners(tx, ctx, async () => {
    // Candidates share at least 40 % of their trigrams: enough for typos and a group's
    // subsidiaries, while names sharing only a common word ("… Logistics") stay out.
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`;
    // The widened scope reads as the system; the world loader must not restore the partner's mid-way.
    const [claims, world] = await Promise.all([
      claimCandidates(tx, tenantId, input),
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

