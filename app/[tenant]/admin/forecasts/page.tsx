import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ForecastChart } from "@/components/forecasting/forecast-chart";
import { Explanation } from "@/components/forecasting/explanation";
import { ForecastNav } from "@/components/forecasting/forecast-nav";
import { chartScale, valueFormatter } from "@/components/forecasting/format";
import { PerspectiveTable } from "@/components/forecasting/perspective-table";
import { RunPanel } from "@/components/forecasting/run-panel";
import { nodesOf, sliceHref, SlicePicker } from "@/components/forecasting/slice-picker";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { addMonths } from "@/lib/forecast/engine/period";
import { currentPeriod } from "@/lib/forecasting/calendar";
import { getSnapshot, listForecastRuns, readSliceHistorySeries } from "@/lib/forecasting/runs";
import { overviewQuery } from "@/lib/forecasting/schema";
import { forecastSlices } from "@/lib/forecasting/slices";
import { chartPoints, perspectiveRows } from "@/lib/forecasting/view";
import { firstValues } from "@/lib/lists/query";
import { requestForecastRunAction } from "./actions";

export const generateMetadata = vendorMetadata("forecasts.read", async () => {
  const t = await getTranslations("forecasting.overview");
  return { title: t("title") };
});

/**
 * The forecast overview: pick a node of the territory tree or the product families (or a
 * partner, a product, the total) and see its perspectives side by side — chart, table and
 * why the statistical method was chosen; "run forecast now" with its progress.
 */
