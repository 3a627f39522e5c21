import "server-only";
import { authorize, scopeOf, type VendorCtx } from "@/lib/auth/context";
import { createActivity } from "@/lib/activities/service";
import { recordAudit } from "@/lib/audit/service";
import { withReadScope } from "@/lib/db/read";
import { withScope } from "@/lib/db/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createId } from "@/lib/ids";
import { BETTER, progressOf, type Diagnostic, type DiagnosticKind, type Progress } from "./diagnostics";
import { diagnose } from "./diagnostics-service";
import { parseInput } from "./input";
import { actionPlanSchema } from "./schema";

/**
 * Action plans (docs/forecasting.md, "Action plans"): made from a diagnostic that stands
 * now (recomputed here, never taken from the form), with a first task for someone of the
 * vendor's; its tasks are activities on the plan (subject FORECAST_PLAN), so they are
 * assigned, reminded, shown in "my tasks" and completed like every other task. The plan
 * keeps the diagnostic's figure; once a month has ended after the plan's month, the same
 * rule run again says whether the problem improved.
 */
export type ActionPlanSummary = {
  id: string;
  kind: DiagnosticKind;
  level: "TOTAL" | "TERRITORY" | "PARTNER";
  key: string;
  title: string;
  period: string;
  metricBefore: number;
  /** the figure now (null: the rule no longer fires) */
  metricNow: number | null;
  progress: Progress;
  tasks: { total: number; done: number };
  createdByName: string;
  createdAt: Date;
  evidence: Diagnostic;
};

export async function createActionPlan(ctx: VendorCtx, raw: unknown, now: Date = new Date()): Promise<{ id: string }> {
  authorize(ctx, "forecasts.manage");
  authorize(ctx, "activities.manage");
  const input = parseInput(actionPlanSchema, raw);
  return withScope(scopeOf(ctx), async (tx) => {
    const report = await diagnose(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, currency: ctx.tenant.currency }, now);
    const diagnostic = report.diagnostics.find((d) => d.id === input.diagnosticId);
    if (!diagnostic) throw new AppError("NOT_FOUND");
    const id = createId("forecastPlan");
    await tx.forecastActionPlan.create({
      data: {
        id,
        tenantId: ctx.tenantId,
        kind: diagnostic.kind,
        level: diagnostic.level,
        key: diagnostic.key,
        partnerId: diagnostic.level === "PARTNER" ? diagnostic.key : null,
        title: input.title,
        metricBefore: diagnostic.metric,
        evidence: diagnostic as unknown as Prisma.InputJsonObject,
        period: report.lastEnded,
        createdByUserId: ctx.user.id,
        createdByName: ctx.user.name || ctx.user.email,
      },
    });
    await recordAudit(tx, ctx, {
      action: "forecastPlan.created",
      entityType: "ForecastActionPlan",
      entityId: id,
      after: { diagnostic: diagnostic.id, title: input.title, metricBefore: diagnostic.metric, period: report.lastEnded },
    });
    await createActivity(
      tx,
      ctx,
      { subjectType: "FORECAST_PLAN", subjectId: id, kind: "TASK", title: input.taskTitle, body: null, occurredOn: "", dueOn: input.dueOn, assignee: input.assignee, reminder: "0" },
      "INTERNAL",
    );
    return { id };
  });
}

/** The tenant's plans, newest first, each with its tasks' progress and whether the problem improved. */
export async function listActionPlans(ctx: VendorCtx, filter: { planId?: string } = {}, now: Date = new Date()): Promise<ActionPlanSummary[]> {
  authorize(ctx, "forecasts.read");
  return withReadScope(scopeOf(ctx), async (tx) => {
    const plans = await tx.forecastActionPlan.findMany({
      where: { tenantId: ctx.tenantId, ...(filter.planId ? { id: filter.planId } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        kind: true,
        level: true,
        key: true,
        title: true,
        period: true,
        metricBefore: true,
        evidence: true,
        createdByName: true,
        createdAt: true,
        activities: { where: { kind: "TASK" }, select: { completedAt: true } },
      },
    });
    if (filter.planId && plans.length === 0) throw new AppError("NOT_FOUND");
    if (plans.length === 0) return [];
    const report = await diagnose(tx, { tenantId: ctx.tenantId, timeZone: ctx.tenant.timeZone, currency: ctx.tenant.currency }, now);
    const byId = new Map(report.diagnostics.map((d) => [d.id, d]));
    return plans.map(({ activities, evidence, ...plan }) => {
      const diagnostic = evidence as unknown as Diagnostic;
      const metricNow = byId.get(diagnostic.id)?.metric ?? null;
      return {
        ...plan,
        level: plan.level as ActionPlanSummary["level"],
        metricNow,
        progress: progressOf(plan.metricBefore, metricNow, BETTER[plan.kind], report.lastEnded > plan.period),
        tasks: { total: activities.length, done: activities.filter((a) => a.completedAt !== null).length },
        evidence: diagnostic,
      };
    });
  });
}
