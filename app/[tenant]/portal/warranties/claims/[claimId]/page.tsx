import { getTranslations } from "next-intl/server";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ClaimStatusBadge } from "@/components/warranties/badges";
import { ClaimFacts, ClaimTimeline } from "@/components/warranties/claim-facts";
import { StepForm } from "@/components/warranties/step-form";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnClaim } from "@/lib/warranties/claim-read";
import { claimMachine } from "@/lib/warranties/lifecycle";
import { claimNumberText } from "@/lib/warranties/schema";
import { answerClaimAction } from "../../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownWarranties.read", async ({ ctx, params }) => ({ title: claimNumberText((await getOwnClaim(ctx, params.claimId ?? "")).number) }));

/** One of the partner's claims: where it stands, its RMA and outcome, and the answer to a question. */
export default partnerPage("ownWarranties.read", async ({ ctx, params }) => {
  const [claim, t] = await Promise.all([getOwnClaim(ctx, params.claimId), getTranslations("warranties")]);
  const canAnswer = claimMachine.available(ctx, claim.status).some((rule) => rule.action === "answer");
  const base = `/${ctx.tenant.slug}/portal`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "warranties.steps", "warranties.validation"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`${base}/warranties/claims`}>{t("portal.backClaims")}</BackLink>
          }
          title={t("claim.title", { number: claimNumberText(claim.number) })}
          description={<ClaimStatusBadge status={claim.status} />}
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="space-y-6">
            <ClaimFacts claim={claim} timeZone={ctx.tenant.timeZone} fileBase={`${base}/files`} />
            {canAnswer && (
              <Card>
                <CardContent className="pt-6">
                  <StepForm tenant={ctx.tenant.slug} claim={{ id: claim.id, version: claim.version }} kind="answer" action={answerClaimAction} />
                </CardContent>
              </Card>
            )}
          </div>
          <ClaimTimeline claim={claim} timeZone={ctx.tenant.timeZone} />
        </div>
      </>
    </ClientMessages>
  );
});
