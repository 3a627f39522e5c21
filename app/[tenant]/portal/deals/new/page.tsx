import { randomBytes } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/components/deals/registration-form";
import { countryOptions } from "@/components/forms/options";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { INDUSTRIES } from "@/lib/accounts/schema";
import { todayIn } from "@/lib/activities/dates";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { CURRENCIES } from "@/lib/tenancy/schema";
import { checkClaimAction, submitRegistrationAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownDeals.manage", async () => {
  const t = await getTranslations("deals.form");
  return { title: t("pageTitle") };
});

/** Register a deal. Each time the page is shown it makes a new submission key: a double submit of this form registers once. */
export default partnerPage("ownDeals.manage", async ({ ctx }) => {
  const [t, industries, locale] = await Promise.all([
    getTranslations("deals"),
    getTranslations("enums.industry"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "deals.claim", "deals.form", "forms.country", "forms.timeZone"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`/${ctx.tenant.slug}/portal/deals`}>{t("detail.back")}</BackLink>
          }
          title={t("form.pageTitle")}
          description={t("form.pageDescription")}
        />
        <Card>
          <CardContent className="pt-6">
            <RegistrationForm
              tenant={ctx.tenant.slug}
              action={submitRegistrationAction}
              check={checkClaimAction}
              submissionKey={randomBytes(16).toString("hex")}
              currencies={[...CURRENCIES]}
              currency={ctx.tenant.currency}
              today={todayIn(ctx.tenant.timeZone)}
              countries={countryOptions(locale)}
              industries={INDUSTRIES.map((value) => ({ value, label: industries(value) }))}
            />
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