export default vendorPage("forecasts.read", async ({ ctx, searchParams }) => {
  const query = overviewQuery.parse(firstValues(searchParams));
  const locale = await getLocale();
  const [t, formatter, runs, slices] = await Promise.all([getTranslations("forecasting"), getFormatter(), listForecastRuns(ctx), forecastSlices(ctx, locale, query.level)]);
  const base = `/${ctx.tenant.slug}/admin/forecasts`;
  const current = currentPeriod(ctx.tenant.timeZone);
  const running = runs.find((r) => r.status === "RUNNING") ?? null;
  const ofThisMonth = runs.find((r) => r.asOf === current);
  const thisMonth =
    ofThisMonth?.status === "PUBLISHED" && ofThisMonth.publishedAt
      ? { asOf: current, status: "PUBLISHED" as const, publishedOn: formatter.dateTime(ofThisMonth.publishedAt, { dateStyle: "medium", timeZone: ctx.tenant.timeZone }), next: addMonths(current, 1) }
      : ofThisMonth?.status === "FAILED"
        ? { asOf: current, status: "FAILED" as const }
        : null;
  const published = runs.filter((r) => r.status === "PUBLISHED");
  const run = published.find((r) => r.id === query.run) ?? published.find((r) => r.asOf <= current) ?? published[0] ?? null;
  const nodes = nodesOf(slices, query.level);
  const key = query.level === "TOTAL" ? "" : nodes.some((n) => n.id === query.key) ? query.key : (nodes[0]?.id ?? "");
  const selected = { ...query, key };
  const nodeName = query.level === "TOTAL" ? t("picker.total") : (nodes.find((n) => n.id === key)?.name ?? "");

  const [series, actual] = run && (query.level === "TOTAL" || key)
    ? await Promise.all([
        getSnapshot(ctx, { runId: run.id, level: query.level, key }),
        run.asOf < current ? readSliceHistorySeries(ctx, { from: run.asOf, to: addMonths(current, -1), level: query.level, key }) : Promise.resolve([]),
      ])
    : [[], []];
  const currency = ctx.tenant.currency;
  const one = series.find((s) => s.measure === query.measure && (query.measure === "UNITS" || s.currency === currency));
  const actualValues = actual.find((s) => s.level === query.level && s.key === key && s.measure === query.measure && (query.measure === "UNITS" || s.currency === currency));
  const rows = one && run ? perspectiveRows(one, run.asOf, run.horizon, run.asOf < current ? { from: run.asOf, values: actualValues?.values ?? [] } : null, current) : [];
  const format = valueFormatter(query.measure, currency, locale);
  const perspectives = t.raw("perspectives") as Record<string, string>;

  return (
    <ClientMessages namespaces={["forecasting.run", "ui"]}>
      <>
        <PageHeader title={t("overview.title")} description={t("overview.description")} />
        <ForecastNav base={base} current="overview" />
        <Card className="mb-6">
          <CardContent className="pt-6">
            <RunPanel
              tenant={ctx.tenant.slug}
              running={running && { asOf: running.asOf, seriesDone: running.seriesDone, seriesTotal: running.seriesTotal }}
              shown={run && { asOf: run.asOf, publishedAt: run.publishedAt?.toISOString() ?? null }}
              thisMonth={thisMonth}
              {...(can(ctx, "forecasts.manage") ? { action: requestForecastRunAction } : {})}
            />
            {published.length > 1 && (
              <nav aria-label={t("overview.runs")} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
                <span className="text-slate-600">{t("overview.runs")}</span>
                {published.map((r) => (
                  <Link
                    key={r.id}
                    href={sliceHref(base, selected, { run: r.id })}
                    aria-current={r.id === run?.id ? "true" : undefined}
                    className="rounded-md px-2 py-1 text-brand-700 hover:bg-slate-100 aria-[current=true]:bg-brand-50 aria-[current=true]:font-medium aria-[current=true]:text-brand-900"
                  >
                    {r.asOf}
                  </Link>
                ))}
              </nav>
            )}
          </CardContent>
        </Card>
        <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
          <Card className="h-fit">
            <CardContent className="pt-6">
              <SlicePicker base={base} query={selected} slices={slices} />
            </CardContent>
          </Card>
          <div className="min-w-0 space-y-6">
            {!run ? (
              <EmptyState title={t("overview.noRun")} description={running ? t("overview.computing") : t("overview.noRunHint")} />
            ) : !one ? (
              <EmptyState title={t("overview.noSeries", { name: nodeName })} description={t("overview.noSeriesHint")} />
            ) : (
              <>
                <Card className="min-w-0">
                  <CardHeader>
                    <CardTitle>{nodeName}</CardTitle>
                    <CardDescription>{t("overview.chartHint", { asOf: run.asOf, level: run.intervalLevel })}</CardDescription>
                  </CardHeader>
                  <CardContent className="space-y-6">
                    <ForecastChart
                      title={t("overview.chartTitle", { name: nodeName })}
                      description={t("overview.chartDescription")}
                      points={chartPoints(one, run.historyFrom, rows, chartScale(query.measure, currency))}
                      asOf={run.asOf}
                      labels={{
                        history: t("table.history"),
                        actual: t("table.actual"),
                        statistical: perspectives.STATISTICAL!,
                        band: t("table.interval"),
                        pipeline: perspectives.PIPELINE!,
                        partner: perspectives.PARTNER!,
                        commit: perspectives.COMMIT!,
                      }}
                      format={query.measure === "REVENUE" ? { locale, currency } : { locale }}
                    />
                    <PerspectiveTable rows={rows} format={format} caption={t("overview.tableCaption", { name: nodeName })} />
                    {one.partnerCoverage && (
                      <p className="text-sm text-slate-600">
                        {t("overview.partnerCoverage", { ...one.partnerCoverage, level: query.level })}
                      </p>
                    )}
                    {can(ctx, "forecasts.commit") && (query.level === "TOTAL" || query.level === "TERRITORY" || query.level === "PARTNER") && (
                      <Link href={`${base}/commit?level=${query.level}&key=${key}`} className="inline-flex text-sm font-medium text-brand-700 hover:underline">
                        {t("overview.commitLink", { name: nodeName })}
                      </Link>
                    )}
                  </CardContent>
                </Card>
                <Card>
                  <CardHeader>
                    <CardTitle>{t("explain.title")}</CardTitle>
                    <CardDescription>{t("explain.description")}</CardDescription>
                  </CardHeader>
                  <CardContent>
                    <Explanation explanation={one.explanation} historyFrom={run.historyFrom} intervalLevel={run.intervalLevel} format={format} />
                  </CardContent>
                </Card>
              </>
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
});
