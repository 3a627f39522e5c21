import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { RegistrationStatusBadge } from "@/components/deals/badges";
import { EvidenceList } from "@/components/deals/evidence-list";
import { DecideExtensionForm } from "@/components/deals/extension-forms";
import { ExtensionsList } from "@/components/deals/extensions-list";
import { RegistrationFacts } from "@/components/deals/registration-facts";
import { ReviewForms } from "@/components/deals/review-forms";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getRegistration, getRegistrationReview } from "@/lib/deals/registration-read";
import { approveRegistrationAction, decideExtensionAction, rejectRegistrationAction } from "../../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("deals.read", async ({ ctx, params }) => ({
  title: (await getRegistration(ctx, params.registrationId ?? "")).customerName,
}));

/** One registration under review: what the partner claims, the evidence of duplicates and conflicts, the decision. */
export default vendorPage("deals.read", async ({ ctx, params }) => {
  const [registration, review, t] = await Promise.all([
    getRegistration(ctx, params.registrationId),
    getRegistrationReview(ctx, params.registrationId),
    getTranslations("deals"),
  ]);
  const base = `/${ctx.tenant.slug}/admin`;
  const decide = can(ctx, "deals.review");
  const link = "text-brand-800 underline underline-offset-4";
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "deals.extensions", "deals.review"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`${base}/deals?status=PENDING`}>{t("detail.backToQueue")}</BackLink>
          }
          title={registration.customerName}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <RegistrationStatusBadge status={registration.status} />
              <Link href={`${base}/partners/${registration.partner.id}?tab=deals`} className={link}>
                {registration.partner.name}
              </Link>
            </span>
          }
        />
        <div className="space-y-6">
          {registration.opportunityId && (
            <Alert tone="success">
              {t("detail.isDeal")}{" "}
              <Link
                href={`${base}/deals/opportunities/${registration.opportunityId}`}
                className="font-medium underline underline-offset-4"
              >
                {t("detail.openDeal")}
              </Link>
            </Alert>
          )}
          <Card>
            <CardHeader>
              <CardTitle>{t("evidence.title")}</CardTitle>
              <CardDescription>{t("evidence.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <EvidenceList evidence={review.evidence} base={base} />
            </CardContent>
          </Card>
          <RegistrationFacts
            registration={registration}
            extra={[
              { label: t("detail.territory"), value: review.territory?.path ?? t("detail.none") },
              { label: t("detail.rep"), value: review.rep?.name ?? t("detail.noRep") },
              {
                label: t("detail.account"),
                value: review.account ? (
                  <Link href={`${base}/accounts/${review.account.id}`} className={link}>
                    {review.account.name}
                  </Link>
                ) : (
                  t("detail.noAccount")
                ),
              },
            ]}
          />
          <Card>
            <CardHeader>
              <CardTitle>{t("review.title")}</CardTitle>
              {registration.status === "PENDING" && <CardDescription>{t("review.description")}</CardDescription>}
            </CardHeader>
            <CardContent>
              {registration.status === "PENDING" && decide ? (
                <ReviewForms
                  tenant={ctx.tenant.slug}
                  registration={registration}
                  protectionDays={review.protectionDays}
                  approve={approveRegistrationAction}
                  reject={rejectRegistrationAction}
                />
              ) : registration.status === "PENDING" ? (
                <p className="text-sm text-slate-600">{t("review.waiting")}</p>
              ) : (
                <p className="text-sm text-slate-800">
                  {t("review.decided", { name: registration.decidedByName ?? "—" })}
                  {registration.decisionReason ? ` · ${registration.decisionReason}` : ""}
                </p>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("extensions.title")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ExtensionsList
                extensions={registration.extensions}
                {...(decide
                  ? {
                      decide: (extension) => (
                        <DecideExtensionForm
                          tenant={ctx.tenant.slug}
                          extensionId={extension.id}
                          action={decideExtensionAction}
                        />
                      ),
                    }
                  : {})}
              />
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
