import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ClaimForm } from "@/components/coop/claim-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ownCoopChoices } from "@/lib/coop/portal";
import { submitCoopClaimAction } from "../../actions";

export const generateMetadata = partnerMetadata("ownCoop.manage", async () => {
  const t = await getTranslations("coopPortal.claimForm");
  return { title: t("title") };
});

/** Claim an activity (`?requestId=` preselects an approved request). */
export default partnerPage("ownCoop.manage", async ({ ctx, searchParams }) => {
  const [t, choices] = await Promise.all([getTranslations("coopPortal"), ownCoopChoices(ctx)]);
  const direct = choices.funds.filter((f) => !f.requiresPreApproval);
  const wanted = typeof searchParams.requestId === "string" ? searchParams.requestId : "";
  const requestId =
    choices.requests.find((r) => r.id === wanted)?.id ?? (direct.length ? "" : (choices.requests[0]?.id ?? ""));
  const base = `/${ctx.tenant.slug}/portal/coop`;
  const nothing = direct.length === 0 && choices.requests.length === 0;
  return (
    <ClientMessages
      namespaces={[...FORM_MESSAGES, "files", "coop.validation", "coopPortal.claimForm", "coopPortal.activity"]}
    >
      <>
        <PageHeader
          eyebrow={<BackLink href={`${base}/claims`}>{t("claims.backList")}</BackLink>}
          title={t("claimForm.title")}
          description={t("claimForm.description")}
        />
        <Card className="max-w-3xl">
          <CardContent className="pt-6">
            {nothing ? (
              <Alert tone="info">{t("claimForm.nothing")}</Alert>
            ) : (
              <ClaimForm
                tenant={ctx.tenant.slug}
                funds={direct}
                allFunds={choices.funds}
                requests={choices.requests}
                requestId={requestId}
                today={choices.today}
                submissionKey={randomUUID()}
                action={submitCoopClaimAction}
              />
            )}
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
