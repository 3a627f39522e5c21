import { getLocale, getTranslations } from "next-intl/server";
import { Package } from "lucide-react";
import { ProductsTable } from "@/components/catalog/products-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { listCatalog } from "@/lib/catalog/list";
import { CATALOG_LIST_FILTERS, productListQuery } from "@/lib/catalog/schema";
import { portalTaxonomy } from "@/lib/catalog/taxonomy";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = partnerMetadata("partnerCatalog.read", async () => {
  const t = await getTranslations("catalog.portal");
  return { title: t("title") };
});

/** The vendor's active products, searchable and filtered by brand and family. */
export default partnerPage("partnerCatalog.read", async ({ ctx, searchParams }) => {
  const query = productListQuery.parse(searchParams);
  const locale = await getLocale();
  const [t, tc, result, taxonomy] = await Promise.all([
    getTranslations("catalog.portal"),
    getTranslations("catalog"),
    listCatalog(ctx, query, locale),
    portalTaxonomy(ctx),
  ]);
  const pristine = result.total === 0 && CATALOG_LIST_FILTERS.every((key) => query[key] === undefined);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description", { vendor: ctx.tenant.name })} />
        <ProductsTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: CATALOG_LIST_FILTERS,
            defaultSort: productListQuery.spec.defaultSort,
            defaultPageSize: productListQuery.spec.defaultPageSize,
          })}
          basePath={`/${ctx.tenant.slug}/portal/catalog`}
          timeZone={ctx.tenant.timeZone}
          brands={taxonomy.brands}
          families={taxonomy.families}
          empty={
            <EmptyState
              icon={<Package />}
              title={pristine ? t("empty") : tc("noMatch.title")}
              description={pristine ? t("emptyHint") : tc("noMatch.description")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
