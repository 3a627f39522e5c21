import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { addMonths } from "@/lib/forecast/engine/period";
import { seededRandom } from "@/lib/forecast/engine/synthetic";
import { currentPeriod } from "@/lib/forecasting/calendar";
import { commitForecast } from "@/lib/forecasting/commits";
import { executeRun } from "@/lib/forecasting/run";
import { requestForecastRun } from "@/lib/forecasting/runs";
import { readSliceHistory } from "@/lib/forecasting/history";
import { listOwnForecasts, submitPartnerForecast } from "@/lib/forecasting/submissions";
import { createId } from "@/lib/ids";
import { currencyDigits, parseAmount, roundDiv } from "@/lib/money";
import type { DemoProduct } from "./demo-catalog";
import { insertHistoricalOrders, type HistoricalOrder } from "./order-history";

/**
 * Demo forecasting (both tenants): three years of monthly order history written in bulk
 * (./order-history.ts) before the demo's recent orders, so every perspective has something
 * to forecast from on first start. History orders have no invoices: a partner with a
 * credit limit would see them as open exposure, so only partners without one get history — each partner buys a few products every month with a
 * trend, a yearly season (a December peak and a summer dip) and noise, from a fixed seed
 * so every fresh start shows the same figures. Then a partner's own forecast, a manager's
 * commit, a run three months back (whose months now have actuals: the accuracy view) and
 * the current month's run, computed here as the worker would.
 */
export type HistorySpec = {
  /** partner id → its size (units a month of a typical product) and monthly growth */
  partners: { id: string; size: number; growth: number }[];
  products: DemoProduct[];
  months: number;
  seed: number;
};

/** A yearly pattern: December peak, August dip (index 0 = January). */
const SEASON = [0.9, 0.85, 1.0, 1.0, 1.05, 0.95, 0.85, 0.75, 1.05, 1.1, 1.15, 1.35];

export async function seedOrderHistory(ctx: VendorCtx, spec: HistorySpec): Promise<number> {
  authorize(ctx, "orders.configure");
  const random = seededRandom(spec.seed);
  const current = currentPeriod(ctx.tenant.timeZone);
  return withScope(scopeOf(ctx), async (tx) => {
    const names = new Map(
      (await tx.product.findMany({ where: { tenantId: ctx.tenantId, id: { in: spec.products.map((p) => p.id) } }, select: { id: true, nameEn: true, nameEs: true } })).map((p) => [p.id, p]),
    );
    const orders: HistoricalOrder[] = [];
    for (const partner of spec.partners) {
      for (let m = spec.months; m >= 1; m--) {
        const period = addMonths(current, -m);
        const month = Number(period.slice(5, 7)) - 1;
        const trend = (1 + partner.growth) ** (spec.months - m);
        const lines = spec.products.flatMap((product, index) => {
          const base = partner.size / (1 + index);
          const quantity = Math.round(base * trend * SEASON[month]! * (0.85 + 0.3 * random()));
          if (quantity <= 0) return [];
          const name = names.get(product.id)!;
          return [{ productId: product.id, sku: product.sku, name: name.nameEn, nameEs: name.nameEs, quantity, unitMinor: parseAmount(product.price, ctx.tenant.currency) }];
        });
        if (lines.length === 0) continue;
        const day = 3 + Math.floor(random() * 20);
        orders.push({ partnerId: partner.id, submittedAt: new Date(`${period}-${String(day).padStart(2, "0")}T15:00:00Z`), currency: ctx.tenant.currency, lines });
      }
    }
    return insertHistoricalOrders(tx, ctx.tenantId, orders);
  });
}

/** How far above what it then bought the optimistic partner forecast each month (the run three months back forecasts). */
export const BIASED_FACTORS = [1.42, 1.55, 1.38, 1.5, 1.45, 1.4] as const;
/** Months before the current one the biased forecast starts (the months of the run three months back). */
const BIASED_FROM = 3;

/**
 * A partner whose own forecast ran persistently high — what the partner-bias diagnostic is
 * for: the version it submitted four months ago for the months the run three months back
 * forecasts, 38–55 % above what it then bought in the months that have ended, and as
 * optimistic for the months after. Written as it stood then, like the order history (the
 * portal takes months from the current one on); the runs copy it into their snapshots, so
 * the diagnostics show it with each month's forecast and purchases as evidence.
 */
export async function seedBiasedPartnerForecast(ctx: VendorCtx, partner: PartnerCtx, note: string): Promise<void> {
  authorize(ctx, "forecasts.manage");
  const current = currentPeriod(ctx.tenant.timeZone);
  const from = addMonths(current, -BIASED_FROM);
  await withScope(scopeOf(ctx), async (tx) => {
    const [bought] = (await readSliceHistory(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, from, to: addMonths(current, -1), level: "PARTNER", key: partner.partnerId }))
      .filter((s) => s.measure === "REVENUE" && s.currency === ctx.tenant.currency);
    const actual = bought?.values ?? [];
    const average = actual.length ? actual.reduce((a, b) => a + b, 0n) / BigInt(actual.length) : 0n;
    // whole currency units, as a partner types them
    const unit = 10n ** BigInt(currencyDigits(ctx.tenant.currency));
    const months = BIASED_FACTORS.map((factor, i) => {
      const base = actual[i] ?? average;
      return { period: addMonths(from, i), amountMinor: roundDiv(base * BigInt(Math.round(factor * 100)), 100n * unit) * unit };
    });
    const latest = await tx.partnerForecast.findFirst({ where: { tenantId: ctx.tenantId, partnerId: partner.partnerId }, orderBy: { version: "desc" }, select: { version: true } });
    const id = createId("partnerForecast");
    await tx.partnerForecast.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        partnerId: partner.partnerId,
        version: (latest?.version ?? 0) + 1,
        currency: ctx.tenant.currency,
        note,
        submittedByUserId: partner.user.id,
        submittedByName: partner.user.name,
        createdAt: new Date(`${addMonths(current, -BIASED_FROM - 1)}-20T15:00:00Z`),
      },
    });
    await tx.partnerForecastLine.createMany({
      data: months.map((m) => ({ id: createId("partnerForecastLine"), tenantId: ctx.tenantId, partnerId: partner.partnerId, forecastId: id, ...m })),
    });
  });
}

/** A partner's own forecast, a commit, and two published runs (one whose months have actuals). */
export async function seedForecasts(ctx: VendorCtx, people: { manager: VendorCtx; partner: PartnerCtx; amounts: string[]; commit: { amount: string; reason: string } }): Promise<void> {
  authorize(ctx, "forecasts.manage");
  const current = currentPeriod(ctx.tenant.timeZone);
  await submitPartnerForecast(people.partner, {
    // after an earlier version (the biased partner's, when it is this one)
    expectedVersion: (await listOwnForecasts(people.partner))[0]?.version ?? 0,
    months: people.amounts.map((amount, i) => ({ period: addMonths(current, i), amount })),
  });
  await commitForecast(people.manager, { level: "TOTAL", key: "", period: current, ...people.commit });
  for (const asOf of [addMonths(current, -3), current]) {
    const run = await requestForecastRun(ctx, { asOf, horizon: 12 });
    await executeRun(ctx.tenantId, run.id);
  }
}
