import { getTranslations } from "next-intl/server";
import { Boxes } from "lucide-react";
import { ImportPanel } from "@/components/csv/import-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { WarrantySectionNav } from "@/components/warranties/section-nav";
import { UnitsTable } from "@/components/warranties/units-table";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/warranties/import";
import { UNIT_LIST_FILTERS, unitListQuery, unitsPage, warrantyOptions } from "@/lib/warranties/list";

export const generateMetadata = vendorMetadata("warranties.read", async () => {
  const t = await getTranslations("warranties.admin");
  return { title: t("unitsTitle") };
});

/** Every serialised unit of the tenant, by serial, partner and registration; units shipped before Canal by CSV. */
export default vendorPage("warranties.read", async ({ ctx, searchParams }) => {
  const query = unitListQuery.parse(searchParams);
  const [t, result, options] = await Promise.all([getTranslations("warranties.admin"), unitsPage(ctx, query), warrantyOptions(ctx)]);
  const base = `/${ctx.tenant.slug}/admin/warranties`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable", "csvImport"]}>
      <>
        <PageHeader title={t("unitsTitle")} description={t("unitsDescription")} />
        <WarrantySectionNav tenant={ctx.tenant.slug} current="units" />
        <div className="space-y-8">
          <UnitsTable
            rows={result.rows}
            state={tableState(query, result, { filters: UNIT_LIST_FILTERS, defaultSort: unitListQuery.spec.defaultSort, defaultPageSize: unitListQuery.spec.defaultPageSize })}
            hrefOf={(row) => `${base}/lookup?serial=${encodeURIComponent(row.serial)}`}
            vendor={{ partners: options.partners }}
            empty={<EmptyState icon={<Boxes />} title={t("emptyUnits.title")} description={t("emptyUnits.description")} />}
          />
          {can(ctx, "warranties.manage") && (
            <section aria-labelledby="import-units" className="space-y-3">
              <h2 id="import-units" className="text-lg font-semibold text-slate-900">
                {t("importTitle")}
              </h2>
              <p className="text-sm text-slate-700">{t("importDescription")}</p>
              <ImportPanel kind="warrantyUnits" uploadUrl={`${base}/units/import/upload`} templateUrl={`${base}/units/import/template`} maxMegabytes={IMPORT_MAX_BYTES / 1024 / 1024} maxRows={IMPORT_MAX_ROWS} />
            </section>
          )}
        </div>
      </>
    </ClientMessages>
  );
});
