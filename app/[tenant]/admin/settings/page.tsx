import { getLocale, getTranslations } from "next-intl/server";
import { Facts } from "@/components/backoffice/facts";
import { currencyOptions, timeZoneOptions } from "@/components/forms/options";
import { PartnerRulesForm } from "@/components/settings/partner-rules-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { localeNames } from "@/lib/i18n/config";
import { LOCALES } from "@/lib/tenancy/schema";
import { BrandForm } from "@/components/branding/brand-form";
import { getTenantBrand } from "@/lib/branding/service";
import { FILE_PURPOSES } from "@/lib/files/purposes";
import { getWorkspaceRules } from "@/lib/tenancy/service";
import {
  updateApplicationRulesAction,
  updateBrandAction,
  updatePartnerRulesAction,
  updateSettingsAction,
} from "./actions";
import { ApplicationRulesForm } from "@/components/applications/application-rules-form";
import { getApplicationRules } from "@/lib/applications/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("tenant.manage", async () => {
  const t = await getTranslations("settings");
  return { title: t("title") };
});

export default vendorPage("tenant.manage", async ({ ctx }) => {
  const [t, tb, setup, rules, locale, brand, applications, applicationRules] = await Promise.all([
    getTranslations("settings"),
    getTranslations("branding"),
    getTranslations("setup"),
    getWorkspaceRules(ctx),
    getLocale(),
    getTenantBrand(ctx),
    getTranslations("applications.settings"),
    getApplicationRules(ctx),
  ]);
  const logoRule = FILE_PURPOSES["tenant.logo"];
  const { tenant } = ctx;

  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "forms.country",
        "forms.timeZone",
        "settings.form",
        "branding",
        "files.field",
        "files.validation",
        "setup.partnerRules",
        "applications.settings",
      ]}
    >
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t("general.title")}</CardTitle>
            <CardDescription>{t("general.description")}</CardDescription>
          </CardHeader>
          <SettingsForm
            tenant={tenant.slug}
            action={updateSettingsAction}
            current={{
              name: tenant.name,
              defaultLocale: tenant.defaultLocale,
              currency: tenant.currency,
              timeZone: tenant.timeZone,
            }}
            options={{
              // Each language is named in itself, as language pickers should show it.
              locales: LOCALES.map((code) => ({ value: code, label: localeNames[code] })),
              currencies: currencyOptions(locale),
              timeZones: timeZoneOptions(tenant.timeZone),
            }}
          />
        </Card>
        <Card className="h-fit lg:col-span-2" id="brand">
          <CardHeader>
            <CardTitle>{tb("title")}</CardTitle>
            <CardDescription>{tb("description")}</CardDescription>
          </CardHeader>
          <BrandForm
            tenant={tenant.slug}
            tenantName={tenant.name}
            action={updateBrandAction}
            current={{ brandColor: brand.color, logo: brand.logo }}
            logoRule={{ accept: logoRule.types, maxBytes: logoRule.maxBytes }}
          />
        </Card>
        <Card className="h-fit lg:col-start-3 lg:row-start-1">
          <CardHeader>
            <CardTitle>{t("workspace.title")}</CardTitle>
            <CardDescription>{t("workspace.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                { label: t("workspace.address"), value: <code className="font-mono break-all">/{tenant.slug}</code> },
                {
                  label: t("workspace.backOffice"),
                  value: <code className="font-mono break-all">/{tenant.slug}/admin</code>,
                },
                {
                  label: t("workspace.portal"),
                  value: <code className="font-mono break-all">/{tenant.slug}/portal</code>,
                },
              ]}
            />
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{setup("partnerRules.title")}</CardTitle>
            <CardDescription>{setup("partnerRules.description")}</CardDescription>
          </CardHeader>
          <PartnerRulesForm
            tenant={tenant.slug}
            action={updatePartnerRulesAction}
            current={{ partnerTeamSelfService: rules.partnerTeamSelfService }}
          />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{applications("title")}</CardTitle>
            <CardDescription>{applications("description", { path: `/${tenant.slug}/apply` })}</CardDescription>
          </CardHeader>
          <ApplicationRulesForm tenant={tenant.slug} action={updateApplicationRulesAction} current={applicationRules} />
        </Card>
      </div>
    </ClientMessages>
  );
});
