import { Handshake, PiggyBank, Sparkles, Target, TrendingUp } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";

/**
 * The landing page's hero illustration: a stylised back-office overview. Its figures are
 * samples and say so, visibly and to screen readers, since no tenant's data is public.
 */
export async function ProductPreview() {
  const t = await getTranslations("landing.preview");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const currency = locale === "es" ? "EUR" : "USD";

  const stats = [
    { icon: Handshake, label: t("partners"), value: formatNumber(248, locale), trend: "+12" },
    { icon: PiggyBank, label: t("coop"), value: formatMoney(18_450_000, currency, locale), trend: "+4%" },
    { icon: Target, label: t("deals"), value: formatNumber(1_317, locale), trend: "+86" },
  ];
  const bars = [38, 52, 47, 64, 58, 72, 69, 84];

  return (
    <figure role="img" aria-label={t("label")} className="relative">
      <div
        aria-hidden="true"
        className="absolute -inset-4 -z-10 rounded-[2rem] bg-linear-to-tr from-brand-200/60 via-white to-sky-100 blur-2xl"
      />
      <div className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-2xl shadow-slate-900/10">
        <div className="flex items-center gap-1.5 border-b border-slate-100 bg-slate-50 px-4 py-3">
          <span className="size-2.5 rounded-full bg-slate-300" />
          <span className="size-2.5 rounded-full bg-slate-300" />
          <span className="size-2.5 rounded-full bg-slate-300" />
        </div>
        <div className="space-y-5 p-5 sm:p-6">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold text-slate-900">{t("title")}</p>
            <p className="flex items-center gap-2 text-xs text-slate-600">
              <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-950">{t("sample")}</span>
              {t("period")}
            </p>
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            {stats.map(({ icon: Icon, label, value, trend }) => (
              <div key={label} className="rounded-xl border border-slate-200 p-3">
                <div className="flex items-start gap-2 text-xs leading-tight text-slate-600">
                  <Icon className="size-4 shrink-0 text-brand-700" />
                  <span>{label}</span>
                </div>
                <p className="mt-2 text-lg font-semibold tracking-tight text-slate-900 tabular-nums">{value}</p>
                <p className="mt-0.5 inline-flex items-center gap-1 text-xs font-medium text-emerald-700">
                  <TrendingUp className="size-3.5" />
                  {trend}
                </p>
              </div>
            ))}
          </div>
          <div className="flex h-28 items-end gap-2 rounded-xl bg-slate-50 p-3">
            {bars.map((height, index) => (
              <div
                key={index}
                className={
                  index === bars.length - 1 ? "flex-1 rounded-md bg-brand-700" : "flex-1 rounded-md bg-brand-200"
                }
                style={{ height: `${height}%` }}
              />
            ))}
          </div>
          <div className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <Sparkles className="mt-0.5 size-4 shrink-0 text-amber-700" />
            <p>
              <span className="font-semibold">{t("insightTitle")}: </span>
              {t("insight", { gap: formatPercent(0.04, locale, 0) })}
            </p>
          </div>
          <div className="flex items-center justify-between rounded-xl border border-slate-200 px-3 py-2.5 text-sm">
            <span className="text-slate-700">{t("orders")}</span>
            <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-900 ring-1 ring-brand-200">
              {formatNumber(7, locale)}
            </span>
          </div>
        </div>
      </div>
    </figure>
  );
}
