import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ListChecks } from "lucide-react";
import { countryOptions } from "@/components/forms/options";
import { OnboardingProgressView } from "@/components/programs/onboarding-progress";
import { AcceptAgreementForm, BillingForm, CertificationForm, DocumentForm } from "@/components/programs/portal-forms";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { FILE_PURPOSES } from "@/lib/files/purposes";
import { getOwnAgreement, getOwnBilling, getOwnOnboarding } from "@/lib/programs/onboarding";
import { acceptAgreementAction, saveBillingAction, submitCertificationAction, submitDocumentAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = partnerMetadata("ownProgram.read", async () => {
  const t = await getTranslations("programs.portal");
  return { title: t("onboardingTitle") };
});

/**
 * The partner's onboarding checklist, each open item with its form: read and accept the
 * agreement, give billing details, state certifications. Partner users who may not
 * complete it (and a vendor's preview) see the same page without the forms.
 */
export default partnerPage("ownProgram.read", async ({ ctx }) => {
  const [progress, agreement, billing, t, format, locale] = await Promise.all([
    getOwnOnboarding(ctx),
    getOwnAgreement(ctx),
    getOwnBilling(ctx),
    getTranslations("programs.portal"),
    getFormatter(),
    getLocale(),
  ]);
  if (!progress) {
    return (
      <ClientMessages
        namespaces={[
          ...FORM_MESSAGES,
          "forms.country",
          "forms.timeZone",
          "files.field",
          "programs.onboarding",
          "programs.billing",
          "programs.certification",
          "programs.document",
          "programs.validation",
        ]}
      >
        <PageHeader title={t("onboardingTitle")} />
        <EmptyState
          icon={<ListChecks />}
          title={t("notEnrolled")}
          description={t("notEnrolledHint", { vendor: ctx.tenant.name })}
        />
      </ClientMessages>
    );
  }
  const complete = can(ctx, "onboarding.complete");
  const documentRule = FILE_PURPOSES["partner.document"];
  const tenant = ctx.tenant.slug;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: ctx.tenant.timeZone });
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "files.field",
        "programs.onboarding",
        "programs.billing",
        "programs.certification",
        "programs.document",
        "programs.validation",
      ]}
    >
      <PageHeader title={t("onboardingTitle")} description={t("onboardingDescription", { vendor: ctx.tenant.name })} />
      {!complete && (
        <Alert tone="info" className="mb-6">
          {t("readOnly")}
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="h-fit min-w-0">
          <CardHeader>
            <CardTitle>{t("checklistTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <OnboardingProgressView
              progress={progress}
              timeZone={ctx.tenant.timeZone}
              anchors={complete}
              {...(can(ctx, "partnerFiles.read") ? { filesPath: `/${tenant}/portal/files` } : {})}
            />
          </CardContent>
        </Card>
        <div className="grid h-fit min-w-0 gap-6 xl:col-span-2">
          {progress.items.map((item) => (
            <Card key={item.id} id={`item-${item.id}`} className="scroll-mt-20">
              <CardHeader>
                <CardTitle>{item.title}</CardTitle>
                {item.description && <CardDescription>{item.description}</CardDescription>}
              </CardHeader>
              <CardContent className="space-y-4">
                {item.kind === "AGREEMENT" &&
                  (agreement ? (
                    <>
                      <p className="text-sm text-slate-600">
                        {t("agreementVersion", { number: agreement.number, date: date(agreement.publishedAt) })}
                      </p>
                      <section
                        aria-label={agreement.title}
                        tabIndex={0}
                        lang={agreement.locale}
                        className="max-h-96 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm whitespace-pre-wrap text-slate-800"
                      >
                        <h3 className="mb-2 font-semibold">{agreement.title}</h3>
                        {agreement.body}
                      </section>
                      {agreement.locale !== locale && (
                        <p className="text-sm text-slate-600">{t("agreementOtherLanguage")}</p>
                      )}
                      {agreement.accepted ? (
                        <Alert tone="success">
                          {t("agreementAccepted", { name: agreement.accepted.by, date: date(agreement.accepted.at) })}
                        </Alert>
                      ) : complete ? (
                        <AcceptAgreementForm
                          tenant={tenant}
                          agreementId={agreement.id}
                          action={acceptAgreementAction}
                          statement={t("acceptStatement", { number: agreement.number, partner: ctx.partner.name })}
                        />
                      ) : null}
                    </>
                  ) : (
                    <p className="text-sm text-slate-600">{t("agreementMissing", { vendor: ctx.tenant.name })}</p>
                  ))}
                {item.kind === "BILLING" &&
                  (complete ? (
                    <BillingForm
                      tenant={tenant}
                      action={saveBillingAction}
                      billing={billing}
                      countries={countryOptions(locale)}
                    />
                  ) : (
                    <p className="text-sm text-slate-700">
                      {billing ? t("billingGiven", { name: billing.legalName }) : t("billingMissing")}
                    </p>
                  ))}
                {item.kind === "CERTIFICATION" &&
                  (complete ? (
                    <CertificationForm
                      tenant={tenant}
                      itemId={item.id}
                      action={submitCertificationAction}
                      current={item.certification ?? null}
                    />
                  ) : (
                    <p className="text-sm text-slate-700">
                      {item.done ? t("certificationGiven") : t("certificationMissing")}
                    </p>
                  ))}
                {item.kind === "DOCUMENT" &&
                  (complete && can(ctx, "partnerFiles.upload") ? (
                    <DocumentForm
                      tenant={tenant}
                      itemId={item.id}
                      action={submitDocumentAction}
                      rule={{ accept: documentRule.types, maxBytes: documentRule.maxBytes }}
                      current={item.document ?? null}
                    />
                  ) : (
                    <p className="text-sm text-slate-700">{item.done ? t("documentGiven") : t("documentMissing")}</p>
                  ))}
              </CardContent>
            </Card>
          ))}
        </div>
      </div>
    </ClientMessages>
  );
});
