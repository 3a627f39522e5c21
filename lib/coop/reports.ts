import "server-only";
import { addDays, dateToDay, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";
import { roundDiv } from "@/lib/money";
import { balanceOf, type BalanceRow } from "./balances";
import { EXPIRING_SOON_DAYS } from "./read";
import type { CoopActivityTypeValue, CoopEntryKindValue } from "./schema";

/**
 * The back office's co-op reports, each one or two SQL statements over the ledger:
 *
 * - liability: what the vendor still owes partners, by program and partner — earned
 *   (accrued or allocated, adjusted) less paid and expired; split into what is committed
 *   (reserved for approved requests, claimed and not paid) and what is unclaimed, with the
 *   unclaimed money of funds expiring within 30 days;
 * - spend by activity type: claims paid in a date range (and approved, awaiting payment);
 * - return on funds: for each paid claim, the partner's invoiced net revenue (before tax, in
 *   the claim's currency) in the N months after the activity against the N months before it.
 *
 * Balances fold the per-fund sums with the same pure function as the fund pages
 * (./balances.ts), so a report can never disagree with a fund's own figures.
 */

export type LiabilityRow = {
  programId: string;
  programName: string;
  partnerId: string;
  partnerName: string;
  currency: string;
  funds: number;
  earnedMinor: bigint;
  paidMinor: bigint;
  expiredMinor: bigint;
  /** reserved for approved requests + claimed and not paid */
  committedMinor: bigint;
  /** available: neither reserved, claimed, paid nor expired */
  unclaimedMinor: bigint;
  /** earned − paid − expired = committed + unclaimed */
  liabilityMinor: bigint;
  /** unclaimed money of funds that expire within 30 days */
  expiringSoonMinor: bigint;
  /** the next expiry of a fund with unclaimed money (null: none) */
  nextExpiry: string | null;
};

export type CurrencyTotal = { currency: string; liabilityMinor: bigint; committedMinor: bigint; unclaimedMinor: bigint; expiringSoonMinor: bigint };

export async function liabilityReport(ctx: VendorCtx, filter: { programId?: string; partnerId?: string } = {}): Promise<{ rows: LiabilityRow[]; totals: CurrencyTotal[] }> {
  authorize(ctx, "coop.read");
  const today = todayIn(ctx.tenant.timeZone);
  const soon = addDays(today, EXPIRING_SOON_DAYS);
  const sums = await withReadScope(scopeOf(ctx), (tx) =>
    tx.$queryRaw<{ fundId: string; programId: string; programName: string; partnerId: string; partnerName: string; currency: string; expiresOn: Date; kind: CoopEntryKindValue; forClaim: boolean; total: bigint }[]>(Prisma.sql`
      SELECT f.id AS "fundId", f."programId", p.name AS "programName", f."partnerId", pa.name AS "partnerName", f.currency, f."expiresOn",
             e.kind::text AS kind, (e."claimId" IS NOT NULL) AS "forClaim", SUM(e."amountMinor")::bigint AS total
        FROM "CoopFund" f
        JOIN "CoopProgram" p ON p."tenantId" = f."tenantId" AND p.id = f."programId"
        JOIN "Partner" pa ON pa."tenantId" = f."tenantId" AND pa.id = f."partnerId"
        JOIN "CoopEntry" e ON e."tenantId" = f."tenantId" AND e."fundId" = f.id
       WHERE f."tenantId" = ${ctx.tenantId}
         ${filter.programId ? Prisma.sql`AND f."programId" = ${filter.programId}` : Prisma.empty}
         ${filter.partnerId ? Prisma.sql`AND f."partnerId" = ${filter.partnerId}` : Prisma.empty}
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`),
  );
  type Fund = { key: string; row: Omit<LiabilityRow, "earnedMinor" | "paidMinor" | "expiredMinor" | "committedMinor" | "unclaimedMinor" | "liabilityMinor" | "expiringSoonMinor" | "nextExpiry" | "funds">; expiresOn: string; entries: BalanceRow[] };
  const funds = new Map<string, Fund>();
  for (const s of sums) {
    const fund = funds.get(s.fundId) ?? {
      key: `${s.programId}|${s.partnerId}|${s.currency}`,
      row: { programId: s.programId, programName: s.programName, partnerId: s.partnerId, partnerName: s.partnerName, currency: s.currency },
      expiresOn: dateToDay(s.expiresOn),
      entries: [],
    };
    fund.entries.push({ kind: s.kind, amountMinor: BigInt(s.total), forClaim: s.forClaim });
    funds.set(s.fundId, fund);
  }
  const rows = new Map<string, LiabilityRow>();
  for (const fund of funds.values()) {
    const b = balanceOf(fund.entries);
    const row = rows.get(fund.key) ?? { ...fund.row, funds: 0, earnedMinor: 0n, paidMinor: 0n, expiredMinor: 0n, committedMinor: 0n, unclaimedMinor: 0n, liabilityMinor: 0n, expiringSoonMinor: 0n, nextExpiry: null };
    row.funds += 1;
    row.earnedMinor += b.earnedMinor;
    row.paidMinor += b.paidMinor;
    row.expiredMinor += b.expiredMinor;
    row.committedMinor += b.reservedMinor + b.claimedMinor;
    row.unclaimedMinor += b.availableMinor;
    row.liabilityMinor += b.earnedMinor - b.paidMinor - b.expiredMinor;
    const open = b.availableMinor > 0n && fund.expiresOn > today;
    if (open && fund.expiresOn <= soon) row.expiringSoonMinor += b.availableMinor;
    if (open && (row.nextExpiry === null || fund.expiresOn < row.nextExpiry)) row.nextExpiry = fund.expiresOn;
    rows.set(fund.key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => a.programName.localeCompare(b.programName) || a.partnerName.localeCompare(b.partnerName) || a.currency.localeCompare(b.currency));
  const totals = new Map<string, CurrencyTotal>();
  for (const row of sorted) {
    const total = totals.get(row.currency) ?? { currency: row.currency, liabilityMinor: 0n, committedMinor: 0n, unclaimedMinor: 0n, expiringSoonMinor: 0n };
    total.liabilityMinor += row.liabilityMinor;
    total.committedMinor += row.committedMinor;
    total.unclaimedMinor += row.unclaimedMinor;
    total.expiringSoonMinor += row.expiringSoonMinor;
    totals.set(row.currency, total);
  }
  return { rows: sorted, totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
}

export type SpendRow = { activityType: CoopActivityTypeValue; currency: string; claims: number; paidMinor: bigint; approvedUnpaidMinor: bigint };

/** Claims paid from `from` to `to` (days in the tenant's time zone, inclusive) by activity type, and what is approved and unpaid now. */
export async function spendByActivity(ctx: VendorCtx, range: { from: string; to: string }): Promise<SpendRow[]> {
  authorize(ctx, "coop.read");
  const tz = ctx.tenant.timeZone;
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.$queryRaw<{ activityType: CoopActivityTypeValue; currency: string; claims: number; paid: bigint; approved: bigint }[]>(Prisma.sql`
      SELECT c."activityType"::text AS "activityType", c.currency,
             COUNT(*) FILTER (WHERE c.status = 'PAID')::int AS claims,
             COALESCE(SUM(c."approvedMinor") FILTER (WHERE c.status = 'PAID'), 0)::bigint AS paid,
             COALESCE(SUM(c."approvedMinor") FILTER (WHERE c.status = 'APPROVED'), 0)::bigint AS approved
        FROM "CoopClaim" c
       WHERE c."tenantId" = ${ctx.tenantId}
         AND (c.status = 'APPROVED'
              OR (c.status = 'PAID' AND c."paidAt" >= (${range.from}::date::timestamp AT TIME ZONE ${tz})
                                    AND c."paidAt" < ((${range.to}::date + 1)::timestamp AT TIME ZONE ${tz})))
       GROUP BY 1, 2
       ORDER BY 2, 4 DESC, 1`),
  );
  return rows.map((r) => ({ activityType: r.activityType, currency: r.currency, claims: r.claims, paidMinor: BigInt(r.paid), approvedUnpaidMinor: BigInt(r.approved) }));
}

export type ReturnRow = {
  claimId: string;
  title: string;
  activityType: CoopActivityTypeValue;
  partnerId: string;
  partnerName: string;
  currency: string;
  startsOn: string;
  endsOn: string;
  paidMinor: bigint;
  /** invoiced net in the N months before the activity started */
  beforeMinor: bigint;
  /** invoiced net in the N months after it ended (so far, when they have not all passed) */
  afterMinor: bigint;
  /** false while the months after the activity have not all passed */
  afterComplete: boolean;
  /** (after − before) / paid, in tenths (23 = 2.3×); null when nothing was paid */
  returnTenths: bigint | null;
};

export const RETURN_MONTHS = [1, 3, 6, 12] as const;

/**
 * Return on funds: each paid claim's activity against the partner's invoiced net revenue
 * (invoice subtotals before tax, in the claim's currency) in the `months` before it started
 * and the `months` after it ended — the activity's own days are in neither. Newest first.
 */
export async function returnOnFunds(ctx: VendorCtx, months: number, limit = 200): Promise<ReturnRow[]> {
  authorize(ctx, "coop.read");
  const today = todayIn(ctx.tenant.timeZone);
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.$queryRaw<{ claimId: string; title: string; activityType: CoopActivityTypeValue; partnerId: string; partnerName: string; currency: string; startsOn: Date; endsOn: Date; paid: bigint; before: bigint; after: bigint; afterEnds: Date }[]>(Prisma.sql`
      SELECT c.id AS "claimId", c.title, c."activityType"::text AS "activityType", c."partnerId", pa.name AS "partnerName", c.currency,
             c."startsOn", c."endsOn", c."approvedMinor" AS paid,
             (SELECT COALESCE(SUM(i."subtotalMinor"), 0) FROM "Invoice" i
               WHERE i."tenantId" = c."tenantId" AND i."partnerId" = c."partnerId" AND i.currency = c.currency
                 AND i."issueDate" >= (c."startsOn" - make_interval(months => ${months}))::date AND i."issueDate" < c."startsOn")::bigint AS before,
             (SELECT COALESCE(SUM(i."subtotalMinor"), 0) FROM "Invoice" i
               WHERE i."tenantId" = c."tenantId" AND i."partnerId" = c."partnerId" AND i.currency = c.currency
                 AND i."issueDate" > c."endsOn" AND i."issueDate" <= (c."endsOn" + make_interval(months => ${months}))::date)::bigint AS after,
             (c."endsOn" + make_interval(months => ${months}))::date AS "afterEnds"
        FROM "CoopClaim" c
        JOIN "Partner" pa ON pa."tenantId" = c."tenantId" AND pa.id = c."partnerId"
       WHERE c."tenantId" = ${ctx.tenantId} AND c.status = 'PAID'
       ORDER BY c."endsOn" DESC, c.id
       LIMIT ${limit}`),
  );
  return rows.map((r) => {
    const paidMinor = BigInt(r.paid);
    const beforeMinor = BigInt(r.before);
    const afterMinor = BigInt(r.after);
    return {
      claimId: r.claimId,
      title: r.title,
      activityType: r.activityType,
      partnerId: r.partnerId,
      partnerName: r.partnerName,
      currency: r.currency,
      startsOn: dateToDay(r.startsOn),
      endsOn: dateToDay(r.endsOn),
      paidMinor,
      beforeMinor,
      afterMinor,
      afterComplete: dateToDay(r.afterEnds) < today,
      returnTenths: paidMinor > 0n ? roundDiv((afterMinor - beforeMinor) * 10n, paidMinor) : null,
    };
  });
}
