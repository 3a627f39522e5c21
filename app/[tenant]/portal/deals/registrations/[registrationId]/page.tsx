import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RegistrationStatusBadge } from "@/components/deals/badges";
import { RequestExtensionForm } from "@/components/deals/extension-forms";
import { ExtensionsList } from "@/components/deals/extensions-list";
import { formatDay } from "@/components/deals/format";
import { RegistrationFacts } from "@/components/deals/registration-facts";
import { WithdrawForm } from "@/components/deals/withdraw-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/activities/dates";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { getOwnRegistration } from "@/lib/deals/registration-read";
import { getOwnDealSettings } from "@/lib/deals/stages";
import { requestExtensionAction, withdrawRegistrationAction } from "../../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownDeals.read", async ({ ctx, params }) => ({
  title: (await getOwnRegistration(ctx, params.registrationId ?? "")).customerName,
}));

/**
 * One of the partner's registrations: its state said plainly (a rejection with the
 * vendor's reason, never who else claimed the customer), withdrawal while it waits, and
 * extension requests while it is protected.
 */
export default partnerPage("ownDeals.read", async ({ ctx, params }) => {
  const [registration, rules, t, format] = await Promise.all([
    getOwnRegistration(ctx, params.registrationId),
    getOwnDealSettings(ctx),
    getTranslations("deals"),
    getFormatter(),
  ]);
  const base = `/${ctx.tenant.slug}/portal/deals`;
  const manage = can(ctx, "ownDeals.manage");
  const protectedNow =
    registration.status === "APPROVED" &&
    !!registration.protectedUntil &&
    registration.protectedUntil >= todayIn(ctx.tenant.timeZone);
  const waiting = registration.extensions.some((e) => e.status === "PENDING");
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "deals.extensions", "deals.withdraw"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={base}>{t("detail.back")}</BackLink>
          }
          title={registration.customerName}
          description={<RegistrationStatusBadge status={registration.status} />}
        />
        <div className="space-y-6">
          <Alert
            tone={
              registration.status === "APPROVED"
                ? "success"
                : registration.status === "REJECTED"
                  ? "error"
                  : registration.status === "PENDING"
                    ? "info"
                    : "warning"
            }
          >
            {t(`detail.state.${registration.status}`, {
              until: registration.protectedUntil ? formatDay(format, registration.protectedUntil) : "",
              reason: registration.decisionReason ?? "",
            })}{" "}
            {registration.opportunityId && (
              <Link
                href={`${base}/opportunities/${registration.opportunityId}`}
                className="font-medium underline underline-offset-4"
              >
                {t("detail.openDeal")}
              </Link>
            )}
          </Alert>
          <RegistrationFacts registration={registration} />
          {manage && registration.status === "PENDING" && (
            <Card>
              <CardHeader>
                <CardTitle>{t("withdraw.title")}</CardTitle>
              </CardHeader>
              <CardContent>
                <WithdrawForm
                  tenant={ctx.tenant.slug}
                  registration={registration}
                  action={withdrawRegistrationAction}
                />
              </CardContent>
            </Card>
          )}
          {(registration.status === "APPROVED" || registration.extensions.length > 0) && (
            <Card>
              <CardHeader>
                <CardTitle>{t("extensions.title")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-6">
                <ExtensionsList extensions={registration.extensions} />
                {manage && protectedNow && !waiting && (
                  <RequestExtensionForm
                    tenant={ctx.tenant.slug}
                    registrationId={registration.id}
                    maxDays={rules.maxExtensionDays}
                    action={requestExtensionAction}
                  />
                )}
              </CardContent>
            </Card>
          )}
        </div>
      </>
    </ClientMessages>
  );
});
