import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import type { LeadRuleItem } from "@/lib/leads/types";
import type { ServerAction } from "@/lib/http/action-state";
import { RuleDialog, RuleOrderButton, type RuleDialogProps } from "./rule-dialog";

export type RulesListProps = {
  tenant: string;
  rules: LeadRuleItem[];
  options: RuleDialogProps["options"];
  actions: { update: ServerAction; remove: ServerAction; move: ServerAction };
};

/** The distribution rules in the order they are tried, each with its conditions in words. */
export function RulesList({ tenant, rules, options, actions }: RulesListProps) {
  const t = useTranslations("leads.rules");
  const types = useTranslations("enums.partnerType");
  return (
    <ol className="space-y-4">
      {rules.map((rule, index) => (
        <li key={rule.id}>
          <Card>
            <CardContent className="flex flex-col gap-3 pt-6 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  <span className="tabular-nums text-slate-600">{index + 1}.</span>
                  <span className="[overflow-wrap:anywhere]">{rule.name}</span>
                  {!rule.active && <Badge tone="neutral">{t("inactive")}</Badge>}
                </p>
                <p className="text-sm text-slate-700">
                  {[
                    rule.territory ? t("summary.territory", { territory: rule.territory.path }) : t("summary.anyTerritory"),
                    rule.minTier ? t("summary.tier", { tier: rule.minTier.name }) : null,
                    rule.partnerType ? t("summary.type", { type: types(rule.partnerType as never) }) : null,
                    rule.capacity === null ? t("summary.noCapacity") : t("summary.capacity", { capacity: rule.capacity }),
                    t("summary.sla", { hours: rule.slaHours }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-1">
                {index > 0 && <RuleOrderButton tenant={tenant} rule={rule} direction="up" action={actions.move} />}
                {index < rules.length - 1 && <RuleOrderButton tenant={tenant} rule={rule} direction="down" action={actions.move} />}
                <RuleDialog tenant={tenant} action={actions.update} options={options} rule={rule} />
                <ConfirmAction
                  action={actions.remove}
                  fields={{ tenant, ruleId: rule.id }}
                  triggerLabel={t("delete")}
                  triggerContext={rule.name}
                  triggerIcon={<Trash2 aria-hidden="true" />}
                  triggerVariant="ghost"
                  triggerSize="sm"
                  title={t("deleteTitle", { rule: rule.name })}
                  description={t("deleteDescription")}
                  confirmLabel={t("delete")}
                  pendingLabel={t("deleting")}
                  tone="danger"
                />
              </div>
            </CardContent>
          </Card>
        </li>
      ))}
    </ol>
  );
}
