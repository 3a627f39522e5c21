import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { money } from "@/components/pricing/money";
import { metricValue } from "@/components/programs/metric-format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { lineName } from "@/lib/orders/explanation";
import type { AccountInsight } from "@/lib/orders/insight";
import { orderNumberText } from "@/lib/orders/schema";

/**
 * The account insight panel (lib/orders/insight.ts): trailing volume, the order lines nearest
 * a cheaper price break, the next tier, open receivables and credit headroom — each figure
 * with "How is this computed?" beside it. Rendered on the server (no client script): the
 * partner 360's Receivables tab, the back office's order page and the portal's cart.
 * `orderHref` links each break to its order (the 360 lists every open order's).
 */
export async function AccountInsightPanel({
  insight,
  audience,
  orderHref,
}: {
  insight: AccountInsight;
  audience: "vendor" | "partner";
  orderHref?: (orderId: string) => string;
}) {
  const [t, metrics, format, locale] = await Promise.all([getTranslations("accountInsight"), getTranslations("programs.metrics"), getFormatter(), getLocale()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const link = "rounded font-medium text-brand-800 underline underline-offset-4";
  const { volume, breaks, receivables, credit } = insight;
  const tier = insight.tier?.outlook ?? null;
  return (
    <Card className="min-w-0" data-account-insight="">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {audience === "partner" ? t("descriptionOwn") : t("description")} {t("asOf", { day: day(insight.today) })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-2 2xl:grid-cols-4">
        {volume && (
          <Figure title={t("volume.title")} how={t("howComputed")} explain={t("volume.explain", { since: day(volume.since) })} testId="volume">
            {volume.rows.length === 0 ? (
              <p>{t("volume.none")}</p>
            ) : (
              <ul className="space-y-1" data-trailing-volume="">
                {volume.rows.map((v) => (
                  <li key={v.currency} className="tabular-nums">
                    {t("volume.row", { amount: money(v.netMinor, v.currency, locale), count: v.invoices })}
                  </li>
                ))}
              </ul>
            )}
          </Figure>
        )}
        <Figure title={t("breaks.title")} how={t("howComputed")} explain={t("breaks.explain")} testId="breaks">
          {breaks.length === 0 ? (
            <p>{t("breaks.none")}</p>
          ) : (
            <ul className="space-y-2">
              {breaks.map((b) => (
                <li key={`${b.orderId}-${b.sku}`} data-break={b.sku}>
                  <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">
                    {t("breaks.line", {
                      more: b.next.more,
                      sku: b.sku,
                      at: b.next.quantity,
                      price: money(b.next.unitPriceMinor, b.currency, locale),
                      current: money(b.unitPriceMinor, b.currency, locale),
                    })}
                  </span>
                  <span className="block text-slate-700 [overflow-wrap:anywhere]">
                    {lineName(b, locale)} · {t("breaks.list", { list: b.next.list.name })}
                    {orderHref && (
                      <>
                        {" · "}
                        <Link href={orderHref(b.orderId)} className={link}>
                          {b.orderNumber === null ? t("breaks.draft") : t("breaks.order", { order: orderNumberText(b.orderNumber) })}
                        </Link>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Figure>
        {insight.tier && (
          <Figure
            title={t("tier.title")}
            how={t("howComputed")}
            explain={t("tier.explain", { day: tier?.evaluatedAt ? format.dateTime(tier.evaluatedAt, { dateStyle: "medium" }) : t("tier.notEvaluated") })}
            testId="tier"
          >
            {!tier ? (
              <p>{t("tier.none")}</p>
            ) : (
              <div className="space-y-1">
                <p className="font-medium text-slate-900">{tier.tier ? t("tier.current", { tier: tier.tier.name, program: tier.program }) : t("tier.noTier", { program: tier.program })}</p>
                {!tier.next ? (
                  <p>{t("tier.top")}</p>
                ) : (
                  <>
                    <p>{t("tier.next", { tier: tier.next.name })}</p>
                    {tier.next.missing.length === 0 ? (
                      <p>{t("tier.met")}</p>
                    ) : (
                      <ul className="space-y-1">
                        {tier.next.missing.map((rule) => (
                          <li key={rule.metric} className="tabular-nums">
                            {t("tier.rule", {
                              metric: metrics(rule.metric),
                              short: metricValue(rule.metric, rule.shortBy, tier.currency, locale),
                              value: metricValue(rule.metric, rule.value, tier.currency, locale),
                              minimum: metricValue(rule.metric, rule.minimum, tier.currency, locale),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                )}
              </div>
            )}
          </Figure>
        )}
        {receivables && (
          <Figure title={t("receivables.title")} how={t("howComputed")} explain={t("receivables.explain")} testId="receivables">
            {receivables.length === 0 ? (
              <p>{t("receivables.none")}</p>
            ) : (
              <dl className="space-y-1">
                {receivables.map((r) => (
                  <div key={r.currency} className="grid grid-cols-[auto_1fr] gap-x-3 tabular-nums">
                    <dt>{t("receivables.open")}</dt>
                    <dd className="text-right font-medium text-slate-900">{money(r.openMinor, r.currency, locale)}</dd>
                    <dt>{t("receivables.overdue")}</dt>
                    <dd className={r.overdueMinor > 0n ? "text-right font-medium text-red-800" : "text-right"}>{money(r.overdueMinor, r.currency, locale)}</dd>
                    {r.creditMinor > 0n && (
                      <>
                        <dt>{t("receivables.credit")}</dt>
                        <dd className="text-right">{money(r.creditMinor, r.currency, locale)}</dd>
                      </>
                    )}
                  </div>
                ))}
              </dl>
            )}
            {credit && (
              <p className="mt-2" data-credit-limit="">
                {credit.exposureMinor <= credit.limitMinor
                  ? t("receivables.limit", {
                      limit: money(credit.limitMinor, credit.currency, locale),
                      exposure: money(credit.exposureMinor, credit.currency, locale),
                      left: money(credit.limitMinor - credit.exposureMinor, credit.currency, locale),
                    })
                  : t("receivables.over", {
                      limit: money(credit.limitMinor, credit.currency, locale),
                      exposure: money(credit.exposureMinor, credit.currency, locale),
                      over: money(credit.exposureMinor - credit.limitMinor, credit.currency, locale),
                    })}
              </p>
            )}
          </Figure>
        )}
      </CardContent>
    </Card>
  );
}

/** One figure: its heading, its value, and how it is computed behind a disclosure. */
function Figure({ title, how, explain, testId, children }: { title: string; how: string; explain: string; testId: string; children: React.ReactNode }) {
  return (
    <section className="min-w-0 space-y-2 text-sm text-slate-700" data-insight={testId}>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {children}
      <details className="rounded-lg border border-slate-200 p-2">
        <summary className="cursor-pointer rounded text-sm font-medium text-brand-800">{how}</summary>
        <p className="mt-2">{explain}</p>
      </details>
    </section>
  );
}
