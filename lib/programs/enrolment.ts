import { lockKey } from "@/lib/db/concurrency";
import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/service";
import { withScope, type Tx } from "@/lib/db/scope";
import { withReadScope } from "@/lib/db/read";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { parseAmount } from "@/lib/money";
import { changePartnerStatusInTx } from "@/lib/partners/lifecycle";
import { evaluateEnrolment, type EvaluationOutcome } from "./evaluate";
import { METRIC_UNIT } from "./metric-names";
import { progressOf } from "./progress";
import { systemReason } from "./reasons";
import type { TierExplanation } from "./rules";
import type { OverrideInput, RecordMetricInput } from "./schema";
import type { PartnerProgramView, TierHistoryItem } from "./types";

/**
 * A partner's enrolment, as the back office works on it: enrol, evaluate now, override
 * the tier with a reason (until a date or until cleared), record metric values, and
 * activate a partner whose onboarding is complete.
 */

async function partnerExists(tx: Tx, tenantId: string, partnerId: string) {
  const partner = await tx.partner.findUnique({
    where: { tenantId_id: { tenantId, id: partnerId } },
    select: { id: true, name: true, status: true },
  });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}

async function enrolmentOf(tx: Tx, tenantId: string, partnerId: string) {
  await partnerExists(tx, tenantId, partnerId);
  const enrolment = await tx.partnerProgram.findUnique({
    where: { tenantId_partnerId: { tenantId, partnerId } },
    select: { id: true, programId: true, activatedAt: true, program: { select: { name: true, activation: true } } },
  });
  if (!enrolment) throw new AppError("NOT_ENROLLED");
  return enrolment;
}

export const HISTORY_SELECT = {
  id: true,
  partnerId: true,
  trigger: true,
  evaluatedAt: true,
  tierName: true,
  previousTierName: true,
  ruleTierName: true,
  changed: true,
  reason: true,
  actorName: true,
  partner: { select: { name: true } },
} as const;

export const historyItem = ({ partner, ...row }: { partner: { name: string } } & Omit<TierHistoryItem, "partnerName">): TierHistoryItem => ({
  ...row,
  partnerName: partner.name,
});

/** The partner's program, tier, why, what the next tier needs, onboarding and recent history; null if not enrolled. */
export async function getPartnerProgram(ctx: VendorCtx, partnerId: string): Promise<PartnerProgramView | null> {
  authorize(ctx, "programs.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    await partnerExists(tx, ctx.tenantId, partnerId);
    const row = await tx.partnerProgram.findUnique({
      where: { tenantId_partnerId: { tenantId: ctx.tenantId, partnerId } },
      select: {
        id: true,
        programId: true,
        explanation: true,
        evaluatedAt: true,
        enrolledAt: true,
        activatedAt: true,
        overrideReason: true,
        overrideUntil: true,
        overrideByName: true,
        tier: { select: { id: true, name: true } },
        ruleTierId: true,
        override: { select: { id: true, name: true } },
        program: {
          select: {
            id: true,
            name: true,
            currency: true,
            activation: true,
            tiers: { select: { id: true, name: true, rank: true }, orderBy: { rank: "asc" } },
          },
        },
      },
    });
    if (!row) return null;
    const [onboarding, history] = await Promise.all([
      progressOf(tx, { tenantId: ctx.tenantId, partnerId, programId: row.programId }, {
        activation: row.program.activation,
        activatedAt: row.activatedAt,
      }),
      tx.tierEvaluation.findMany({
        where: { tenantId: ctx.tenantId, partnerId },
        orderBy: [{ evaluatedAt: "desc" }, { id: "desc" }],
        take: 5,
        select: HISTORY_SELECT,
      }),
    ]);
    const { tiers, ...program } = row.program;
    return {
      enrolmentId: row.id,
      program,
      tiers,
      tier: row.tier,
      ruleTier: tiers.find((tier) => tier.id === row.ruleTierId) ?? null,
      override: row.override
        ? { tier: row.override, reason: row.overrideReason ?? "", until: row.overrideUntil, by: row.overrideByName }
        : null,
      explanation: (row.explanation as TierExplanation | null) ?? null,
      evaluatedAt: row.evaluatedAt,
      enrolledAt: row.enrolledAt,
      onboarding,
      history: history.map(historyItem),
    };
  });
}

