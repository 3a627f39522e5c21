import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { addMonths, periodIndex } from "@/lib/forecast/engine/period";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { typedAmount } from "@/lib/money";
import { currentPeriod } from "./calendar";
import { parseInput } from "./input";
import { commitSchema, MAX_FORECAST_MAJOR, MAX_RUN_HORIZON } from "./schema";

/**
 * A rep's or manager's commit (docs/forecasting.md, "Commits"): the revenue they commit to
 * for one month of a partner, a territory or the total, overriding the forecast, always
 * with a reason (REASON_REQUIRED). The commit records what it overrode — the latest
 * published run's statistical value for that slice and month — so the accuracy view can
 * later say whether overriding helped. Append-only: the latest commit is the commit.
 */
export async function commitForecast(ctx: VendorCtx, raw: unknown): Promise<{ id: string }> {
  authorize(ctx, "forecasts.commit");
  const input = parseInput(commitSchema, raw);
  const currency = ctx.tenant.currency;
  const first = currentPeriod(ctx.tenant.timeZone);
  const last = addMonths(first, MAX_RUN_HORIZON - 1);
  if (periodIndex(input.period)! < periodIndex(first)! || periodIndex(input.period)! > periodIndex(last)!) {
    throw new AppError("VALIDATION_FAILED", { fields: { period: ["forecasting.validation.periodRange"] } });
  }
  const amountMinor = typedAmount(input.amount, currency, MAX_FORECAST_MAJOR);
  if (amountMinor === null) throw new AppError("VALIDATION_FAILED", { fields: { amount: ["forecasting.validation.amount"] } });
  const key = input.level === "TOTAL" ? "" : input.key;
  return withScope(scopeOf(ctx), async (tx) => {
    await assertSlice(tx, ctx.tenantId, input.level, key);
    const basis = await statisticalBasis(tx, ctx.tenantId, { level: input.level, key, currency, period: input.period });
    const id = createId("forecastCommit");
    await tx.forecastCommit.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        level: input.level,
        key,
        period: input.period,
        currency,
        amountMinor,
        ...(basis ? { basis } : {}),
        reason: input.reason,
        committedByUserId: ctx.user.id,
        committedByName: ctx.user.name,
      },
    });
    await recordAudit(tx, ctx, {
      action: "forecastCommit.created",
      entityType: "ForecastCommit",
      entityId: id,
      after: { level: input.level, key, period: input.period, currency, amountMinor: amountMinor.toString(), reason: input.reason, basis: basis ?? null },
    });
    return { id };
  });
}

/** The partner or territory must be this tenant's (another tenant's id is NOT_FOUND). */
async function assertSlice(tx: Tx, tenantId: string, level: "TOTAL" | "TERRITORY" | "PARTNER", key: string): Promise<void> {
  if (level === "TOTAL") return;
  const where = { tenantId_id: { tenantId, id: key } };
  const found = level === "PARTNER" ? await tx.partner.findUnique({ where, select: { id: true } }) : await tx.territory.findUnique({ where, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
}

async function statisticalBasis(
  tx: Tx,
  tenantId: string,
  slice: { level: "TOTAL" | "TERRITORY" | "PARTNER"; key: string; currency: string; period: string },
): Promise<Prisma.InputJsonObject | null> {
  const value = await tx.forecastValue.findFirst({
    where: {
      tenantId,
      perspective: "STATISTICAL",
      period: slice.period,
      run: { status: "PUBLISHED" },
      series: { level: slice.level, key: slice.key, measure: "REVENUE", currency: slice.currency },
    },
    orderBy: { run: { asOf: "desc" } },
    select: { runId: true, value: true },
  });
  return value ? { perspective: "STATISTICAL", runId: value.runId, value: value.value.toString() } : null;
}

export type CommitRow = {
  id: string;
  period: string;
  currency: string;
  amountMinor: bigint;
  /** what it overrode: the statistical value (minor units, decimal string) of the latest run, or null */
  basis: string | null;
  reason: string;
  committedByName: string;
  createdAt: Date;
};

/** The commits of a slice (the total, a territory or a partner), newest first: every override with its reason. */
export async function listCommits(ctx: VendorCtx, slice: { level: "TOTAL" | "TERRITORY" | "PARTNER"; key: string }, take = 50): Promise<CommitRow[]> {
  authorize(ctx, "forecasts.read");
  const rows = await withReadScope(scopeOf(ctx), (tx) =>
    tx.forecastCommit.findMany({
      where: { tenantId: ctx.tenantId, level: slice.level, key: slice.level === "TOTAL" ? "" : slice.key },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, period: true, currency: true, amountMinor: true, basis: true, reason: true, committedByName: true, createdAt: true },
    }),
  );
  return rows.map(({ basis, ...row }) => ({ ...row, basis: (basis as { value?: string } | null)?.value ?? null }));
}
