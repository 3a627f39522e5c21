import { getLocale, getTranslations } from "next-intl/server";
import { LeadForm } from "@/components/leads/lead-form";
import { countryOptions } from "@/components/forms/options";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { LEAD_SOURCES } from "@/lib/leads/schema";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { createLeadAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("leads.manage", async () => {
  const t = await getTranslations("leads.form");
  return { title: t("pageTitle") };
});

/** Enter a lead: saved, placed in its territory and offered by the rules in one step. */
export default vendorPage("leads.manage", async ({ ctx }) => {
  const [t, industries, sources, locale] = await Promise.all([getTranslations("leads"), getTranslations("enums.industry"), getTranslations("enums.leadSource"), getLocale()]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "forms.country", "forms.timeZone", "leads.form"]}>
      <PageHeader
        eyebrow={
          <BackLink href={`/${ctx.tenant.slug}/admin/leads`}>{t("detail.back")}</BackLink>
        }
        title={t("form.pageTitle")}
        description={t("form.pageDescription")}
      />
      <Card>
        <CardContent className="pt-6">
          <LeadForm
            tenant={ctx.tenant.slug}
            action={createLeadAction}
            currencies={[...CURRENCIES]}
            currency={ctx.tenant.currency}
            countries={countryOptions(locale)}
            industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
            sources={LEAD_SOURCES.map((value) => ({ value, label: sources(value) }))}
          />
        </CardContent>
      </Card>
    </ClientMessages>
  );
});
