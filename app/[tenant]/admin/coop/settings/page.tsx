import { getTranslations } from "next-intl/server";
import { CoopSectionNav } from "@/components/coop/admin/nav";
import { CoopSettingsForm } from "@/components/coop/admin/settings-form";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { getCoopSettings } from "@/lib/coop/settings";
import { saveCoopSettingsAction } from "../actions";

export const generateMetadata = vendorMetadata("coop.read", async () => {
  const t = await getTranslations("coopAdmin.settings");
  return { title: t("title") };
});

/** The co-op settings: the review targets the queues and the "overdue" markers measure against. */
export default vendorPage("coop.read", async ({ ctx }) => {
  const [t, settings] = await Promise.all([getTranslations("coopAdmin"), getCoopSettings(ctx)]);
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "coopAdmin.settings", "coop.validation"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <CoopSectionNav tenant={ctx.tenant.slug} current="settings" />
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>{t("settings.title")}</CardTitle>
            <CardDescription>{t("settings.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            {can(ctx, "coop.manage") ? (
              <CoopSettingsForm tenant={ctx.tenant.slug} action={saveCoopSettingsAction} values={settings} />
            ) : (
              <>
                <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-700">{t("settings.requestSlaHours")}</dt>
                  <dd className="font-medium">{t("settings.hours", { hours: settings.requestSlaHours })}</dd>
                  <dt className="text-slate-700">{t("settings.claimSlaHours")}</dt>
                  <dd className="font-medium">{t("settings.hours", { hours: settings.claimSlaHours })}</dd>
                </dl>
                <p className="mt-4 text-sm text-slate-700">{t("settings.readOnly")}</p>
              </>
            )}
          </CardContent>
        </Card>
      </>
    </ClientMessages>
  );
});
