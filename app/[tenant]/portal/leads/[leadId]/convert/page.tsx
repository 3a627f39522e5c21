import { randomBytes } from "node:crypto";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/components/deals/registration-form";
import { countryOptions } from "@/components/forms/options";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { todayIn } from "@/lib/activities/dates";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnLead } from "@/lib/leads/read";
import { toDecimalString } from "@/lib/money";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { checkClaimAction } from "../../../deals/actions";
import { convertLeadAction } from "../../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownLeads.manage", async () => {
  const t = await getTranslations("leads.convert");
  return { title: t("title") };
});

/**
 * An accepted lead becomes a deal registration: the registration form, pre-filled from the
 * lead, submitted through the deals module (duplicate and conflict detection included).
 */
export default partnerPage("ownLeads.manage", async ({ ctx, params }) => {
  const [lead, t, industries, locale] = await Promise.all([getOwnLead(ctx, params.leadId), getTranslations("leads"), getTranslations("enums.industry"), getLocale()]);
  if (lead.status !== "ACCEPTED") notFound();
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "forms.country", "forms.timeZone", "deals.claim", "deals.form"]}>
      <PageHeader
        eyebrow={
          <BackLink href={`/${ctx.tenant.slug}/portal/leads/${lead.id}`}>{lead.company}</BackLink>
        }
        title={t("convert.title")}
        description={t("convert.description")}
      />
      <Card>
        <CardContent className="pt-6">
          <RegistrationForm
            tenant={ctx.tenant.slug}
            action={convertLeadAction}
            check={checkClaimAction}
            submissionKey={randomBytes(16).toString("hex")}
            currencies={[...CURRENCIES]}
            currency={lead.currency}
            today={todayIn(ctx.tenant.timeZone)}
            countries={countryOptions(locale)}
            industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
            extraHidden={{ leadId: lead.id }}
            initial={{
              title: lead.products.length ? lead.products.join(", ") : lead.company,
              customerName: lead.company,
              website: lead.domain ?? "",
              country: lead.country ?? "",
              region: lead.region ?? "",
              postalCode: lead.postalCode ?? "",
              industry: lead.industry ?? "",
              contactName: lead.contactName,
              contactEmail: lead.email ?? "",
              contactPhone: lead.phone ?? "",
              amount: lead.valueMinor === null ? "" : toDecimalString(lead.valueMinor, lead.currency),
              notes: lead.notes ?? "",
            }}
          />
        </CardContent>
      </Card>
    </ClientMessages>
  );
});
