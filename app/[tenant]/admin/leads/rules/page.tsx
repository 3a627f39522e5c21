import { getTranslations } from "next-intl/server";
import { Route } from "lucide-react";
import { LeadsNav } from "@/components/leads/leads-nav";
import { RuleDialog } from "@/components/leads/rule-dialog";
import { RulesList } from "@/components/leads/rules-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PARTNER_TYPES } from "@/lib/partners/schema";
import { leadRuleOptions, listLeadRules } from "@/lib/leads/rules";
import { createLeadRuleAction, deleteLeadRuleAction, moveLeadRuleAction, updateLeadRuleAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("leads.configure", async () => {
  const t = await getTranslations("leads.rules");
  return { title: t("title") };
});

/** The distribution rules, tried in order: the first with an eligible partner offers the lead, round robin among them. */
export default vendorPage("leads.configure", async ({ ctx }) => {
  const [t, types, rules, options] = await Promise.all([getTranslations("leads"), getTranslations("enums.partnerType"), listLeadRules(ctx), leadRuleOptions(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/leads`;
  const dialogOptions = { ...options, partnerTypes: PARTNER_TYPES.map((value) => ({ value, label: types(value) })) };
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "leads.rules"]}>
      <PageHeader
        title={t("rules.title")}
        description={t("rules.description")}
        actions={<RuleDialog tenant={ctx.tenant.slug} action={createLeadRuleAction} options={dialogOptions} />}
      />
      <LeadsNav base={base} current="rules" configure manage={can(ctx, "leads.manage")} />
      {rules.length === 0 ? (
        <EmptyState icon={<Route />} title={t("rules.empty.title")} description={t("rules.empty.description")} />
      ) : (
        <RulesList
          tenant={ctx.tenant.slug}
          rules={rules}
          options={dialogOptions}
          actions={{ update: updateLeadRuleAction, remove: deleteLeadRuleAction, move: moveLeadRuleAction }}
        />
      )}
    </ClientMessages>
  );
});
