/**
 * A large co-op ledger for benchmarks, written straight into the database by the owner role
 * with `INSERT … SELECT generate_series` (a million entries in a minute or two; the services
 * would take hours), on the partners of scripts/bench/channel-data.ts and two programs the
 * services made (a quarterly co-op program and a yearly MDF program).
 *
 * Shapes (deterministic per cycle index c, from a hash of c):
 * - every partner has 15 funds: the co-op program's last 12 quarters and the MDF program's
 *   last 3 years (with 3,000 partners, 45,000 funds);
 * - the ledger is written in cycles of four entries on one fund: money earned (ACCRUAL on a
 *   co-op fund, ALLOCATION on an MDF fund), and a claim of half of it — RESERVATION at
 *   submission, RELEASE and CLAIM_PAYMENT when paid — with its CoopClaim row (PAID, payout);
 *   so every fund's available balance is positive and equals half of what it earned;
 * - partner sizes are skewed like the order book's (rank = 1 + ⌊partners × u³⌋ for a
 *   uniform u): with 3,000 partners the first holds ~7 % of the entries (a big distributor
 *   accruing on thousands of invoices), half of the partners a handful each.
 *
 * The constraints and triggers hold: entries name their fund and partner together (the
 * compound foreign key), amounts are positive, `sourceKey` is unique per fund, claims satisfy
 * their CHECK. Generated rows are not audited: they are data, not anyone's actions.
 */
import pg from "pg";

export type CoopDataOptions = {
  /** ptn_bench00000001… exist (generatePartners) */
  partners: number;
  entries: number;
  coopProgramId: string;
  mdfProgramId: string;
  currency: string;
};

/** Funds per partner: 12 quarters of the co-op program, then 3 years of the MDF program. */
export const FUNDS_PER_PARTNER = 15;

export const benchPartnerId = (rank: number) => `ptn_bench${String(rank).padStart(8, "0")}`;

const hash = (expr: string, salt: number) => `abs(hashint8((${expr})::bigint * 1000003 + ${salt}))`;

