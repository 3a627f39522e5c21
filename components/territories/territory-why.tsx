import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TerritoryExplanation } from "@/lib/territories/types";
import { RuleText } from "./rule-text";

/** "Why this territory": the matching rules in precedence order and the reassignment history. */
export function TerritoryWhy({ why, timeZone }: { why: TerritoryExplanation; timeZone: string }) {
  const t = useTranslations("territories.why");
  const sources = useTranslations("enums.territorySource");
  const format = useFormatter();
  return (
    <div className="space-y-5 text-sm">
      <p>
        <span className="font-medium text-slate-900">{why.current?.path ?? t("none")}</span>{" "}
        <Badge tone={why.source === "MANUAL" ? "warning" : "neutral"}>{sources(why.source)}</Badge>
      </p>
      <section className="space-y-2">
        <h3 className="font-semibold text-slate-900">{t("rulesTitle")}</h3>
        <p className="text-slate-600">{t("precedence")}</p>
        {why.candidates.length === 0 ? (
          <p className="text-slate-600">{t("noRule")}</p>
        ) : (
          <ol className="list-decimal space-y-1 ps-5">
            {why.candidates.map((rule) => (
              <li key={rule.id} className="[overflow-wrap:anywhere]">
                <span className="font-medium">{rule.territoryPath}</span>: <RuleText rule={rule} />{" "}
                {rule.wins && <Badge tone="success">{why.source === "MANUAL" ? t("wouldWin") : t("wins")}</Badge>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold text-slate-900">{t("historyTitle")}</h3>
        {why.history.length === 0 ? (
          <p className="text-slate-600">{t("noHistory")}</p>
        ) : (
          <ul className="space-y-2">
            {why.history.map((change) => (
              <li key={change.id} className="[overflow-wrap:anywhere]">
                <time dateTime={change.createdAt.toISOString()} className="text-slate-600">
                  {format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
                </time>{" "}
                {t("move", { from: change.fromTerritory ?? t("none"), to: change.toTerritory ?? t("none") })} · {sources(change.source)}
                {change.actor && <> · {change.actor}</>}
                {change.reason && <> · “{change.reason}”</>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
