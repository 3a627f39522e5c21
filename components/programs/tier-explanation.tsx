import { getLocale, getTranslations } from "next-intl/server";
import { CircleCheck, CircleDashed } from "lucide-react";
import type { TierExplanation } from "@/lib/programs/types";
import { metricValue } from "./metric-format";

/**
 * "Why this tier" and "what is missing for the next one", from the explanation stored
 * with the evaluation: the inputs as read (and from where), every tier's rules with the
 * value against the minimum, the tier the rules give, an override in force, and the next
 * tier's missing amounts. The same for the back office and the partner (who never sees
 * who decided an override).
 */
export async function TierExplanationView({
  explanation,
  audience,
}: {
  explanation: TierExplanation;
  audience: "vendor" | "partner";
}) {
  const [t, metrics, locale] = await Promise.all([getTranslations("programs.explain"), getTranslations("programs.metrics"), getLocale()]);
  const value = (metric: Parameters<typeof metricValue>[0], amount: string) => metricValue(metric, amount, explanation.currency, locale);
  const ruleText = (rule: TierExplanation["tiers"][number]["rules"][number]) =>
    t("rule", { metric: metrics(rule.metric), minimum: value(rule.metric, rule.minimum) });

  return (
    <div className="space-y-5 text-sm">
      <section aria-labelledby="why-tier" className="space-y-2">
        <h3 id="why-tier" className="font-semibold text-slate-900">
          {t("whyTitle")}
        </h3>
        <p className="text-slate-700">
          {explanation.override
            ? audience === "vendor" && explanation.override.by
              ? t("overrideBy", {
                  tier: explanation.override.tier.name,
                  by: explanation.override.by,
                  reason: explanation.override.reason,
                  rules: explanation.ruleTier?.name ?? t("noTier"),
                })
              : t("override", {
                  tier: explanation.override.tier.name,
                  reason: explanation.override.reason,
                  rules: explanation.ruleTier?.name ?? t("noTier"),
                })
            : explanation.tier
              ? t("byRules", { tier: explanation.tier.name })
              : t("noneByRules")}
        </p>
        <ul className="grid gap-2 sm:grid-cols-3">
          {explanation.inputs.map((input) => (
            <li key={input.metric} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
              <span className="block text-xs text-slate-600">{metrics(input.metric)}</span>
              <span className="block text-base font-semibold text-slate-900">{value(input.metric, input.value)}</span>
              <span className="block text-xs text-slate-600">
                {input.from ? t("window", { from: input.from, to: input.to }) : t("asOf", { to: input.to })} ·{" "}
                {input.source === "deals" && <>{t("wonInCanal", { count: input.won ?? 0 })} · </>}
                {t("records", { count: input.records })}
              </span>
            </li>
          ))}
        </ul>
        <p className="text-xs text-slate-600">{t("source", { asOf: explanation.asOf })}</p>
      </section>

      <section aria-labelledby="tier-ladder" className="space-y-2">
        <h3 id="tier-ladder" className="font-semibold text-slate-900">
          {t("ladderTitle")}
        </h3>
        <ol className="space-y-2">
          {explanation.tiers.map((tier) => {
            const held = explanation.tier?.id === tier.id;
            return (
              <li key={tier.id} className={`rounded-lg border p-3 ${held ? "border-brand-300 bg-brand-50" : "border-slate-200"}`}>
                <div className="flex flex-wrap items-center gap-2">
                  {tier.met ? (
                    <CircleCheck aria-hidden="true" className="size-4 text-emerald-700" />
                  ) : (
                    <CircleDashed aria-hidden="true" className="size-4 text-slate-500" />
                  )}
                  <span className="font-medium text-slate-900">{tier.name}</span>
                  <span className="text-slate-600">{tier.met ? t("met") : t("notMet")}</span>
                  {held && <span className="font-medium text-brand-800">· {t("held")}</span>}
                </div>
                {tier.rules.length === 0 ? (
                  <p className="mt-1 text-slate-600">{t("noRules")}</p>
                ) : (
                  <ul className="mt-1 space-y-0.5">
                    {tier.rules.map((rule) => (
                      <li key={rule.metric} className="text-slate-700">
                        {ruleText(rule)} —{" "}
                        {rule.met ? (
                          <span className="text-emerald-800">{t("ruleMet", { value: value(rule.metric, rule.value) })}</span>
                        ) : (
                          <span className="text-amber-900">
                            {t("ruleShort", { value: value(rule.metric, rule.value), short: value(rule.metric, rule.shortBy) })}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="next-tier" className="space-y-2">
        <h3 id="next-tier" className="font-semibold text-slate-900">
          {t("nextTitle")}
        </h3>
        {explanation.next ? (
          explanation.next.missing.length === 0 ? (
            <p className="text-slate-700">{t("nextLadder", { tier: explanation.next.name })}</p>
          ) : (
            <>
              <p className="text-slate-700">{t("nextNeeds", { tier: explanation.next.name })}</p>
              <ul className="list-disc space-y-0.5 pl-5 text-slate-700">
                {explanation.next.missing.map((rule) => (
                  <li key={rule.metric}>
                    {t("missing", {
                      metric: metrics(rule.metric),
                      short: value(rule.metric, rule.shortBy),
                      value: value(rule.metric, rule.value),
                      minimum: value(rule.metric, rule.minimum),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )
        ) : (
          <p className="text-slate-700">{t("top")}</p>
        )}
      </section>
    </div>
  );
}
