import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ComboboxOption } from "@/components/ui/combobox";
import type { SelectOption } from "@/components/ui/select";
import type { ServerAction } from "@/lib/http/action-state";
import type { TerritoryNodeItem } from "@/lib/territories/types";
import { PickForm } from "./pick-form";
import { RuleForm } from "./rule-form";
import { RuleText } from "./rule-text";
import { TerritoryDialog } from "./territory-dialog";

export type TerritoryActions = {
  update: ServerAction;
  create: ServerAction;
  remove: ServerAction;
  addRule: ServerAction;
  removeRule: ServerAction;
  addOwner: ServerAction;
  removeOwner: ServerAction;
  assignPartner: ServerAction;
  unassignPartner: ServerAction;
};

export type TerritoryTreeProps = {
  tenant: string;
  nodes: TerritoryNodeItem[];
  /** Absent for readers who may not change territories. */
  edit?: {
    actions: TerritoryActions;
    countries: ComboboxOption[];
    industries: SelectOption[];
    reps: SelectOption[];
    partners: SelectOption[];
  };
};

/** The territory tree: one card per territory, indented by depth, with its rules, reps and partners. */
export function TerritoryTree({ tenant, nodes, edit }: TerritoryTreeProps) {
  const t = useTranslations("territories");
  const parentsFor = (node: TerritoryNodeItem): SelectOption[] =>
    nodes
      .filter((other) => other.id !== node.id && !other.path.startsWith(`${node.path} › `))
      .map((other) => ({ value: other.id, label: other.path }));
  return (
    <ol className="grid gap-4" aria-label={t("treeLabel")}>
      {nodes.map((node) => (
        <li key={node.id} id={node.id} style={{ marginInlineStart: `min(${node.depth * 1.5}rem, ${node.depth * 6}vw)` }}>
          <Card className="min-w-0">
            <CardHeader className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <CardTitle as={node.depth === 0 ? "h2" : "h3"} className="[overflow-wrap:anywhere]">{node.path}</CardTitle>
                <CardDescription>
                  {node.description ?? t("accountsCount", { count: node.accounts })}
                  {node.description && <> · {t("accountsCount", { count: node.accounts })}</>}
                </CardDescription>
              </div>
              {edit && (
                <div className="flex flex-wrap gap-2">
                  <TerritoryDialog tenant={tenant} action={edit.actions.create} parents={nodes.map((n) => ({ value: n.id, label: n.path }))} defaultParentId={node.id} triggerLabel={t("addBelow")} />
                  <TerritoryDialog tenant={tenant} action={edit.actions.update} parents={parentsFor(node)} territory={node} triggerLabel={t("edit")} />
                  <ConfirmAction
                    action={edit.actions.remove}
                    fields={{ tenant, territoryId: node.id }}
                    triggerLabel={t("delete")}
                    triggerContext={node.path}
                    title={t("deleteTitle")}
                    description={t("deleteBody", { path: node.path, count: node.accounts })}
                    confirmLabel={t("delete")}
                    pendingLabel={t("deleting")}
                    tone="danger"
                  />
                </div>
              )}
            </CardHeader>
            <CardContent className="grid gap-6 xl:grid-cols-2">
              <section aria-labelledby={`${node.id}-rules`} className="min-w-0 space-y-3 xl:col-span-2">
                <h4 id={`${node.id}-rules`} className="text-sm font-semibold text-slate-900">{t("rules.title")}</h4>
                {node.rules.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("rules.none")}</p>
                ) : (
                  <ul className="divide-y divide-slate-100 text-sm">
                    {node.rules.map((rule) => (
                      <li key={rule.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <span className="min-w-0 [overflow-wrap:anywhere]">
                          <RuleText rule={rule} /> <Badge tone="info">{t("rules.specificity", { count: rule.specificity })}</Badge>
                        </span>
                        {edit && (
                          <ConfirmAction
                            action={edit.actions.removeRule}
                            fields={{ tenant, ruleId: rule.id }}
                            triggerLabel={t("rules.remove")}
                            triggerContext={node.path}
                            title={t("rules.removeTitle")}
                            description={t("rules.removeBody")}
                            confirmLabel={t("rules.remove")}
                            pendingLabel={t("rules.removing")}
                            tone="danger"
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {edit && (
                  <details className="rounded-md border border-slate-200 p-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("rules.addTitle")}</summary>
                    <div className="pt-3">
                      <RuleForm tenant={tenant} territoryId={node.id} action={edit.actions.addRule} countries={edit.countries} industries={edit.industries} />
                    </div>
                  </details>
                )}
              </section>
              <People
                title={t("owners.title")}
                empty={t("owners.none")}
                people={node.owners.map((o) => ({ id: o.membershipId, name: o.name }))}
                remove={edit && { action: edit.actions.removeOwner, field: "membershipId", label: t("owners.remove") }}
                tenant={tenant}
                territory={node}
                add={
                  edit && (
                    <PickForm tenant={tenant} territoryId={node.id} action={edit.actions.addOwner} field="membershipId" label={t("owners.pick")} placeholder={t("owners.placeholder")} submit={t("owners.add")} pending={t("owners.adding")} options={edit.reps.filter((r) => !node.owners.some((o) => o.membershipId === r.value))} />
                  )
                }
              />
              <People
                title={t("partners.title")}
                empty={t("partners.none")}
                people={node.partners.map((p) => ({ id: p.partnerId, name: p.name }))}
                remove={edit && { action: edit.actions.unassignPartner, field: "partnerId", label: t("partners.remove") }}
                tenant={tenant}
                territory={node}
                add={
                  edit && (
                    <PickForm tenant={tenant} territoryId={node.id} action={edit.actions.assignPartner} field="partnerId" label={t("partners.pick")} placeholder={t("partners.placeholder")} submit={t("partners.add")} pending={t("partners.adding")} options={edit.partners.filter((p) => !node.partners.some((o) => o.partnerId === p.value))} />
                  )
                }
              />
            </CardContent>
          </Card>
        </li>
      ))}
    </ol>
  );
}

function People({
  title,
  empty,
  people,
  remove,
  tenant,
  territory,
  add,
}: {
  title: string;
  empty: string;
  people: { id: string; name: string }[];
  remove: { action: ServerAction; field: string; label: string } | undefined;
  tenant: string;
  territory: TerritoryNodeItem;
  add: React.ReactNode;
}) {
  const t = useTranslations("territories");
  return (
    <section className="min-w-0 space-y-3">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      {people.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {people.map((person) => (
            <li key={person.id} className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1 text-sm">
              <span className="[overflow-wrap:anywhere]">{person.name}</span>
              {remove && (
                <ConfirmAction
                  action={remove.action}
                  fields={{ tenant, territoryId: territory.id, [remove.field]: person.id }}
                  triggerLabel={remove.label}
                  triggerContext={person.name}
                  triggerVariant="ghost"
                  title={remove.label}
                  description={t("unlinkBody", { name: person.name, path: territory.path })}
                  confirmLabel={remove.label}
                  pendingLabel={t("saving")}
                  tone="danger"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {add}
    </section>
  );
}
