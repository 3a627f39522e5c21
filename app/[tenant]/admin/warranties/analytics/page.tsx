import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { money } from "@/components/pricing/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { WarrantySectionNav } from "@/components/warranties/section-nav";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { formatPercent } from "@/lib/i18n/format";
import { warrantyAnalytics, type CostRow, type RateRow } from "@/lib/warranties/analytics";

export const generateMetadata = vendorMetadata("warranties.read", async () => {
  const t = await getTranslations("warranties.admin");
  return { title: t("analyticsTitle") };
});

/** Claim rates per product, family and shipment month; costs per partner and policy; top failures; claims over time. */
export default vendorPage("warranties.read", async ({ ctx }) => {
  const [t, a, figures] = await Promise.all([getTranslations("warranties.admin"), getTranslations("warranties.analytics"), warrantyAnalytics(ctx)]);
  const locale = ctx.user.locale === "es" ? "es" : "en";
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const monthLabel = (month: string) => new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const rateTable = (title: string, rows: RateRow[], label = (r: RateRow) => r.label || a("noFamily")) => (
    <Card>
      <CardHeader>
        <CardTitle as="h3">{title}</CardTitle>
      </CardHeader>
      <CardContent className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-3 font-semibold">{title}</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">{a("units")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">{a("claims")}</th>
              <th scope="col" className="py-2 text-right font-semibold">{a("rate")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-normal">{label(r)}</th>
                <td className="py-2 pr-3 text-right tabular-nums">{number(r.units)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{number(r.claims)}</td>
                <td className="py-2 text-right tabular-nums">{r.units ? formatPercent(r.claims / r.units, locale) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
  const costTable = (title: string, rows: CostRow[]) => (
    <Card>
      <CardHeader>
        <CardTitle as="h3">{title}</CardTitle>
      </CardHeader>
      <CardContent className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-3 font-semibold">{title}</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">{a("claims")}</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">{a("replaced")}</th>
              <th scope="col" className="py-2 text-right font-semibold">{a("credited")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.key}-${r.currency}`} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-normal">{r.label}</th>
                <td className="py-2 pr-3 text-right tabular-nums">{number(r.claims)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{number(r.replaced)}</td>
                <td className="py-2 text-right tabular-nums">{r.currency ? money(r.creditedMinor, r.currency, locale) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
  const empty = figures.claimsPerMonth.length === 0;
  return (
    <>
      <PageHeader title={t("analyticsTitle")} description={t("analyticsDescription")} />
      <WarrantySectionNav tenant={ctx.tenant.slug} current="analytics" />
      {empty ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{a("empty")}</p>
      ) : (
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{a("chart")}</CardTitle>
            </CardHeader>
            <CardContent>
              <BarChart
                title={a("chart")}
                columns={[a("month"), a("claims")]}
                bars={figures.claimsPerMonth.map((m) => ({ key: m.month, label: monthLabel(m.month), value: m.claims, valueLabel: number(m.claims) }))}
              />
            </CardContent>
          </Card>
          {/* grid-cols-1 (minmax(0, 1fr)): a wide table scrolls inside its card instead of widening the page */}
          <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
            {rateTable(a("byProduct"), figures.byProduct)}
            {rateTable(a("byFamily"), figures.byFamily)}
            {rateTable(a("byShipmentMonth"), figures.byShipmentMonth, (r) => monthLabel(r.label || r.key))}
            {costTable(a("byPartner"), figures.costByPartner)}
            {costTable(a("byPolicy"), figures.costByPolicy)}
            <Card>
              <CardHeader>
                <CardTitle as="h3">{a("failures")}</CardTitle>
              </CardHeader>
              <CardContent>
                <BarChart title={a("failures")} columns={[a("failure"), a("claims")]} bars={figures.topFailureCodes.map((f) => ({ key: f.code, label: f.code, value: f.claims, valueLabel: number(f.claims), tone: "warning" as const }))} />
              </CardContent>
            </Card>
          </div>
        </div>
      )}
    </>
  );
});
