import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Package, Tags, Upload } from "lucide-react";
import { FormDialog } from "@/components/backoffice/form-dialog";
import { ProductForm } from "@/components/catalog/product-form";
import { ProductsTable } from "@/components/catalog/products-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { listProducts } from "@/lib/catalog/list";
import { localName } from "@/lib/catalog/names";
import { PRODUCT_LIST_FILTERS, productListQuery } from "@/lib/catalog/schema";
import { catalogTaxonomy } from "@/lib/catalog/taxonomy";
import { createProductAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("catalog.read", async () => {
  const t = await getTranslations("catalog");
  return { title: t("title") };
});

/** The vendor's catalog: every product with status, brand and family filters and a CSV export. */
export default vendorPage("catalog.read", async ({ ctx, searchParams }) => {
  const query = productListQuery.parse(searchParams);
  const locale = await getLocale();
  const [t, result, taxonomy] = await Promise.all([
    getTranslations("catalog"),
    listProducts(ctx, query, locale),
    catalogTaxonomy(ctx),
  ]);
  const path = `/${ctx.tenant.slug}/admin/catalog`;
  const pristine = result.total === 0 && PRODUCT_LIST_FILTERS.every((key) => query[key] === undefined);
  const manage = can(ctx, "catalog.manage");
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link href={`${path}/brands`} className={buttonVariants({ variant: "secondary" })}>
        <Tags aria-hidden="true" />
        {t("brandsLink")}
      </Link>
      {manage && (
        <Link href={`${path}/import`} className={buttonVariants({ variant: "secondary" })}>
          <Upload aria-hidden="true" />
          {t("importLink")}
        </Link>
      )}
      {manage && (
        <FormDialog
          trigger={t("new.trigger")}
          title={t("new.title")}
          description={t("new.description")}
          wide
          defaultOpen={searchParams.new === "1"}
        >
          <ProductForm
            tenant={ctx.tenant.slug}
            action={createProductAction}
            brands={taxonomy.brands.map((brand) => ({ value: brand.id, label: brand.name }))}
            families={taxonomy.families.map((family) => ({ value: family.id, label: localName(family, locale) }))}
          />
        </FormDialog>
      )}
    </div>
  );
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "catalog.form", "catalog.units", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} actions={actions} />
        <ProductsTable
          vendor
          rows={result.rows}
          state={tableState(query, result, {
            filters: PRODUCT_LIST_FILTERS,
            defaultSort: productListQuery.spec.defaultSort,
            defaultPageSize: productListQuery.spec.defaultPageSize,
          })}
          basePath={path}
          timeZone={ctx.tenant.timeZone}
          brands={taxonomy.brands}
          families={taxonomy.families}
          empty={
            <EmptyState
              icon={<Package />}
              title={pristine ? t("empty.title") : t("noMatch.title")}
              description={manage ? t("empty.description") : t("empty.readOnly")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