/** Enrols a partner in a program (one program per partner) and evaluates its tier at once. */
export async function enrolPartner(ctx: VendorCtx, input: { partnerId: string; programId: string }): Promise<EvaluationOutcome> {
  authorize(ctx, "partnerPrograms.manage");
  return withScope(scopeOf(ctx), async (tx) => enrolInTx(tx, ctx, input));
}

/**
 * Enrolment inside another service's transaction (a vendor scope): the application
 * approval enrols the new partner in the program the approver chose.
 */
export async function enrolInTx(tx: Tx, ctx: VendorCtx, input: { partnerId: string; programId: string }): Promise<EvaluationOutcome> {
  authorize(ctx, "partnerPrograms.manage");
  const partner = await partnerExists(tx, ctx.tenantId, input.partnerId);
  const program = await tx.program.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: input.programId } },
    select: { id: true },
  });
  if (!program) throw new AppError("VALIDATION_FAILED", { fields: { programId: ["programs.validation.program"] } });
  await lockKey(tx, `enrol:${ctx.tenantId}:${partner.id}`);
  const existing = await tx.partnerProgram.count({ where: { tenantId: ctx.tenantId, partnerId: partner.id } });
  if (existing > 0) throw new AppError("ALREADY_ENROLLED");
  const enrolment = await tx.partnerProgram.create({
    data: { id: createId("partnerProgram"), tenantId: ctx.tenantId, partnerId: partner.id, programId: program.id },
    select: { id: true },
  });
  return evaluateEnrolment(tx, ctx, { enrolmentId: enrolment.id, trigger: "ENROLMENT", now: new Date() });
}

/** "Evaluate now": the rules run at once and the result goes into the tier history. */
export async function evaluatePartnerNow(ctx: VendorCtx, input: { partnerId: string }): Promise<EvaluationOutcome> {
  authorize(ctx, "partnerPrograms.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const enrolment = await enrolmentOf(tx, ctx.tenantId, input.partnerId);
    return evaluateEnrolment(tx, ctx, { enrolmentId: enrolment.id, trigger: "MANUAL", now: new Date() });
  });
}

/**
 * A channel manager's tier for the partner, whatever the rules say, with a reason (shown
 * to both sides) and optionally a last day; the rules keep being evaluated and shown
 * beside it, and the partner returns to them when the override ends or is cleared.
 */
export async function overrideTier(ctx: VendorCtx, input: OverrideInput): Promise<EvaluationOutcome> {
  authorize(ctx, "partnerPrograms.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const enrolment = await enrolmentOf(tx, ctx.tenantId, input.partnerId);
    const tier = await tx.programTier.findFirst({
      where: { tenantId: ctx.tenantId, id: input.tierId, programId: enrolment.programId },
      select: { id: true },
    });
    if (!tier) throw new AppError("VALIDATION_FAILED", { fields: { tierId: ["programs.validation.tier"] } });
    const now = new Date();
    // The override holds through its last day (UTC): it ends at the start of the next one.
    const until = input.until ? new Date(Date.parse(`${input.until}T00:00:00Z`) + 86_400_000) : null;
    if (until && until <= now) throw new AppError("VALIDATION_FAILED", { fields: { until: ["programs.validation.future"] } });
    await tx.partnerProgram.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: enrolment.id } },
      data: { overrideTierId: tier.id, overrideReason: input.reason, overrideUntil: until, overrideByName: ctx.user.name, version: { increment: 1 } },
    });
    return evaluateEnrolment(tx, ctx, { enrolmentId: enrolment.id, trigger: "OVERRIDE", now, reason: input.reason });
  });
}

