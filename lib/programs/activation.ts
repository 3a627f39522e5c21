import "server-only";
import type { SystemCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import type { Tx } from "@/lib/db/scope";
import { changePartnerStatusInTx } from "@/lib/partners/lifecycle";
import { publishEvent } from "@/lib/notify/publish";
import { tenantRef } from "./evaluate";
import { progressOf } from "./progress";
import { systemReason } from "./reasons";

export type CompletionOutcome = "activated" | "awaitingManager" | "incomplete" | "notOnboarding";

/**
 * What follows a complete checklist, decided by the program: AUTOMATIC activates the
 * partner at once (ONBOARDING → ACTIVE through the lifecycle, audited as the person whose
 * step completed it, or the system); MANUAL tells the channel managers once, when the step
 * that completed it was just taken (`announce`). Runs in a system scope: no portal session
 * may change a partner's status (row-level security). Safe to run again: a partner that is
 * no longer ONBOARDING is left alone.
 */
export async function completeOnboardingInTx(
  tx: Tx,
  ctx: SystemCtx,
  partnerId: string,
  options: { actorUserId?: string; announce: boolean },
): Promise<CompletionOutcome> {
  const enrolment = await tx.partnerProgram.findUnique({
    where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId } },
    select: {
      id: true,
      programId: true,
      activatedAt: true,
      partner: { select: { name: true, status: true } },
      program: { select: { name: true, activation: true } },
    },
  });
  if (!enrolment || enrolment.partner.status !== "ONBOARDING") return "notOnboarding";
  const progress = await progressOf(
    tx,
    { tenantId: ctx.tenantId, partnerId, programId: enrolment.programId },
    { activation: enrolment.program.activation, activatedAt: enrolment.activatedAt },
  );
  if (!progress.complete) return "incomplete";
  if (enrolment.program.activation === "AUTOMATIC") {
    await changePartnerStatusInTx(
      tx,
      ctx,
      partnerId,
      "ACTIVE",
      await systemReason(tx, ctx.tenantId, "onboardingCompleteAutomatic", { program: enrolment.program.name }),
      { expectedFrom: "ONBOARDING", ...(options.actorUserId ? { actorUserId: options.actorUserId } : {}) },
    );
    await tx.partnerProgram.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: enrolment.id } },
      data: { activatedAt: new Date() },
    });
    return "activated";
  }
  if (options.announce) {
    const managers = await usersWithPermission(tx, { tenantId: ctx.tenantId }, "partnerPrograms.manage");
    if (managers.length) {
      const tenant = await tenantRef(tx, ctx);
      await publishEvent(tx, {
        tenantId: ctx.tenantId,
        type: "partner.onboardingCompleted",
        payload: {
          recipients: managers.map((userId) => ({ userId })),
          link: `/${tenant.slug}/admin/partners/${partnerId}`,
          params: { tenant: tenant.name, partner: enrolment.partner.name, program: enrolment.program.name },
        },
      });
    }
  }
  return "awaitingManager";
}

/** The scheduled sweep's part: every onboarding partner of an AUTOMATIC program whose checklist is complete. */
export async function pendingAutomaticActivations(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx.partnerProgram.findMany({
    where: { tenantId, program: { activation: "AUTOMATIC" }, partner: { status: "ONBOARDING" } },
    select: { partnerId: true },
  });
  return rows.map((row) => row.partnerId);
}
