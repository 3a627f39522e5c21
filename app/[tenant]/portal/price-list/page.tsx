import { getLocale, getTranslations } from "next-intl/server";
import { Tags } from "lucide-react";
import { EffectiveTable } from "@/components/pricing/effective-table";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { partnerMetadata, partnerPage } from "@/lib/auth/wrappers";
import { effectivePriceList } from "@/lib/pricing/quote";
import { EFFECTIVE_LIST_FILTERS, effectiveListQuery } from "@/lib/pricing/schema";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = partnerMetadata("partnerPrices.read", async () => {
  const t = await getTranslations("pricing.portal");
  return { title: t("title") };
});

/** The partner's effective price list today: published prices that apply to it, breaks shown, CSV download. */
export default partnerPage("partnerPrices.read", async ({ ctx, searchParams }) => {
  const query = effectiveListQuery.parse(searchParams);
  const locale = await getLocale();
  const [t, result] = await Promise.all([getTranslations("pricing.portal"), effectivePriceList(ctx, query, locale)]);
  const pristine = result.total === 0 && EFFECTIVE_LIST_FILTERS.every((key) => query[key] === undefined);
  return (
    <ClientMessages namespaces={["admin.confirm", "dataTable"]}>
      <>
        <PageHeader
          title={t("title")}
          description={t("description", { vendor: ctx.tenant.name, date: result.date, currency: result.currency })}
        />
        <EffectiveTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: EFFECTIVE_LIST_FILTERS,
            defaultSort: effectiveListQuery.spec.defaultSort,
            defaultPageSize: effectiveListQuery.spec.defaultPageSize,
          })}
          basePath={`/${ctx.tenant.slug}/portal/price-list`}
          currencies={result.currencies}
          empty={
            <EmptyState
              icon={<Tags />}
              title={pristine ? t("empty") : t("noMatch.title")}
              description={pristine ? t("emptyHint") : t("noMatch.description")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
