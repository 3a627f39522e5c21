import { randomBytes } from "node:crypto";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
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
            <Link
              href={`/${ctx.tenant.slug}/portal/deals`}
              className="inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:underline"
            >
              <ArrowLeft aria-hidden="true" className="size-4" />
              {t("detail.back")}
            </Link>
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
