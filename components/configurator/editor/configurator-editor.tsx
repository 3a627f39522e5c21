import { useLocale, useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { money } from "@/components/pricing/money";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { localName } from "@/lib/catalog/names";
import type { ConfigModel, RuleDef } from "@/lib/configurator/model";
import { indexOf } from "@/lib/configurator/model";
import type { ServerAction } from "@/lib/http/action-state";
import { BundleForm } from "./bundle-form";
import { GroupForm } from "./group-form";
import { OptionForm } from "./option-form";
import { RuleForm } from "./rule-form";

export type EditorActions = { group: ServerAction; option: ServerAction; rule: ServerAction; bundle: ServerAction; remove: ServerAction };

/**
 * The back office's configurator editor: groups with their options (edit in place, remove),
 * rules in words, bundle items, and forms to add each. Every form sends the configurator
 * version it was shown with; a change that makes the rules contradict each other comes
 * back with the report above the form and nothing saved.
 */
export function ConfiguratorEditor({ tenant, model, actions }: { tenant: string; model: ConfigModel; actions: EditorActions }) {
  const t = useTranslations("configurator.editor");
  const locale = useLocale();
  const common = { tenant, productId: model.productId, version: model.version };
  const { options } = indexOf(model);
  const optionChoices = model.groups.flatMap((g) => g.options.map((o) => ({ value: o.id, label: `${localName(g, locale)}: ${localName(o, locale)}` })));
  const remove = (part: string, id: string, name: string) => (
    <ConfirmAction
      action={actions.remove}
      fields={{ tenant, productId: model.productId, version: String(model.version), part, id }}
      triggerLabel={t("remove")}
      triggerContext={name}
      triggerIcon={<Trash2 aria-hidden="true" />}
      triggerVariant="ghost"
      triggerSize="sm"
      title={t(`removeTitle.${part}`)}
      description={t(`removeBody.${part}`, { name })}
      confirmLabel={t("remove")}
      pendingLabel={t("removing")}
      tone="danger"
    />
  );
  const ruleText = (rule: RuleDef) =>
    t(`ruleText.${rule.kind}`, { option: localName(options.get(rule.optionId)!, locale), target: localName(options.get(rule.targetOptionId)!, locale), quantity: rule.quantity ?? 0 });
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card className="min-w-0 xl:col-span-2">
        <CardHeader>
          <CardTitle>{t("groups")}</CardTitle>
          <CardDescription>{t("groupsHint", { currency: model.currency })}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {model.groups.length === 0 && <p className="text-sm text-slate-700">{t("noGroups")}</p>}
          {model.groups.map((group) => (
            <section key={group.id} aria-label={localName(group, locale)} className="min-w-0 rounded-xl border border-slate-200 p-4" data-editor-group={group.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                  <span className="break-words">{localName(group, locale)}</span>
                  <Badge tone="info">{t(`kinds.${group.kind}`)}</Badge>
                  {group.required && <Badge tone="brand">{t("requiredBadge")}</Badge>}
                  {(group.minPicks !== null || group.maxPicks !== null) && (
                    <span className="text-sm font-normal text-slate-700">{t("bounds", { min: group.minPicks ?? "—", max: group.maxPicks ?? "—" })}</span>
                  )}
                </h3>
                {remove("group", group.id, localName(group, locale))}
              </div>
              <ul className="mt-3 divide-y divide-slate-100">
                {group.options.map((option) => (
                  <li key={option.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span className="min-w-0 break-words">
                      {localName(option, locale)} · <span className="tabular-nums">{money(option.adderMinor, model.currency, locale)}</span>
                      {option.sku && <span className="ml-2 font-mono text-xs text-slate-700">{option.sku}</span>}
                    </span>
                    <div className="flex flex-wrap items-center gap-1">
                      <details>
                        <summary className="cursor-pointer rounded px-2 py-1 font-medium text-brand-800">{t("edit")}</summary>
                        <div className="mt-3 w-full min-w-0">
                          <OptionForm {...common} groupId={group.id} currency={model.currency} action={actions.option} option={option} />
                        </div>
                      </details>
                      {remove("option", option.id, localName(option, locale))}
                    </div>
                  </li>
                ))}
              </ul>
              <details className="mt-3">
                <summary className="cursor-pointer rounded text-sm font-medium text-brand-800">{t("addOptionTo", { group: localName(group, locale) })}</summary>
                <div className="mt-3">
                  <OptionForm {...common} groupId={group.id} currency={model.currency} action={actions.option} />
                </div>
              </details>
              <details className="mt-2">
                <summary className="cursor-pointer rounded text-sm font-medium text-brand-800">{t("editGroup")}</summary>
                <div className="mt-3">
                  <GroupForm {...common} action={actions.group} group={group} />
                </div>
              </details>
            </section>
          ))}
          <details className="rounded-xl border border-dashed border-slate-300 p-4" open={model.groups.length === 0}>
            <summary className="cursor-pointer rounded font-medium text-brand-800">{t("addGroup")}</summary>
            <div className="mt-3">
              <GroupForm {...common} action={actions.group} />
            </div>
          </details>
        </CardContent>
      </Card>
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("rules")}</CardTitle>
          <CardDescription>{t("rulesHint")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {model.rules.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noRules")}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-rules="">
              {model.rules.map((rule) => (
                <li key={rule.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className="min-w-0 break-words">{ruleText(rule)}</span>
                  {remove("rule", rule.id, ruleText(rule))}
                </li>
              ))}
            </ul>
          )}
          {optionChoices.length > 1 && <RuleForm {...common} options={optionChoices} action={actions.rule} />}
        </CardContent>
      </Card>
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>{t("bundle")}</CardTitle>
          <CardDescription>{t("bundleHint")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {model.bundle.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noBundle")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {model.bundle.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className="min-w-0 break-words">
                    {t("bundleLine", { quantity: item.quantity, name: localName(item, locale) })} <span className="font-mono text-xs text-slate-700">{item.sku}</span>
                  </span>
                  {remove("bundleItem", item.id, localName(item, locale))}
                </li>
              ))}
            </ul>
          )}
          <BundleForm {...common} action={actions.bundle} />
        </CardContent>
      </Card>
    </div>
  );
}
