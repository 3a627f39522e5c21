import { getTranslations } from "next-intl/server";
import { PriceEntriesTable } from "@/components/pricing/price-entries-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { AppError } from "@/lib/errors";
import { entryListQuery } from "@/lib/pricing/schema";
import { listVersionPrices } from "@/lib/pricing/versions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = vendorMetadata("pricing.read", async ({ ctx, params }) => {
  const [t, found] = await Promise.all([
    getTranslations("pricing.detail"),
    listVersionPrices(ctx, params.versionId ?? "", { pageSize: 10 }),
  ]);
  return { title: `${found.version.name} · ${t("versionNumber", { number: found.version.number })}` };
});

/** One published version of a list, exactly as it was published (read-only). */
export default vendorPage("pricing.read", async ({ ctx, params, searchParams }) => {
  const query = entryListQuery.parse(searchParams);
  const [t, found] = await Promise.all([
    getTranslations("pricing.detail"),
    listVersionPrices(ctx, params.versionId, query),
  ]);
  // a version's address names its list: another list's id is not this version
  if (found.version.listId !== params.listId) throw new AppError("NOT_FOUND");
  const listPath = `/${ctx.tenant.slug}/admin/price-lists/${found.version.listId}`;
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          eyebrow={
            <BackLink href={listPath}>{t("backToList")}</BackLink>
          }
          title={`${found.version.name} · ${t("versionNumber", { number: found.version.number })}`}
          description={t("versionDescription")}
        />
        <PriceEntriesTable
          rows={found.rows}
          state={tableState(query, found, {
            filters: ["q"],
            defaultSort: entryListQuery.spec.defaultSort,
            defaultPageSize: entryListQuery.spec.defaultPageSize,
          })}
          currency={found.version.currency}
          empty={<EmptyState title={t("noPrices")} description={t("noPricesReadOnly")} />}
        />
      </>
    </ClientMessages>
  );
});
