import Link from "@/components/ui/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { ConfigurationPriceView } from "@/components/configurator/configuration-price";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { localName } from "@/lib/catalog/names";
import { partnerConfigurator } from "@/lib/configurator/quote";
import { getSavedConfiguration } from "@/lib/configurator/saved";
import { paramsOf } from "@/lib/configurator/url";
import { deleteSavedConfigurationAction } from "../actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownConfigurations.read", async ({ ctx, params }) => ({
  title: (await getSavedConfiguration(ctx, params.configurationId ?? "")).name,
}));

/** One saved configuration: its lines and price as computed when saved, a link back into the configurator, delete. */
export default partnerPage("ownConfigurations.read", async ({ ctx, params }) => {
  const saved = await getSavedConfiguration(ctx, params.configurationId);
  const [t, locale, format] = await Promise.all([getTranslations("configurator.saved"), getLocale(), getFormatter()]);
  const base = `/${ctx.tenant.slug}/portal`;
  // the configurator may have been withdrawn since (product discontinued): the saved price stays readable
  const view = await partnerConfigurator(ctx, saved.product.id).catch(() => null);
  const reopen = view ? `${base}/catalog/${saved.product.id}/configure?${paramsOf(view.model, saved.selection, saved.quantity).toString()}` : null;
  return (
    <ClientMessages namespaces={["admin.confirm"]}>
    <>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/configurations`}>{t("back")}</BackLink>
        }
        title={saved.name}
        description={t("meta", {
          product: localName(saved.product, locale),
          sku: saved.product.sku,
          date: format.dateTime(saved.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: ctx.tenant.timeZone }),
          by: saved.createdByName ?? "—",
        })}
        actions={
          can(ctx, "ownConfigurations.manage") ? (
            <ConfirmAction
              action={deleteSavedConfigurationAction}
              fields={{ tenant: ctx.tenant.slug, configurationId: saved.id }}
              triggerLabel={t("delete")}
              triggerContext={saved.name}
              triggerIcon={<Trash2 aria-hidden="true" />}
              triggerVariant="secondary"
              title={t("deleteTitle")}
              description={t("deleteBody", { name: saved.name })}
              confirmLabel={t("delete")}
              pendingLabel={t("deleting")}
              tone="danger"
            />
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="h-fit min-w-0 lg:col-span-2">
          <CardHeader>
            <CardTitle>{t("priceWhenSaved")}</CardTitle>
            <CardDescription>{t("priceWhenSavedHint")}</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            {saved.outdated && <Alert tone="warning">{t("outdated")}</Alert>}
            <ConfigurationPriceView price={saved.price} />
          </CardContent>
        </Card>
        {reopen && (
          <Card className="h-fit min-w-0">
            <CardHeader>
              <CardTitle>{t("reopenTitle")}</CardTitle>
              <CardDescription>{t("reopenHint")}</CardDescription>
            </CardHeader>
            <CardContent>
              <Link href={reopen} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
                {t("reopen")}
              </Link>
            </CardContent>
          </Card>
        )}
      </div>
    </>
    </ClientMessages>
  );
});
