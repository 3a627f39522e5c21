import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { assertFresh } from "@/lib/db/concurrency";
import { isUniqueViolation } from "@/lib/db/errors";
import { withReadScope } from "@/lib/db/read";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import type { CoopSettingsInput } from "./schema";
import { DEFAULT_REVIEW_SLA_HOURS, type ReviewTargets } from "./sla";

/**
 * A tenant's co-op settings: the review targets of the back office's queues (hours a
 * request for pre-approval and a claim may wait for a decision before they are overdue).
 * One row per tenant, made on the first save; until then the defaults (72 hours each).
 * Everyone who reads co-op reads them (`coop.read`); a co-op manager changes them
 * (`coop.manage`), optimistically (`version`), with an audit entry of before and after.
 */

export type CoopSettingsView = ReviewTargets & { version: number };

export const DEFAULT_COOP_SETTINGS: CoopSettingsView = { requestSlaHours: DEFAULT_REVIEW_SLA_HOURS, claimSlaHours: DEFAULT_REVIEW_SLA_HOURS, version: 0 };

const SETTINGS_SELECT = { requestSlaHours: true, claimSlaHours: true, version: true } as const;

/** The tenant's settings, or the defaults when it never saved any. */
export async function coopSettingsOf(tx: Tx, tenantId: string): Promise<CoopSettingsView> {
  return (await tx.coopSettings.findUnique({ where: { tenantId }, select: SETTINGS_SELECT })) ?? DEFAULT_COOP_SETTINGS;
}

export async function getCoopSettings(ctx: VendorCtx): Promise<CoopSettingsView> {
  authorize(ctx, "coop.read");
  return withReadScope(scopeOf(ctx), (tx) => coopSettingsOf(tx, ctx.tenantId));
}

/** Saves the review targets; from a stale form (another save in between) STALE_EDIT and nothing changes. */
export async function saveCoopSettings(ctx: VendorCtx, input: CoopSettingsInput): Promise<CoopSettingsView> {
  authorize(ctx, "coop.manage");
  const { version, requestSlaHours, claimSlaHours } = input;
  const data = { requestSlaHours, claimSlaHours };
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const before = await tx.coopSettings.findUnique({ where: { tenantId: ctx.tenantId }, select: SETTINGS_SELECT });
      if (!before) {
        if (version !== 0) throw new AppError("STALE_EDIT");
        await tx.coopSettings.create({ data: { id: createId("coopSettings"), tenantId: ctx.tenantId, ...data, version: 1 }, select: { id: true } });
      } else {
        assertFresh(await tx.coopSettings.updateMany({ where: { tenantId: ctx.tenantId, version }, data: { ...data, version: { increment: 1 } } }));
      }
      const after = await coopSettingsOf(tx, ctx.tenantId);
      await recordAudit(tx, ctx, { action: "coop.settingsChanged", entityType: "Tenant", entityId: ctx.tenantId, before: before ? { ...before } : null, after: { ...after } });
      return after;
    });
  } catch (error) {
    // two first saves at once: the second one's row already exists — its form was stale
    if (isUniqueViolation(error)) throw new AppError("STALE_EDIT");
    throw error;
  }
}