/** Ends an override now: the partner holds what the rules give again. */
export async function clearOverride(ctx: VendorCtx, input: { partnerId: string; reason: string }): Promise<EvaluationOutcome> {
  authorize(ctx, "partnerPrograms.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const enrolment = await enrolmentOf(tx, ctx.tenantId, input.partnerId);
    const { count } = await tx.partnerProgram.updateMany({
      where: { tenantId: ctx.tenantId, id: enrolment.id, overrideTierId: { not: null } },
      data: { overrideTierId: null, overrideReason: null, overrideUntil: null, overrideByName: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("STALE_EDIT");
    return evaluateEnrolment(tx, ctx, { enrolmentId: enrolment.id, trigger: "OVERRIDE_CLEARED", now: new Date(), reason: input.reason });
  });
}

/**
 * Records a metric value for a partner (revenue in the tenant's currency, typed in major
 * units; counts as whole numbers). It counts from the next evaluation: scheduled, or
 * "evaluate now".
 */
export async function recordMetric(ctx: VendorCtx, input: RecordMetricInput): Promise<{ id: string; partnerId: string }> {
  authorize(ctx, "metrics.record");
  return withScope(scopeOf(ctx), async (tx) => {
    const partner = await partnerExists(tx, ctx.tenantId, input.partnerId);
    const money = METRIC_UNIT[input.metric] === "money";
    let value: bigint;
    try {
      value = money ? parseAmount(input.value, ctx.tenant.currency) : BigInt(input.value);
    } catch {
      throw new AppError("VALIDATION_FAILED", { fields: { value: [money ? "programs.validation.minimum" : "programs.validation.count"] } });
    }
    const row = await tx.recordedMetric.create({
      data: {
        id: createId("recordedMetric"),
        tenantId: ctx.tenantId,
        partnerId: partner.id,
        metric: input.metric,
        periodStart: new Date(`${input.periodStart}T00:00:00Z`),
        periodEnd: new Date(`${input.periodEnd}T00:00:00Z`),
        value,
        currency: money ? ctx.tenant.currency : null,
        note: input.note,
        recordedByName: ctx.user.name,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: "program.metricRecorded",
      entityType: "Partner",
      entityId: partner.id,
      after: {
        metric: input.metric,
        period: `${input.periodStart} – ${input.periodEnd}`,
        value: value.toString(),
        ...(money ? { currency: ctx.tenant.currency } : {}),
      },
    });
    return { id: row.id, partnerId: partner.id };
  });
}

/** Deletes a mistaken value (the audit log keeps what it was). */
export async function deleteMetric(ctx: VendorCtx, input: { metricId: string }): Promise<{ partnerId: string }> {
  authorize(ctx, "metrics.record");
  return withScope(scopeOf(ctx), async (tx) => {
    const row = await tx.recordedMetric.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.metricId } },
      select: { id: true, partnerId: true, metric: true, periodStart: true, periodEnd: true, value: true, currency: true },
    });
    if (!row) throw new AppError("NOT_FOUND");
    await tx.recordedMetric.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: row.id } } });
    await recordAudit(tx, ctx, {
      action: "program.metricDeleted",
      entityType: "Partner",
      entityId: row.partnerId,
      before: {
        metric: row.metric,
        period: `${row.periodStart.toISOString().slice(0, 10)} – ${row.periodEnd.toISOString().slice(0, 10)}`,
        value: row.value.toString(),
        ...(row.currency ? { currency: row.currency } : {}),
      },
    });
    return { partnerId: row.partnerId };
  });
}

/**
 * A channel manager activates a partner whose checklist is complete (ONBOARDING →
 * ACTIVE through the partner lifecycle; ONBOARDING_INCOMPLETE otherwise).
 */
export async function activatePartner(ctx: VendorCtx, input: { partnerId: string }): Promise<{ partnerId: string }> {
  authorize(ctx, "partnerPrograms.manage");
  return withScope(scopeOf(ctx), async (tx) => {
    const enrolment = await enrolmentOf(tx, ctx.tenantId, input.partnerId);
    const progress = await progressOf(
      tx,
      { tenantId: ctx.tenantId, partnerId: input.partnerId, programId: enrolment.programId },
      { activation: enrolment.program.activation, activatedAt: enrolment.activatedAt },
    );
    if (!progress.complete) throw new AppError("ONBOARDING_INCOMPLETE");
    await changePartnerStatusInTx(
      tx,
      ctx,
      input.partnerId,
      "ACTIVE",
      await systemReason(tx, ctx.tenantId, "onboardingComplete", { program: enrolment.program.name }),
      { expectedFrom: "ONBOARDING" },
    );
    await tx.partnerProgram.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: enrolment.id } },
      data: { activatedAt: new Date() },
    });
    return { partnerId: input.partnerId };
  });
}
