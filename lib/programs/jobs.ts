import "server-only";
import { z } from "zod";
import { authorize, scopeOf, systemCtx, type VendorCtx } from "@/lib/auth/context";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import { defineJob } from "@/lib/jobs/contract";
import { completeOnboardingInTx, pendingAutomaticActivations } from "./activation";
import { evaluateEnrolment, type EvaluatorCtx } from "./evaluate";
import type { TierEvaluationTrigger } from "@/lib/generated/prisma/enums";

/** Enrolments evaluated per transaction: short transactions, few round trips. */
const BATCH = 50;

export type EvaluationSummary = { evaluated: number; changed: number };

/**
 * Evaluates every enrolment of one tenant (or of one program), BATCH per transaction in
 * id order, so a large tenant never holds one long transaction and a retry after a lost
 * worker simply evaluates again (each evaluation is idempotent for a given day).
 */
async function evaluateTenant(
  ctx: EvaluatorCtx,
  options: { programId?: string; trigger: TierEvaluationTrigger; now: Date },
): Promise<EvaluationSummary> {
  const summary: EvaluationSummary = { evaluated: 0, changed: 0 };
  let after = "";
  for (;;) {
    const done = await withScope(scopeOf(ctx), async (tx) => {
      const batch = await tx.partnerProgram.findMany({
        where: { tenantId: ctx.tenantId, id: { gt: after }, ...(options.programId ? { programId: options.programId } : {}) },
        orderBy: { id: "asc" },
        take: BATCH,
        select: { id: true },
      });
      for (const row of batch) {
        const outcome = await evaluateEnrolment(tx, ctx, { enrolmentId: row.id, trigger: options.trigger, now: options.now });
        summary.evaluated += 1;
        if (outcome.changed) summary.changed += 1;
      }
      after = batch.at(-1)?.id ?? after;
      return batch.length < BATCH;
    });
    if (done) return summary;
  }
}

/** "Evaluate all now" on a program's page: every enrolled partner, recorded as a manual evaluation. */
export async function evaluateProgramNow(ctx: VendorCtx, input: { programId: string }): Promise<EvaluationSummary> {
  authorize(ctx, "partnerPrograms.manage");
  const exists = await withScope(scopeOf(ctx), (tx) =>
    tx.program.count({ where: { tenantId: ctx.tenantId, id: input.programId } }),
  );
  if (!exists) throw new AppError("NOT_FOUND");
  return evaluateTenant(ctx, { programId: input.programId, trigger: "MANUAL", now: new Date() });
}

/**
 * The nightly run for every tenant: tiers from the rules (ending overrides whose last day
 * passed), then activation of onboarding partners of AUTOMATIC programs whose checklist
 * is complete (a step whose immediate follow-up failed).
 */
export async function runTierEvaluation(now: Date): Promise<EvaluationSummary & { tenants: number; activated: number }> {
  const tenants = await withScope({ audience: "worker" }, (tx) => tx.tenant.findMany({ select: { id: true }, orderBy: { id: "asc" } }));
  const total = { tenants: tenants.length, evaluated: 0, changed: 0, activated: 0 };
  for (const tenant of tenants) {
    const summary = await evaluateTenantTiers(tenant.id, now);
    total.evaluated += summary.evaluated;
    total.changed += summary.changed;
    total.activated += summary.activated;
  }
  return total;
}

/** One tenant's part of the nightly run (also what its tests call). */
export async function evaluateTenantTiers(tenantId: string, now: Date): Promise<EvaluationSummary & { activated: number }> {
  const ctx = systemCtx(tenantId);
  const summary = await evaluateTenant(ctx, { trigger: "SCHEDULED", now });
  let activated = 0;
  const pending = await withScope(scopeOf(ctx), (tx) => pendingAutomaticActivations(tx, tenantId));
  for (const partnerId of pending) {
    const outcome = await withScope(scopeOf(ctx), (tx) => completeOnboardingInTx(tx, ctx, partnerId, { announce: false }));
    if (outcome === "activated") activated += 1;
  }
  return { ...summary, activated };
}

export const evaluateTiersJob = defineJob({
  name: "programs.evaluateTiers",
  payload: z.object({}),
  // Nightly, after the day's recorded values are in (UTC).
  schedule: { cron: "20 2 * * *", payload: {} },
  retry: { limit: 3, delaySeconds: 120, backoff: true },
  timeoutSeconds: 30 * 60,
  handler: async (_payload, run) => runTierEvaluation(run.now),
});
