import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/csv/import-panel";
import { LeadsNav } from "@/components/leads/leads-nav";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { LEAD_IMPORT_MAX_BYTES, LEAD_IMPORT_MAX_ROWS } from "@/lib/leads/import";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = vendorMetadata("leads.manage", async () => {
  const t = await getTranslations("leads.import");
  return { title: t("title") };
});

/** Import leads from a CSV file: all rows or none, with a row-by-row report; imported leads are offered at once. */
export default vendorPage("leads.manage", async ({ ctx }) => {
  const t = await getTranslations("leads.import");
  const path = `/${ctx.tenant.slug}/admin/leads`;
  return (
    <ClientMessages namespaces={["csvImport"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <LeadsNav base={path} current="import" configure={can(ctx, "leads.configure")} manage />
      <ImportPanel
        kind="leads"
        uploadUrl={`${path}/import/upload`}
        templateUrl={`${path}/import/template`}
        maxMegabytes={LEAD_IMPORT_MAX_BYTES / 1024 / 1024}
        maxRows={LEAD_IMPORT_MAX_ROWS}
      />
    </ClientMessages>
  );
});
