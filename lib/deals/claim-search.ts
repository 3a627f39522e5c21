import "server-only";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { SIMILAR_TRIGRAM, type Keys } from "./similarity";

/**
 * How duplicate detection (./detection.ts) finds the registrations and open deals that may
 * claim a customer, in their claim keys' side table DealClaim (kept by triggers; migration
 * …_deal_claims). A candidate shares the exact name, domain or tax id, or has trigram
 * similarity ≥ CANDIDATE_SIMILARITY (0.4); ./similarity.ts then decides which are "similar".
 *
 * `%` at 0.4 is served by a trigram GIN index, which is lossy: every candidate is rechecked
 * on the heap. A name ending in a long common word ("… industrial") shares 40 % of its
 * trigrams with every name ending so — ~15,000 candidates among 140,000 claims in
 * `npm run bench -- deals`, nearly all of them then rejected. For a long name (at least
 * LONG_NAME trigrams) the same similar names come from far fewer candidates, because
 * between 0.4 and 0.5 only names that contain each other's words can be similar:
 *  - similarity ≥ 0.5 is similar by itself: `%` at 0.5, from the same index;
 *  - a typo (an insertion, deletion, substitution or transposition, spaces included)
 *    changes at most 4 trigrams on each side, so a name within 2 typos of one with n ≥ 24
 *    trigrams shares at least 16 and has similarity ≥ 16 / (16 + 8 + 8) = 0.5: found above
 *    (tests/integration/deal-claims.test.ts checks this against PostgreSQL);
 *  - a name made only of the looked-up name's words has all its trigrams among the n:
 *    found by its set of words, one of the n-trigram name's word subsets (`wordSet`, btree);
 *  - a name containing all the looked-up name's words has all n trigrams, and similarity
 *    n / its trigrams — ≥ 0.4 but < 0.5 only for 2n < its trigrams ≤ 2.5n: a range of the
 *    `trigrams` column (btree), then measured.
 * What is no longer read — names between 0.4 and 0.5 that share neither words nor near
 * spelling — never made a finding. Shorter names, or names of many words, keep `%` at 0.4.
 */

/** Trigram similarity from which a name is a candidate (`%`); ./similarity.ts decides which are "similar". */
export const CANDIDATE_SIMILARITY = 0.4;

/** Trigrams from which a name's candidates are searched at SIMILAR_TRIGRAM (see above). */
export const LONG_NAME = 24;

/** Most distinct words a long name may have for its word subsets to be looked up (2^8 − 1). */
const MAX_WORDS = 8;

/** Most candidates read per kind (registrations, deals): the strongest first. */
const CANDIDATES = 50;

/** A registration's or an open deal's keys as DealClaim holds them (`opportunityId` null: a registration). */
export type Candidate = Keys & { id: string; registrationId: string | null; opportunityId: string | null; partnerId: string | null; sim: number };

/** A name's distinct words in byte order (as the migration's deal_claim_word_set sorts them). */
export function wordSetOf(nameKey: string): string[] {
  return [...new Set(nameKey.split(" ").filter(Boolean))].sort();
}

/** Every non-empty subset of `words` (kept in their order), joined as a wordSet. */
export function wordSubsets(words: readonly string[]): string[] {
  const subsets: string[] = [];
  for (let mask = 1; mask < 1 << words.length; mask++) subsets.push(words.filter((_, i) => mask & (1 << i)).join(" "));
  return subsets;
}

/**
 * Sets `%`'s threshold for this transaction (one statement) and answers how the name's
 * candidates are searched: at SIMILAR_TRIGRAM with the two containment lookups for a long
 * name, at CANDIDATE_SIMILARITY otherwise.
 */
async function searchPlan(tx: Tx, nameKey: string): Promise<{ trigrams: number; words: string[] | null }> {
  const words = wordSetOf(nameKey);
  const eligible = words.length > 0 && words.length <= MAX_WORDS;
  const [row] = await tx.$queryRaw<{ trigrams: number; threshold: string }[]>`
    SELECT "trigrams", set_config('pg_trgm.similarity_threshold',
             CASE WHEN ${eligible} AND "trigrams" >= ${LONG_NAME} THEN ${String(SIMILAR_TRIGRAM)} ELSE ${String(CANDIDATE_SIMILARITY)} END, true) AS "threshold"
    FROM (SELECT cardinality(show_trgm(${nameKey}))::int AS "trigrams") AS "name"`;
  const trigrams = row?.trigrams ?? 0;
  return { trigrams, words: row?.threshold === String(SIMILAR_TRIGRAM) ? words : null };
}

function keyFilter(keys: Keys, plan: { trigrams: number; words: string[] | null }): Prisma.Sql {
  const parts = [Prisma.sql`"nameKey" = ${keys.nameKey}`, Prisma.sql`"nameKey" % ${keys.nameKey}`];
  if (plan.words) {
    const measured = Prisma.sql`similarity("nameKey", ${keys.nameKey}) >= ${CANDIDATE_SIMILARITY}`;
    parts.push(Prisma.sql`("wordSet" = ANY (${wordSubsets(plan.words)}::text[]) AND ${measured})`);
    parts.push(Prisma.sql`("trigrams" BETWEEN ${2 * plan.trigrams + 1} AND ${Math.floor(2.5 * plan.trigrams)} AND ${measured})`);
  }
  if (keys.domain) parts.push(Prisma.sql`"domain" = ${keys.domain}`);
  if (keys.taxId) parts.push(Prisma.sql`"taxId" = ${keys.taxId}`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * Every claim on the customer, registrations' and open deals' (the claimant's own too) —
 * the strongest CANDIDATES of each kind, by similarity. An approved registration's claim
 * ends after its last protected day (`claimsUntil`). Two statements: the plan, the search.
 */
export async function unsafeClaimCandidates(tx: Tx, tenantId: string, input: { keys: Keys; today: string; excludeRegistrationId?: string }): Promise<Candidate[]> {
  const plan = await searchPlan(tx, input.keys.nameKey);
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
        AND ${keyFilter(input.keys, plan)}
    ) AS "claim"
    WHERE "rank" <= ${CANDIDATES}
    ORDER BY "sim" DESC, "id"`;
}
