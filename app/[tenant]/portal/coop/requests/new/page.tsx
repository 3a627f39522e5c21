import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { RequestForm } from "@/components/coop/request-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ownCoopChoices } from "@/lib/coop/portal";
import { proposeCoopRequestAction } from "../../actions";

export const generateMetadata = partnerMetadata("ownCoop.manage", async () => {
  const t = await getTranslations("coopPortal.requestForm");
  return { title: t("title") };
});

/** Propose an activity on one of the partner's open funds (`?fundId=` preselects one). */
export default partnerPage("ownCoop.manage", async ({ ctx, searchParams }) => {
  const [t, choices] = await Promise.all([getTranslations("coopPortal"), ownCoopChoices(ctx)]);
  const wanted = typeof searchParams.fundId === "string" ? searchParams.fundId : "";
  const fundId = choices.funds.find((f) => f.id === wanted)?.id ?? choices.funds[0]?.id ?? "";
  const base = `/${ctx.tenant.slug}/portal/coop`;
  return (
    <ClientMessages
      namespaces={[...FORM_MESSAGES, "files", "coop.validation", "coopPortal.requestForm", "coopPortal.activity"]}
    >
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/requests`}>{t("requests.backList")}</BackLink>}
          title={t("requestForm.title")}
          description={t("requestForm.description")}
        />
        <Card className="max-w-3xl">
          <CardContent className="pt-6">
            {choices.funds.length === 0 ? (
              <Alert tone="info">{t("requestForm.noFunds")}</Alert>
            ) : (
              <RequestForm
                tenant={ctx.tenant.slug}
                funds={choices.funds}
                fundId={fundId}
                submissionKey={randomUUID()}
                action={proposeCoopRequestAction}
              />
            )}
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
