import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

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
  const tenantId = ctx.tenantId;
  const userId = ctx.user.id;
  // One statement (the dashboard reads this on every visit): each step an EXISTS, under the
  // same row-level security as the services' own queries.
  const [row] = await withReadScope(
    scopeOf(ctx),
    (tx) =>
      tx.$queryRaw<
        { dismissed: boolean; brand: boolean; partner: boolean; colleague: boolean; notifications: boolean }[]
      >`
      SELECT
        t."setupDismissedAt" IS NOT NULL AS dismissed,
        t."brandColor" IS NOT NULL
          OR t."logoFileId" IS NOT NULL
          OR EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."tenantId" = t.id AND a.action IN (${Prisma.join([...BRAND_ACTIONS])})) AS brand,
        EXISTS (SELECT 1 FROM "Partner" p WHERE p."tenantId" = t.id) AS partner,
        EXISTS (
          SELECT 1 FROM "Membership" m
          WHERE m."tenantId" = t.id AND m."userId" <> ${userId} AND m.status <> 'DEACTIVATED'
        ) AS colleague,
        EXISTS (SELECT 1 FROM "NotificationPreference" n WHERE n."userId" = ${userId})
          OR EXISTS (
            SELECT 1 FROM "User" u
            WHERE u.id = ${userId} AND (u."quietHoursStart" IS NOT NULL OR u."phoneVerifiedAt" IS NOT NULL)
          ) AS notifications
      FROM "Tenant" t
      WHERE t.id = ${tenantId}`,
  );
  if (!row) throw new AppError("NOT_FOUND");
  const steps = SETUP_STEPS.map((id) => ({ id, done: row[id] }));
  const count = steps.filter((step) => step.done).length;
  return { steps, done: count, complete: count === steps.length, dismissed: row.dismissed };
}

/** Puts the checklist away for the whole workspace (the steps stay available in their pages). */
export async function dismissSetupChecklist(ctx: VendorCtx): Promise<void> {
  authorize(ctx, "tenant.manage");
  await withScope(scopeOf(ctx), async (tx) => {
    const { count } = await tx.tenant.updateMany({
      where: { id: ctx.tenantId, setupDismissedAt: null },
      data: { setupDismissedAt: new Date() },
    });
    if (count === 0) return;
    await recordAudit(tx, ctx, { action: "tenant.setupDismissed", entityType: "Tenant", entityId: ctx.tenantId });
  });
}
