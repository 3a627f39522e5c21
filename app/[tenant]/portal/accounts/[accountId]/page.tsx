import { getLocale, getTranslations } from "next-intl/server";
import { AccountFacts } from "@/components/accounts/account-facts";
import { AccountForm } from "@/components/accounts/account-form";
import { ContactsCard } from "@/components/accounts/contacts-card";
import { SharedTimelineCard } from "@/components/activities/shared-timeline-card";
import { ReviewBadge } from "@/components/accounts/review-badge";
import { countryOptions } from "@/components/forms/options";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { getOwnAccount } from "@/lib/accounts/service";
import { completeOwnTaskAction, logSharedActivityAction } from "../../activities/actions";
import { addOwnContactAction, removeOwnContactAction, updateOwnAccountAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { TIMELINE_MESSAGES } from "@/components/activities/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownAccounts.read", async ({ ctx, params }) => ({
  title: (await getOwnAccount(ctx, params.accountId ?? "")).name,
}));

/**
 * One of the partner's accounts. A claim under review or declined is said plainly, and
 * never who else is involved: that stays with the channel manager.
 */
export default partnerPage("ownAccounts.read", async ({ ctx, params }) => {
  const account = await getOwnAccount(ctx, params.accountId);
  const manage = can(ctx, "ownAccounts.manage");
  const [t, activities, industries, locale] = await Promise.all([
    getTranslations("accounts.detail"),
    getTranslations("activities.timeline"),
    getTranslations("enums.industry"),
    getLocale(),
  ]);
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        ...TIMELINE_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "accounts.form",
        "accounts.validation",
        "accounts.contacts",
        "admin.confirm",
      ]}
    >
      <PageHeader
        eyebrow={
          <BackLink href={`/${ctx.tenant.slug}/portal/accounts`}>{t("back")}</BackLink>
        }
        title={account.name}
        description={<ReviewBadge status={account.reviewStatus} />}
      />
      {account.reviewStatus === "UNDER_REVIEW" && (
        <Alert tone="warning" className="mb-6">
          {t("underReview")}
        </Alert>
      )}
      {account.reviewStatus === "DECLINED" && (
        <Alert tone="error" className="mb-6">
          {t("declined")}
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="h-fit min-w-0">
          <CardHeader>
            <CardTitle>{t("facts")}</CardTitle>
          </CardHeader>
          <CardContent>
            <AccountFacts account={account} showOwner={false} />
          </CardContent>
        </Card>
        <div className="grid h-fit min-w-0 gap-6 xl:col-span-2">
          {manage && (
            <Card>
              <CardHeader>
                <CardTitle>{t("edit")}</CardTitle>
              </CardHeader>
              <CardContent>
                <AccountForm
                  tenant={ctx.tenant.slug}
                  action={updateOwnAccountAction}
                  account={account}
                  countries={countryOptions(locale)}
                  industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
                />
              </CardContent>
            </Card>
          )}
          <ContactsCard
            tenant={ctx.tenant.slug}
            accountId={account.id}
            contacts={account.contacts}
            {...(manage ? { actions: { add: addOwnContactAction, remove: removeOwnContactAction } } : {})}
          />
          {can(ctx, "sharedActivities.read") && (
            <SharedTimelineCard
              ctx={ctx}
              subject={{ type: "ACCOUNT", id: account.id }}
              description={activities("accountDescription")}
              actions={{ log: logSharedActivityAction, complete: completeOwnTaskAction }}
            />
          )}
        </div>
      </div>
    </ClientMessages>
  );
});
