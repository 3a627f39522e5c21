import { getTranslations } from "next-intl/server";
import { ShieldCheck } from "lucide-react";
import { ClaimsTable } from "@/components/warranties/claims-table";
import { WarrantySectionNav } from "@/components/warranties/section-nav";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { CLAIM_LIST_FILTERS, claimListQuery, claimsPage, warrantyOptions } from "@/lib/warranties/list";

export const generateMetadata = vendorMetadata("warranties.read", async () => {
  const t = await getTranslations("warranties.admin");
  return { title: t("claimsTitle") };
});

/** The claims queue: every claim partners filed, by status, partner, number or serial. */
export default vendorPage("warranties.read", async ({ ctx, searchParams }) => {
  const query = claimListQuery.parse(searchParams);
  const [t, result, options] = await Promise.all([getTranslations("warranties.admin"), claimsPage(ctx, query), warrantyOptions(ctx)]);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <WarrantySectionNav tenant={ctx.tenant.slug} current="claims" />
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("claimsTitle")}</h2>
        <ClaimsTable
          rows={result.rows}
          state={tableState(query, result, { filters: CLAIM_LIST_FILTERS, defaultSort: claimListQuery.spec.defaultSort, defaultPageSize: claimListQuery.spec.defaultPageSize })}
          basePath={`/${ctx.tenant.slug}/admin/warranties/claims`}
          timeZone={ctx.tenant.timeZone}
          vendor={{ partners: options.partners }}
          empty={<EmptyState icon={<ShieldCheck />} title={t("emptyClaims.title")} description={t("emptyClaims.description")} />}
        />
      </>
    </ClientMessages>
  );
});
