import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { CONFIGURATOR_MESSAGES } from "@/components/configurator/messages";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfigurationPriceView } from "@/components/configurator/configuration-price";
import { ConfiguratorForm } from "@/components/configurator/configurator-form";
import { SaveConfigurationForm } from "@/components/configurator/save-configuration-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { localName } from "@/lib/catalog/names";
import { partnerConfigurator, quoteOwnConfiguration } from "@/lib/configurator/quote";
import { selectionFromParams } from "@/lib/configurator/url";
import { validateSelection } from "@/lib/configurator/validate";
import { saveConfigurationAction } from "../../../configurations/actions";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("partnerCatalog.read", async ({ ctx, params }) => {
  const [view, locale, t] = await Promise.all([partnerConfigurator(ctx, params.productId ?? ""), getLocale(), getTranslations("configurator.portal")]);
  return { title: t("title", { product: localName(view.product, locale) }) };
});

/** The portal configurator: choose, see each problem next to its group, the price with its explanation, save. */
export default partnerPage("partnerCatalog.read", async ({ ctx, params, searchParams }) => {
  const view = await partnerConfigurator(ctx, params.productId);
  const { selection, quantity } = selectionFromParams(view.model, searchParams);
  const [t, locale, quote] = await Promise.all([
    getTranslations("configurator.portal"),
    getLocale(),
    can(ctx, "partnerPrices.read") ? quoteOwnConfiguration(ctx, { productId: view.product.id, selection, quantity }) : null,
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  const name = localName(view.product, locale);
  const violations = quote?.violations ?? validateSelection(view.model, selection);
  const empty = !view.model.groups.some((g) => g.options.length > 0) && !view.model.bundle.length;
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, ...CONFIGURATOR_MESSAGES, "configurator.save"]}>
    <>
      <PageHeader
        eyebrow={
          <BackLink href={`${base}/catalog/${view.product.id}`}>{t("back", { product: name })}</BackLink>
        }
        title={t("title", { product: name })}
        description={t("description")}
      />
      {empty ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      ) : (
        <ConfiguratorForm model={view.model} selection={selection} quantity={quantity} violations={violations}>
          {quote && (
            <Card>
              <CardHeader>
                <CardTitle>{t("price")}</CardTitle>
                <CardDescription>{t("priceHint", { date: quote.date, currency: ctx.tenant.currency })}</CardDescription>
              </CardHeader>
              <CardContent>
                <ConfigurationPriceView price={quote.price} />
              </CardContent>
            </Card>
          )}
          {quote?.price.ok && can(ctx, "ownConfigurations.manage") && (
            <Card>
              <CardHeader>
                <CardTitle>{t("save")}</CardTitle>
                <CardDescription>{t("saveHint")}</CardDescription>
              </CardHeader>
              <CardContent>
                <SaveConfigurationForm tenant={ctx.tenant.slug} productId={view.product.id} selection={selection} quantity={quantity} action={saveConfigurationAction} suggestedName={name} />
              </CardContent>
            </Card>
          )}
        </ConfiguratorForm>
      )}
    </>
    </ClientMessages>
  );
});
