import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CommitForm } from "@/components/forecasting/commit-form";
import { ForecastNav } from "@/components/forecasting/forecast-nav";
import { valueFormatter } from "@/components/forecasting/format";
import { PerspectiveTable } from "@/components/forecasting/perspective-table";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { addMonths } from "@/lib/forecast/engine/period";
import { currentPeriod } from "@/lib/forecasting/calendar";
import { listCommits } from "@/lib/forecasting/commits";
import { getSnapshot, listForecastRuns } from "@/lib/forecasting/runs";
import { COMMIT_LEVELS, DEFAULT_RUN_HORIZON } from "@/lib/forecasting/schema";
import { forecastSlices } from "@/lib/forecasting/slices";
import { perspectiveRows } from "@/lib/forecasting/view";
import { firstValues } from "@/lib/lists/query";
import { commitForecastAction } from "../actions";

export const generateMetadata = vendorMetadata("forecasts.read", async () => {
  const t = await getTranslations("forecasting.commit");
  return { title: t("title") };
});

type Level = (typeof COMMIT_LEVELS)[number];

/**
 * Commits: for the total, a territory or a partner, the perspectives of the coming months
 * beside the form, and every earlier commit with what it overrode and why.
 */
export default vendorPage("forecasts.read", async ({ ctx, searchParams }) => {
  const params = firstValues(searchParams);
  const level: Level = (COMMIT_LEVELS as readonly string[]).includes(params.level ?? "") ? (params.level as Level) : "TOTAL";
  const locale = await getLocale();
  const [t, format, slices, runs] = await Promise.all([getTranslations("forecasting"), getFormatter(), forecastSlices(ctx, locale), listForecastRuns(ctx)]);
  const options: { id: string; name: string; depth: number }[] =
    level === "TERRITORY" ? slices.territories : level === "PARTNER" ? slices.partners.map((p) => ({ ...p, depth: 0 })) : [];
  const key = level === "TOTAL" ? "" : options.some((o) => o.id === params.key) ? params.key! : (options[0]?.id ?? "");
  const current = currentPeriod(ctx.tenant.timeZone);
  const run = runs.find((r) => r.status === "PUBLISHED" && r.asOf <= current) ?? null;
  const [series, commits] = await Promise.all([
    run && (level === "TOTAL" || key) ? getSnapshot(ctx, { runId: run.id, level, key }) : Promise.resolve([]),
    level === "TOTAL" || key ? listCommits(ctx, { level, key }) : Promise.resolve([]),
  ]);
  const currency = ctx.tenant.currency;
  const one = series.find((s) => s.measure === "REVENUE" && s.currency === currency);
  const rows = one && run ? perspectiveRows(one, run.asOf, run.horizon, null, current).filter((r) => r.period >= current) : [];
  const money = valueFormatter("REVENUE", currency, locale);
  const name = level === "TOTAL" ? t("picker.total") : (options.find((o) => o.id === key)?.name ?? "");
  const months = Array.from({ length: DEFAULT_RUN_HORIZON }, (_, i) => addMonths(current, i));
  const base = `/${ctx.tenant.slug}/admin/forecasts`;

  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "forecasting.commit", "forecasting.validation"]}>
      <>
        <PageHeader title={t("commit.title")} description={t("commit.description")} />
        <ForecastNav base={base} current="commit" />
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
            {t("picker.levelLabel")}
            <select name="level" defaultValue={level} className="rounded-md border border-slate-300 px-3 py-2">
              {COMMIT_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`picker.levels.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {level !== "TOTAL" && (
            <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-800">
              {t("commit.slice")}
              <select name="key" defaultValue={key} className="max-w-full rounded-md border border-slate-300 px-3 py-2">
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {`${"· ".repeat(o.depth)}${o.name}`}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Button type="submit" variant="secondary">
            {t("commit.show")}
          </Button>
        </form>
        {level !== "TOTAL" && !key ? (
          <EmptyState title={t("picker.noNodes")} />
        ) : (
          <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
            <div className="min-w-0 space-y-6">
              <Card className="min-w-0">
                <CardHeader>
                  <CardTitle>{name}</CardTitle>
                  <CardDescription>{run ? t("overview.chartHint", { asOf: run.asOf, level: run.intervalLevel }) : t("overview.noRunHint")}</CardDescription>
                </CardHeader>
                <CardContent>
                  {rows.length > 0 ? <PerspectiveTable rows={rows} format={money} caption={t("overview.tableCaption", { name })} /> : <p className="text-sm text-slate-600">{t("overview.noSeriesHint")}</p>}
                </CardContent>
              </Card>
              <Card className="min-w-0">
                <CardHeader>
                  <CardTitle>{t("commit.history")}</CardTitle>
                </CardHeader>
                <CardContent>
                  {commits.length === 0 ? (
                    <p className="text-sm text-slate-600">{t("commit.none")}</p>
                  ) : (
                    <Table label={t("commit.history")}>
                      <TableHeader>
                        <TableRow>
                          <TableHead>{t("commit.period")}</TableHead>
                          <TableHead align="right">{t("perspectives.COMMIT")}</TableHead>
                          <TableHead align="right">{t("commit.overrode")}</TableHead>
                          <TableHead>{t("commit.reason")}</TableHead>
                          <TableHead>{t("commit.by")}</TableHead>
                          <TableHead>{t("commit.when")}</TableHead>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {commits.map((c) => (
                          <TableRow key={c.id}>
                            <TableCell className="whitespace-nowrap">{c.period}</TableCell>
                            <TableCell align="right" className="tabular-nums">{money(Number(c.amountMinor))}</TableCell>
                            <TableCell align="right" className="tabular-nums text-slate-600">{c.basis === null ? t("commit.noBasis") : money(Number(c.basis))}</TableCell>
                            <TableCell className="min-w-48 break-words">{c.reason}</TableCell>
                            <TableCell>{c.committedByName}</TableCell>
                            <TableCell className="whitespace-nowrap">{format.dateTime(c.createdAt, { dateStyle: "medium", timeZone: ctx.tenant.timeZone })}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </CardContent>
              </Card>
            </div>
            {can(ctx, "forecasts.commit") && (
              <Card className="h-fit">
                <CardHeader>
                  <CardTitle>{t("commit.submit")}</CardTitle>
                  <CardDescription>{name}</CardDescription>
                </CardHeader>
                <CardContent>
                  <CommitForm key={`${level}:${key}`} tenant={ctx.tenant.slug} level={level} sliceKey={key} currency={currency} months={months} action={commitForecastAction} />
                </CardContent>
              </Card>
            )}
          </div>
        )}
      </>
    </ClientMessages>
  );
});
