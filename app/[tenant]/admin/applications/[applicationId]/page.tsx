import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/applications/application-badges";
import { DecisionForms } from "@/components/applications/decision-forms";
import { countryName } from "@/components/backoffice/country";
import { Facts } from "@/components/backoffice/facts";
import { Alert } from "@/components/ui/alert";
import { BreakText } from "@/components/ui/break-text";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getApplication } from "@/lib/applications/service";
import { listProgramOptions } from "@/lib/programs/service";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { formatPhone } from "@/lib/phone";
import { approveApplicationAction, rejectApplicationAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("applications.read", async ({ ctx, params }) => ({
  title: (await getApplication(ctx, params.applicationId ?? "")).companyName,
}));

/** One application: what the company told us, warnings (already a partner, earlier tries), the decision. */
export default vendorPage("applications.read", async ({ ctx, params }) => {
  const [application, t, statuses, types, languages, format, locale, programs] = await Promise.all([
    getApplication(ctx, params.applicationId),
    getTranslations("applications"),
    getTranslations("applications.status"),
    getTranslations("enums.partnerType"),
    getTranslations("enums.locale"),
    getFormatter(),
    getLocale(),
    // The approver may enrol the new partner in a program at once (lib/programs).
    can(ctx, "partnerPrograms.manage") ? listProgramOptions(ctx) : null,
  ]);
  const base = `/${ctx.tenant.slug}/admin`;
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone });
  const none = <span className="font-normal text-slate-600">{t("detail.none")}</span>;
  const pending = application.status === "PENDING";
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "applications.decide"]}>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/applications`}>{t("detail.back")}</BackLink>
        }
        title={application.companyName}
        description={<ApplicationStatusBadge status={application.status} />}
      />
      <div className="space-y-6">
        {application.existingPartner && pending && (
          <Alert tone="warning" title={t("detail.existingTitle")}>
            {t("detail.existingBody")}{" "}
            <Link
              href={`${base}/partners/${application.existingPartner.id}`}
              className="font-medium underline underline-offset-4"
            >
              {application.existingPartner.name}
            </Link>
          </Alert>
        )}
        {application.earlier.length > 0 && (
          <Alert tone="info" title={t("detail.earlierTitle")}>
            <ul className="list-disc space-y-1 pl-5">
              {application.earlier.map((earlier) => (
                <li key={earlier.id}>
                  <Link href={`${base}/applications/${earlier.id}`} className="underline underline-offset-4">
                    {t("detail.earlierItem", { status: statuses(earlier.status), date: when(earlier.createdAt) })}
                  </Link>
                </li>
              ))}
            </ul>
          </Alert>
        )}
        <div className="grid gap-6 xl:grid-cols-2">
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("detail.company")}</CardTitle>
            </CardHeader>
            <CardContent>
              <Facts
                items={[
                  { label: t("apply.taxId"), value: application.taxId },
                  { label: t("apply.partnerType"), value: types(application.partnerType) },
                  { label: t("apply.country"), value: countryName(application.country, locale) ?? application.country },
                  { label: t("apply.region"), value: application.region ?? none },
                  {
                    label: t("apply.website"),
                    value: application.website ? (
                      <a
                        href={application.website}
                        rel="nofollow noopener noreferrer"
                        target="_blank"
                        className="text-brand-800 underline underline-offset-4"
                      >
                        <BreakText value={application.website} />
                      </a>
                    ) : (
                      none
                    ),
                  },
                  {
                    label: t("apply.expectedVolume"),
                    value: formatMoney(application.expectedVolumeMinor, application.currency, locale as Locale),
                  },
                  { label: t("apply.brands"), value: application.brands.length ? application.brands.join(", ") : none },
                  { label: t("detail.received"), value: when(application.createdAt) },
                ]}
              />
            </CardContent>
          </Card>
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("detail.contact")}</CardTitle>
            </CardHeader>
            <CardContent>
              <Facts
                items={[
                  { label: t("apply.contactName"), value: application.contactName },
                  {
                    label: t("apply.contactEmail"),
                    value: (
                      <a
                        href={`mailto:${application.contactEmail}`}
                        className="text-brand-800 underline underline-offset-4"
                      >
                        <BreakText value={application.contactEmail} />
                      </a>
                    ),
                  },
                  {
                    label: t("apply.contactPhone"),
                    value: application.contactPhone ? formatPhone(application.contactPhone) : none,
                  },
                  { label: t("detail.language"), value: languages(application.locale as Locale) },
                ]}
              />
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>{t("detail.decision")}</CardTitle>
            {pending && <CardDescription>{t("detail.decisionHint")}</CardDescription>}
          </CardHeader>
          <CardContent>
            {pending ? (
              can(ctx, "applications.decide") ? (
                <DecisionForms
                  tenant={ctx.tenant.slug}
                  applicationId={application.id}
                  approve={approveApplicationAction}
                  reject={rejectApplicationAction}
                  {...(programs ? { programs: programs.map((program) => ({ value: program.id, label: program.name })) } : {})}
                />
              ) : (
                <p className="text-sm text-slate-600">{t("detail.waiting")}</p>
              )
            ) : (
              <Facts
                items={[
                  { label: t("detail.outcome"), value: <ApplicationStatusBadge status={application.status} /> },
                  { label: t("detail.decidedBy"), value: application.decidedBy ?? none },
                  { label: t("detail.decidedAt"), value: application.decidedAt ? when(application.decidedAt) : none },
                  { label: t("detail.reason"), value: application.decisionReason ?? none },
                  ...(application.partnerId
                    ? [
                        {
                          label: t("detail.partner"),
                          value: (
                            <Link
                              href={`${base}/partners/${application.partnerId}`}
                              className="text-brand-800 underline underline-offset-4"
                            >
                              {t("detail.openPartner")}
                            </Link>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
});
