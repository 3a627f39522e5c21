import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Calculator, ShieldAlert, Tags } from "lucide-react";
import { todayIn } from "@/lib/activities/dates";
import { FormDialog } from "@/components/backoffice/form-dialog";
import { PriceListForm } from "@/components/pricing/price-list-form";
import { PriceListsTable } from "@/components/pricing/price-lists-table";
import { buttonVariants } from "@/components/ui/button";
import { tableState } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/context";
import { vendorMetadata, vendorPage } from "@/lib/auth/wrappers";
import { PRICE_LIST_FILTERS, offeredTargets, priceListQuery } from "@/lib/pricing/schema";
import { listPriceLists, pricingPartnerOptions, pricingTierOptions } from "@/lib/pricing/service";
import { createPriceListAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FORM_MESSAGES } from "@/components/forms/messages";

export const generateMetadata = vendorMetadata("pricing.read", async () => {
  const t = await getTranslations("pricing");
  return { title: t("title") };
});

/** Every price list: base, tier, partner-type and partner lists, with status and published version. */
export default vendorPage("pricing.read", async ({ ctx, searchParams }) => {
  const query = priceListQuery.parse(searchParams);
  const manage = can(ctx, "pricing.manage");
  const [t, result, partners, tiers] = await Promise.all([
    getTranslations("pricing"),
    listPriceLists(ctx, query),
    manage ? pricingPartnerOptions(ctx) : [],
    manage ? pricingTierOptions(ctx) : [],
  ]);
  const path = `/${ctx.tenant.slug}/admin/price-lists`;
  const pristine = result.total === 0 && PRICE_LIST_FILTERS.every((key) => query[key] === undefined);
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link href={`${path}/preview`} className={buttonVariants({ variant: "secondary" })}>
        <Calculator aria-hidden="true" />
        {t("previewLink")}
      </Link>
      <Link href={`${path}/findings`} className={buttonVariants({ variant: "secondary" })}>
        <ShieldAlert aria-hidden="true" />
        {t("findingsLink")}
      </Link>
      {manage && (
        <FormDialog
          trigger={t("new.trigger")}
          title={t("new.title")}
          description={t("new.description")}
          wide
          defaultOpen={searchParams.new === "1"}
        >
          <PriceListForm
            tenant={ctx.tenant.slug}
            action={createPriceListAction}
            partners={partners}
            targets={offeredTargets(tiers.length > 0)}
            tiers={tiers}
            currency={ctx.tenant.currency}
            today={todayIn(ctx.tenant.timeZone)}
          />
        </FormDialog>
      )}
    </div>
  );
  return (
    <ClientMessages namespaces={[...FORM_MESSAGES, "admin.confirm", "dataTable", "enums.partnerType", "pricing.form"]}>
      <>
        <PageHeader title={t("title")} description={t("description")} actions={actions} />
        <PriceListsTable
          rows={result.rows}
          state={tableState(query, result, {
            filters: PRICE_LIST_FILTERS,
            defaultSort: priceListQuery.spec.defaultSort,
            defaultPageSize: priceListQuery.spec.defaultPageSize,
          })}
          basePath={path}
          empty={
            <EmptyState
              icon={<Tags />}
              title={pristine ? t("empty.title") : t("noMatch.title")}
              description={manage ? t("empty.description") : t("empty.readOnly")}
            />
          }
        />
      </>
    </ClientMessages>
  );
});
