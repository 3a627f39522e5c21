import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/csv/import-panel";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { ACCOUNT_IMPORT_MAX_BYTES, ACCOUNT_IMPORT_MAX_ROWS } from "@/lib/accounts/schema";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = partnerMetadata("ownAccounts.import", async () => {
  const t = await getTranslations("accounts.import");
  return { title: t("title") };
});

/** Import the partner's accounts from a CSV file, with a row-by-row report. */
export default partnerPage("ownAccounts.import", async ({ ctx }) => {
  const t = await getTranslations("accounts.import");
  const path = `/${ctx.tenant.slug}/portal/accounts`;
  return (
    <ClientMessages namespaces={["csvImport"]}>
      <PageHeader
        eyebrow={
          <BackLink href={path}>{t("back")}</BackLink>
        }
        title={t("title")}
        description={t("portalDescription")}
      />
      <ImportPanel
        kind="accounts"
        uploadUrl={`${path}/import/upload`}
        templateUrl={`${path}/import/template`}
        maxMegabytes={ACCOUNT_IMPORT_MAX_BYTES / 1024 / 1024}
        maxRows={ACCOUNT_IMPORT_MAX_ROWS}
      />
    </ClientMessages>
  );
});
