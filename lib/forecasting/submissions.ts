import "server-only";
import { authorize, scopeOf, type PartnerCtx, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey } from "@/lib/db/concurrency";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { addMonths, periodIndex } from "@/lib/forecast/engine/period";
import { createId } from "@/lib/ids";
import { typedAmount } from "@/lib/money";
import { currentPeriod } from "./calendar";
import { PRIMARY_TERRITORY_SQL } from "./history";
import { parseInput } from "./input";
import { MAX_FORECAST_MAJOR, MAX_RUN_HORIZON, partnerForecastSchema } from "./schema";
import type { PartnerMonth, PartnerSubmission } from "./tree";
import type { PartnerForecastVersion } from "./types";

/**
 * Partners' own forecasts (docs/forecasting.md, "Partners' forecasts"): a partner submits
 * its expected purchases per month, in the tenant's currency, from the current month up to
 * MAX_RUN_HORIZON months ahead. Every submission is a new version (never edited); the
 * partner's forecast of a month is the latest version that names it. The form sends the
 * version it was built on: another submission meanwhile (a colleague, another tab) is
 * STALE_EDIT rather than a silent overwrite.
 */
export async function submitPartnerForecast(ctx: PartnerCtx, raw: unknown): Promise<PartnerForecastVersion> {
  authorize(ctx, "ownForecasts.submit");
  const input = parseInput(partnerForecastSchema, raw);
  const currency = ctx.tenant.currency;
  const first = currentPeriod(ctx.tenant.timeZone);
  const last = addMonths(first, MAX_RUN_HORIZON - 1);
  const fields: Record<string, string[]> = {};
  // a month left blank is not forecast; indexes stay the form's, so errors land on its fields
  const lines = input.months.flatMap((month, index) => {
    if (month.amount === "") return [];
    if (periodIndex(month.period)! < periodIndex(first)! || periodIndex(month.period)! > periodIndex(last)!) {
      fields[`months.${index}.period`] = ["forecasting.validation.periodRange"];
    }
    const amountMinor = typedAmount(month.amount, currency, MAX_FORECAST_MAJOR);
    if (amountMinor === null) fields[`months.${index}.amount`] = ["forecasting.validation.amount"];
    return [{ period: month.period, amountMinor: amountMinor ?? 0n }];
  });
  if (Object.keys(fields).length > 0) throw new AppError("VALIDATION_FAILED", { fields });
  lines.sort((a, b) => (a.period < b.period ? -1 : 1));

  return withScope(scopeOf(ctx), async (tx) => {
    await lockKey(tx, `forecasting:partner:${ctx.tenantId}:${ctx.partnerId}`);
    const latest = await tx.partnerForecast.findFirst({
      where: { tenantId: ctx.tenantId, partnerId: ctx.partnerId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (latest?.version ?? 0) + 1;
    if (version - 1 !== input.expectedVersion) throw new AppError("STALE_EDIT");
    const id = createId("partnerForecast");
    await tx.partnerForecast.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        partnerId: ctx.partnerId,
        version,
        currency,
        note: input.note,
        submittedByUserId: ctx.user.id,
        submittedByName: ctx.user.name,
      },
    });
    await tx.partnerForecastLine.createMany({
      data: lines.map((line) => ({ id: createId("partnerForecastLine"), tenantId: ctx.tenantId, partnerId: ctx.partnerId, forecastId: id, ...line })),
    });
    await recordAudit(tx, ctx, {
      action: "partnerForecast.submitted",
      entityType: "PartnerForecast",
      entityId: id,
      after: { partnerId: ctx.partnerId, version, currency, months: lines.map((l) => ({ period: l.period, amountMinor: l.amountMinor.toString() })) },
    });
    return (await versionsOf(tx, ctx.tenantId, ctx.partnerId, { id }))[0]!;
  });
}

async function versionsOf(tx: Tx, tenantId: string, partnerId: string, only: { id?: string } = {}): Promise<PartnerForecastVersion[]> {
  const rows = await tx.partnerForecast.findMany({
    where: { tenantId, partnerId, ...(only.id ? { id: only.id } : {}) },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      currency: true,
      note: true,
      submittedByName: true,
      createdAt: true,
      lines: { select: { period: true, amountMinor: true }, orderBy: { period: "asc" } },
    },
  });
  return rows.map(({ lines, ...row }) => ({ ...row, months: lines }));
}

/** The partner's own versions, newest first (the portal). */
export async function listOwnForecasts(ctx: PartnerCtx): Promise<PartnerForecastVersion[]> {
  authorize(ctx, "ownForecasts.read");
  return withReadScope(scopeOf(ctx), (tx) => versionsOf(tx, ctx.tenantId, ctx.partnerId));
}

/** A partner's versions for the back office; another tenant's partner is NOT_FOUND. */
export async function listPartnerForecasts(ctx: VendorCtx, partnerId: string): Promise<PartnerForecastVersion[]> {
  authorize(ctx, "forecasts.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const partner = await tx.partner.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: partnerId } }, select: { id: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    return versionsOf(tx, ctx.tenantId, partnerId);
  });
}

/**
 * Every partner's current forecast per month (the latest version naming the month), with
 * the partner's territory for forecasting (as the history counts it), in one statement: what
 * a run copies into its snapshot as the PARTNER perspective, rolled up (tree.ts).
 */
export async function currentPartnerForecasts(tx: Tx, tenantId: string, months: { from: string; to: string }): Promise<PartnerMonth[]> {
  return tx.$queryRaw<PartnerMonth[]>`
    WITH territory AS (${PRIMARY_TERRITORY_SQL})
    SELECT DISTINCT ON (l."partnerId", l.period) l."partnerId", tr."territoryId", l.period, f.currency, l."amountMinor"
    FROM "PartnerForecastLine" l
    JOIN "PartnerForecast" f ON f."tenantId" = l."tenantId" AND f.id = l."forecastId"
    LEFT JOIN territory tr ON tr."partnerId" = l."partnerId"
    WHERE l."tenantId" = ${tenantId} AND l.period >= ${months.from} AND l.period <= ${months.to}
    ORDER BY l."partnerId", l.period, f.version DESC`;
}

/**
 * The partners a run's coverage note counts (tree.ts `partnerCoverage`): those that can
 * forecast (onboarding or active) and any other that did, each with its territory for
 * forecasting and whether it forecast a month of `months` — one statement.
 */
export async function forecastingPartners(tx: Tx, tenantId: string, months: { from: string; to: string }): Promise<PartnerSubmission[]> {
  return tx.$queryRaw<PartnerSubmission[]>`
    WITH territory AS (${PRIMARY_TERRITORY_SQL}),
    submitter AS (
      SELECT DISTINCT "partnerId" FROM "PartnerForecastLine"
      WHERE "tenantId" = ${tenantId} AND period >= ${months.from} AND period <= ${months.to}
    )
    SELECT p.id AS "partnerId", tr."territoryId", (s."partnerId" IS NOT NULL) AS submitted
    FROM "Partner" p
    LEFT JOIN territory tr ON tr."partnerId" = p.id
    LEFT JOIN submitter s ON s."partnerId" = p.id
    WHERE p."tenantId" = ${tenantId} AND (p.status::text IN ('ONBOARDING', 'ACTIVE') OR s."partnerId" IS NOT NULL)`;
}
