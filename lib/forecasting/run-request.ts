import "server-only";
import type { SystemCtx, VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import type { ForecastRunStatus } from "@/lib/generated/prisma/enums";
import { addMonths } from "@/lib/forecast/engine/period";
import { createId } from "@/lib/ids";
import { currentPeriod } from "./calendar";
import { HISTORY_MONTHS, type RunRequest } from "./schema";

/**
 * The run of a tenant for an as-of month: the existing one (whatever its horizon — one run
 * per tenant and month, so two people pressing "run" get the same snapshot), or a new one
 * RUNNING, audited. The per-tenant-and-month lock makes two concurrent requests one run.
 */
export async function findOrCreateRun(
  tx: Tx,
  ctx: VendorCtx | SystemCtx,
  input: Pick<RunRequest, "horizon"> & { asOf?: string | undefined },
  now: Date,
): Promise<{ id: string; created: boolean; status: ForecastRunStatus; asOf: string }> {
  const timeZone = ctx.audience === "vendor" ? ctx.tenant.timeZone : (await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } })).timeZone;
  const asOf = input.asOf ?? currentPeriod(timeZone, now);
  await lockKey(tx, `forecasting:run:${ctx.tenantId}:${asOf}`);
  const existing = await tx.forecastRun.findUnique({ where: { tenantId_asOf: { tenantId: ctx.tenantId, asOf } }, select: { id: true, status: true } });
  if (existing) return { id: existing.id, created: false, status: existing.status, asOf };
  const id = createId("forecastRun");
  const historyFrom = addMonths(asOf, -HISTORY_MONTHS);
  await tx.forecastRun.create({
    data: { id, tenantId: ctx.tenantId, asOf, historyFrom, horizon: input.horizon, requestedByUserId: ctx.user?.id ?? null },
  });
  await recordAudit(tx, ctx, { action: "forecastRun.requested", entityType: "ForecastRun", entityId: id, after: { asOf, historyFrom, horizon: input.horizon } });
  return { id, created: true, status: "RUNNING", asOf };
}

/**
 * A FAILED run asked for again ("Run forecast now" after the worker gave up): RUNNING from
 * nothing, audited; the caller enqueues its job. Whatever an attempt left is deleted when the
 * run publishes (run.ts).
 */
export async function restartFailedRun(tx: Tx, ctx: VendorCtx, runId: string, now: Date): Promise<void> {
  const { count } = await tx.forecastRun.updateMany({
    where: { tenantId: ctx.tenantId, id: runId, status: "FAILED" },
    data: { status: "RUNNING", seriesDone: 0, seriesTotal: 0, error: null, startedAt: now, requestedByUserId: ctx.user.id },
  });
  if (count) await recordAudit(tx, ctx, { action: "forecastRun.restarted", entityType: "ForecastRun", entityId: runId, after: { status: "RUNNING" } });
}
