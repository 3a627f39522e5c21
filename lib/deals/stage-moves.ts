import "server-only";
import { authorize, scopeOf, type PartnerCtx, type TenantCtx, type VendorCtx } from "@/lib/auth/context";
import { unsafeAcrossPartners } from "@/lib/accounts/world";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import { withScope, type Tx } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { dealLinks, partnerRecipients, publishDealEvent } from "./notify";
import { unsafeRepsOfTerritory } from "./reps";
import type { MoveStageInput } from "./schema";
import { visibleOpportunities } from "./scope";
import { missingCriteria } from "./stage-rules";
import { loadStages } from "./stages";

/**
 * Moving a deal through the methodology, checked on the server whatever the screen
 * offered: the row is locked and its version must be the one shown (STALE_EDIT); a deal
 * in WON or LOST stays there (INVALID_TRANSITION); forward moves need every exit
 * criterion of the stages left behind (EXIT_CRITERIA_UNMET, naming what is missing);
 * LOST needs a loss reason (REASON_REQUIRED), WON takes an optional win reason. The
 * territory's reps hear of every move, the partner's users of a move the vendor made.
 */
async function moveOne(tx: Tx, ctx: TenantCtx, input: MoveStageInput): Promise<{ id: string; stageId: string }> {
  await lockRow(tx, "Opportunity", { tenantId: ctx.tenantId, id: input.opportunityId });
  const before = await tx.opportunity.findFirst({
    where: { ...visibleOpportunities(ctx), id: input.opportunityId },
    select: { id: true, name: true, customerName: true, partnerId: true, territoryId: true, stageId: true, status: true, version: true, criteriaMet: true },
  });
  if (!before) throw new AppError("NOT_FOUND");
  if (before.version !== input.version) throw new AppError("STALE_EDIT");
  const stages = await loadStages(tx, ctx.tenantId);
  const from = stages.find((s) => s.id === before.stageId)!;
  const to = stages.find((s) => s.id === input.stageId);
  if (!to) throw new AppError("VALIDATION_FAILED", { fields: { stageId: ["deals.validation.stage"] } });
  if (before.status !== "OPEN" || to.id === from.id) throw new AppError("INVALID_TRANSITION", { params: { from: from.name, to: to.name } });
  const missing = missingCriteria(stages, from.id, to.id, new Set(before.criteriaMet));
  if (missing.length) {
    throw new AppError("EXIT_CRITERIA_UNMET", {
      fields: { stageId: ["deals.validation.criteriaMissing"] },
      params: { criteria: missing.map((c) => c.label).join(", ") },
    });
  }
  const reason = input.reason.trim() || null;
  if (to.kind === "LOST" && !reason) throw new AppError("REASON_REQUIRED", { fields: { reason: ["errors.REASON_REQUIRED"] } });
  const closing = to.kind !== "OPEN";
  await tx.opportunity.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: before.id } },
    data: {
      stageId: to.id,
      status: to.kind,
      stageChangedAt: new Date(),
      closedAt: closing ? new Date() : null,
      winReason: to.kind === "WON" ? reason : null,
      lossReason: to.kind === "LOST" ? reason : null,
      version: { increment: 1 },
    },
  });
  await recordAudit(tx, ctx, {
    action: "opportunity.stageChanged",
    entityType: "Opportunity",
    entityId: before.id,
    before: { stage: from.name, status: before.status },
    after: { stage: to.name, status: to.kind, reason },
  });
  const params = { tenant: ctx.tenant.name, deal: before.name, customer: before.customerName, stage: to.name, actor: ctx.user.name };
  await unsafeAcrossPartners(tx, ctx, async () => {
    const reps = await unsafeRepsOfTerritory(tx, ctx.tenantId, before.territoryId);
    await publishDealEvent(tx, {
      tenantId: ctx.tenantId,
      type: "deal.stageChanged",
      userIds: reps.map((r) => r.userId).filter((userId) => userId !== ctx.user.id),
      link: dealLinks.opportunity(ctx.tenant, "vendor", before.id),
      params,
    });
  });
  if (ctx.audience === "vendor" && before.partnerId) {
    await publishDealEvent(tx, {
      tenantId: ctx.tenantId,
      type: "deal.stageChanged",
      userIds: await partnerRecipients(tx, ctx.tenantId, before.partnerId),
      link: dealLinks.opportunity(ctx.tenant, "partner", before.id),
      params,
    });
  }
  return { id: before.id, stageId: to.id };
}

export async function moveOpportunityStage(ctx: VendorCtx, input: MoveStageInput): Promise<{ id: string; stageId: string }> {
  authorize(ctx, "deals.manage");
  return withScope(scopeOf(ctx), (tx) => moveOne(tx, ctx, input));
}

export async function moveOwnOpportunityStage(ctx: PartnerCtx, input: MoveStageInput): Promise<{ id: string; stageId: string }> {
  authorize(ctx, "ownDeals.manage");
  return withScope(scopeOf(ctx), (tx) => moveOne(tx, ctx, input));
}
