import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CoopSectionNav } from "@/components/coop/admin/nav";
import { LiabilityTable, ReturnTable, SpendTable } from "@/components/coop/admin/report-tables";
import { SpendChart } from "@/components/coop/admin/spend-chart";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { isCalendarDay, todayIn } from "@/lib/activities/dates";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { RETURN_MONTHS, liabilityReport, returnOnFunds, spendByActivity } from "@/lib/coop/reports";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { toDecimalString } from "@/lib/money";

export const generateMetadata = vendorMetadata("coop.read", async () => {
  const t = await getTranslations("coopAdmin.reports");
  return { title: t("title") };
});

const day = z.string().refine(isCalendarDay).optional().catch(undefined);
const params = z.object({ from: day, to: day, months: z.coerce.number().refine((m) => (RETURN_MONTHS as readonly number[]).includes(m)).catch(3) });

/** Liability (what is still owed), spend by activity type (chart and table) and return on funds. */
export default vendorPage("coop.read", async ({ ctx, searchParams }) => {
  const query = params.parse({ from: searchParams.from, to: searchParams.to, months: searchParams.months ?? 3 });
  const today = todayIn(ctx.tenant.timeZone);
  const to = query.to ?? today;
  const from = query.from && query.from <= to ? query.from : `${to.slice(0, 4)}-01-01`;
  const [t, types, liability, spend, returns] = await Promise.all([
    getTranslations("coopAdmin.reports"),
    getTranslations("coopAdmin.activityType"),
    liabilityReport(ctx),
    spendByActivity(ctx, { from, to }),
    returnOnFunds(ctx, query.months),
  ]);
  const locale = ctx.user.locale as Locale;
  const base = `/${ctx.tenant.slug}/admin/coop`;
  const currency = ctx.tenant.currency;
  const charted = spend.filter((row) => row.currency === currency && row.paidMinor > 0n);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CoopSectionNav tenant={ctx.tenant.slug} current="reports" />
      <div className="space-y-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("liability.title")}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            <p className="text-sm text-slate-700">{t("liability.explain")}</p>
            <LiabilityTable rows={liability.rows} totals={liability.totals} base={base} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("spend.title")}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("spend.rangeLabel")}>
              <input type="hidden" name="months" value={query.months} />
              <div className="space-y-1">
                <Label htmlFor="spend-from">{t("spend.from")}</Label>
                <Input id="spend-from" type="date" name="from" defaultValue={from} />
              </div>
              <div className="space-y-1">
                <Label htmlFor="spend-to">{t("spend.to")}</Label>
                <Input id="spend-to" type="date" name="to" defaultValue={to} />
              </div>
              <Button type="submit" variant="secondary">
                {t("apply")}
              </Button>
            </form>
            {spend.length === 0 ? (
              <p className="text-sm text-slate-700">{t("spend.empty")}</p>
            ) : (
              <>
                {charted.length > 0 && (
                  <SpendChart
                    title={t("spend.chartTitle", { currency })}
                    description={t("spend.chartDescription")}
                    points={charted.map((row) => ({ label: types(row.activityType), value: Number(toDecimalString(row.paidMinor, row.currency)), text: formatMoney(row.paidMinor, row.currency, locale) }))}
                    locale={locale}
                    currency={currency}
                    headers={{ type: t("spend.type"), paid: t("spend.paid") }}
                  />
                )}
                <SpendTable rows={spend} />
              </>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("return.title")}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            <p className="text-sm text-slate-700">{t("return.explain", { months: query.months })}</p>
            <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("return.windowLabel")}>
              {query.from && <input type="hidden" name="from" value={from} />}
              {query.to && <input type="hidden" name="to" value={to} />}
              <div className="space-y-1">
                <Label htmlFor="return-months">{t("return.window")}</Label>
                <Select id="return-months" name="months" defaultValue={String(query.months)} options={RETURN_MONTHS.map((m) => ({ value: String(m), label: t("return.months", { months: m }) }))} />
              </div>
              <Button type="submit" variant="secondary">
                {t("apply")}
              </Button>
            </form>
            <ReturnTable rows={returns} months={query.months} base={base} />
          </CardContent>
        </Card>
      </div>
    </>
  );
});
