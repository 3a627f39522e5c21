import { getLocale, getTranslations } from "next-intl/server";
import { DiagnosticCard } from "@/components/forecasting/diagnostic-card";
import { ForecastNav } from "@/components/forecasting/forecast-nav";
import { valueFormatter } from "@/components/forecasting/format";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { findDiagnostics } from "@/lib/forecasting/diagnostics-service";
import { listActionPlans } from "@/lib/forecasting/plans";
import { forecastSlices } from "@/lib/forecasting/slices";
import { sliceNamer } from "@/components/forecasting/names";

export const generateMetadata = vendorMetadata("forecasts.read", async () => {
  const t = await getTranslations("forecasting.diagnostics");
  return { title: t("title") };
});

/** Problems found in the forecasts, each with its evidence and a way to plan actions. */
export default vendorPage("forecasts.read", async ({ ctx }) => {
  const locale = await getLocale();
  const [t, report, slices, plans] = await Promise.all([getTranslations("forecasting"), findDiagnostics(ctx), forecastSlices(ctx, locale), listActionPlans(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/forecasts`;
  const names = sliceNamer(slices, t("picker.total"));
  const planOf = new Map(plans.map((p) => [p.evidence.id, p.id]));
  const money = valueFormatter("REVENUE", ctx.tenant.currency, locale);
  const plan = can(ctx, "forecasts.manage") && can(ctx, "activities.manage");
  return (
    <>
      <PageHeader title={t("diagnostics.title")} description={t("diagnostics.description")} />
      <ForecastNav base={base} current="diagnostics" />
      <div className="space-y-6">
        {report.diagnostics.length === 0 ? (
          <EmptyState title={t("diagnostics.none")} description={t("diagnostics.noneHint")} />
        ) : (
          report.diagnostics.map((d) => {
            const existing = planOf.get(d.id);
            return (
              <DiagnosticCard
                key={d.id}
                diagnostic={d}
                name={names.slice(d.level, d.key)}
                productName={names.product}
                money={money}
                locale={locale}
                plan={existing ? { href: `${base}/plans?plan=${existing}`, exists: true } : plan ? { href: `${base}/plans?diagnostic=${encodeURIComponent(d.id)}`, exists: false } : undefined}
              />
            );
          })
        )}
        <Alert tone="info">{t("diagnostics.skipped")}</Alert>
      </div>
    </>
  );
});
