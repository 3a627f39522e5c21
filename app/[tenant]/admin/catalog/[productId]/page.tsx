import { getLocale, getTranslations } from "next-intl/server";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/backoffice/confirm-action";
import { ProductCostsCard } from "@/components/catalog/product-costs-card";
import { ProductFacts } from "@/components/catalog/product-facts";
import { ProductForm } from "@/components/catalog/product-form";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { ProductImageForm } from "@/components/catalog/product-image-form";
import { ProductStatusBadge } from "@/components/catalog/product-status-badge";
import { ProductStatusForm } from "@/components/catalog/product-status-form";
import { CONFIGURATOR_EDITOR_MESSAGES } from "@/components/configurator/messages";
import { ConfiguratorSection } from "@/components/configurator/editor/configurator-section";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { MAX_PRODUCT_IMAGES, productCosts } from "@/lib/catalog/media";
import { localName } from "@/lib/catalog/names";
import { availableProductTransitions, getProduct } from "@/lib/catalog/service";
import { catalogTaxonomy } from "@/lib/catalog/taxonomy";
import { previewConfiguration, vendorConfigurator } from "@/lib/configurator/quote";
import { selectionFromParams } from "@/lib/configurator/url";
import { FILE_PURPOSES } from "@/lib/files/purposes";
import { pricingPartnerOptions } from "@/lib/pricing/service";
import {
  addProductImageAction,
  changeProductStatusAction,
  removeProductImageAction,
  setProductCostAction,
  updateProductAction,
} from "../actions";
import { addBundleItemAction, addConfiguratorRuleAction, removeConfiguratorPartAction, saveOptionAction, saveOptionGroupAction } from "../configurator-actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("catalog.read", async ({ ctx, params }) => {
  const [product, locale] = await Promise.all([getProduct(ctx, params.productId ?? ""), getLocale()]);
  return { title: localName(product, locale) };
});

/** One product: facts, lifecycle, edit form, pictures, and the vendor's cost and floor per currency. */
export default vendorPage("catalog.read", async ({ ctx, params, searchParams }) => {
  const product = await getProduct(ctx, params.productId);
  const manage = can(ctx, "catalog.manage");
  const prices = can(ctx, "pricing.read");
  const [t, locale, taxonomy, costs, configurator, partners] = await Promise.all([
    getTranslations("catalog.detail"),
    getLocale(),
    manage ? catalogTaxonomy(ctx) : null,
    prices ? productCosts(ctx, product.id) : null,
    product.configurable ? vendorConfigurator(ctx, product.id) : null,
    product.configurable && prices ? pricingPartnerOptions(ctx) : null,
  ]);
  const chosen = configurator ? selectionFromParams(configurator.model, searchParams) : null;
  const asPartner = partners?.find((p) => p.value === searchParams.as)?.value ?? "";
  const quote = configurator && chosen && asPartner ? await previewConfiguration(ctx, { productId: product.id, partnerId: asPartner, ...chosen }) : null;
  const base = `/${ctx.tenant.slug}/admin`;
  const transitions = manage ? availableProductTransitions(ctx, product.status) : [];
  const imageRule = FILE_PURPOSES["product.image"];
  const name = localName(product, locale);
  return (
    <ClientMessages
      namespaces={[
        ...FORM_MESSAGES,
        "admin.confirm",
        "catalog.costs",
        "catalog.form",
        "catalog.images",
        "catalog.lifecycle",
        "catalog.units",
        "files.field",
        ...CONFIGURATOR_EDITOR_MESSAGES,
      ]}
    >
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`${base}/catalog`}>{t("back")}</BackLink>
          }
          title={name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono">{product.sku}</span>
              <ProductStatusBadge status={product.status} />
              {product.configurable && <Badge tone="info">{t("configurable")}</Badge>}
              {product.serialTracked && <Badge tone="brand">{t("serialTracked")}</Badge>}
            </span>
          }
        />
        <div className="grid gap-6 xl:grid-cols-3">
          <div className="grid h-fit min-w-0 gap-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("facts")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ProductFacts product={product} timeZone={ctx.tenant.timeZone} vendor />
              </CardContent>
            </Card>
            {transitions.length > 0 && (
              <Card>
                <CardHeader>
                  <CardTitle>{t("lifecycle")}</CardTitle>
                  <CardDescription>{t(`meaning.${product.status}`)}</CardDescription>
                </CardHeader>
                <CardContent>
                  <ProductStatusForm
                    tenant={ctx.tenant.slug}
                    productId={product.id}
                    from={product.status}
                    transitions={transitions}
                    action={changeProductStatusAction}
                  />
                </CardContent>
              </Card>
            )}
          </div>
          <div className="grid h-fit min-w-0 gap-6 xl:col-span-2">
            <Card>
              <CardHeader>
                <CardTitle>{t("images")}</CardTitle>
                <CardDescription>{t("imagesHint", { max: MAX_PRODUCT_IMAGES })}</CardDescription>
              </CardHeader>
              <CardContent className="space-y-6">
                <ProductGallery
                  images={product.images}
                  filesPath={`${base}/files`}
                  alt={name}
                  {...(manage
                    ? {
                        remove: (image) => (
                          <ConfirmAction
                            action={removeProductImageAction}
                            fields={{ tenant: ctx.tenant.slug, imageId: image.id }}
                            triggerLabel={t("removeImage")}
                            triggerContext={image.name}
                            triggerIcon={<Trash2 aria-hidden="true" />}
                            title={t("removeImageTitle")}
                            description={t("removeImageBody", { name: image.name })}
                            confirmLabel={t("removeImage")}
                            pendingLabel={t("removing")}
                            tone="danger"
                          />
                        ),
                      }
                    : {})}
                />
                {manage && product.images.length < MAX_PRODUCT_IMAGES && (
                  <ProductImageForm
                    tenant={ctx.tenant.slug}
                    productId={product.id}
                    action={addProductImageAction}
                    rule={{ accept: imageRule.types, maxBytes: imageRule.maxBytes }}
                  />
                )}
              </CardContent>
            </Card>
            {costs && (
              <ProductCostsCard
                costs={costs}
                {...(manage
                  ? {
                      edit: {
                        tenant: ctx.tenant.slug,
                        productId: product.id,
                        currency: ctx.tenant.currency,
                        action: setProductCostAction,
                      },
                    }
                  : {})}
              />
            )}
            {manage && taxonomy && (
              <Card>
                <CardHeader>
                  <CardTitle>{t("edit")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <ProductForm
                    tenant={ctx.tenant.slug}
                    action={updateProductAction}
                    product={product}
                    brands={taxonomy.brands.map((brand) => ({ value: brand.id, label: brand.name }))}
                    families={taxonomy.families.map((family) => ({
                      value: family.id,
                      label: localName(family, locale),
                    }))}
                  />
                </CardContent>
              </Card>
            )}
          </div>
        </div>
        {configurator && chosen && (
          <ConfiguratorSection
            tenant={ctx.tenant.slug}
            locale={locale}
            view={configurator}
            actions={
              manage
                ? { group: saveOptionGroupAction, option: saveOptionAction, rule: addConfiguratorRuleAction, bundle: addBundleItemAction, remove: removeConfiguratorPartAction }
                : null
            }
            preview={partners ? { partners, partnerId: asPartner, quote } : null}
            selection={chosen.selection}
            quantity={chosen.quantity}
          />
        )}
      </>
    </ClientMessages>
  );
});
