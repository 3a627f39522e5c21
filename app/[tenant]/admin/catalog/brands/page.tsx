import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { BrandForm, FamilyForm, RenameBrandDialog, RenameFamilyDialog } from "@/components/catalog/taxonomy-forms";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { catalogTaxonomy } from "@/lib/catalog/taxonomy";
import { createBrandAction, createFamilyAction, renameBrandAction, renameFamilyAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("catalog.read", async () => {
  const t = await getTranslations("catalog.taxonomy");
  return { title: t("title") };
});

/** Brands and families the catalog is filtered by, with the number of products of each. */
export default vendorPage("catalog.read", async ({ ctx }) => {
  const [t, taxonomy] = await Promise.all([getTranslations("catalog.taxonomy"), catalogTaxonomy(ctx)]);
  const manage = can(ctx, "catalog.manage");
  const tenant = ctx.tenant.slug;
  const path = `/${tenant}/admin/catalog`;
  const row = "flex flex-wrap items-center justify-between gap-2 py-3";
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "catalog.taxonomy"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={path}>{t("back")}</BackLink>
          }
          title={t("title")}
          description={t("description")}
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("brands")}</CardTitle>
              <CardDescription>{t("brandsHint")}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-6">
              {taxonomy.brands.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noBrands")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {taxonomy.brands.map((brand) => (
                    <li key={brand.id} className={row}>
                      <span className="min-w-0 break-words">
                        <Link
                          href={`${path}?brand=${brand.id}`}
                          className="rounded font-medium text-brand-800 hover:underline"
                        >
                          {brand.name}
                        </Link>
                        <span className="ml-2 text-sm text-slate-600">{t("products", { count: brand.products })}</span>
                      </span>
                      {manage && <RenameBrandDialog tenant={tenant} action={renameBrandAction} brand={brand} />}
                    </li>
                  ))}
                </ul>
              )}
              {manage && <BrandForm tenant={tenant} action={createBrandAction} />}
            </CardContent>
          </Card>
          <Card className="h-fit">
            <CardHeader>
              <CardTitle>{t("families")}</CardTitle>
              <CardDescription>{t("familiesHint")}</CardDescription>
            </CardHeader>
            <CardContent className="space-y-6">
              {taxonomy.families.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noFamilies")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {taxonomy.families.map((family) => (
                    <li key={family.id} className={row}>
                      <span className="min-w-0 break-words">
                        <Link
                          href={`${path}?family=${family.id}`}
                          className="rounded font-medium text-brand-800 hover:underline"
                        >
                          {family.nameEn}
                        </Link>
                        <span lang="es" className="ml-2 text-slate-700">
                          / {family.nameEs}
                        </span>
                        <span className="ml-2 text-sm text-slate-600">{t("products", { count: family.products })}</span>
                      </span>
                      {manage && <RenameFamilyDialog tenant={tenant} action={renameFamilyAction} family={family} />}
                    </li>
                  ))}
                </ul>
              )}
              {manage && <FamilyForm tenant={tenant} action={createFamilyAction} />}
            </CardContent>
          </Card>
        </div>
      </>
    </ClientMessages>
  );
});
