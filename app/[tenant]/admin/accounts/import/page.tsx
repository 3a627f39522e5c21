import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/csv/import-panel";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { ACCOUNT_IMPORT_MAX_BYTES, ACCOUNT_IMPORT_MAX_ROWS } from "@/lib/accounts/schema";
import { accountOwnerOptions } from "@/lib/accounts/service";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("accounts.import", async () => {
  const t = await getTranslations("accounts.import");
  return { title: t("title") };
});

/** Import accounts from a CSV file, for a partner or direct, with a row-by-row report. */
export default vendorPage("accounts.import", async ({ ctx }) => {
  const [t, owners] = await Promise.all([getTranslations("accounts.import"), accountOwnerOptions(ctx)]);
  const path = `/${ctx.tenant.slug}/admin/accounts`;
  return (
    <ClientMessages namespaces={["csvImport"]}>
      <PageHeader
        eyebrow={
          <BackLink href={path}>{t("back")}</BackLink>
        }
        title={t("title")}
        description={t("description")}
      />
      <ImportPanel
        kind="accounts"
        uploadUrl={`${path}/import/upload`}
        templateUrl={`${path}/import/template`}
        maxMegabytes={ACCOUNT_IMPORT_MAX_BYTES / 1024 / 1024}
        maxRows={ACCOUNT_IMPORT_MAX_ROWS}
        owners={owners}
      />
    </ClientMessages>
  );
});
