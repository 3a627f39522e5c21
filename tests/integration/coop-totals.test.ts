/**
 * The running sums the balances read (CoopFundTotal, kept by a trigger on CoopEntry inserts):
 * after the flows that move money, every row equals the sum of its fund's entries of that
 * kind (and claim flag), and the reported balances equal the fold of the raw entries; a
 * statement appending many entries to several funds adds each to its own fund; the app's
 * role cannot write the sums itself.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { balanceOf, type BalanceRow } from "@/lib/coop/balances";
import { decideClaim } from "@/lib/coop/claims";
import { adjustFund } from "@/lib/coop/funds";
import { payClaim } from "@/lib/coop/pay";
import { getOwnFund, listOwnFunds } from "@/lib/coop/read";
import { adjustSchema, decideClaimSchema, payClaimSchema, type CoopEntryKindValue } from "@/lib/coop/schema";
import { withScope } from "@/lib/db/scope";
import { ownerQuery } from "@/tests/fixtures/db";
import { createPartnerWithUser, createTestTenant } from "@/tests/fixtures/factories";
import { allocate, claim, entriesOf, seedCoopProgram, uploadProof } from "@/tests/fixtures/coop";

let admin: VendorCtx;
let partner: PartnerCtx;
let programId: string;

beforeAll(async () => {
  admin = await createTestTenant();
  partner = await createPartnerWithUser(admin, "PARTNER_ADMIN");
  programId = (await seedCoopProgram(admin)).id;
});

type Sum = { fundId: string; kind: string; forClaim: boolean; amountMinor: string; entries: number };

/** The tenant's running sums, and the same sums computed from the entries (as the owner: no RLS). */
async function sumsOf(tenantId: string): Promise<{ kept: Sum[]; computed: Sum[] }> {
  const kept = await ownerQuery<Sum>(
    `SELECT "fundId", kind::text AS kind, "forClaim", "amountMinor"::text AS "amountMinor", entries
       FROM "CoopFundTotal" WHERE "tenantId" = $1 ORDER BY 1, 2, 3`,
    [tenantId],
  );
  const computed = await ownerQuery<Sum>(
    `SELECT "fundId", kind::text AS kind, "claimId" IS NOT NULL AS "forClaim", sum("amountMinor")::text AS "amountMinor", count(*)::int AS entries
       FROM "CoopEntry" WHERE "tenantId" = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [tenantId],
  );
  return { kept, computed };
}

async function expectBalancesFromEntries(fundId: string) {
  const folded = balanceOf((await entriesOf(fundId)).map((e): BalanceRow => ({ kind: e.kind as CoopEntryKindValue, amountMinor: e.amountMinor, forClaim: e.claimId !== null })));
  expect((await getOwnFund(partner, fundId)).balance).toEqual(folded);
}

describe("co-op running sums", () => {
  it("equal the sums of the entries after allocations, claims approved in part, rejected and paid, and adjustments", async () => {
    const first = await allocate(admin, programId, partner.partnerId, "500");
    // a second allocation in the same period lands in the same fund
    await allocate(admin, programId, partner.partnerId, "250");
    const paid = await claim(partner, first, await uploadProof(partner), "120");
    const approved = await decideClaim(admin, decideClaimSchema.parse({ claimId: paid.id, version: paid.version, decision: "APPROVE", approved: "100", reason: "capped" }));
    await payClaim(admin, payClaimSchema.parse({ claimId: approved.id, version: approved.version, method: "PAYOUT" }));
    const rejected = await claim(partner, first, await uploadProof(partner), "40");
    await decideClaim(admin, decideClaimSchema.parse({ claimId: rejected.id, version: rejected.version, decision: "REJECT", reason: "no proof of the ad" }));
    await claim(partner, first, await uploadProof(partner), "30"); // still submitted: claimed
    await adjustFund(admin, adjustSchema.parse({ fundId: first, amount: "15", direction: "REMOVE", reason: "duplicate allocation", submissionKey: randomUUID() }));

    const { kept, computed } = await sumsOf(admin.tenantId);
    expect(kept).toEqual(computed);
    expect(kept.length).toBeGreaterThanOrEqual(5);
    await expectBalancesFromEntries(first);
    expect((await getOwnFund(partner, first)).balance).toMatchObject({ earnedMinor: 73500n, claimedMinor: 3000n, paidMinor: 10000n, availableMinor: 60500n });
  });

  it("a statement appending entries to several funds adds each to its own fund's sums", async () => {
    const other = await createPartnerWithUser(admin, "PARTNER_ADMIN");
    const a = await allocate(admin, programId, partner.partnerId, "10", "2025-01-15");
    const b = await allocate(admin, programId, other.partnerId, "20", "2025-01-15");
    await ownerQuery(
      `INSERT INTO "CoopEntry" (id, "tenantId", "partnerId", "fundId", kind, "amountMinor", currency, "sourceKey", "createdByName")
       SELECT 'cen_totals_' || f.id || '_' || g, f."tenantId", f."partnerId", f.id, 'ACCRUAL', 100 * g, f.currency, 'totals:' || g, 'Canal'
         FROM "CoopFund" f, generate_series(1, 3) g WHERE f.id IN ($1, $2)`,
      [a, b],
    );
    const { kept, computed } = await sumsOf(admin.tenantId);
    expect(kept).toEqual(computed);
    expect(kept.find((s) => s.fundId === a && s.kind === "ACCRUAL")).toMatchObject({ amountMinor: "600", entries: 3 });
    await expectBalancesFromEntries(a);
    const funds = await listOwnFunds(other);
    expect(funds.find((f) => f.id === b)!.balance.earnedMinor).toBe(2000n + 600n);
  });

  it("the app's role cannot write the sums itself", async () => {
    const fundId = await allocate(admin, programId, partner.partnerId, "5", "2025-04-15");
    const before = await sumsOf(admin.tenantId);
    const changed = await withScope(scopeOf(admin), (tx) => tx.$executeRaw`UPDATE "CoopFundTotal" SET "amountMinor" = "amountMinor" + 1 WHERE "fundId" = ${fundId}`);
    expect(changed).toBe(0);
    expect(await withScope(scopeOf(admin), (tx) => tx.$executeRaw`DELETE FROM "CoopFundTotal" WHERE "fundId" = ${fundId}`)).toBe(0);
    await expect(
      withScope(scopeOf(admin), (tx) =>
        tx.$executeRaw`INSERT INTO "CoopFundTotal" (id, "tenantId", "partnerId", "fundId", kind, "forClaim", "amountMinor", entries)
                       VALUES ('forged', ${admin.tenantId}, ${partner.partnerId}, ${fundId}, 'ADJUSTMENT', false, 100000, 1)`,
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await sumsOf(admin.tenantId)).toEqual(before);
  });
});
