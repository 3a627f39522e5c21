import "server-only";
import { addDays, dayToDate, todayIn } from "@/lib/activities/dates";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import type { Tx } from "@/lib/db/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { currencyDigits, parseDecimal, percentOf } from "@/lib/money";
import { tierOutlookIn } from "@/lib/programs/outlook";
import { daysBetween, periodOf } from "./periods";

/**
 * "Order 2,200 USD more this quarter to earn 66 USD of co-op": for each active co-op
 * program the partner accrues under, what it earned this period (the ledger's accruals, less
 * what credit notes took back) on which purchases (their recorded base), and the purchase
 * that takes it to the next round figure of co-op. Co-op accrues a flat percentage, so there is no step in the rate itself:
 * the honest "next step" is a milestone — the next multiple of 100 major units of co-op
 * (skipping one closer than 25, which would be a trivial hint) — and the purchase is the
 * smallest whole amount whose accrual, computed exactly as the job computes it (percentOf,
 * half even), reaches it. A program kept for a tier the partner does not hold yet gives a
 * tier hint instead: the tier's revenue rule still short (as the programs module last
 * evaluated it) and the rate that tier would earn.
 */

export type CoopStepHint = {
  kind: "step";
  programId: string;
  programName: string;
  currency: string;
  /** percent, as the program states it ("3") */
  rate: string;
  basis: "INVOICED" | "PAID";
  brandName: string | null;
  familyName: string | null;
  periodEnd: string;
  period: "QUARTER" | "YEAR";
  daysLeft: number;
  /** accrued in this period's fund so far, and on which purchases */
  earnedMinor: bigint;
  purchasesMinor: bigint;
  /** order this much more (eligible, before tax) to earn `earnMinor`, reaching `reachesMinor` */
  orderMinor: bigint;
  earnMinor: bigint;
  reachesMinor: bigint;
};

export type CoopTierHint = {
  kind: "tier";
  programId: string;
  programName: string;
  currency: string;
  rate: string;
  tierName: string;
  /** the tier's 12-month revenue rule still short by this much (null: no revenue rule is short) */
  revenueShortMinor: bigint | null;
  /** rules other than revenue are also unmet */
  otherRulesMissing: boolean;
  evaluatedAt: Date | null;
};

export type CoopHint = CoopStepHint | CoopTierHint;

/** Co-op milestones are multiples of this many major units. */
export const MILESTONE_MAJOR = 100n;

/**
 * The next milestone above `earnedMinor` and the smallest whole-unit purchase whose accrual
 * at `rate` percent (half even, as the accrual job rounds) reaches it. Pure: tested alone.
 */
export function nextStep(
  earnedMinor: bigint,
  rate: string,
  currency: string,
): { orderMinor: bigint; earnMinor: bigint; reachesMinor: bigint } {
  const major = 10n ** BigInt(currencyDigits(currency));
  const unit = MILESTONE_MAJOR * major;
  let target = (earnedMinor / unit + 1n) * unit;
  if (target - earnedMinor < unit / 4n) target += unit;
  const need = target - earnedMinor;
  const [n, d] = parseDecimal(rate);
  // purchase × n / (d × 100) ≥ need  ⇔  purchase ≥ need × d × 100 / n (rounded up to whole units)
  const exact = (need * d * 100n + n - 1n) / n;
  let orderMinor = ((exact + major - 1n) / major) * major;
  while (percentOf(orderMinor, rate, "halfEven") < need) orderMinor += major;
  // rounding half up to an even cent may let a unit less reach it too
  while (orderMinor > major && percentOf(orderMinor - major, rate, "halfEven") >= need) orderMinor -= major;
  const earnMinor = percentOf(orderMinor, rate, "halfEven");
  return { orderMinor, earnMinor, reachesMinor: earnedMinor + earnMinor };
}

async function accruedThisPeriod(
  tx: Tx,
  tenantId: string,
  partnerId: string,
  programId: string,
  periodStart: string,
): Promise<{ earned: bigint; base: bigint }> {
  const rows = await tx.$queryRaw<{ earned: bigint | null; base: bigint | null }[]>(Prisma.sql`
    SELECT SUM(CASE WHEN e."kind" = 'ACCRUAL' THEN e."amountMinor" ELSE -e."amountMinor" END)::bigint AS "earned",
           SUM(CASE WHEN e."kind" = 'ACCRUAL' THEN 1 ELSE -1 END * (e."explanation"->>'baseMinor')::bigint)::bigint AS "base"
      FROM "CoopEntry" e JOIN "CoopFund" f ON f."tenantId" = e."tenantId" AND f."id" = e."fundId"
     WHERE e."tenantId" = ${tenantId} AND e."partnerId" = ${partnerId} AND e."kind" IN ('ACCRUAL', 'ACCRUAL_REVERSAL')
       AND f."programId" = ${programId} AND f."periodStart" = ${dayToDate(periodStart)}`);
  return { earned: BigInt(rows[0]?.earned ?? 0n), base: BigInt(rows[0]?.base ?? 0n) };
}

/** The partner's co-op hints: one per program it accrues under, and one per program of its next tier. */
export async function ownCoopHints(ctx: PartnerCtx, now = new Date()): Promise<CoopHint[]> {
  authorize(ctx, "ownCoop.read");
  const today = todayIn(ctx.tenant.timeZone, now);
  return withReadScope(scopeOf(ctx), async (tx) => {
    const [programs, outlook] = await Promise.all([
      tx.coopProgram.findMany({
        where: {
          tenantId: ctx.tenantId,
          kind: "COOP",
          active: true,
          accrualRate: { not: null },
          accrualBasis: { not: null },
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 20,
        select: {
          id: true,
          name: true,
          currency: true,
          period: true,
          accrualBasis: true,
          accrualRate: true,
          tierId: true,
          brand: { select: { name: true } },
          family: { select: { nameEn: true, nameEs: true } },
        },
      }),
      tierOutlookIn(tx, ctx.tenantId, ctx.partnerId),
    ]);
    const held = outlook?.tier?.id ?? null;
    const hints: CoopHint[] = [];
    for (const program of programs) {
      const rate = program.accrualRate!.toString();
      if (program.tierId === null || program.tierId === held) {
        const period = periodOf(today, program.period);
        const { earned, base } = await accruedThisPeriod(tx, ctx.tenantId, ctx.partnerId, program.id, period.start);
        hints.push({
          kind: "step",
          programId: program.id,
          programName: program.name,
          currency: program.currency,
          rate,
          basis: program.accrualBasis!,
          brandName: program.brand?.name ?? null,
          familyName: program.family
            ? ctx.user.locale === "es"
              ? program.family.nameEs
              : program.family.nameEn
            : null,
          period: program.period,
          periodEnd: period.end,
          daysLeft: daysBetween(today, addDays(period.end, 1)),
          earnedMinor: earned,
          purchasesMinor: base,
          ...nextStep(earned, rate, program.currency),
        });
      } else if (outlook?.next && program.tierId === outlook.next.id) {
        const revenue = outlook.next.missing.find((rule) => rule.metric === "REVENUE_T12M");
        hints.push({
          kind: "tier",
          programId: program.id,
          programName: program.name,
          currency: program.currency,
          rate,
          tierName: outlook.next.name,
          revenueShortMinor: revenue && outlook.currency === program.currency ? BigInt(revenue.shortBy) : null,
          otherRulesMissing: outlook.next.missing.some((rule) => rule.metric !== "REVENUE_T12M"),
          evaluatedAt: outlook.evaluatedAt,
        });
      }
    }
    return hints;
  });
}
