import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FileSignature } from "lucide-react";
import { LeadStatusBadge } from "@/components/leads/badges";
import { LeadFacts } from "@/components/leads/lead-facts";
import { OfferAnswer } from "@/components/leads/offer-answer";
import { OfferHistory } from "@/components/leads/offer-history";
import { SlaCountdown } from "@/components/leads/sla-countdown";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnLead } from "@/lib/leads/read";
import { acceptLeadAction, declineLeadAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownLeads.read", async ({ ctx, params }) => ({
  title: (await getOwnLead(ctx, params.leadId ?? "")).company,
}));

/** A lead the partner holds: answer the offer before its deadline, or convert an accepted one into a deal registration. */
export default partnerPage("ownLeads.read", async ({ ctx, params }) => {
  const [lead, t] = await Promise.all([getOwnLead(ctx, params.leadId), getTranslations("leads")]);
  const base = `/${ctx.tenant.slug}/portal`;
  const open = lead.offers.find((o) => o.status === "OFFERED");
  const respond = can(ctx, "ownLeads.manage");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "leads.answer", "leads.sla"]}>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/leads`}>{t("detail.back")}</BackLink>
        }
        title={lead.company}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <LeadStatusBadge status={lead.status} />
            {lead.status === "OFFERED" && open && <SlaCountdown dueAt={open.dueAt.toISOString()} now={new Date().toISOString()} />}
          </span>
        }
        actions={
          lead.status === "ACCEPTED" &&
          respond &&
          can(ctx, "ownDeals.manage") && (
            <Link href={`${base}/leads/${lead.id}/convert`} className={buttonVariants()}>
              <FileSignature aria-hidden="true" />
              {t("portal.convert")}
            </Link>
          )
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
        {lead.status === "OFFERED" && open && (
          <Card>
            <CardHeader>
              <CardTitle>{t("answer.title")}</CardTitle>
            </CardHeader>
            <CardContent>
              {respond ? (
                <OfferAnswer tenant={ctx.tenant.slug} leadId={lead.id} accept={acceptLeadAction} decline={declineLeadAction} />
              ) : (
                <p className="text-sm text-slate-700">{t("answer.adminsOnly")}</p>
              )}
            </CardContent>
          </Card>
        )}
        <LeadFacts lead={lead} />
        <OfferHistory offers={lead.offers} timeZone={ctx.tenant.timeZone} showPartner={false} />
      </div>
    </ClientMessages>
  );
});
