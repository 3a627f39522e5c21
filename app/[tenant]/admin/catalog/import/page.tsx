import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/csv/import-panel";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PRODUCT_IMPORT_MAX_BYTES, PRODUCT_IMPORT_MAX_ROWS } from "@/lib/catalog/schema";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("catalog.manage", async () => {
  const t = await getTranslations("catalog.import");
  return { title: t("title") };
});

/** Import products from a CSV file: all rows or none, with a row-by-row report. */
export default vendorPage("catalog.manage", async ({ ctx }) => {
  const t = await getTranslations("catalog.import");
  const path = `/${ctx.tenant.slug}/admin/catalog`;
  return (
    <ClientMessages namespaces={["csvImport"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={path}>{t("back")}</BackLink>
          }
          title={t("title")}
          description={t("description")}
        />
        <ImportPanel
          kind="catalog"
          uploadUrl={`${path}/import/upload`}
          templateUrl={`${path}/import/template`}
          maxMegabytes={PRODUCT_IMPORT_MAX_BYTES / 1024 / 1024}
          maxRows={PRODUCT_IMPORT_MAX_ROWS}
        />
      </>
    </ClientMessages>
  );
});
