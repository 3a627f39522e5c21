import { getTranslations } from "next-intl/server";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ClaimStatusBadge } from "@/components/warranties/badges";
import { ClaimFacts, ClaimTimeline } from "@/components/warranties/claim-facts";
import { StepForm, type StepKind } from "@/components/warranties/step-form";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getClaim } from "@/lib/warranties/claim-read";
import { claimMachine } from "@/lib/warranties/lifecycle";
import { claimNumberText } from "@/lib/warranties/schema";
import {
  approveClaimAction,
  askInfoClaimAction,
  closeClaimAction,
  creditClaimAction,
  issueRmaAction,
  receiveClaimAction,
  rejectClaimAction,
  repairClaimAction,
  replaceClaimAction,
} from "../../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("warranties.read", async ({ ctx, params }) => {
  const claim = await getClaim(ctx, params.claimId ?? "");
  return { title: `${claimNumberText(claim.number)} · ${claim.partner.name}` };
});

const ACTIONS = {
  approve: approveClaimAction,
  reject: rejectClaimAction,
  askInfo: askInfoClaimAction,
  issueRma: issueRmaAction,
  receive: receiveClaimAction,
  repair: repairClaimAction,
  replace: replaceClaimAction,
  credit: creditClaimAction,
  close: closeClaimAction,
} as const;

/** One claim in the back office: its facts, photos and timeline, and the steps the transition table offers this person now. */
export default vendorPage("warranties.read", async ({ ctx, params }) => {
  const [claim, t] = await Promise.all([getClaim(ctx, params.claimId), getTranslations("warranties")]);
  const steps = claimMachine
    .available(ctx, claim.status)
    .map((rule) => rule.action)
    .filter((action): action is keyof typeof ACTIONS => action in ACTIONS);
  const base = `/${ctx.tenant.slug}/admin`;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "warranties.steps", "warranties.validation"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`${base}/warranties`}>{t("admin.backClaims")}</BackLink>
          }
          title={t("claim.title", { number: claimNumberText(claim.number) })}
          description={<ClaimStatusBadge status={claim.status} />}
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="space-y-6">
            <ClaimFacts claim={claim} timeZone={ctx.tenant.timeZone} fileBase={`${base}/files`} partnerHref={`${base}/partners/${claim.partner.id}`} />
            <ClaimTimeline claim={claim} timeZone={ctx.tenant.timeZone} />
          </div>
          <Card>
            <CardHeader>
              <CardTitle>{t("claim.steps")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-8">
              {steps.length === 0 && <p className="text-sm text-slate-700">{t("claim.noSteps")}</p>}
              {steps.map((kind) => (
                <StepForm key={kind} tenant={ctx.tenant.slug} claim={{ id: claim.id, version: claim.version }} kind={kind as StepKind} action={ACTIONS[kind]} />
              ))}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
