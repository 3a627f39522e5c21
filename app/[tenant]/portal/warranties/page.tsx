import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Boxes } from "lucide-react";
import { ImportPanel } from "@/components/csv/import-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CoverageCard } from "@/components/warranties/coverage-card";
import { LookupForm } from "@/components/warranties/lookup-form";
import { UnitsTable } from "@/components/warranties/units-table";
import { can } from "@/lib/auth/context";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { AppError } from "@/lib/errors";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/warranties/import";
import { OWN_UNIT_LIST_FILTERS, ownUnitsPage, unitListQuery } from "@/lib/warranties/list";
import { lookupOwnCoverage } from "@/lib/warranties/read";
import type { UnitCoverage } from "@/lib/warranties/types";

export const generateMetadata = partnerMetadata("ownWarranties.read", async () => {
  const t = await getTranslations("warranties.portal");
  return { title: t("title") };
});

/** The partner's units under warranty: coverage lookup, the list, and registering sales by CSV. */
export default partnerPage("ownWarranties.read", async ({ ctx, searchParams }) => {
  const query = unitListQuery.parse(searchParams);
  const serial = typeof searchParams.serial === "string" ? searchParams.serial.trim().slice(0, 100) : "";
  const [t, l, result] = await Promise.all([getTranslations("warranties.portal"), getTranslations("warranties.lookup"), ownUnitsPage(ctx, query)]);
  let found: UnitCoverage[] | null = null;
  if (serial) {
    try {
      found = await lookupOwnCoverage(ctx, serial);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      found = [];
    }
  }
  const base = `/${ctx.tenant.slug}/portal/warranties`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable", "csvImport"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <Link href={`${base}/claims`} className="rounded font-medium text-brand-800 underline-offset-4 hover:underline">
              {t("claimsTitle")}
            </Link>
          }
        />
        <div className="space-y-8">
          <section aria-labelledby="lookup" className="space-y-3">
            <h2 id="lookup" className="text-lg font-semibold text-slate-900">
              {l("title")}
            </h2>
            <LookupForm action={base} serial={serial} />
            {found?.length === 0 && <Alert tone="warning">{l("notFoundOwn", { serial })}</Alert>}
            {found?.map((unit) => (
              <CoverageCard key={unit.unitId} unit={unit} certificateHref={`${base}/units/${unit.unitId}/certificate`} unitHref={`${base}/units/${unit.unitId}`} />
            ))}
          </section>
          <section aria-labelledby="units" className="space-y-3">
            <h2 id="units" className="text-lg font-semibold text-slate-900">
              {t("unitsTitle")}
            </h2>
            <UnitsTable
              rows={result.rows}
              state={tableState(query, result, { filters: OWN_UNIT_LIST_FILTERS, defaultSort: unitListQuery.spec.defaultSort, defaultPageSize: unitListQuery.spec.defaultPageSize })}
              hrefOf={(row) => `${base}/units/${row.id}`}
              empty={<EmptyState icon={<Boxes />} title={t("emptyUnits.title")} description={t("emptyUnits.description")} />}
            />
          </section>
          {can(ctx, "ownWarranties.manage") && (
            <section aria-labelledby="register-csv" className="space-y-3">
              <h2 id="register-csv" className="text-lg font-semibold text-slate-900">
                {t("registerImportTitle")}
              </h2>
              <ImportPanel kind="warrantyRegistrations" uploadUrl={`${base}/registrations/upload`} templateUrl={`${base}/registrations/template`} maxMegabytes={IMPORT_MAX_BYTES / 1024 / 1024} maxRows={IMPORT_MAX_ROWS} />
            </section>
          )}
        </div>
      </>
    </ClientMessages>
  );
});
