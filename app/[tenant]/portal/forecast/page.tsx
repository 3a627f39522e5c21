import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ForecastChart, type ChartPoint } from "@/components/forecasting/forecast-chart";
import { chartScale, valueFormatter } from "@/components/forecasting/format";
import { OwnForecastForm } from "@/components/forecasting/own-forecast-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { addMonths } from "@/lib/forecast/engine/period";
import { ownForecastPage } from "@/lib/forecasting/portal";
import { DEFAULT_RUN_HORIZON } from "@/lib/forecasting/schema";
import { toDecimalString } from "@/lib/money";
import { submitPartnerForecastAction } from "./actions";

export const generateMetadata = partnerMetadata("ownForecasts.read", async () => {
  const t = await getTranslations("forecasting.portal");
  return { title: t("title") };
});

/** The partner's forecast: its purchases so far, its expected purchases per month (a new version each time) and its earlier versions. */
export default partnerPage("ownForecasts.read", async ({ ctx }) => {
  const locale = await getLocale();
  const [t, format, page] = await Promise.all([getTranslations("forecasting.portal"), getFormatter(), ownForecastPage(ctx)]);
  const latest = page.versions[0] ?? null;
  const latestOf = new Map(latest?.months.map((m) => [m.period, m.amountMinor]) ?? []);
  const monthLabel = (period: string) => format.dateTime(new Date(`${period}-15T12:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const months = Array.from({ length: DEFAULT_RUN_HORIZON }, (_, i) => addMonths(page.current, i)).map((period) => {
    const amount = latestOf.get(period);
    return { period, label: monthLabel(period), amount: amount === undefined ? "" : toDecimalString(amount, page.currency) };
  });
  const scale = chartScale("REVENUE", page.currency);
  const money = valueFormatter("REVENUE", page.currency, locale);
  const empty = { history: null, actual: null, statistical: null, band: null, pipeline: null, partner: null, commit: null };
  const points: ChartPoint[] = [
    ...page.history.map((h) => ({ ...empty, period: h.period, history: Number(h.amountMinor) / scale })),
    ...months.map((m) => ({ ...empty, period: m.period, partner: latestOf.has(m.period) ? Number(latestOf.get(m.period)) / scale : null })),
  ];
  const submit = can(ctx, "ownForecasts.submit");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "forecasting.portal", "forecasting.validation"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <div className="space-y-6">
          <Card className="min-w-0">
            <CardHeader>
              <CardTitle>{t("history")}</CardTitle>
              <CardDescription>{t("historyDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ForecastChart
                title={t("history")}
                description={t("historyDescription")}
                points={points}
                asOf={page.current}
                labels={{ history: t("purchases"), partner: t("latest"), actual: "", statistical: "", band: "", pipeline: "", commit: "" }}
                format={{ locale, currency: page.currency }}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("form")}</CardTitle>
              <CardDescription>{t("formDescription", { currency: page.currency })}</CardDescription>
            </CardHeader>
            <CardContent>
              {submit ? (
                <OwnForecastForm
                  tenant={ctx.tenant.slug}
                  expectedVersion={latest?.version ?? 0}
                  currency={page.currency}
                  months={months}
                  action={submitPartnerForecastAction}
                />
              ) : (
                <Alert tone="info">{t("readOnly")}</Alert>
              )}
            </CardContent>
          </Card>
          <Card className="min-w-0">
            <CardHeader>
              <CardTitle>{t("versions")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-3">
              {page.versions.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noVersions")}</p>
              ) : (
                page.versions.map((v) => (
                  <details key={v.id} className="rounded-md border border-slate-200 p-3" open={v === latest}>
                    <summary className="cursor-pointer text-sm">
                      <span className="font-medium text-slate-900">{t("version", { version: v.version })}</span>
                      <span className="text-slate-600">
                        {" · "}
                        {t("submittedBy", { name: v.submittedByName, date: format.dateTime(v.createdAt, { dateStyle: "medium", timeZone: ctx.tenant.timeZone }) })}
                        {" · "}
                        {t("total")} {money(Number(v.months.reduce((sum, m) => sum + m.amountMinor, 0n)))}
                      </span>
                    </summary>
                    {v.note && <p className="mt-2 text-sm text-slate-700">{v.note}</p>}
                    <Table label={t("version", { version: v.version })} className="mt-3">
                      <TableHeader>
                        <TableRow>
                          <TableHead>{t("month")}</TableHead>
                          <TableHead align="right">{v.currency}</TableHead>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {v.months.map((m) => (
                          <TableRow key={m.period}>
                            <TableCell>{monthLabel(m.period)}</TableCell>
                            <TableCell align="right" className="tabular-nums">{money(Number(m.amountMinor))}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </details>
                ))
              )}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
