import "server-only";
import type { SystemCtx, VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { lockKey } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
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
): Promise<{ id: string; created: boolean }> {
  const timeZone = ctx.audience === "vendor" ? ctx.tenant.timeZone : (await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { timeZone: true } })).timeZone;
  const asOf = input.asOf ?? currentPeriod(timeZone, now);
  await lockKey(tx, `forecasting:run:${ctx.tenantId}:${asOf}`);
  const existing = await tx.forecastRun.findUnique({ where: { tenantId_asOf: { tenantId: ctx.tenantId, asOf } }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const id = createId("forecastRun");
  const historyFrom = addMonths(asOf, -HISTORY_MONTHS);
  await tx.forecastRun.create({
    data: { id, tenantId: ctx.tenantId, asOf, historyFrom, horizon: input.horizon, requestedByUserId: ctx.user?.id ?? null },
  });
  await recordAudit(tx, ctx, { action: "forecastRun.requested", entityType: "ForecastRun", entityId: id, after: { asOf, historyFrom, horizon: input.horizon } });
  return { id, created: true };
}
