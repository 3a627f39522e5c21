import { getLocale, getTranslations } from "next-intl/server";
import { ArrowDown, ArrowUp } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import type { ServerAction } from "@/lib/http/action-state";
import { toDecimalString } from "@/lib/money";
import { METRIC_UNIT, PROGRAM_METRICS } from "@/lib/programs/metric-names";
import type { TierView } from "@/lib/programs/types";
import { ActionButton } from "./action-button";
import { metricValue } from "./metric-format";
import { TierDialog } from "./program-dialogs";

export type TierLadderProps = {
  tenant: string;
  currency: string;
  tiers: TierView[];
  /** with programs.manage */
  edit?: { update: ServerAction; remove: ServerAction; move: ServerAction };
};

/** A program's tiers from the top down, each with its rules and holders; edit, reorder, delete. */
export async function TierLadder({ tenant, currency, tiers, edit }: TierLadderProps) {
  const [t, metrics, locale] = await Promise.all([getTranslations("programs.tiers"), getTranslations("programs.metrics"), getLocale()]);
  const top = [...tiers].reverse();
  if (tiers.length === 0) return <p className="text-sm text-slate-600">{edit ? t("emptyManage") : t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {top.map((tier, index) => (
        <li key={tier.id} className="rounded-lg border border-slate-200 p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-semibold break-words text-slate-900">
                <span className="sr-only">{t("rankLabel", { rank: tier.rank })} </span>
                {tier.name}
              </p>
              {tier.description && <p className="text-sm break-words text-slate-600">{tier.description}</p>}
              <ul className="mt-2 space-y-0.5 text-sm text-slate-700">
                {tier.rules.length === 0 ? (
                  <li>{t("noRules")}</li>
                ) : (
                  tier.rules.map((rule) => (
                    <li key={rule.metric}>{t("rule", { metric: metrics(rule.metric), minimum: metricValue(rule.metric, rule.minimum, currency, locale) })}</li>
                  ))
                )}
              </ul>
              <p className="mt-1 text-xs text-slate-600">{t("holders", { count: tier.holders })}</p>
            </div>
            {edit && (
              <div className="flex flex-wrap items-start gap-2">
                <TierDialog
                  tenant={tenant}
                  action={edit.update}
                  currency={currency}
                  target={{ tierId: tier.id }}
                  values={{
                    name: tier.name,
                    description: tier.description ?? "",
                    rules: Object.fromEntries(
                      PROGRAM_METRICS.map((metric) => {
                        const rule = tier.rules.find((r) => r.metric === metric);
                        const typed = !rule ? "" : METRIC_UNIT[metric] === "money" ? toDecimalString(BigInt(rule.minimum), currency) : rule.minimum;
                        return [metric, typed];
                      }),
                    ) as Record<(typeof PROGRAM_METRICS)[number], string>,
                  }}
                  labels={{ trigger: t("edit"), context: tier.name, title: t("editTitle", { tier: tier.name }), description: t("editDescription") }}
                />
                {index > 0 && (
                  <ActionButton
                    action={edit.move}
                    fields={{ tenant, tierId: tier.id, direction: "up" }}
                    label={<><ArrowUp aria-hidden="true" /><span className="sr-only">{t("moveUp", { tier: tier.name })}</span></>}
                    pendingLabel={t("moving")}
                  />
                )}
                {index < top.length - 1 && (
                  <ActionButton
                    action={edit.move}
                    fields={{ tenant, tierId: tier.id, direction: "down" }}
                    label={<><ArrowDown aria-hidden="true" /><span className="sr-only">{t("moveDown", { tier: tier.name })}</span></>}
                    pendingLabel={t("moving")}
                  />
                )}
                <ConfirmAction
                  action={edit.remove}
                  fields={{ tenant, tierId: tier.id }}
                  triggerLabel={t("delete")}
                  triggerContext={tier.name}
                  triggerVariant="ghost"
                  title={t("deleteTitle", { tier: tier.name })}
                  description={t("deleteDescription")}
                  confirmLabel={t("delete")}
                  pendingLabel={t("deleting")}
                />
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
