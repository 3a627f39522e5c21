import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";
import { SubjectTimelineCard } from "@/components/activities/subject-timeline-card";
import { DiagnosticCard } from "@/components/forecasting/diagnostic-card";
import { ForecastNav } from "@/components/forecasting/forecast-nav";
import { valueFormatter } from "@/components/forecasting/format";
import { sliceNamer } from "@/components/forecasting/names";
import { PlanForm } from "@/components/forecasting/plan-form";
import { PlanSummary } from "@/components/forecasting/plan-summary";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listVendorAssigneeOptions } from "@/lib/activities/assignees";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { isAppError } from "@/lib/errors";
import { findDiagnostics } from "@/lib/forecasting/diagnostics-service";
import { listActionPlans } from "@/lib/forecasting/plans";
import { forecastSlices } from "@/lib/forecasting/slices";
import { firstValues } from "@/lib/lists/query";
import { completeTaskAction, logActivityAction } from "../../tasks/actions";
import { createActionPlanAction } from "../actions";

export const generateMetadata = vendorMetadata("forecasts.read", async () => {
  const t = await getTranslations("forecasting.plans");
  return { title: t("title") };
});

/**
 * Action plans: the list (each with its tasks done and whether the problem improved),
 * one plan (`?plan=`: its evidence and its tasks on the activities timeline), or a new
 * plan for a diagnostic (`?diagnostic=`).
 */
export default vendorPage("forecasts.read", async ({ ctx, searchParams }) => {
  const params = firstValues(searchParams);
  const locale = await getLocale();
  const base = `/${ctx.tenant.slug}/admin/forecasts`;
  const [t, slices] = await Promise.all([getTranslations("forecasting"), forecastSlices(ctx, locale)]);
  const names = sliceNamer(slices, t("picker.total"));
  const money = valueFormatter("REVENUE", ctx.tenant.currency, locale);
  const header = (
    <>
      <PageHeader title={t("plans.title")} description={t("plans.description")} />
      <ForecastNav base={base} current="plans" />
    </>
  );

  if (params.plan) {
    const plans = await listActionPlans(ctx, { planId: params.plan }).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    });
    const plan = plans[0]!;
    return (
      <ClientMessages namespaces={[...FORM_MESSAGES, ...TIMELINE_MESSAGES]}>
        <>
          {header}
          <Link href={`${base}/plans`} className="mb-4 inline-flex text-sm font-medium text-brand-700 hover:underline">
            {t("plans.back")}
          </Link>
          <div className="space-y-6">
            <Card>
              <CardContent className="pt-6">
                <PlanSummary plan={plan} name={names.slice(plan.level, plan.key)} locale={locale} />
                <p className="mt-2 text-xs text-slate-600">{t("plans.created", { name: plan.createdByName })}</p>
              </CardContent>
            </Card>
            <DiagnosticCard diagnostic={plan.evidence} name={names.slice(plan.level, plan.key)} productName={names.product} money={money} locale={locale} />
            {can(ctx, "activities.read") && (
              <SubjectTimelineCard
                ctx={ctx}
                subject={{ type: "FORECAST_PLAN", id: plan.id }}
                description={t("plans.timeline")}
                olderHref={`${base}/plans?plan=${plan.id}&older=1`}
                long={params.older === "1"}
                actions={{ log: logActivityAction, complete: completeTaskAction }}
              />
            )}
          </div>
        </>
      </ClientMessages>
    );
  }

  if (params.diagnostic && can(ctx, "forecasts.manage") && can(ctx, "activities.manage")) {
    const [report, assignees] = await Promise.all([findDiagnostics(ctx), listVendorAssigneeOptions(ctx)]);
    const diagnostic = report.diagnostics.find((d) => d.id === params.diagnostic);
    const name = diagnostic ? names.slice(diagnostic.level, diagnostic.key) : "";
    return (
      <ClientMessages namespaces={[...FORM_MESSAGES, "forecasting.plans", "activities.validation"]}>
        <>
          {header}
          {!diagnostic ? (
            <EmptyState title={t("plans.diagnosticGone")} />
          ) : (
            <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
              <DiagnosticCard diagnostic={diagnostic} name={name} productName={names.product} money={money} locale={locale} />
              <Card className="h-fit">
                <CardHeader>
                  <CardTitle>{t("plans.new")}</CardTitle>
                  <CardDescription>{t("plans.newDescription")}</CardDescription>
                </CardHeader>
                <CardContent>
                  <PlanForm
                    tenant={ctx.tenant.slug}
                    diagnosticId={diagnostic.id}
                    title={diagnostic.kind === "ERROR_CONCENTRATION" ? t(`diagnostics.kinds.${diagnostic.kind}`) : `${t(`diagnostics.kinds.${diagnostic.kind}`)} · ${name}`}
                    assignees={assignees.map(({ value, label }) => ({ value, label }))}
                    me={assignees.find((a) => a.self)?.value}
                    today={todayIn(ctx.tenant.timeZone)}
                    action={createActionPlanAction}
                  />
                </CardContent>
              </Card>
            </div>
          )}
        </>
      </ClientMessages>
    );
  }

  const plans = await listActionPlans(ctx);
  return (
    <>
      {header}
      {plans.length === 0 ? (
        <EmptyState title={t("plans.none")} description={t("plans.noneHint")} />
      ) : (
        <Card>
          <CardContent className="pt-6">
            <ul className="divide-y divide-slate-200">
              {plans.map((plan) => (
                <li key={plan.id} className="py-4 first:pt-0 last:pb-0">
                  <PlanSummary plan={plan} name={names.slice(plan.level, plan.key)} href={`${base}/plans?plan=${plan.id}`} locale={locale} />
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </>
  );
});
