import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccuracyTable, BestTable } from "@/components/forecasting/accuracy-tables";
import { ForecastNav } from "@/components/forecasting/forecast-nav";
import { nodesOf } from "@/components/forecasting/slice-picker";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { forecastAccuracy } from "@/lib/forecasting/accuracy";
import { VIEW_LEVELS } from "@/lib/forecasting/schema";
import { forecastSlices } from "@/lib/forecasting/slices";
import { firstValues } from "@/lib/lists/query";

export const generateMetadata = vendorMetadata("forecasts.read", async () => {
  const t = await getTranslations("forecasting.accuracy");
  return { title: t("title") };
});

type Level = (typeof VIEW_LEVELS)[number];

/** Accuracy of every published forecast against the actuals: per perspective, series and horizon, and the most accurate perspective. */
export default vendorPage("forecasts.read", async ({ ctx, searchParams }) => {
  const params = firstValues(searchParams);
  const level: Level = (VIEW_LEVELS as readonly string[]).includes(params.level ?? "") ? (params.level as Level) : "PARTNER";
  const locale = await getLocale();
  const [t, report, slices] = await Promise.all([getTranslations("forecasting"), forecastAccuracy(ctx, { level }), forecastSlices(ctx, locale)]);
  const names = new Map(nodesOf(slices, level).map((n) => [n.id, n.name]));
  const nameOf = (key: string) => (level === "TOTAL" ? t("picker.total") : (names.get(key) ?? key));
  const currency = ctx.tenant.currency;
  const rows = report.rows.filter((r) => r.measure === "REVENUE" && r.currency === currency);
  const best = report.best.filter((r) => r.measure === "REVENUE" && r.currency === currency);
  const base = `/${ctx.tenant.slug}/admin/forecasts`;
  return (
    <>
      <PageHeader title={t("accuracy.title")} description={t("accuracy.description")} />
      <ForecastNav base={base} current="accuracy" />
      <nav aria-label={t("picker.levelLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-1.5">
          {VIEW_LEVELS.map((l) => (
            <li key={l}>
              <Link
                href={`${base}/accuracy?level=${l}`}
                aria-current={l === level ? "page" : undefined}
                className={cn(
                  "inline-block rounded-full border border-slate-300 px-3 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100",
                  l === level && "border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
                )}
              >
                {t(`picker.levels.${l}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t("accuracy.none")} description={t("accuracy.noneHint")} />
      ) : (
        <div className="space-y-6">
          {best.length > 0 && (
            <Card className="min-w-0">
              <CardHeader>
                <CardTitle>{t("accuracy.best")}</CardTitle>
                <CardDescription>{t("accuracy.bestDescription")}</CardDescription>
              </CardHeader>
              <CardContent>
                <BestTable best={best} nameOf={nameOf} locale={locale} />
              </CardContent>
            </Card>
          )}
          <Card className="min-w-0">
            <CardHeader>
              <CardTitle>{t("accuracy.series")}</CardTitle>
              <CardDescription>{t("accuracy.seriesDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <AccuracyTable rows={rows} nameOf={nameOf} locale={locale} />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
});
