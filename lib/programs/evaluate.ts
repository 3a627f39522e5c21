import "server-only";
import type { SystemCtx, VendorCtx } from "@/lib/auth/context";
import { usersWithPermission } from "@/lib/auth/holders";
import { recordAudit } from "@/lib/audit/service";
import { lockRow } from "@/lib/db/concurrency";
import type { Tx } from "@/lib/db/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TierEvaluationTrigger } from "@/lib/generated/prisma/enums";
import { createId } from "@/lib/ids";
import { publishEvent } from "@/lib/notify/publish";
import { dayOf, readMetrics } from "./metrics";
import { explain, type TierDefinition, type TierExplanation, type TierRef } from "./rules";

/** Who evaluates: a person in the back office, or Canal's scheduled job. */
export type EvaluatorCtx = VendorCtx | SystemCtx;

export type EvaluationOutcome = { changed: boolean; tier: TierRef | null; previous: TierRef | null; explanation: TierExplanation };

const AUDIT_ACTION: Record<TierEvaluationTrigger, string> = {
  ENROLMENT: "program.partnerEnrolled",
  SCHEDULED: "program.tierChanged",
  MANUAL: "program.tierEvaluated",
  OVERRIDE: "program.tierOverridden",
  OVERRIDE_CLEARED: "program.tierOverrideCleared",
  OVERRIDE_EXPIRED: "program.tierOverrideExpired",
};

const ENROLMENT = {
  id: true,
  tenantId: true,
  partnerId: true,
  programId: true,
  tierId: true,
  overrideReason: true,
  overrideUntil: true,
  overrideByName: true,
  tier: { select: { id: true, name: true } },
  override: { select: { id: true, name: true } },
  partner: { select: { name: true } },
  program: {
    select: {
      name: true,
      currency: true,
      tiers: { select: { id: true, name: true, rank: true, rules: { select: { metric: true, minimum: true } } } },
    },
  },
} as const satisfies Prisma.PartnerProgramSelect;

/**
 * Evaluates one enrolment inside the caller's transaction: reads the partner's metrics
 * through lib/programs/metrics.ts, applies the program's ladder of tiers, keeps an override
 * while it holds (and ends it once `overrideUntil` has passed), stores the explanation on
 * the enrolment and mirrors the tier's name into Partner.tier. A change of tier — and any
 * evaluation a person asked for — goes into the tier history with its explanation, the
 * audit log, and (when the tier changed) the alerts outbox, all in this transaction.
 * A scheduled evaluation that changes nothing only refreshes the stored explanation.
 */