export async function generateCoopLedger(ownerUrl: string, tenantId: string, options: CoopDataOptions): Promise<{ funds: number; claims: number; entries: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Fund f of partner p: f ≤ 12 the co-op quarter (f − 1) quarters back, else the MDF year (f − 13) back.
    const funds = await client.query(
      `INSERT INTO "CoopFund" (id, "tenantId", "partnerId", "programId", currency, "periodStart", "periodEnd", "expiresOn", "createdAt")
       SELECT 'cfd_bench' || lpad(p::text, 6, '0') || '_' || lpad(f::text, 2, '0'), $1, 'ptn_bench' || lpad(p::text, 8, '0'),
              CASE WHEN f <= 12 THEN $3 ELSE $4 END, $5, start, finish, finish + 31, start
       FROM generate_series(1, $2::int) p, generate_series(1, ${FUNDS_PER_PARTNER}) f,
            LATERAL (SELECT CASE WHEN f <= 12 THEN (date_trunc('quarter', current_date) - make_interval(months => 3 * (f - 1)))::date
                                 ELSE (date_trunc('year', current_date) - make_interval(years => f - 13))::date END AS start) s,
            LATERAL (SELECT CASE WHEN f <= 12 THEN (s.start + interval '3 months' - interval '1 day')::date
                                 ELSE (s.start + interval '1 year' - interval '1 day')::date END AS finish) e`,
      [tenantId, options.partners, options.coopProgramId, options.mdfProgramId, options.currency],
    );
    // One row per cycle: its partner (skewed), fund, amount earned and the fund's period.
    await client.query(
      `CREATE TEMP TABLE bench_cycle ON COMMIT PRESERVE ROWS AS
       SELECT c, 'ptn_bench' || lpad(rank::text, 8, '0') AS "partnerId",
              'cfd_bench' || lpad(rank::text, 6, '0') || '_' || lpad(f::text, 2, '0') AS "fundId", f,
              1000 + ${hash("c", 2)} % 500000 AS earned,
              fund."periodStart", fund."periodEnd"
       FROM generate_series(1, $2::int) c,
            LATERAL (SELECT 1 + floor($3::int * power((${hash("c", 1)} % 1000000) / 1000000.0, 3))::int AS rank,
                            1 + (${hash("c", 3)} % ${FUNDS_PER_PARTNER})::int AS f) pick
       JOIN "CoopFund" fund ON fund."tenantId" = $1 AND fund.id = 'cfd_bench' || lpad(pick.rank::text, 6, '0') || '_' || lpad(pick.f::text, 2, '0')`,
      [tenantId, Math.floor(options.entries / 4), options.partners],
    );
    // A moment inside the fund's period (not after today) for the cycle's rows.
    const when = `LEAST(cy."periodStart" + (${hash("cy.c", 4)} % (cy."periodEnd" - cy."periodStart" + 1))::int, current_date - 1)`;
    const claims = await client.query(
      `INSERT INTO "CoopClaim" (id, "tenantId", "partnerId", "fundId", "activityType", title, "startsOn", "endsOn", "actualCostMinor",
                               "claimedMinor", "approvedMinor", currency, status, "payMethod", "payoutReference", "paidAt",
                               "submissionKey", "submittedByName", "decidedByName", "createdAt", "updatedAt")
       SELECT 'ccl_bench' || lpad(cy.c::text, 9, '0'), $1, cy."partnerId", cy."fundId",
              (ARRAY['DIGITAL_ADS','TRADE_SHOW','CO_BRANDED_PRINT','TRAINING'])[1 + cy.c % 4]::"CoopActivityType",
              'Bench activity ' || cy.c, ${when}, ${when}, cy.earned, cy.earned / 2, cy.earned / 2, $2, 'PAID', 'PAYOUT',
              'COOP-BENCH-' || cy.c, ${when} + 20, 'bench-' || cy.c, 'Bench Partner', 'Bench Reviewer', ${when} + 5, ${when} + 20
       FROM bench_cycle cy`,
      [tenantId, options.currency],
    );
    // Four entries per cycle, in cycle order (so `seq` follows the story of each fund).
    const entries = await client.query(
      `INSERT INTO "CoopEntry" (id, "tenantId", "partnerId", "fundId", kind, "amountMinor", currency, "sourceKey", "claimId", reason,
                               "createdByName", "createdAt")
       SELECT 'cen_bench' || lpad(cy.c::text, 9, '0') || '_' || k, $1, cy."partnerId", cy."fundId",
              (CASE k WHEN 0 THEN CASE WHEN cy.f <= 12 THEN 'ACCRUAL' ELSE 'ALLOCATION' END
                      WHEN 1 THEN 'RESERVATION' WHEN 2 THEN 'RELEASE' ELSE 'CLAIM_PAYMENT' END)::"CoopEntryKind",
              CASE WHEN k = 0 THEN cy.earned ELSE cy.earned / 2 END, $2,
              CASE WHEN k = 0 THEN 'bench:' || cy.c END,
              CASE WHEN k > 0 THEN 'ccl_bench' || lpad(cy.c::text, 9, '0') END,
              CASE k WHEN 2 THEN 'paid' WHEN 3 THEN 'COOP-BENCH-' || cy.c END,
              CASE WHEN k = 0 THEN 'Canal' ELSE 'Bench Reviewer' END,
              ${when} + make_interval(days => (ARRAY[0, 5, 20, 20])[k + 1])
       FROM bench_cycle cy, generate_series(0, 3) k
       ORDER BY cy.c, k`,
      [tenantId, options.currency],
    );
    await client.query(`DROP TABLE bench_cycle`);
    for (const table of ["CoopFund", "CoopClaim", "CoopEntry"]) await client.query(`VACUUM ANALYZE "${table}"`);
    return { funds: funds.rowCount ?? 0, claims: claims.rowCount ?? 0, entries: entries.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

/** Entries per partner, for the partners the bench measures. */
export async function entriesOfPartners(ownerUrl: string, tenantId: string, partnerIds: string[]): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ partnerId: string; count: string }>(
      `SELECT "partnerId", count(*) AS count FROM "CoopEntry" WHERE "tenantId" = $1 AND "partnerId" = ANY($2) GROUP BY 1`,
      [tenantId, partnerIds],
    );
    return new Map(partnerIds.map((id) => [id, Number(rows.find((r) => r.partnerId === id)?.count ?? 0)]));
  } finally {
    await client.end();
  }
}

/** Every entry of a fund in written order, read as the owner (no RLS): what its balances must be the sums of. */
export async function entriesOfFund(ownerUrl: string, fundId: string): Promise<{ kind: string; amountMinor: bigint; claimId: string | null }[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; amountMinor: string; claimId: string | null }>(
      `SELECT kind::text AS kind, "amountMinor", "claimId" FROM "CoopEntry" WHERE "fundId" = $1 ORDER BY seq`,
      [fundId],
    );
    return rows.map((row) => ({ ...row, amountMinor: BigInt(row.amountMinor) }));
  } finally {
    await client.end();
  }
}
