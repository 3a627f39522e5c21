import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProductFacts } from "@/components/catalog/product-facts";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BreaksText } from "@/components/pricing/effective-table";
import { ResolutionExplanation } from "@/components/pricing/resolution-explanation";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ownProductPrice } from "@/lib/pricing/quote";
import { localName } from "@/lib/catalog/names";
import { getCatalogProduct } from "@/lib/catalog/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("partnerCatalog.read", async ({ ctx, params }) => {
  const [product, locale] = await Promise.all([getCatalogProduct(ctx, params.productId ?? ""), getLocale()]);
  return { title: localName(product, locale) };
});

/** One active product as partners see it: pictures, facts and description in their language. */
export default partnerPage("partnerCatalog.read", async ({ ctx, params }) => {
  const product = await getCatalogProduct(ctx, params.productId);
  const [t, tp, tc, locale, price] = await Promise.all([
    getTranslations("catalog.detail"),
    getTranslations("pricing.portal"),
    getTranslations("configurator.portal"),
    getLocale(),
    can(ctx, "partnerPrices.read") ? ownProductPrice(ctx, product.id) : null,
  ]);
  const base = `/${ctx.tenant.slug}/portal`;
  const name = localName(product, locale);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={`${base}/catalog`}>{t("backPortal")}</BackLink>
          }
          title={name}
          description={<span className="font-mono">{product.sku}</span>}
          actions={
            product.configurable ? (
              <Link href={`${base}/catalog/${product.id}/configure`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800" data-configure="">
                {tc("configure")}
              </Link>
            ) : null
          }
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("facts")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ProductFacts product={product} timeZone={ctx.tenant.timeZone} />
            </CardContent>
          </Card>
          {price && (
            <Card className="h-fit" data-your-price="">
              <CardHeader>
                <CardTitle>{tp("yourPrice")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-4">
                {price.breaks.length ? (
                  <BreaksText item={{ breaks: price.breaks, currency: price.currency }} />
                ) : (
                  <p className="text-sm text-slate-700">{tp("noPrice")}</p>
                )}
                <details className="text-sm">
                  <summary className="cursor-pointer rounded font-medium text-brand-800">{tp("why")}</summary>
                  <div className="mt-3">
                    <ResolutionExplanation resolution={price.resolution} />
                  </div>
                </details>
              </CardContent>
            </Card>
          )}
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("images")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ProductGallery images={product.images} filesPath={`${base}/files`} alt={name} />
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
