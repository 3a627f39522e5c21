import { getLocale, getTranslations } from "next-intl/server";
import { Map as MapIcon } from "lucide-react";
import { countryOptions } from "@/components/forms/options";
import { RerunRules } from "@/components/territories/rerun-rules";
import { TerritoryDialog } from "@/components/territories/territory-dialog";
import { TerritoryTree } from "@/components/territories/territory-tree";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { getTerritoryTree, territoryPeopleOptions } from "@/lib/territories/service";
import {
  addRuleAction,
  addTerritoryOwnerAction,
  assignTerritoryPartnerAction,
  createTerritoryAction,
  deleteTerritoryAction,
  reassignByRulesAction,
  removeRuleAction,
  removeTerritoryOwnerAction,
  unassignTerritoryPartnerAction,
  updateTerritoryAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("territories.read", async () => {
  const t = await getTranslations("territories");
  return { title: t("title") };
});

/** The territory tree with its rules editor, owner reps and assigned partners. */
export default vendorPage("territories.read", async ({ ctx }) => {
  const manage = can(ctx, "territories.manage");
  const [t, industries, locale, nodes, people] = await Promise.all([
    getTranslations("territories"),
    getTranslations("enums.industry"),
    getLocale(),
    getTerritoryTree(ctx),
    manage ? territoryPeopleOptions(ctx) : null,
  ]);
  const create = manage ? (
    <TerritoryDialog
      tenant={ctx.tenant.slug}
      action={createTerritoryAction}
      parents={nodes.map((n) => ({ value: n.id, label: n.path }))}
      triggerLabel={t("new")}
    />
  ) : null;
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "territories.form",
        "territories.rules",
        "territories.rerun",
        "territories.validation",
        "admin.confirm",
      ]}
    >
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          manage && nodes.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              <RerunRules tenant={ctx.tenant.slug} action={reassignByRulesAction} />
              {create}
            </div>
          ) : undefined
        }
      />
      {nodes.length === 0 ? (
        <EmptyState
          icon={<MapIcon />}
          title={t("empty.title")}
          description={manage ? t("empty.description") : t("empty.readOnly")}
          action={create}
        />
      ) : (
        <TerritoryTree
          tenant={ctx.tenant.slug}
          nodes={nodes}
          {...(people
            ? {
                edit: {
                  actions: {
                    create: createTerritoryAction,
                    update: updateTerritoryAction,
                    remove: deleteTerritoryAction,
                    addRule: addRuleAction,
                    removeRule: removeRuleAction,
                    addOwner: addTerritoryOwnerAction,
                    removeOwner: removeTerritoryOwnerAction,
                    assignPartner: assignTerritoryPartnerAction,
                    unassignPartner: unassignTerritoryPartnerAction,
                  },
                  countries: countryOptions(locale),
                  industries: INDUSTRIES.map((value) => ({ value, label: industries(value) })),
                  reps: people.reps,
                  partners: people.partners,
                },
              }
            : {})}
        />
      )}
    </ClientMessages>
  );
});