export async function evaluateEnrolment(
  tx: Tx,
  ctx: EvaluatorCtx,
  input: { enrolmentId: string; trigger: TierEvaluationTrigger; now: Date; reason?: string | null },
): Promise<EvaluationOutcome> {
  await lockRow(tx, "PartnerProgram", { tenantId: ctx.tenantId, id: input.enrolmentId });
  const enrolment = await tx.partnerProgram.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: input.enrolmentId } },
    select: ENROLMENT,
  });
  const expired = !!enrolment.override && !!enrolment.overrideUntil && enrolment.overrideUntil <= input.now;
  const trigger: TierEvaluationTrigger = expired && input.trigger === "SCHEDULED" ? "OVERRIDE_EXPIRED" : input.trigger;
  const override =
    enrolment.override && !expired
      ? {
          tier: enrolment.override,
          reason: enrolment.overrideReason ?? "",
          until: enrolment.overrideUntil?.toISOString() ?? null,
          by: enrolment.overrideByName,
        }
      : null;
  const asOf = dayOf(input.now);
  const inputs = await readMetrics(tx, {
    tenantId: ctx.tenantId,
    partnerId: enrolment.partnerId,
    asOf,
    currency: enrolment.program.currency,
  });
  const tiers: TierDefinition[] = enrolment.program.tiers.map((tier) => ({
    id: tier.id,
    name: tier.name,
    rank: tier.rank,
    rules: tier.rules.map((rule) => ({ metric: rule.metric, minimum: rule.minimum })),
  }));
  const explanation = explain({
    asOf: asOf.toISOString().slice(0, 10),
    currency: enrolment.program.currency,
    tiers,
    inputs,
    override,
  });
  const previous = enrolment.tier;
  const tier = explanation.tier;
  const changed = (tier?.id ?? null) !== (previous?.id ?? null);
  const json = explanation as unknown as Prisma.InputJsonValue;

  await tx.partnerProgram.update({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: enrolment.id } },
    data: {
      tierId: tier?.id ?? null,
      ruleTierId: explanation.ruleTier?.id ?? null,
      explanation: json,
      evaluatedAt: input.now,
      ...(expired ? { overrideTierId: null, overrideReason: null, overrideUntil: null, overrideByName: null } : {}),
    },
  });
  if (changed) {
    await tx.partner.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: enrolment.partnerId } },
      data: { tier: tier?.name ?? null },
    });
  }
  if (!changed && trigger === "SCHEDULED") return { changed, tier, previous, explanation };

  const actorName = ctx.audience === "vendor" ? ctx.user.name : null;
  await tx.tierEvaluation.create({
    data: {
      id: createId("tierEvaluation"),
      tenantId: ctx.tenantId,
      partnerId: enrolment.partnerId,
      programId: enrolment.programId,
      trigger,
      evaluatedAt: input.now,
      ruleTierName: explanation.ruleTier?.name ?? null,
      tierName: tier?.name ?? null,
      previousTierName: previous?.name ?? null,
      changed,
      explanation: json,
      reason: input.reason ?? (expired ? enrolment.overrideReason : null),
      actorName,
    },
  });
  await recordAudit(tx, ctx, {
    action: AUDIT_ACTION[trigger],
    entityType: "Partner",
    entityId: enrolment.partnerId,
    before: { program: enrolment.program.name, tier: previous?.name ?? null, override: enrolment.override?.name ?? null },
    after: {
      program: enrolment.program.name,
      tier: tier?.name ?? null,
      ruleTier: explanation.ruleTier?.name ?? null,
      override: override?.tier.name ?? null,
      ...(input.reason ? { reason: input.reason } : {}),
    },
  });
  if (changed) await announceTierChange(tx, ctx, enrolment, previous, tier);
  return { changed, tier, previous, explanation };
}

async function announceTierChange(
  tx: Tx,
  ctx: EvaluatorCtx,
  enrolment: { partnerId: string; partner: { name: string }; program: { name: string } },
  previous: TierRef | null,
  tier: TierRef | null,
): Promise<void> {
  const tenant = await tenantRef(tx, ctx);
  const except = ctx.audience === "vendor" ? ctx.user.id : undefined;
  const none = "—";
  const params = {
    tenant: tenant.name,
    partner: enrolment.partner.name,
    program: enrolment.program.name,
    tier: tier?.name ?? none,
    previous: previous?.name ?? none,
  };
  const [vendor, partner] = await Promise.all([
    usersWithPermission(tx, { tenantId: ctx.tenantId, ...(except ? { except } : {}) }, "partnerPrograms.manage"),
    usersWithPermission(tx, { tenantId: ctx.tenantId, partnerId: enrolment.partnerId }, "ownProgram.read"),
  ]);
  if (vendor.length) {
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "partner.tierChanged",
      payload: {
        recipients: vendor.map((userId) => ({ userId })),
        link: `/${tenant.slug}/admin/partners/${enrolment.partnerId}`,
        params,
      },
    });
  }
  if (partner.length) {
    await publishEvent(tx, {
      tenantId: ctx.tenantId,
      type: "ownTier.changed",
      payload: { recipients: partner.map((userId) => ({ userId })), link: `/${tenant.slug}/portal/program`, params },
    });
  }
}

/** The tenant's slug (for links) and name (for messages); a system context carries only the id. */
export async function tenantRef(tx: Tx, ctx: EvaluatorCtx): Promise<{ slug: string; name: string }> {
  if (ctx.audience !== "system") return { slug: ctx.tenant.slug, name: ctx.tenant.name };
  return tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true, name: true } });
}
