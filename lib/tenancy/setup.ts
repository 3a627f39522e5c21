import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope } from "@/lib/db/scope";

/**
 * The setup checklist a new workspace opens on (the back-office dashboard, for people who
 * may change the workspace's settings). Progress is read from the data every time, never
 * stored as ticks: a step is done because the thing exists, so the list cannot claim what
 * did not happen (nor miss what was done elsewhere, e.g. a partner created by a colleague).
 *
 *   brand          the workspace's settings or brand were saved by someone (audit log)
 *   partner        the workspace has a partner
 *   colleague      someone else was invited to the back office (invited or in)
 *   notifications  the person looking chose how they hear about activity: saved alert
 *                  preferences, quiet hours or a verified mobile number
 *
 * Only putting the list away is stored (`Tenant.setupDismissedAt`).
 */

export const SETUP_STEPS = ["brand", "partner", "colleague", "notifications"] as const;
export type SetupStepId = (typeof SETUP_STEPS)[number];
export type SetupChecklist = {
  steps: { id: SetupStepId; done: boolean }[];
  done: number;
  complete: boolean;
  dismissed: boolean;
};

/** Audit actions that mean a person went through the workspace's settings or brand. */
export const BRAND_ACTIONS = ["tenant.updated", "tenant.brandUpdated"] as const;

export async function getSetupChecklist(ctx: VendorCtx): Promise<SetupChecklist> {
  authorize(ctx, "tenant.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const tenantId = ctx.tenantId;
    const [tenant, settingsSaved, partner, colleague, preference, me] = await Promise.all([
      tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { setupDismissedAt: true, brandColor: true } }),
      tx.auditLog.findFirst({ where: { tenantId, action: { in: [...BRAND_ACTIONS] } }, select: { id: true } }),
      tx.partner.findFirst({ where: { tenantId }, select: { id: true } }),
      tx.membership.findFirst({ where: { tenantId, userId: { not: ctx.user.id }, status: { not: "DEACTIVATED" } }, select: { id: true } }),
      tx.notificationPreference.findFirst({ where: { userId: ctx.user.id }, select: { userId: true } }),
      tx.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { quietHoursStart: true, phoneVerifiedAt: true } }),
    ]);
    const done: Record<SetupStepId, boolean> = {
      brand: settingsSaved !== null || tenant.brandColor !== null,
      partner: partner !== null,
      colleague: colleague !== null,
      notifications: preference !== null || me.quietHoursStart !== null || me.phoneVerifiedAt !== null,
    };
    const steps = SETUP_STEPS.map((id) => ({ id, done: done[id] }));
    const count = steps.filter((step) => step.done).length;
    return { steps, done: count, complete: count === steps.length, dismissed: tenant.setupDismissedAt !== null };
  });
}

/** Puts the checklist away for the whole workspace (the steps stay available in their pages). */
export async function dismissSetupChecklist(ctx: VendorCtx): Promise<void> {
  authorize(ctx, "tenant.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const { count } = await tx.tenant.updateMany({ where: { id: ctx.tenantId, setupDismissedAt: null }, data: { setupDismissedAt: new Date() } });
    if (count === 0) return;
    await recordAudit(tx, ctx, { action: "tenant.setupDismissed", entityType: "Tenant", entityId: ctx.tenantId });
  });
}
