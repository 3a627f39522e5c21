import "server-only";
import { authorize, scopeOf, type PartnerCtx } from "@/lib/auth/context";
import { withReadScope } from "@/lib/db/read";
import { addMonths } from "@/lib/forecast/engine/period";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentPeriod } from "./calendar";
import { listOwnForecasts } from "./submissions";
import type { PartnerForecastVersion } from "./types";

/** Months of its own purchases the portal's forecast page shows. */
export const OWN_HISTORY_MONTHS = 24;

export type OwnForecastPage = {
  /** the first month the partner may forecast (the tenant's current month) */
  current: string;
  currency: string;
  /** its purchases per month, oldest first, minor units of `currency` (months without orders are 0) */
  history: { period: string; amountMinor: bigint }[];
  versions: PartnerForecastVersion[];
};

/**
 * What the portal's forecast page needs: the partner's own purchases by month (read the
 * way the vendor's history reads them: submitted, not cancelled or rejected, in the
 * tenant's time zone; the partner's orders only) and its submitted versions.
 */
export async function ownForecastPage(ctx: PartnerCtx, now: Date = new Date()): Promise<OwnForecastPage> {
  authorize(ctx, "ownForecasts.read");
  const current = currentPeriod(ctx.tenant.timeZone, now);
  const from = addMonths(current, -OWN_HISTORY_MONTHS);
  const currency = ctx.tenant.currency;
  const [rows, versions] = await Promise.all([
    withReadScope(scopeOf(ctx), (tx) =>
      tx.$queryRaw<{ period: string; amount: string }[]>(Prisma.sql`
        SELECT to_char((o."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${ctx.tenant.timeZone}, 'YYYY-MM') AS period,
               SUM(l."lineTotalMinor")::text AS amount
        FROM "Order" o
        JOIN "OrderLine" l ON l."tenantId" = o."tenantId" AND l."orderId" = o.id
        WHERE o."tenantId" = ${ctx.tenantId} AND o."partnerId" = ${ctx.partnerId} AND o.currency = ${currency}
          AND o."submittedAt" IS NOT NULL
          AND o.status::text NOT IN ('DRAFT', 'CANCELLED', 'REJECTED')
          AND o."submittedAt" >= (((${`${from}-01`})::timestamp AT TIME ZONE ${ctx.tenant.timeZone}) AT TIME ZONE 'UTC')
          AND o."submittedAt" < (((${`${current}-01`})::timestamp AT TIME ZONE ${ctx.tenant.timeZone}) AT TIME ZONE 'UTC')
        GROUP BY 1`),
    ),
    listOwnForecasts(ctx),
  ]);
  const byPeriod = new Map(rows.map((r) => [r.period, BigInt(r.amount)]));
  const history = Array.from({ length: OWN_HISTORY_MONTHS }, (_, i) => {
    const period = addMonths(from, i);
    return { period, amountMinor: byPeriod.get(period) ?? 0n };
  });
  return { current, currency, history, versions };
}
