import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { LeadStatusBadge } from "@/components/leads/badges";
import { DistributeLeadForm, LoseLeadForm } from "@/components/leads/lead-actions";
import { LeadFacts } from "@/components/leads/lead-facts";
import { OfferHistory } from "@/components/leads/offer-history";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { leadMachine } from "@/lib/leads/lifecycle";
import { getLead } from "@/lib/leads/read";
import { distributeLeadAction, loseLeadAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("leads.read", async ({ ctx, params }) => ({
  title: (await getLead(ctx, params.leadId ?? "")).company,
}));

/** One lead: what is known, who holds it, every offer with why that partner was chosen, and the vendor's moves. */
export default vendorPage("leads.read", async ({ ctx, params }) => {
  const [lead, t] = await Promise.all([getLead(ctx, params.leadId), getTranslations("leads")]);
  const base = `/${ctx.tenant.slug}/admin`;
  const moves = can(ctx, "leads.manage") ? leadMachine.available(ctx, lead.status).map((rule) => rule.to) : [];
  const form = { tenant: ctx.tenant.slug, lead: { id: lead.id, version: lead.version } };
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "leads.actions"]}>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/leads`}>{t("detail.back")}</BackLink>
        }
        title={lead.company}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <LeadStatusBadge status={lead.status} />
            {lead.partner && (
              <Link href={`${base}/partners/${lead.partner.id}?tab=leads`} className="text-brand-800 underline underline-offset-4">
                {lead.partner.name}
              </Link>
            )}
          </span>
        }
      />
      <div className="space-y-6">
        {lead.registrationId && (
          <Alert tone="success">
            {t("detail.converted")}{" "}
            <Link href={`${base}/deals/registrations/${lead.registrationId}`} className="font-medium underline underline-offset-4">
              {t("detail.openRegistration")}
            </Link>
          </Alert>
        )}
        {lead.status === "NEW" && <Alert tone="warning">{t("detail.nobody")}</Alert>}
        <LeadFacts lead={lead} />
        <OfferHistory offers={lead.offers} timeZone={ctx.tenant.timeZone} showPartner />
        {moves.length > 0 && (
          <Card>
            <CardHeader>
              <CardTitle>{t("actions.title")}</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-6 lg:grid-cols-2">
              {moves.includes("OFFERED") && <DistributeLeadForm {...form} action={distributeLeadAction} />}
              {moves.includes("LOST") && <LoseLeadForm {...form} action={loseLeadAction} />}
            </CardContent>
          </Card>
        )}
      </div>
    </ClientMessages>
  );
});
