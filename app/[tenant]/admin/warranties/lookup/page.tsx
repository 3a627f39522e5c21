import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { CoverageCard } from "@/components/warranties/coverage-card";
import { LookupForm } from "@/components/warranties/lookup-form";
import { WarrantySectionNav } from "@/components/warranties/section-nav";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { AppError } from "@/lib/errors";
import { lookupCoverage } from "@/lib/warranties/read";
import type { UnitCoverage } from "@/lib/warranties/types";

export const generateMetadata = vendorMetadata("warranties.read", async () => {
  const t = await getTranslations("warranties.lookup");
  return { title: t("title") };
});

/** Coverage by serial number: every unit with that serial (one per product), with the explanation. */
export default vendorPage("warranties.read", async ({ ctx, searchParams }) => {
  const t = await getTranslations("warranties.lookup");
  const serial = typeof searchParams.serial === "string" ? searchParams.serial.trim().slice(0, 100) : "";
  let units: UnitCoverage[] | null = null;
  if (serial) {
    try {
      units = await lookupCoverage(ctx, serial);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      units = [];
    }
  }
  const base = `/${ctx.tenant.slug}/admin/warranties`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <WarrantySectionNav tenant={ctx.tenant.slug} current="lookup" />
      <div className="space-y-6">
        <LookupForm action={`${base}/lookup`} serial={serial} />
        {units?.length === 0 && <Alert tone="warning">{t("notFound", { serial })}</Alert>}
        {units?.map((unit) => <CoverageCard key={unit.unitId} unit={unit} showPartner certificateHref={`${base}/units/${unit.unitId}/certificate`} />)}
      </div>
    </>
  );
});
